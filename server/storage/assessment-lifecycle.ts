import type { Transaction } from 'kysely';
import { scoreWave, type WaveScorer } from '../../shared/assessment/score.js';
import { MAX_ACTIVITIES_PER_SESSION } from '../../shared/protocol/limits.js';
import type { Database, WaveKind } from '../db/schema.js';
import { lockSession } from './activities.js';
import { runningDay, toWave, waveRow, type StoredWave, type WaveRow } from './assessment-rows.js';
import { autoSubmitIn } from './assessment-scores.js';
import { closeSurveyIn } from './survey-release.js';
import { lockRow } from './locks.js';

/**
 * A wave's lifecycle (docs/design/assessments-reports.md §2.3): open, close, extend, remind, each in
 * the caller's transaction under the wave's row lock. Locks are always taken in one order — the
 * running day's session, the wave, its pre, then members in id order — so no two paths wait crosswise.
 */
type Trx = Transaction<Database>;

/** At most one reminder per wave in this long (stored in `reminded_at`, so it holds across processes). */
export const REMIND_INTERVAL_MS = 60_000;
/** The counseling type of a wave's self-paced task (its module arrives in step 4). */
export const INSTRUMENT_TYPE = 'instrument';

export type WaveRefusal = 'wave_not_found' | 'wave_not_open';
/** A wave closed by this change, with the members its close handed in. */
export interface ClosedWave {
  wave: StoredWave;
  autoSubmitted: string[];
}
export type OpenOutcome =
  | { ok: true; wave: StoredWave; createdActivity: boolean; closed: ClosedWave[] }
  | {
      ok: false;
      code:
        'wave_not_found' | 'program_ended' | 'no_day_running' | 'post_already_open' | 'too_many_activities';
    };
export type CloseOutcome = ({ ok: true } & ClosedWave) | { ok: false; code: WaveRefusal };
export type ExtendOutcome = { ok: true; wave: StoredWave } | { ok: false; code: WaveRefusal };
export type RemindOutcome =
  { ok: true; wave: StoredWave; memberIds: string[] } | { ok: false; code: WaveRefusal | 'remind_too_soon' };

export interface OpenInput {
  waveId: string;
  /** The task's title on the phones (the instrument's name). */
  title: string;
  /** A soft due time this many minutes from now (1..120, checked by the event's schema). */
  minutes?: number;
  now: number;
}

/**
 * Opens the wave in the running day: makes its self-paced activity the first time, reopens it later
 * (how a latecomer takes it on a later day). Opening a post closes its pre (a "pre" taken after the
 * post opened is no pre), and a pre whose post has opened is not reopened (`post_already_open`).
 */
