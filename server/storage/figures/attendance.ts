import { sql, type Kysely } from 'kysely';
import type { DayHours, MemberHours } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';
import { num, programsCte } from './scope.js';

/**
 * Attendance in SQL (design §6.1). A present day counts its corrected hours, else the day's planned
 * hours, capped at the planned hours; an absent day counts 0. Every division is
 * `cast(… as double precision) / 60`: `planned_minutes / 60.0` is numeric on PostgreSQL, which the
 * driver returns as a string. Held is the roster's rule: started, or dated before today ('YYYY-MM-DD'
 * text compared as text, no date arithmetic).
 */
const planned = sql`cast(d.planned_minutes as double precision) / 60`;
const entered = sql`coalesce(a.hours, ${planned})`;
const hoursOf = sql`case when a.present = 1 then case when ${entered} > ${planned} then ${planned} else ${entered} end else 0 end`;
const heldOf = (today: string) =>
  sql`(d.date < ${today} or exists (select 1 from live_sessions s where s.program_day_id = d.id))`;

/** Each member's attended hours over all days and over the held days: one narrow row per member. */
export async function memberHours(
  db: Kysely<Database>,
  programIds: readonly string[],
  today: string,
): Promise<MemberHours[]> {
  if (programIds.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    with ${programsCte(programIds)}
    select m.program_id, m.id as member_id,
      coalesce(sum(${hoursOf}), 0) as attended,
      coalesce(sum(case when ${heldOf(today)} then ${hoursOf} else 0 end), 0) as attended_held
    from program_members m
    join p on p.program_id = m.program_id
    left join attendance a on a.member_id = m.id
    left join program_days d on d.id = a.day_id
    group by m.program_id, m.id
  `.execute(db);
  return rows.map((r) => ({
    programId: String(r.program_id),
    memberId: String(r.member_id),
    attended: num(r.attended),
    attendedHeld: num(r.attended_held),
  }));
}

/** Every day of the programs: planned minutes, held, running, how many were present and their hours. */
export async function dayHours(
  db: Kysely<Database>,
  programIds: readonly string[],
  today: string,
): Promise<DayHours[]> {
  if (programIds.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    with ${programsCte(programIds)}
    select d.program_id, d.id as day_id, d.date, d.planned_minutes,
      case when ${heldOf(today)} then 1 else 0 end as held,
      case when exists (select 1 from live_sessions s where s.program_day_id = d.id and s.status <> 'ended')
        then 1 else 0 end as running,
      coalesce(sum(case when a.present = 1 then 1 else 0 end), 0) as present,
      coalesce(sum(${hoursOf}), 0) as attended_hours
    from program_days d
    join p on p.program_id = d.program_id
    left join attendance a on a.day_id = d.id
    group by d.program_id, d.id, d.date, d.planned_minutes
    order by d.program_id, d.date
  `.execute(db);
  return rows.map((r) => ({
    programId: String(r.program_id),
    dayId: String(r.day_id),
    date: String(r.date),
    plannedMinutes: num(r.planned_minutes),
    held: num(r.held) === 1,
    running: num(r.running) === 1,
    present: num(r.present),
    attendedHours: num(r.attended_hours),
  }));
}
