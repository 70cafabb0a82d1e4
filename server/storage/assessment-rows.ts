import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ItemValue, WaveResult } from '../../shared/assessment/score.js';
import type {
  AssessmentWavesTable,
  Database,
  InstrumentScoresTable,
  WaveKind,
  WaveStatus,
} from '../db/schema.js';

/** Shapes and shared reads of the assessment store (assessments.ts and its parts). */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface StoredWave {
  id: string;
  programId: string;
  instrumentId: string;
  instrumentVersion: number;
  kind: WaveKind;
  /** Null = the default day of the kind (pre → first day, post/once → last day). */
  plannedDayId: string | null;
  activityId: string | null;
  status: WaveStatus;
  anonymous: boolean;
  openedAt: number | null;
  dueAt: number | null;
  closedAt: number | null;
  remindedAt: number | null;
  releaseBatches: number;
  version: number;
  createdAt: number;
}

export interface StoredScore {
  waveId: string;
  memberId: string;
  programId: string;
  instrumentId: string;
  instrumentVersion: number;
  kind: WaveKind;
  score: number | null;
  answered: number;
  missing: number;
  prorated: boolean;
  subscales: Record<string, number | null>;
  itemValues: Record<string, ItemValue>;
  submittedAt: number;
  takenDayId: string | null;
  takenDayNumber: number | null;
  /** Written by a wave's close from answers the member had not submitted. */
  autoSubmitted: boolean;
  /** The facilitator who entered a paper form; null for a phone's submit. */
  enteredBy: string | null;
  requestId: string | null;
}

export type WaveRow = Selectable<AssessmentWavesTable>;
type ScoreRow = Selectable<InstrumentScoresTable>;

const nullableNumber = (v: number | null): number | null => (v === null ? null : Number(v));

export function toWave(row: WaveRow): StoredWave {
  return {
    id: row.id,
    programId: row.program_id,
    instrumentId: row.instrument_id,
    instrumentVersion: Number(row.instrument_version),
    kind: row.kind,
    plannedDayId: row.planned_day_id,
    activityId: row.activity_id,
    status: row.status,
    anonymous: Number(row.anonymous) === 1,
    openedAt: nullableNumber(row.opened_at),
    dueAt: nullableNumber(row.due_at),
    closedAt: nullableNumber(row.closed_at),
    remindedAt: nullableNumber(row.reminded_at),
    releaseBatches: Number(row.release_batches),
    version: Number(row.version),
    createdAt: Number(row.created_at),
  };
}

export function toScore(row: ScoreRow): StoredScore {
  return {
    waveId: row.wave_id,
    memberId: row.member_id,
    programId: row.program_id,
    instrumentId: row.instrument_id,
    instrumentVersion: Number(row.instrument_version),
    kind: row.kind,
    score: row.score === null ? null : Number(row.score),
    answered: Number(row.answered),
    missing: Number(row.missing),
    prorated: Number(row.prorated) === 1,
    subscales: JSON.parse(row.subscales) as Record<string, number | null>,
    itemValues: JSON.parse(row.item_values) as Record<string, ItemValue>,
    submittedAt: Number(row.submitted_at),
    takenDayId: row.taken_day_id,
    takenDayNumber: nullableNumber(row.taken_day_number),
    autoSubmitted: Number(row.auto_submitted) === 1,
    enteredBy: row.entered_by,
    requestId: row.request_id,
  };
}

export async function waveRow(db: Executor, waveId: string): Promise<WaveRow | undefined> {
  return db.selectFrom('assessment_waves').selectAll().where('id', '=', waveId).executeTakeFirst();
}

export async function scoreRow(db: Executor, waveId: string, memberId: string) {
  return db
    .selectFrom('instrument_scores')
    .selectAll()
    .where('wave_id', '=', waveId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** A program day: its id and its number (1-based, in date order), as a score records where it was taken. */
export interface TakenDay {
  id: string;
  number: number;
}

async function numbered(db: Executor, programId: string, dayId: string): Promise<TakenDay | null> {
  const days = await db
    .selectFrom('program_days')
    .select('id')
    .where('program_id', '=', programId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  const index = days.findIndex((d) => d.id === dayId);
  return index < 0 ? null : { id: dayId, number: index + 1 };
}

/** The program's running day and its live session; null in the lobby between days. */
export async function runningDay(
  db: Executor,
  programId: string,
): Promise<(TakenDay & { sessionId: string }) | null> {
  const row = await db
    .selectFrom('live_sessions as s')
    .innerJoin('program_days as d', 'd.id', 's.program_day_id')
    .select(['s.id as sessionId', 'd.id as dayId'])
    .where('d.program_id', '=', programId)
    .where('s.status', '=', 'live')
    .executeTakeFirst();
  if (!row) return null;
  const day = await numbered(db, programId, row.dayId);
  return day ? { ...day, sessionId: row.sessionId } : null;
}

/** The program's day on a date (a paper form's "taken on"); null when no day has that date. */
export async function dayOnDate(db: Executor, programId: string, date: string): Promise<TakenDay | null> {
  const row = await db
    .selectFrom('program_days')
    .select('id')
    .where('program_id', '=', programId)
    .where('date', '=', date)
    .executeTakeFirst();
  return row ? numbered(db, programId, row.id) : null;
}

/** A member's answers to a wave's activity: item id → value (own answers only: no subject, round 0). */
export async function answersOf(
  db: Executor,
  activityId: string,
  memberId: string,
): Promise<Record<string, unknown>> {
  const rows = await db
    .selectFrom('member_answers')
    .select(['item_key', 'value'])
    .where('activity_id', '=', activityId)
    .where('member_id', '=', memberId)
    .where('subject_key', '=', '')
    .where('round', '=', 0)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.item_key, JSON.parse(r.value) as unknown]));
}

export interface ScoreMeta {
  now: number;
  day: TakenDay | null;
  autoSubmitted?: boolean;
  enteredBy?: string | null;
  requestId?: string | null;
}

/**
 * Inserts a member's score of a wave; null when a row is already there (the primary key, or another
 * staff entry's request id). Callers hold the member's row lock, so null is a backstop, not a path.
 */
export async function insertScore(
  trx: Transaction<Database>,
  wave: WaveRow,
  memberId: string,
  result: WaveResult,
  meta: ScoreMeta,
): Promise<StoredScore | null> {
  const row = await trx
    .insertInto('instrument_scores')
    .values({
      wave_id: wave.id,
      member_id: memberId,
      program_id: wave.program_id,
      instrument_id: wave.instrument_id,
      instrument_version: wave.instrument_version,
      kind: wave.kind,
      score: result.score,
      answered: result.answered,
      missing: result.missing,
      prorated: result.prorated ? 1 : 0,
      subscales: JSON.stringify(result.subscales),
      item_values: JSON.stringify(result.itemValues),
      submitted_at: meta.now,
      taken_day_id: meta.day?.id ?? null,
      taken_day_number: meta.day?.number ?? null,
      auto_submitted: meta.autoSubmitted ? 1 : 0,
      entered_by: meta.enteredBy ?? null,
      request_id: meta.requestId ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toScore(row) : null;
}