export async function openIn(trx: Trx, score: WaveScorer, input: OpenInput): Promise<OpenOutcome> {
  const known = await waveRow(trx, input.waveId);
  if (!known) return { ok: false, code: 'wave_not_found' };
  const program = await trx
    .selectFrom('programs')
    .select('status')
    .where('id', '=', known.program_id)
    .executeTakeFirst();
  if (program?.status !== 'active') return { ok: false, code: 'program_ended' };
  const running = await runningDay(trx, known.program_id);
  if (!running) return { ok: false, code: 'no_day_running' };
  await lockSession(trx, running.sessionId);
  const session = await trx
    .selectFrom('live_sessions')
    .select('status')
    .where('id', '=', running.sessionId)
    .executeTakeFirst();
  // Read after the lock: the day may have ended meanwhile.
  if (session?.status !== 'live') return { ok: false, code: 'no_day_running' };
  const wave = await lockedWave(trx, known.id);
  if (!wave) return { ok: false, code: 'wave_not_found' };
  if (wave.status === 'open') return { ok: true, wave: toWave(wave), createdActivity: false, closed: [] };

  const closed: ClosedWave[] = [];
  let version = Number(wave.instrument_version);
  if (wave.kind === 'pre') {
    const post = await sibling(trx, wave, 'post');
    if (post && post.status !== 'planned') return { ok: false, code: 'post_already_open' };
  } else if (wave.kind === 'post') {
    const found = await sibling(trx, wave, 'pre');
    const pre = found ? await lockedWave(trx, found.id) : undefined;
    if (pre) {
      if (pre.status === 'open') closed.push(await closeLocked(trx, score, pre, input.now));
      // At its first open a post takes its pre's version again, unless paper scores already pin it.
      if (wave.activity_id === null && !(await hasScores(trx, wave.id)))
        version = Number(pre.instrument_version);
    }
  }

  let activityId = wave.activity_id;
  const createdActivity = activityId === null;
  if (activityId === null) {
    activityId = await createActivity(
      trx,
      { ...wave, instrument_version: version },
      running.sessionId,
      input,
    );
    if (activityId === null) return { ok: false, code: 'too_many_activities' };
  } else {
    await setActivityStatus(trx, activityId, 'open');
  }
  await trx
    .updateTable('assessment_waves')
    .set((eb) => ({
      status: 'open',
      activity_id: activityId,
      instrument_version: version,
      opened_at: input.now,
      closed_at: null,
      due_at: input.minutes === undefined ? null : input.now + input.minutes * 60_000,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', wave.id)
    .execute();
  return { ok: true, wave: toWave((await waveRow(trx, wave.id))!), createdActivity, closed };
}

/** Closes an open wave and hands in what can be scored; closing a closed one changes nothing. */
export async function closeIn(
  trx: Trx,
  score: WaveScorer,
  waveId: string,
  now: number,
): Promise<CloseOutcome> {
  const wave = await lockedWave(trx, waveId);
  if (!wave) return { ok: false, code: 'wave_not_found' };
  if (wave.status === 'planned') return { ok: false, code: 'wave_not_open' };
  if (wave.status === 'closed') return { ok: true, wave: toWave(wave), autoSubmitted: [] };
  return { ok: true, ...(await closeLocked(trx, score, wave, now)) };
}

/** Moves an open wave's soft due time to `max(now, due) + minutes`. */
export async function extendIn(
  trx: Trx,
  waveId: string,
  minutes: number,
  now: number,
): Promise<ExtendOutcome> {
  const wave = await lockedWave(trx, waveId);
  if (!wave) return { ok: false, code: 'wave_not_found' };
  if (wave.status !== 'open') return { ok: false, code: 'wave_not_open' };
  const dueAt = Math.max(now, wave.due_at === null ? now : Number(wave.due_at)) + minutes * 60_000;
  await bump(trx, waveId, { due_at: dueAt });
  return { ok: true, wave: toWave((await waveRow(trx, waveId))!) };
}

/** Who to remind (the program's members without a score), at most once per REMIND_INTERVAL_MS. */
export async function remindIn(trx: Trx, waveId: string, now: number): Promise<RemindOutcome> {
  const wave = await lockedWave(trx, waveId);
  if (!wave) return { ok: false, code: 'wave_not_found' };
  if (wave.status !== 'open') return { ok: false, code: 'wave_not_open' };
  // Decided on the stored time under the row lock: two processes' reminders a second apart send one.
  if (wave.reminded_at !== null && now - Number(wave.reminded_at) < REMIND_INTERVAL_MS)
    return { ok: false, code: 'remind_too_soon' };
  await bump(trx, waveId, { reminded_at: now });
  const members = await trx
    .selectFrom('program_members')
    .select('id')
    .where('program_id', '=', wave.program_id)
    // Who has handed in: a score, or for the anonymous survey a completion.
    .where('id', 'not in', (eb) =>
      Number(wave.anonymous) === 1
        ? eb.selectFrom('survey_completions').select('member_id').where('wave_id', '=', waveId)
        : eb.selectFrom('instrument_scores').select('member_id').where('wave_id', '=', waveId),
    )
    .orderBy('id')
    .execute();
  return { ok: true, wave: toWave((await waveRow(trx, waveId))!), memberIds: members.map((m) => m.id) };
}

/**
 * Closes every open wave of a program as its end does, in the end's transaction (the program row
 * locked, its sessions ended): in id order, each as `closeIn`, with the content library's scoring.
 */
export async function closeOpenWaves(trx: Trx, programId: string, now: number): Promise<ClosedWave[]> {
  const open = await trx
    .selectFrom('assessment_waves')
    .select('id')
    .where('program_id', '=', programId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  const closed: ClosedWave[] = [];
  for (const { id } of open) {
    const outcome = await closeIn(trx, scoreWave, id, now);
    if (outcome.ok) closed.push({ wave: outcome.wave, autoSubmitted: outcome.autoSubmitted });
  }
  // With the program over, the survey's drafts that could not be handed in are nobody's to keep.
  const surveys = await trx
    .selectFrom('assessment_waves')
    .select('activity_id')
    .where('program_id', '=', programId)
    .where('anonymous', '=', 1)
    .where('activity_id', 'is not', null)
    .execute();
  for (const { activity_id: activityId } of surveys) {
    await trx.deleteFrom('member_answer_receipts').where('activity_id', '=', activityId!).execute();
    await trx.deleteFrom('member_answers').where('activity_id', '=', activityId!).execute();
  }
  // Responses left pending below the threshold are never released (Q11), and until now they still
  // carry their hand-in's transaction (PostgreSQL xmin): with the program over they are deleted.
  await trx
    .deleteFrom('survey_responses')
    .where('program_id', '=', programId)
    .where('batch', 'is', null)
    .execute();
  return closed;
}

/** The wave's row is locked by the caller: close it and its task, and hand in what can be scored. */
async function closeLocked(trx: Trx, score: WaveScorer, wave: WaveRow, now: number): Promise<ClosedWave> {
  await bump(trx, wave.id, { status: 'closed', closed_at: now });
  if (wave.activity_id !== null) await setActivityStatus(trx, wave.activity_id, 'closed');
  // The anonymous survey: scorable drafts become responses and the pending ones are released together.
  if (Number(wave.anonymous) === 1) await closeSurveyIn(trx, score, wave, now, await thresholdOf(trx, wave));
  const autoSubmitted = await autoSubmitIn(trx, score, wave, now);
  return { wave: toWave((await waveRow(trx, wave.id))!), autoSubmitted };
}

/** The small-count threshold of the wave's center (batches after the first wait for this many). */
async function thresholdOf(trx: Trx, wave: WaveRow): Promise<number> {
  const row = await trx
    .selectFrom('programs')
    .innerJoin('centers', 'centers.id', 'programs.center_id')
    .select('centers.small_count_threshold')
    .where('programs.id', '=', wave.program_id)
    .executeTakeFirstOrThrow();
  return Number(row.small_count_threshold);
}

async function lockedWave(trx: Trx, waveId: string): Promise<WaveRow | undefined> {
  await lockRow(trx, 'assessment_waves', waveId);
  return waveRow(trx, waveId);
}

async function bump(
  trx: Trx,
  waveId: string,
  values: Partial<Pick<WaveRow, 'status' | 'closed_at' | 'due_at' | 'reminded_at'>>,
): Promise<void> {
  await trx
    .updateTable('assessment_waves')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', waveId)
    .execute();
}

async function setActivityStatus(trx: Trx, activityId: string, status: 'open' | 'closed'): Promise<void> {
  await trx
    .updateTable('activities')
    .set((eb) => ({ status, version: eb('version', '+', 1) }))
    .where('id', '=', activityId)
    .execute();
}

async function sibling(trx: Trx, wave: WaveRow, kind: WaveKind): Promise<WaveRow | undefined> {
  return trx
    .selectFrom('assessment_waves')
    .selectAll()
    .where('program_id', '=', wave.program_id)
    .where('instrument_id', '=', wave.instrument_id)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

async function hasScores(trx: Trx, waveId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('instrument_scores')
    .select('wave_id')
    .where('wave_id', '=', waveId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The wave's self-paced task in the running day's session (locked by the caller); null when it is full. */
async function createActivity(
  trx: Trx,
  wave: WaveRow,
  sessionId: string,
  input: OpenInput,
): Promise<string | null> {
  const last = await trx
    .selectFrom('activities')
    .select((eb) => [eb.fn.max('position').as('max'), eb.fn.countAll<number>().as('n')])
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (Number(last?.n ?? 0) >= MAX_ACTIVITIES_PER_SESSION) return null;
  const id = crypto.randomUUID();
  // Built from the wave row, never sent by a client (design §2.1, `configFromWave`).
  const config = {
    waveId: wave.id,
    instrumentId: wave.instrument_id,
    instrumentVersion: Number(wave.instrument_version),
    kind: wave.kind,
    anonymous: Number(wave.anonymous) === 1,
  };
  await trx
    .insertInto('activities')
    .values({
      id,
      session_id: sessionId,
      position: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
      type: INSTRUMENT_TYPE,
      title: input.title,
      config: JSON.stringify(config),
      status: 'open',
      locked: 0,
      results_visible: 0,
      show_names: 0,
      review_entries: 0,
      created_at: input.now,
      program_id: wave.program_id,
      agenda_key: null,
      grouping_id: null,
      pace: 'self',
    })
    .execute();
  await trx
    .insertInto('activity_state')
    .values({ activity_id: id, phase: 'answer', state: 'null' })
    .execute();
  return id;
}
