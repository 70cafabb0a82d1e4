import { addDays, daysBetween, isValidDate, weekday } from '../program/dates.js';
import { addMonths } from '../program/retention.js';
import { latestCurrent, type OutcomeRecord, type OutcomeStatus } from './latest.js';

/**
 * Which follow-ups (사후관리) staff should make: each member of an ended program is checked at
 * completion (checkpoint 0, due on the last day) and at each follow-up point, months after the last day.
 * The facilitator home lists those due this week, and apart those missed not long ago.
 */

/** Months after the last day, the center's default (`centers.follow_up_months`). */
export const DEFAULT_FOLLOW_UP_MONTHS: readonly number[] = [1, 3, 6];
/**
 * A follow-up missed by more than this is no longer listed: the home page is for calls worth making
 * now, and a point two months past is usually caught by the next one.
 */
export const MAX_DAYS_OVERDUE = 60;

export interface FollowUpOutcome extends OutcomeRecord {
  checkpointMonths: number;
  status: OutcomeStatus;
}

export interface FollowUpProgram {
  id: string;
  /** 'YYYY-MM-DD': the program's last day, from which the points are counted. */
  lastDay: string;
  /** Only an ended program is followed up: until then its members are still in it. */
  ended: boolean;
  members: readonly { id: string; outcomes: readonly FollowUpOutcome[] }[];
}

export interface FollowUp {
  programId: string;
  memberId: string;
  checkpointMonths: number;
  /** 'YYYY-MM-DD' */
  dueOn: string;
}

export interface OverdueFollowUp extends FollowUp {
  /** Days from the due date to today, 1..MAX_DAYS_OVERDUE (at least the days since Monday). */
  daysLate: number;
}

export interface DueFollowUps {
  /** Monday and Sunday of today's week, 'YYYY-MM-DD'. */
  week: { from: string; to: string };
  /** Open checkpoints due this week, Monday to Sunday, including days already past. */
  due: FollowUp[];
  /** Open checkpoints due before this week, at most MAX_DAYS_OVERDUE days ago. */
  overdue: OverdueFollowUp[];
}

/** Monday to Sunday around a date: Korean calendars and work weeks start on Monday. */
export function weekOf(date: string): { from: string; to: string } {
  const daysSinceMonday = (weekday(date) + 6) % 7;
  const from = addDays(date, -daysSinceMonday);
  return { from, to: addDays(from, 6) };
}

function checkDate(date: string, what: string): void {
  if (!isValidDate(date))
    throw new RangeError(`${what} must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

function checkPoints(points: readonly number[]): void {
  for (const p of points)
    if (!Number.isInteger(p) || p < 1)
      throw new RangeError(`a follow-up point must be a whole number of months ≥ 1, got ${p}`);
  if (new Set(points).size !== points.length) throw new RangeError('follow-up points must be distinct');
}

/**
 * The follow-ups open this week and those overdue. `today` is the center's date
 * (`todayIn(CENTER_TIME_ZONE)`); all dates are local calendar dates, so no time zone enters here.
 *
 * A checkpoint is done when a current record carries it, whatever its status: "not reachable" is an
 * outcome of the call. A member whose latest current status is `declined` asked not to be followed
 * up, so nothing of theirs is listed. Points fall on the same date months later, a day the month lacks
 * becoming its last (addMonths, as the retention date): 01-31 + 1 month is 02-28, or 02-29.
 */
export function dueFollowUps(input: {
  programs: readonly FollowUpProgram[];
  points?: readonly number[];
  today: string;
}): DueFollowUps {
  const points = input.points ?? DEFAULT_FOLLOW_UP_MONTHS;
  checkDate(input.today, 'today');
  checkPoints(points);
  const week = weekOf(input.today);
  const due: FollowUp[] = [];
  const overdue: OverdueFollowUp[] = [];

  for (const program of input.programs) {
    checkDate(program.lastDay, `the last day of program ${program.id}`);
    if (!program.ended) continue;
    const checkpoints = [0, ...points].map((months) => ({
      months,
      dueOn: addMonths(program.lastDay, months),
    }));
    for (const member of program.members) {
      if (latestCurrent(member.outcomes)?.status === 'declined') continue;
      const done = new Set(member.outcomes.filter((o) => !o.superseded).map((o) => o.checkpointMonths));
      for (const { months, dueOn } of checkpoints) {
        if (done.has(months)) continue;
        const item = { programId: program.id, memberId: member.id, checkpointMonths: months, dueOn };
        if (dueOn >= week.from && dueOn <= week.to) due.push(item);
        else if (dueOn < week.from) {
          const daysLate = daysBetween(dueOn, input.today);
          if (daysLate <= MAX_DAYS_OVERDUE) overdue.push({ ...item, daysLate });
        }
      }
    }
  }
  return { week, due: due.sort(byDueDate), overdue: overdue.sort(byDueDate) };
}

/** Oldest first, then by program, member and checkpoint, so the list reads the same on every load. */
function byDueDate(a: FollowUp, b: FollowUp): number {
  return (
    compare(a.dueOn, b.dueOn) ||
    compare(a.programId, b.programId) ||
    compare(a.memberId, b.memberId) ||
    a.checkpointMonths - b.checkpointMonths
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
