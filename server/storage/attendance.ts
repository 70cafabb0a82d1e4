import type { Kysely } from 'kysely';
import type { AttendanceCorrection } from '../../shared/program/schemas.js';
import type { Database } from '../db/schema.js';

export interface StoredAttendance {
  dayId: string;
  memberId: string;
  present: boolean;
  joinedAt: number | null;
  hours: number | null;
  corrected: boolean;
  note: string | null;
  /** The corrector's name (a facilitator of the center); null when unknown or never corrected. */
  correctedBy: string | null;
  /** The member's participant row of the day's session, if they joined it: last seen and presence. */
  participantId: string | null;
  lastSeenAt: number | null;
}

export class AttendanceStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * A join on a program day: present from the first join. A facilitator's correction is kept (it
   * was made knowing more, e.g. "left at noon"); only the first join time is filled in.
   */
  async recordJoin(dayId: string, memberId: string, now = Date.now()): Promise<void> {
    await this.db
      .insertInto('attendance')
      .values({
        day_id: dayId,
        member_id: memberId,
        present: 1,
        joined_at: now,
        hours: null,
        corrected: 0,
        note: null,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['day_id', 'member_id']).doUpdateSet((eb) => ({
          joined_at: eb.fn.coalesce('attendance.joined_at', 'excluded.joined_at'),
          present: eb
            .case()
            .when('attendance.corrected', '=', 1)
            .then(eb.ref('attendance.present'))
            .else(1)
            .end(),
        })),
      )
      .execute();
  }

  /** A facilitator's correction, kept with who made it (the roster shows the note with its author). */
  async correct(
    dayId: string,
    memberId: string,
    correction: AttendanceCorrection,
    correctedBy: string | null = null,
  ): Promise<void> {
    const now = Date.now();
    const values = {
      present: correction.present ? 1 : 0,
      hours: correction.present ? correction.hours : 0,
      corrected: 1,
      note: correction.note ? correction.note : null,
      corrected_by: correctedBy,
      updated_at: now,
    };
    await this.db
      .insertInto('attendance')
      .values({ day_id: dayId, member_id: memberId, joined_at: null, ...values })
      .onConflict((oc) => oc.columns(['day_id', 'member_id']).doUpdateSet(values))
      .execute();
  }

  /**
   * A program's attendance rows, each with its corrector's name and, when the member joined the day's
   * session, their participant row there and its last seen (one session per day, one row per member).
   */
  async forProgram(programId: string): Promise<StoredAttendance[]> {
    const rows = await this.db
      .selectFrom('attendance as a')
      .innerJoin('program_days as d', 'd.id', 'a.day_id')
      .leftJoin('facilitators as f', 'f.id', 'a.corrected_by')
      .leftJoin('live_sessions as s', 's.program_day_id', 'a.day_id')
      .leftJoin('participants as p', (join) =>
        join.onRef('p.session_id', '=', 's.id').onRef('p.member_id', '=', 'a.member_id'),
      )
      .selectAll('a')
      .select(['f.name as corrector_name', 'p.id as participant_id', 'p.last_seen_at'])
      .where('d.program_id', '=', programId)
      .execute();
    return rows.map((r) => ({
      dayId: r.day_id,
      memberId: r.member_id,
      present: r.present === 1,
      joinedAt: r.joined_at === null ? null : Number(r.joined_at),
      hours: r.hours === null ? null : Number(r.hours),
      corrected: r.corrected === 1,
      note: r.note,
      correctedBy: r.corrector_name,
      participantId: r.participant_id,
      lastSeenAt: r.last_seen_at === null ? null : Number(r.last_seen_at),
    }));
  }
}
