import type { Transaction } from 'kysely';
import type { WaveScorer } from '../../shared/assessment/score.js';
import type { Database } from '../db/schema.js';
import {
  answersOf,
  dayOnDate,
  insertScore,
  runningDay,
  scoreRow,
  toScore,
  type StoredScore,
  type WaveRow,
} from './assessment-rows.js';
import { lockRow } from './locks.js';
import { surveyCompletionOf } from './surveys.js';

/**
 * Scores are written once per (wave, member), always under the member's row lock — the lock the
 * answer path takes too (`guardAnswer`) — so an answer either commits before a submit reads the
 * answers (and is scored) or waits and is refused: never stored after a score that ignores it
 * (docs/design/assessments-reports.md §2.4). The primary key is the backstop.
 */
type Trx = Transaction<Database>;

export type SubmitOutcome =
  | { ok: true; duplicate: boolean; score: StoredScore }
  | { ok: false; code: 'activity_not_found' | 'activity_not_open' | 'anonymous_activity' | 'invalid_answer' };

async function memberOfProgram(trx: Trx, memberId: string, programId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('program_members')
    .select('id')
    .where('id', '=', memberId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A member hands in a wave's answers (`assessment:submit {activityId}`). A resend answers `duplicate`. */
export async function submitIn(
  trx: Trx,
  score: WaveScorer,
  input: { activityId: string; memberId: string; now: number },
): Promise<SubmitOutcome> {
  const owner = await trx
    .selectFrom('assessment_waves')
    .select(['id', 'program_id'])
    .where('activity_id', '=', input.activityId)
    .executeTakeFirst();
  // Another program's activity answers like a made-up one.
  if (!owner || !(await memberOfProgram(trx, input.memberId, owner.program_id)))
    return { ok: false, code: 'activity_not_found' };
  await lockRow(trx, 'program_members', input.memberId);
  const existing = await scoreRow(trx, owner.id, input.memberId);
  if (existing) return { ok: true, duplicate: true, score: toScore(existing) };
  // Read after the lock: a close that committed meanwhile has auto-submitted or left this member.
  const wave = await trx
    .selectFrom('assessment_waves')
    .selectAll()
    .where('id', '=', owner.id)
    .executeTakeFirstOrThrow();
  if (wave.status !== 'open') return { ok: false, code: 'activity_not_open' };
  // The anonymous survey is handed in without its member (step 5, `survey_responses`), never here.
  if (Number(wave.anonymous) === 1) return { ok: false, code: 'anonymous_activity' };
  const result = score(
    { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
    await answersOf(trx, input.activityId, input.memberId),
  );
  if (!result) return { ok: false, code: 'invalid_answer' };
  const day = await runningDay(trx, wave.program_id);
  const stored = await insertScore(trx, wave, input.memberId, result, { now: input.now, day });
  if (stored) return { ok: true, duplicate: false, score: stored };
  return { ok: true, duplicate: true, score: toScore((await scoreRow(trx, wave.id, input.memberId))!) };
}

/**
 * For the answer path (`memberAnswer:submit` on a wave's activity), inside its transaction after the
 * receipt lookup and before the answer is stored: takes the member's lock and says `wave_submitted`
 * when the member's score is already written. Null for an activity of no wave (nothing to guard).
 */
export async function guardAnswerIn(
  trx: Trx,
  activityId: string,
  memberId: string,
): Promise<'wave_submitted' | 'activity_not_open' | null> {
  const wave = await trx
    .selectFrom('assessment_waves')
    .select(['id', 'anonymous'])
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!wave) return null;
  await lockRow(trx, 'program_members', memberId);
  // Read after the lock: a close (or the program's end) that committed since the open check was made
  // has handed in or deleted this member's drafts; an answer stored now would land in a closed wave.
  const status = await trx
    .selectFrom('assessment_waves')
    .select('status')
    .where('id', '=', wave.id)
    .executeTakeFirst();
  if (status?.status !== 'open') return 'activity_not_open';
  // The survey's hand-in is its completion (its answers have left the member); a wave's is its score.
  const done =
    Number(wave.anonymous) === 1
      ? await surveyCompletionOf(trx, wave.id, memberId)
      : await scoreRow(trx, wave.id, memberId);
  return done ? 'wave_submitted' : null;
}

/**
 * At a named wave's close (the wave's row locked by the caller): every member with answers and no
 * score, in member-id order (so two closes never wait on each other crosswise), under their lock; a
 * scorable one gets `auto_submitted = 1`, an unscorable one keeps their answers for a reopen.
 */
export async function autoSubmitIn(
  trx: Trx,
  score: WaveScorer,
  wave: WaveRow,
  now: number,
): Promise<string[]> {
  if (wave.activity_id === null || Number(wave.anonymous) === 1) return [];
  const pending = await trx
    .selectFrom('member_answers')
    .select('member_id')
    .distinct()
    .where('activity_id', '=', wave.activity_id)
    .where('member_id', 'not in', (eb) =>
      eb.selectFrom('instrument_scores').select('member_id').where('wave_id', '=', wave.id),
    )
    .orderBy('member_id')
    .execute();
  const day = await runningDay(trx, wave.program_id);
  const submitted: string[] = [];
  for (const { member_id: memberId } of pending) {
    await lockRow(trx, 'program_members', memberId);
    if (await scoreRow(trx, wave.id, memberId)) continue;
    const result = score(
      { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
      await answersOf(trx, wave.activity_id, memberId),
    );
    if (!result || result.score === null) continue;
    const stored = await insertScore(trx, wave, memberId, result, { now, day, autoSubmitted: true });
    if (stored) submitted.push(memberId);
  }
  return submitted;
}

export interface StaffEntry {
  waveId: string;
  memberId: string;
  /** Made once by the staff browser: a resend with it answers as the first call did. */
  requestId: string;
  /** The date written on the paper form; the program's day of that date, else no day. */
  takenOn: string | null;
  answers: Readonly<Record<string, unknown>>;
  enteredBy: string;
  now: number;
}

export type StaffEntryOutcome =
  | { ok: true; score: StoredScore; replayed: boolean }
  | {
      ok: false;
      code:
        | 'wave_not_found'
        | 'member_not_found'
        | 'already_submitted'
        | 'anonymous_activity'
        | 'invalid_answer'
        | 'invalid_payload';
    };

/** The request id's row: the first result for this wave and member, refused for any other. */
async function replay(trx: Trx, entry: StaffEntry): Promise<StaffEntryOutcome | null> {
  const row = await trx
    .selectFrom('instrument_scores')
    .selectAll()
    .where('request_id', '=', entry.requestId)
    .executeTakeFirst();
  if (!row) return null;
  // The same id on another wave or member is no resend: the id is taken (as for answer ids).
  if (row.wave_id !== entry.waveId || row.member_id !== entry.memberId)
    return { ok: false, code: 'invalid_payload' };
  return { ok: true, score: toScore(row), replayed: true };
}

/**
 * A paper form entered by staff (§2.5): written directly, whatever the wave's status (paper is often
 * entered after the close), under the member's lock. A member who has a score is `already_submitted`.
 */
export async function enterIn(trx: Trx, score: WaveScorer, entry: StaffEntry): Promise<StaffEntryOutcome> {
  const wave = await trx
    .selectFrom('assessment_waves')
    .selectAll()
    .where('id', '=', entry.waveId)
    .executeTakeFirst();
  if (!wave) return { ok: false, code: 'wave_not_found' };
  if (!(await memberOfProgram(trx, entry.memberId, wave.program_id)))
    return { ok: false, code: 'member_not_found' };
  await lockRow(trx, 'program_members', entry.memberId);
  const first = await replay(trx, entry);
  if (first) return first;
  if (await scoreRow(trx, wave.id, entry.memberId)) return { ok: false, code: 'already_submitted' };
  // Paper surveys are anonymous responses (§3.2, step 5), never a member's score.
  if (Number(wave.anonymous) === 1) return { ok: false, code: 'anonymous_activity' };
  const result = score(
    { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
    entry.answers,
  );
  if (!result) return { ok: false, code: 'invalid_answer' };
  const day = entry.takenOn === null ? null : await dayOnDate(trx, wave.program_id, entry.takenOn);
  const stored = await insertScore(trx, wave, entry.memberId, result, {
    now: entry.now,
    day,
    enteredBy: entry.enteredBy,
    requestId: entry.requestId,
  });
  if (stored) return { ok: true, score: stored, replayed: false };
  // The request id was taken by another member's entry that committed meanwhile.
  return (await replay(trx, entry)) ?? { ok: false, code: 'already_submitted' };
}
