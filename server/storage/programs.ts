import type { Kysely, Selectable, Transaction } from 'kysely';
import { programById } from '../../shared/content/index.js';
import { addDays, daysBetween } from '../../shared/program/dates.js';
import { MAX_FACILITATORS_PER_PROGRAM } from '../../shared/program/limits.js';
import type { CreateProgramBody, ProgramDayInput, UpdateProgramBody } from '../../shared/program/schemas.js';
import { retainUntil } from '../../shared/program/retention.js';
import { plannedMinutes } from '../../shared/program/template.js';
import type { ProgramDetail, ProgramStatus, ProgramSummary } from '../../shared/program/views.js';
import type { Database, ProgramsTable } from '../db/schema.js';
import { closeOpenWaves } from './assessment-lifecycle.js';
import { insertDefaultWaves } from './assessment-plan.js';
import { claimJoinCode, releaseJoinCode } from './join-codes.js';
import { programSummaries, toDays, type StoredDay } from './program-summaries.js';
import { endSessions } from './sessions.js';

type Db = Kysely<Database> | Transaction<Database>;
type ProgramRow = Selectable<ProgramsTable>;

/** What access checks need to know about a program. */
export interface ProgramRef {
  id: string;
  centerId: string;
  title: string;
  code: string;
  status: ProgramStatus;
  facilitatorIds: string[];
}

function dayValues(programId: string, day: ProgramDayInput, id: string) {
  return {
    id,
    program_id: programId,
    date: day.date,
    start_time: day.startTime,
    end_time: day.endTime,
    modules: JSON.stringify(day.modules),
    planned_minutes: plannedMinutes(day.modules),
  };
}

export type { StoredDay };

export type UpdateOutcome = ProgramDetail | 'version_conflict' | 'day_not_found' | 'day_has_records';

