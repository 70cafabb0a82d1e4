import type { Storage, StoredActivity, StoredAnswer } from '../storage/index.js';

/** What a results flush needs about one activity. */
export interface ActivityResultsState {
  activity: StoredActivity;
  /** Is it the session's current activity (shown on the projector and phones)? */
  isCurrent: boolean;
  /** Current answers, one per participant. */
  answers: Map<string, StoredAnswer>;
}

interface Entry extends ActivityResultsState {
  sessionId: string;
}

interface Load {
  promise: Promise<Entry | null>;
  /** Answers committed while the load's queries ran: applied on top of what it read. */
  arrived: StoredAnswer[];
  generation: number;
  sessionId: string;
}

function keepNewer(answers: Map<string, StoredAnswer>, answer: StoredAnswer): void {
  const known = answers.get(answer.participantId);
  if (!known || known.updatedAt <= answer.updatedAt) answers.set(answer.participantId, answer);
}

/**
 * Answers of the activities being answered right now, kept in memory so a results flush costs the
 * summary and not two queries (under load, flushes are about one per answer). It is only ever a
 * copy of the database: loaded from it when cold, fed with answers this process committed, and
 * dropped whenever a facilitator changes the session, an answer is hidden, or the server restarts.
 * (A second node will feed it from the same pub/sub that carries its broadcasts.)
 */
export class ResultsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loads = new Map<string, Load>();
  /** Bumped on every invalidation, so a load that raced one is not kept. */
  private generation = 0;

  constructor(private readonly storage: Storage) {}

  async get(sessionId: string, activityId: string): Promise<ActivityResultsState | null> {
    const warm = this.entries.get(activityId);
    if (warm) return warm;
    let load = this.loads.get(activityId);
    if (!load) {
      const started: Load = {
        promise: Promise.resolve(null),
        arrived: [],
        generation: this.generation,
        sessionId,
      };
      started.promise = this.load(sessionId, activityId, started).finally(() =>
        this.loads.delete(activityId),
      );
      this.loads.set(activityId, started);
      load = started;
    }
    return load.promise;
  }

  private async load(sessionId: string, activityId: string, load: Load): Promise<Entry | null> {
    const found = await this.storage.activities.getWithCurrent(sessionId, activityId);
    if (!found) return null;
    const rows = await this.storage.answers.listForActivity(activityId);
    const entry: Entry = { ...found, sessionId, answers: new Map(rows.map((a) => [a.participantId, a])) };
    for (const answer of load.arrived) keepNewer(entry.answers, answer);
    if (this.generation === load.generation) this.entries.set(activityId, entry);
    return entry;
  }

  /** An answer this process committed. A cold activity ignores it: its next load reads it from the database. */
  answerStored(answer: StoredAnswer): void {
    const warm = this.entries.get(answer.activityId);
    if (warm) keepNewer(warm.answers, answer);
    this.loads.get(answer.activityId)?.arrived.push(answer);
  }

  invalidateSession(sessionId: string): void {
    this.generation++;
    for (const [activityId, entry] of this.entries) {
      if (entry.sessionId === sessionId) this.entries.delete(activityId);
    }
    // A load already under way read the old state: later callers start a fresh one.
    for (const [activityId, load] of this.loads)
      if (load.sessionId === sessionId) this.loads.delete(activityId);
  }

  forget(activityId: string): void {
    this.generation++;
    this.entries.delete(activityId);
    this.loads.delete(activityId);
  }
}
