import { CENTER_TIME_ZONE, todayIn } from './dates.js';
import { DEFAULT_RETENTION_MONTHS } from './limits.js';

/**
 * How long a program's personal data is kept: the notice (notice.ts) promises "프로그램 종료 후 N개월",
 * and both read DEFAULT_RETENTION_MONTHS, so the stored date is always the one the participant was told.
 *
 * Counted from the day the program actually ended, not its planned last day. A program ended early
 * has ended: no more data is collected, and keeping it N months after a day that never came would
 * keep it longer than the notice says (PIPA: destroy without delay once the stated period is over).
 * A program ended after its last day was still open until then (attendance could still be corrected),
 * so it ended then. The period runs to the end of the same calendar date N months later in Korea.
 */
export function retainUntil(endedAt: number, months: number = DEFAULT_RETENTION_MONTHS): number {
  const date = addMonths(todayIn(CENTER_TIME_ZONE, new Date(endedAt)), months);
  // Korea keeps one offset all year (no daylight saving time): the last millisecond of that date there.
  return Date.parse(`${date}T23:59:59.999+09:00`);
}

/** The calendar date (YYYY-MM-DD, in Korea) a stored retain_until names. */
export function retentionDate(retainUntilMs: number): string {
  return todayIn(CENTER_TIME_ZONE, new Date(retainUntilMs));
}

/** Same day `months` later; a day the target month lacks becomes its last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}
