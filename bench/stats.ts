/** Pure bookkeeping of one scenario's measurements; no sockets here, so the method is easy to check. */

export interface AnswerRecord {
  answerId: string;
  /** performance.now() right before the emit. */
  sentAt: number;
  /** When the ack arrived (ok or not); null if it never did. */
  ackAt: number | null;
  ok: boolean;
  errorCode: string | null;
}

export interface RoomRecord {
  answers: AnswerRecord[];
  /** Every results summary the room's facilitator received, in arrival order. */
  summaries: { at: number; respondents: number }[];
  /** First time each answer id was listed to the facilitator by id (Moim: `answers:updated`). */
  listedAt: Map<string, number>;
}

/** Nearest-rank percentile of an ascending array; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
  };
}

/**
 * Answer → facilitator summary, from the respondents count.
 *
 * The server's summary counts the answers committed when it read them, and every stored answer
 * stays stored, so a summary with `respondents = k` holds exactly the first k answers in commit
 * order. The server acknowledges an answer only after its transaction committed, and commits in
 * arrival order, so the order in which acks reach us is our stand-in for commit order (answers of
 * one transaction are acked together and are interchangeable). An answer of ack-rank r (0-based)
 * therefore reached the facilitator with the first summary sent after it that has respondents > r.
 * Answers that were refused or never acked are not ranked (they are not stored) and count as
 * failures elsewhere; answers no summary ever covered are returned as `unresolved`.
 */
export function summaryLatencies(room: RoomRecord): { latencies: number[]; unresolved: number } {
  const acked = room.answers
    .filter((a): a is AnswerRecord & { ackAt: number } => a.ok && a.ackAt !== null)
    .sort((a, b) => a.ackAt - b.ackAt);
  const latencies: number[] = [];
  let unresolved = 0;
  acked.forEach((answer, rank) => {
    const hit = room.summaries.find((s) => s.at >= answer.sentAt && s.respondents > rank);
    if (hit) latencies.push(hit.at - answer.sentAt);
    else unresolved++;
  });
  return { latencies, unresolved };
}

/**
 * Answer → listed to the facilitator by its own id. Exact, and an upper bound of the above: the
 * listed rows are cut from the same read as the summary sent right after them, but an answer that
 * committed while that read was waiting is counted in the summary and listed only a flush later.
 */
export function listedLatencies(room: RoomRecord): number[] {
  const out: number[] = [];
  for (const a of room.answers) {
    const at = room.listedAt.get(a.answerId);
    if (a.ok && at !== undefined) out.push(at - a.sentAt);
  }
  return out;
}

/** A seeded PRNG (mulberry32), so every run spreads answers the same way. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
