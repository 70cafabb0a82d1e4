import { instrumentById, type Instrument } from '../content/index.js';
import type { PrePostRow } from '../scoring/prepost.js';

/**
 * A program's assessment plan (design §2.2): which instruments are taken as a pre wave, a post wave or
 * once, and on which day; and the pairing of a member's stored pre and post scores (§2.6). Pure: the
 * server stores the plan and the scores, and the group table, the report and the figures pair them here.
 */

export type WaveKind = 'pre' | 'post' | 'once';

/** One wave of the plan, before it is stored. */
export interface PlannedWave {
  instrumentId: string;
  /** The version a new pre pins (the newest); its post takes the same, so the pair is never split. */
  instrumentVersion: number;
  kind: WaveKind;
  /** null: the default day of its kind (`defaultDayNumber`); otherwise the day (1-based) it is planned on. */
  plannedDayNumber: number | null;
  /** Exactly the end-of-program survey: stored without its member. Set from the instrument, never by a person. */
  anonymous: boolean;
}

/** The agenda as `defaultWaves` reads it: days in order, each with its modules' lines. */
export interface AgendaDayLines {
  modules: readonly { activities: readonly { type: string; instrumentId?: string | undefined }[] }[];
}

/** A pre is taken on the first day; a post and a one-off survey on the last. */
export function defaultDayNumber(kind: WaveKind, dayCount: number): number {
  if (!Number.isInteger(dayCount) || dayCount < 1)
    throw new RangeError(`a program has a whole number of days ≥ 1, got ${dayCount}`);
  return kind === 'pre' ? 1 : dayCount;
}

/** The day a wave is taken on: the planned one, or its kind's default when none was chosen. */
export function waveDayNumber(
  wave: Pick<PlannedWave, 'kind' | 'plannedDayNumber'>,
  dayCount: number,
): number {
  return wave.plannedDayNumber ?? defaultDayNumber(wave.kind, dayCount);
}

/**
 * The plan a program starts with, read once from its agenda when it is created or copied (editing the
 * agenda later changes no wave; the plan editor does):
 * - a pre-post instrument's line on the first day is its `pre`, one on the last day its `post`. In a
 *   one-day program the first line of the instrument is the pre and a later line the post. A line on a
 *   day in between makes no wave: the console shows it as "평가 계획에 없음".
 * - an end-of-program instrument (the satisfaction survey) is taken `once`, anonymously, on the day of
 *   its last line: an end-of-program survey measures the end.
 * A line naming no instrument of the library makes no wave. At most one wave per instrument and kind,
 * as the store's unique key requires; output in the order of the lines that made them.
 */
