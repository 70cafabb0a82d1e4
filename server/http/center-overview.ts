import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { buildRoster } from '../../shared/program/roster.js';
import type { CenterOverview, CenterProgramRow, CenterView } from '../../shared/program/views.js';
import type { Storage } from '../storage/index.js';
import { usersView } from './program-access.js';

/**
 * The admin's page: the center, its users, and every program with its attendance and completion,
 * both as the program's roster computes them (buildRoster): attendance over the hours of the days
 * held so far, completion final once every day is held, a forecast before.
 */
export async function centerOverview(
  storage: Storage,
  center: CenterView,
  now: Date = new Date(),
): Promise<CenterOverview> {
  const today = todayIn(CENTER_TIME_ZONE, now);
  const [users, summaries] = await Promise.all([
    storage.facilitators.listByCenter(center.id),
    storage.programs.listFor({ id: '', centerId: center.id, role: 'admin' }),
  ]);
  const programs = await Promise.all(
    summaries.map(async (summary): Promise<CenterProgramRow> => {
      const [members, attendance] = await Promise.all([
        storage.members.list(summary.id),
        storage.attendance.forProgram(summary.id),
      ]);
      const roster = buildRoster({
        programId: summary.id,
        threshold: center.completionThreshold,
        today,
        ended: summary.status === 'ended',
        days: summary.days,
        members,
        // Who is connected now does not enter any figure here.
        attendance: attendance.map((a) => ({ ...a, connected: false })),
      });
      const { completion } = roster;
      return {
        ...summary,
        attendanceRate: roster.attendance.rate,
        heldDays: roster.attendance.heldDays,
        completionRate: completion.final ? completion.rate : completion.expectedRate,
        completionFinal: completion.final,
      };
    }),
  );
  return { center, users: usersView(center.name, users), programs };
}
