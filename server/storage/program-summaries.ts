import type { Kysely, Selectable } from 'kysely';
import type { AgendaModule } from '../../shared/program/schemas.js';
import type { ProgramDayView, ProgramSummary } from '../../shared/program/views.js';
import type { SessionStatus } from '../../shared/protocol/views.js';
import type { Database, ProgramDaysTable } from '../db/schema.js';

/**
 * Reading programs for lists and pages: days in date order with their numbers, and the summary
 * rows (facilitators, days with their sessions, member count) in four queries however many programs.
 */
type DayRow = Selectable<ProgramDaysTable>;
type SummaryQuery = ReturnType<typeof baseQuery>;

export interface StoredDay {
  id: string;
  programId: string;
  number: number;
  date: string;
  startTime: string;
  endTime: string;
  modules: AgendaModule[];
  plannedMinutes: number;
}

export function toDays(rows: DayRow[]): StoredDay[] {
  return [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((row, i) => ({
      id: row.id,
      programId: row.program_id,
      number: i + 1,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      modules: JSON.parse(row.modules) as AgendaModule[],
      plannedMinutes: row.planned_minutes,
    }));
}

export async function programSummaries(
  db: Kysely<Database>,
  filter: (q: SummaryQuery) => SummaryQuery,
): Promise<ProgramSummary[]> {
  const rows = await filter(baseQuery(db)).orderBy('p.created_at', 'desc').orderBy('p.id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [facilitators, days, sessions] = await Promise.all([
    db
      .selectFrom('program_facilitators as pf')
      .innerJoin('facilitators as f', 'f.id', 'pf.facilitator_id')
      .select(['pf.program_id', 'f.id', 'f.name'])
      .where('pf.program_id', 'in', ids)
      .orderBy('f.name')
      .execute(),
    db.selectFrom('program_days').selectAll().where('program_id', 'in', ids).execute(),
    db
      .selectFrom('live_sessions as s')
      .innerJoin('program_days as d', 'd.id', 's.program_day_id')
      .select(['s.id', 's.status', 's.program_day_id'])
      .where('d.program_id', 'in', ids)
      .execute(),
  ]);
  const sessionOfDay = new Map(
    sessions.map((s) => [s.program_day_id as string, { id: s.id, status: s.status as SessionStatus }]),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    group: r.group_label,
    code: r.code,
    status: r.status,
    templateId: r.template_id,
    trackId: r.track_id,
    facilitators: facilitators.filter((f) => f.program_id === r.id).map((f) => ({ id: f.id, name: f.name })),
    days: toDays(days.filter((d) => d.program_id === r.id)).map((d): Omit<ProgramDayView, 'modules'> => ({
      id: d.id,
      number: d.number,
      date: d.date,
      startTime: d.startTime,
      endTime: d.endTime,
      plannedMinutes: d.plannedMinutes,
      session: sessionOfDay.get(d.id) ?? null,
    })),
    memberCount: Number(r.member_count ?? 0),
    createdAt: Number(r.created_at),
  }));
}

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom('programs as p').select((eb) => [
    'p.id',
    'p.title',
    'p.group_label',
    'p.code',
    'p.status',
    'p.template_id',
    'p.track_id',
    'p.created_at',
    eb
      .selectFrom('program_members as m')
      .whereRef('m.program_id', '=', 'p.id')
      .select((e) => e.fn.countAll<number>().as('n'))
      .as('member_count'),
  ]);
}
