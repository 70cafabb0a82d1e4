import type { Kysely, Transaction } from 'kysely';
import { defaultWaves } from '../../shared/assessment/waves.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import type { Database, WaveKind } from '../db/schema.js';
import { toWave, type StoredWave } from './assessment-rows.js';
import { lockRow } from './locks.js';

/**
 * A program's assessment plan (docs/design/assessments-reports.md §2.2): its waves, edited as a whole
 * with the plan's version (`programs.wave_plan_version`) so a stale editor is refused, as program
 * edits are. A wave is identified by (instrument, kind); a removed wave with any response is refused.
 */
export interface WavePlanItem {
  instrumentId: string;
  kind: WaveKind;
  plannedDayId: string | null;
  /** The instrument's current version (for a new pre or once wave; a new post takes its pre's). */
  instrumentVersion: number;
  /** Set by the server from the instrument (the end-of-program survey), never by a person. */
  anonymous: boolean;
}

export interface WavePlan {
  version: number;
  waves: StoredWave[];
}

export type PlanOutcome =
  | (WavePlan & { ok: true; closedActivityIds: string[] })
  | {
      ok: false;
      code:
        'program_not_found' | 'program_ended' | 'version_conflict' | 'wave_has_responses' | 'day_not_found';
    }
  | { ok: false; code: 'invalid_payload' };

type Refusal = Extract<PlanOutcome, { ok: false }>['code'];

class PlanRefused extends Error {
  constructor(readonly code: Refusal) {
    super(code);
  }
}

const KIND_ORDER: Record<WaveKind, number> = { pre: 0, post: 1, once: 2 };