export class ProgramStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    centerId: string;
    createdBy: string;
    body: CreateProgramBody;
  }): Promise<ProgramDetail> {
    const id = await this.db.transaction().execute(async (trx) => {
      const programId = crypto.randomUUID();
      const code = await claimJoinCode(trx, programId);
      await trx
        .insertInto('programs')
        .values({
          id: programId,
          center_id: input.centerId,
          title: input.body.title,
          group_label: input.body.group,
          code,
          status: 'active',
          template_id: input.body.templateId,
          track_id: input.body.trackId,
          version: 1,
          created_by: input.createdBy,
          created_at: Date.now(),
          ended_at: null,
        })
        .execute();
      await setFacilitators(trx, programId, input.body.facilitatorIds);
      const days = input.body.days.map((day) => ({ ...day, id: crypto.randomUUID() }));
      for (const day of days) {
        await trx
          .insertInto('program_days')
          .values(dayValues(programId, day, day.id))
          .execute();
      }
      // The assessment plan is read from the agenda once, here (a copy too); later agenda edits change no wave.
      await insertDefaultWaves(trx, programId, days);
      return programId;
    });
    return (await this.detail(id)) as ProgramDetail;
  }

  async ref(id: string): Promise<ProgramRef | null> {
    const row = await this.db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return { ...refOf(row), facilitatorIds: await facilitatorIdsOf(this.db, id) };
  }

  /** The program a join code opens: the active one holding it, else the latest ended one (to say "ended"). */
  async findByCode(code: string): Promise<ProgramRef | null> {
    const row = await this.db
      .selectFrom('programs')
      .selectAll()
      .where('code', '=', code)
      .orderBy((eb) => eb.case().when('status', '=', 'ended').then(1).else(0).end())
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (!row) return null;
    return { ...refOf(row), facilitatorIds: await facilitatorIdsOf(this.db, row.id) };
  }

  async days(programId: string): Promise<StoredDay[]> {
    return toDays(
      await this.db.selectFrom('program_days').selectAll().where('program_id', '=', programId).execute(),
    );
  }

  async day(programId: string, dayId: string): Promise<StoredDay | null> {
    return (await this.days(programId)).find((d) => d.id === dayId) ?? null;
  }

  /** The program and day a program session runs. */
  async dayById(dayId: string): Promise<{ program: ProgramRef; day: StoredDay } | null> {
    const row = await this.db
      .selectFrom('program_days')
      .select('program_id')
      .where('id', '=', dayId)
      .executeTakeFirst();
    if (!row) return null;
    const [program, days] = await Promise.all([this.ref(row.program_id), this.days(row.program_id)]);
    const day = days.find((d) => d.id === dayId);
    return program && day ? { program, day } : null;
  }

  async detail(id: string): Promise<ProgramDetail | null> {
    const [summary] = await programSummaries(this.db, (q) => q.where('p.id', '=', id));
    if (!summary) return null;
    const row = await this.db
      .selectFrom('programs as p')
      .innerJoin('centers as c', 'c.id', 'p.center_id')
      .select(['p.version', 'p.retain_until', 'c.completion_threshold'])
      .where('p.id', '=', id)
      .executeTakeFirstOrThrow();
    const modules = new Map((await this.days(id)).map((d) => [d.id, d.modules]));
    const template = summary.templateId ? programById.get(summary.templateId) : undefined;
    return {
      ...summary,
      days: summary.days.map((d) => ({ ...d, modules: modules.get(d.id) ?? [] })),
      version: row.version,
      templateHours: template ? { min: template.hours.min, max: template.hours.max } : null,
      completionThreshold: Number(row.completion_threshold),
      retainUntil: row.retain_until === null ? null : Number(row.retain_until),
    };
  }

  /** Programs a user may see: an admin every program of the center, a facilitator the ones they are on. */
  async listFor(user: {
    id: string;
    centerId: string;
    role: 'admin' | 'facilitator';
  }): Promise<ProgramSummary[]> {
    return programSummaries(this.db, (q) => {
      const inCenter = q.where('p.center_id', '=', user.centerId);
      return user.role === 'admin'
        ? inCenter
        : inCenter.where((eb) =>
            eb.exists(
              eb
                .selectFrom('program_facilitators as pf')
                .select('pf.program_id')
                .whereRef('pf.program_id', '=', 'p.id')
                .where('pf.facilitator_id', '=', user.id),
            ),
          );
    });
  }

  /**
   * The whole program as edited. Refused when `version` is not the stored one (someone saved in
   * between), when a day id is not this program's, or when a removed day has a session or attendance.
   */
  async update(id: string, body: UpdateProgramBody): Promise<UpdateOutcome> {
    // A refusal found after the version was bumped is thrown, so the bump (and title) roll back with it.
    const outcome = await this.db
      .transaction()
      .execute(async (trx): Promise<UpdateOutcome | 'ok'> => {
        const bumped = await trx
          .updateTable('programs')
          .set({ title: body.title, group_label: body.group, version: body.version + 1 })
          .where('id', '=', id)
          .where('version', '=', body.version)
          .returning('id')
          .executeTakeFirst();
        if (!bumped) return 'version_conflict';
        const existing = await trx
          .selectFrom('program_days')
          .select('id')
          .where('program_id', '=', id)
          .execute();
        const existingIds = new Set(existing.map((d) => d.id));
        if (body.days.some((d) => d.id !== undefined && !existingIds.has(d.id)))
          throw new UpdateRefused('day_not_found');
        const kept = new Set(body.days.flatMap((d) => (d.id ? [d.id] : [])));
        const removed = [...existingIds].filter((dayId) => !kept.has(dayId));
        if (removed.length > 0) {
          const used = await trx
            .selectFrom('program_days as d')
            .select('d.id')
            .where('d.id', 'in', removed)
            .where((eb) =>
              eb.or([
                eb.exists(
                  eb
                    .selectFrom('live_sessions as s')
                    .select('s.id')
                    .whereRef('s.program_day_id', '=', 'd.id'),
                ),
                eb.exists(
                  eb.selectFrom('attendance as a').select('a.day_id').whereRef('a.day_id', '=', 'd.id'),
                ),
              ]),
            )
            .executeTakeFirst();
          if (used) throw new UpdateRefused('day_has_records');
          await trx.deleteFrom('program_days').where('id', 'in', removed).execute();
        }
        // Kept days move out of the way first, so swapping two dates never trips the (program, date) key.
        for (const dayId of kept) {
          await trx
            .updateTable('program_days')
            .set({ date: `moving-${dayId}` })
            .where('id', '=', dayId)
            .execute();
        }
        for (const day of body.days) {
          if (day.id) {
            const { id: _id, program_id: _p, ...values } = dayValues(id, day, day.id);
            await trx.updateTable('program_days').set(values).where('id', '=', day.id).execute();
          } else {
            await trx
              .insertInto('program_days')
              .values(dayValues(id, day, crypto.randomUUID()))
              .execute();
          }
        }
        await setFacilitators(trx, id, body.facilitatorIds);
        return 'ok';
      })
      .catch((error: unknown) => {
        if (error instanceof UpdateRefused) return error.reason;
        throw error;
      });
    if (outcome !== 'ok') return outcome;
    return (await this.detail(id)) as ProgramDetail;
  }

  /** A new program for the next group: same agenda and facilitators, days moved to start on `firstDate`. */
  async copy(
    id: string,
    input: { title: string; firstDate: string; createdBy: string },
  ): Promise<ProgramDetail | null> {
    const source = await this.detail(id);
    const ref = await this.ref(id);
    if (!source || !ref) return null;
    // Deactivated colleagues do not come along to the next group; the one copying always does.
    const active = await this.db
      .selectFrom('facilitators')
      .select('id')
      .where('id', 'in', [...source.facilitators.map((f) => f.id), input.createdBy])
      .where('active', '=', 1)
      .execute();
    const activeIds = new Set(active.map((a) => a.id));
    const facilitatorIds = source.facilitators.map((f) => f.id).filter((id) => activeIds.has(id));
    if (!facilitatorIds.includes(input.createdBy)) {
      // Within the cap the editor and the schema hold: past it the copy could never be saved again.
      facilitatorIds.splice(MAX_FACILITATORS_PER_PROGRAM - 1);
      facilitatorIds.push(input.createdBy);
    }
    const first = source.days[0]?.date ?? input.firstDate;
    const shift = daysBetween(first, input.firstDate);
    return this.create({
      centerId: ref.centerId,
      createdBy: input.createdBy,
      body: {
        title: input.title,
        group: source.group,
        facilitatorIds,
        templateId: source.templateId,
        trackId: source.trackId,
        days: source.days.map((d) => ({
          date: addDays(d.date, shift),
          startTime: d.startTime,
          endTime: d.endTime,
          modules: d.modules,
        })),
      },
    });
  }

  /**
   * Ends the program and any day of it still running, and closes its open assessment waves, in one
   * transaction; its join code is released and stops working. Returns the sessions it ended, so the caller can tell their audiences.
   */
  async end(id: string): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      // Taken on the program row, the same lock a day start takes: no day can start half-way through.
      const now = Date.now();
      await trx
        .updateTable('programs')
        // The retention clock starts here (shared/program/retention.ts says why the end, not the plan).
        .set({ status: 'ended', ended_at: now, retain_until: retainUntil(now) })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .execute();
      const sessionIds = await runningSessionIdsOf(trx, id);
      await endSessions(trx, sessionIds);
      // Its open waves close with it, handing in what can be scored (assessments design §2.3); after
      // the sessions, in the lock order every path takes (program, session, wave, member).
      await closeOpenWaves(trx, id, now);
      // Released last, once no session of the program holds the code any more.
      await releaseJoinCode(trx, id);
      return sessionIds;
    });
  }

  /** Sessions of the program's days that have not ended. */
  async runningSessionIds(programId: string): Promise<string[]> {
    return runningSessionIdsOf(this.db, programId);
  }
}

class UpdateRefused extends Error {
  constructor(readonly reason: 'day_not_found' | 'day_has_records') {
    super(reason);
  }
}

async function runningSessionIdsOf(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('live_sessions as s')
    .innerJoin('program_days as d', 'd.id', 's.program_day_id')
    .select('s.id')
    .where('d.program_id', '=', programId)
    .where('s.status', '<>', 'ended')
    .execute();
  return rows.map((r) => r.id);
}

function refOf(row: ProgramRow): Omit<ProgramRef, 'facilitatorIds'> {
  return { id: row.id, centerId: row.center_id, title: row.title, code: row.code, status: row.status };
}

async function facilitatorIdsOf(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('program_facilitators')
    .select('facilitator_id')
    .where('program_id', '=', programId)
    .execute();
  return rows.map((r) => r.facilitator_id);
}

async function setFacilitators(trx: Transaction<Database>, programId: string, ids: readonly string[]) {
  await trx.deleteFrom('program_facilitators').where('program_id', '=', programId).execute();
  const unique = [...new Set(ids)];
  if (unique.length > 0) {
    await trx
      .insertInto('program_facilitators')
      .values(unique.map((facilitatorId) => ({ program_id: programId, facilitator_id: facilitatorId })))
      .execute();
  }
}