export function defaultWaves(
  days: readonly AgendaDayLines[],
  instruments: ReadonlyMap<string, Instrument> = instrumentById,
): PlannedWave[] {
  const last = days.length;
  const waves = new Map<string, PlannedWave>();
  days.forEach((day, i) => {
    const dayNumber = i + 1;
    for (const line of day.modules.flatMap((m) => m.activities)) {
      if (line.type !== 'instrument' || line.instrumentId === undefined) continue;
      const instrument = instruments.get(line.instrumentId);
      if (instrument === undefined) continue;
      const planned = (kind: WaveKind, plannedDayNumber: number | null): PlannedWave => ({
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        kind,
        plannedDayNumber,
        anonymous: instrument.use === 'end-of-program',
      });
      const key = (kind: WaveKind) => `${instrument.id} ${kind}`;
      if (instrument.use === 'end-of-program') {
        waves.delete(key('once')); // a later line wins, and takes its place in the order
        waves.set(key('once'), planned('once', dayNumber === last ? null : dayNumber));
      } else if (dayNumber === 1 && !waves.has(key('pre'))) {
        waves.set(key('pre'), planned('pre', null));
      } else if (dayNumber === last && !waves.has(key('post'))) {
        waves.set(key('post'), planned('post', null));
      }
    }
  });
  return [...waves.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Pairing

/** A member's stored score of one wave (`instrument_scores`, design §2.4). */
export interface StoredScore {
  memberId: string;
  instrumentId: string;
  instrumentVersion: number;
  kind: 'pre' | 'post';
  /** null: submitted, but with too few items answered for the instrument's missing-item rule. */
  score: number | null;
  /** The program day it was submitted on; null when taken between days or entered for no program day. */
  takenDayNumber: number | null;
  /** Entered by staff from a paper form ("직원 입력"). */
  enteredByStaff: boolean;
  /** Submitted by the wave's close, not by the member ("자동 제출"). */
  autoSubmitted: boolean;
}

/** One side of a member's pair, with what the group table marks about it. */
export interface PairSide {
  score: number | null;
  dayNumber: number | null;
  /**
   * Taken on a later day than its wave's day ("3일차 응답"). A late side still counts in the pairing
   * (design Q2): a pre on day 2 is still before the program's work is done.
   */
  late: boolean;
  enteredByStaff: boolean;
  autoSubmitted: boolean;
}

export interface PairedMember {
  memberId: string;
  /** null: no score row for that wave. */
  pre: PairSide | null;
  post: PairSide | null;
  /** post − pre when both sides have a score. */
  change: number | null;
}

/**
 * Every member of the program, in the order given, with their pre and post side: members without a
 * score are listed with a missing side, never dropped. Scores of another instrument or version, of
 * someone not in the list, or two of one member and wave are refused (RangeError): pairs never mix
 * versions, and each of those would mean the caller read the wrong rows.
 */
export function pairScores(input: {
  instrument: { id: string; version: number };
  memberIds: readonly string[];
  scores: readonly StoredScore[];
  /** The days the pre and post waves are taken on (`waveDayNumber`): a side taken after its day is late. */
  preDayNumber: number;
  postDayNumber: number;
}): PairedMember[] {
  const sides = new Map<string, { pre: PairSide | null; post: PairSide | null }>();
  for (const memberId of input.memberIds) {
    if (sides.has(memberId)) throw new RangeError(`member ${memberId} is listed twice`);
    sides.set(memberId, { pre: null, post: null });
  }
  for (const s of input.scores) {
    const at = `member ${s.memberId}, ${s.kind}`;
    if (s.instrumentId !== input.instrument.id || s.instrumentVersion !== input.instrument.version)
      throw new RangeError(
        `${at}: a score of ${s.instrumentId}@${s.instrumentVersion}, not ${input.instrument.id}@${input.instrument.version}`,
      );
    const member = sides.get(s.memberId);
    if (member === undefined) throw new RangeError(`${at}: not a member of the program`);
    if (member[s.kind] !== null) throw new RangeError(`${at}: two scores`);
    if (s.score !== null && !Number.isFinite(s.score)) throw new RangeError(`${at}: score ${s.score}`);
    if (s.enteredByStaff && s.autoSubmitted)
      throw new RangeError(`${at}: entered by staff and auto-submitted at once`);
    const waveDay = s.kind === 'pre' ? input.preDayNumber : input.postDayNumber;
    member[s.kind] = {
      score: s.score,
      dayNumber: s.takenDayNumber,
      late: s.takenDayNumber !== null && s.takenDayNumber > waveDay,
      enteredByStaff: s.enteredByStaff,
      autoSubmitted: s.autoSubmitted,
    };
  }
  return input.memberIds.map((memberId) => {
    const { pre, post } = sides.get(memberId) as { pre: PairSide | null; post: PairSide | null };
    const change =
      pre !== null && post !== null && pre.score !== null && post.score !== null
        ? post.score - pre.score
        : null;
    return { memberId, pre, post, change };
  });
}

/** The pairs as `comparePrePost` takes them: a side without a score is missing. */
export function prePostRowsOf(pairs: readonly PairedMember[]): PrePostRow[] {
  return pairs.map((p) => ({
    participantId: p.memberId,
    pre: p.pre?.score ?? null,
    post: p.post?.score ?? null,
  }));
}
