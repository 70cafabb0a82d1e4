import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { buildRoster } from '../../shared/program/roster.js';
import type { CenterOverview, CenterProgramRow, CenterView } from '../../shared/program/views.js';
import type { Storage } from '../storage/index.js';
import { usersView } from './program-access.js';

/**
 * The admin's page: the center, its users, and every program with its attendance and completion.
 * Attendance counts member-days attended over the days already held (date ≤ today at the center).
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
      const held = new Set(summary.days.filter((d) => d.date <= today).map((d) => d.id));
      const memberIds = new Set(members.map((m) => m.id));
      const attended = attendance.filter(
        (a) => a.present && held.has(a.dayId) && memberIds.has(a.memberId),
      ).length;
      const possible = held.size * members.length;
      const roster = buildRoster({
        programId: summary.id,
        threshold: center.completionThreshold,
        days: summary.days,
        members,
        attendance,
      });
      return {
        ...summary,
        attendanceRate: possible > 0 ? attended / possible : null,
        completionRate: roster.completion.rate,
      };
    }),
  );
  return { center, users: usersView(center.name, users), programs };
}
