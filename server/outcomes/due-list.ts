import { dueFollowUps, MAX_DAYS_OVERDUE, weekOf, type FollowUp } from '../../shared/outcomes/due.js';
import type { DueFollowUpView, DueFollowUpsView } from '../../shared/outcomes/views.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { addMonths } from '../../shared/program/retention.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import type { Facilitator, Storage, StoredMember } from '../storage/index.js';
import { asRecord, followedUp } from './view.js';

/**
 * The follow-ups due this week for the facilitator home (GET /api/follow-ups/due): over the programs
 * the user is on, or every program of the center for an admin who asks. Computed by `dueFollowUps`
 * over the programs that can still have an open checkpoint this week or in the overdue window.
 */
export async function dueFollowUpsFor(
  storage: Storage,
  user: Facilitator,
  scope: 'mine' | 'center',
  now: number,
): Promise<DueFollowUpsView> {
  const today = todayIn(CENTER_TIME_ZONE, new Date(now));
  const week = weekOf(today);
  const [programs, center] = await Promise.all([
    // "Mine" is the programs one is on, for an admin too (who may see every program of the center).
    storage.programs.listFor(scope === 'center' ? user : { ...user, role: 'facilitator' }),
    storage.centers.findById(user.centerId),
  ]);
  const points = center?.followUpMonths ?? [];
  const lastPoint = Math.max(0, ...points);
  // A program whose last point fell due before the overdue window has nothing to list: skip its rows.
  const oldest = addDays(week.from, -MAX_DAYS_OVERDUE);
  const relevant = programs.flatMap((p) => {
    const lastDay = lastDayOf(p);
    if (!lastDay || !followedUp(p, lastDay, today) || addMonths(lastDay, lastPoint) < oldest) return [];
    return [{ program: p, lastDay }];
  });
  const [records, memberLists] = await Promise.all([
    storage.outcomes.listForPrograms(relevant.map((r) => r.program.id)),
    Promise.all(relevant.map((r) => storage.members.list(r.program.id))),
  ]);
  const members = new Map<string, StoredMember>(memberLists.flat().map((m) => [m.id, m]));
  const open = dueFollowUps({
    programs: relevant.map(({ program, lastDay }, i) => ({
      id: program.id,
      lastDay,
      ended: true,
      members: (memberLists[i] ?? []).map((m) => ({
        id: m.id,
        outcomes: records.filter((o) => o.memberId === m.id).map(asRecord),
      })),
    })),
    points,
    today,
  });
  const titles = new Map(relevant.map((r) => [r.program.id, r.program.title]));
  const view = (f: FollowUp & { daysLate?: number }): DueFollowUpView => {
    const member = members.get(f.memberId);
    return {
      ...f,
      programTitle: titles.get(f.programId) ?? '',
      nickname: member?.nickname ?? '',
      realName: member?.realName ?? null,
    };
  };
  return { week: open.week, due: open.due.map(view), overdue: open.overdue.map(view) };
}

function lastDayOf(program: ProgramSummary): string | null {
  return program.days.reduce<string | null>(
    (last, d) => (last === null || d.date > last ? d.date : last),
    null,
  );
}