export async function planOf(db: Kysely<Database> | Transaction<Database>, programId: string) {
  const program = await db
    .selectFrom('programs')
    .select('wave_plan_version')
    .where('id', '=', programId)
    .executeTakeFirst();
  if (!program) return null;
  const rows = await db
    .selectFrom('assessment_waves')
    .selectAll()
    .where('program_id', '=', programId)
    .execute();
  const waves = rows
    .map(toWave)
    .sort((a, b) => a.instrumentId.localeCompare(b.instrumentId) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { version: Number(program.wave_plan_version), waves };
}

const keyOf = (w: { instrumentId: string; kind: WaveKind }) => `${w.instrumentId}:${w.kind}`;

/** True when anything of the wave was answered or handed in: a score, or an answer to its activity. */
async function hasResponses(trx: Transaction<Database>, wave: StoredWave): Promise<boolean> {
  const score = await trx
    .selectFrom('instrument_scores')
    .select('wave_id')
    .where('wave_id', '=', wave.id)
    .executeTakeFirst();
  if (score) return true;
  if (wave.activityId === null) return false;
  const answer = await trx
    .selectFrom('member_answers')
    .select('activity_id')
    .where('activity_id', '=', wave.activityId)
    .executeTakeFirst();
  return answer !== undefined;
}

async function replaceIn(
  trx: Transaction<Database>,
  input: { programId: string; version: number; waves: readonly WavePlanItem[] },
): Promise<string[]> {
  // The conditional bump takes the program row's lock: two editors are decided one after the other.
  const bumped = await trx
    .updateTable('programs')
    .set({ wave_plan_version: input.version + 1 })
    .where('id', '=', input.programId)
    .where('wave_plan_version', '=', input.version)
    .returning('status')
    .executeTakeFirst();
  if (!bumped) {
    const exists = await trx
      .selectFrom('programs')
      .select('id')
      .where('id', '=', input.programId)
      .executeTakeFirst();
    throw new PlanRefused(exists ? 'version_conflict' : 'program_not_found');
  }
  if (bumped.status !== 'active') throw new PlanRefused('program_ended');
  const wanted = new Map(input.waves.map((w) => [keyOf(w), w]));
  // The database refuses these too (unique plan key, the anonymity check); said here as a code.
  if (
    wanted.size !== input.waves.length ||
    input.waves.some(
      (w) =>
        (w.anonymous && w.kind !== 'once') ||
        !Number.isInteger(w.instrumentVersion) ||
        w.instrumentVersion < 1,
    )
  )
    throw new PlanRefused('invalid_payload');
  const dayIds = new Set(
    (
      await trx.selectFrom('program_days').select('id').where('program_id', '=', input.programId).execute()
    ).map((d) => d.id),
  );
  if (input.waves.some((w) => w.plannedDayId !== null && !dayIds.has(w.plannedDayId)))
    throw new PlanRefused('day_not_found');

  const existing = (await planOf(trx, input.programId))!.waves;
  const closedActivityIds: string[] = [];
  for (const wave of existing.filter((w) => !wanted.has(keyOf(w)))) {
    await lockRow(trx, 'assessment_waves', wave.id);
    if (await hasResponses(trx, wave)) throw new PlanRefused('wave_has_responses');
    // An opened wave nobody answered: its task leaves the phones with it.
    if (wave.activityId !== null) {
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('id', '=', wave.activityId)
        .where('status', '<>', 'closed')
        .execute();
      closedActivityIds.push(wave.activityId);
    }
    await trx.deleteFrom('assessment_waves').where('id', '=', wave.id).execute();
  }
  const kept = new Map(existing.map((w) => [keyOf(w), w]));
  for (const wave of input.waves) {
    const current = kept.get(keyOf(wave));
    if (current) {
      // Version and anonymity stay as pinned when the wave was planned; only the day is edited.
      if (current.plannedDayId !== wave.plannedDayId) {
        await trx
          .updateTable('assessment_waves')
          .set((eb) => ({ planned_day_id: wave.plannedDayId, version: eb('version', '+', 1) }))
          .where('id', '=', current.id)
          .execute();
      }
      continue;
    }
    const pre =
      wave.kind === 'post'
        ? (kept.get(`${wave.instrumentId}:pre`) ?? wanted.get(`${wave.instrumentId}:pre`))
        : undefined;
    await trx
      .insertInto('assessment_waves')
      .values({
        id: crypto.randomUUID(),
        program_id: input.programId,
        instrument_id: wave.instrumentId,
        // A post pairs with its pre: a version published in between never splits a pair.
        instrument_version: pre?.instrumentVersion ?? wave.instrumentVersion,
        kind: wave.kind,
        planned_day_id: wave.plannedDayId,
        anonymous: wave.anonymous ? 1 : 0,
        created_at: Date.now(),
      })
      .execute();
  }
  return closedActivityIds;
}

/**
 * Replaces the program's plan. Refused: a stale `version`; a day not of the program; a wave removed
 * that has a response (`wave_has_responses`); the same (instrument, kind) twice. A refusal found
 * after the version was bumped is thrown, so the bump rolls back with it.
 */
export async function replacePlan(
  db: Kysely<Database>,
  input: { programId: string; version: number; waves: readonly WavePlanItem[] },
): Promise<PlanOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const closedActivityIds = await replaceIn(trx, input);
      return { ok: true as const, ...(await planOf(trx, input.programId))!, closedActivityIds };
    });
  } catch (error) {
    if (error instanceof PlanRefused) return { ok: false, code: error.code } as PlanOutcome;
    throw error;
  }
}

/**
 * A new program's plan (design §2.2): `defaultWaves` over its days in date order, each wave's day
 * number turned into that day's id. In the program's creating transaction; the plan's version stays 0.
 */
export async function insertDefaultWaves(
  trx: Transaction<Database>,
  programId: string,
  days: readonly { id: string; date: string; modules: readonly AgendaModule[] }[],
): Promise<void> {
  const ordered = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const now = Date.now();
  for (const wave of defaultWaves(ordered)) {
    await trx
      .insertInto('assessment_waves')
      .values({
        id: crypto.randomUUID(),
        program_id: programId,
        instrument_id: wave.instrumentId,
        instrument_version: wave.instrumentVersion,
        kind: wave.kind,
        planned_day_id: wave.plannedDayNumber === null ? null : ordered[wave.plannedDayNumber - 1]!.id,
        anonymous: wave.anonymous ? 1 : 0,
        created_at: now,
      })
      .execute();
  }
}
