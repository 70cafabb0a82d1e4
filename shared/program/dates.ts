/**
 * Calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:MM') of program days. Pure string arithmetic
 * in UTC so the same date means the same day on every machine; "today" is the center's local date.
 */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Korean employment centers all keep Korea's time; "today" on the server means today here. */
export const CENTER_TIME_ZONE = 'Asia/Seoul';
/** Korea keeps one offset all year (no daylight saving), so the center's wall clock is UTC+9. */
export const CENTER_UTC_OFFSET = '+09:00';

export function isValidDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The next `count` weekdays starting at `first` (itself included when it is a weekday). */
export function consecutiveWeekdays(first: string, count: number): string[] {
  const dates: string[] = [];
  let d = first;
  while (dates.length < count) {
    const w = weekday(d);
    if (w !== 0 && w !== 6) dates.push(d);
    d = addDays(d, 1);
  }
  return dates;
}

export function minutesOfTime(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Epoch ms of a wall-clock time ('HH:MM') on a date at the center. */
export function centerEpoch(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00${CENTER_UTC_OFFSET}`);
}

/**
 * One formatter per time zone, made once: an `Intl.DateTimeFormat` holds ~27 KB of ICU memory outside
 * the JS heap until its wrapper is collected, so one per call (the roster's lateness calls this per
 * attendance row) grew a center export's server by ~400 MB of RSS (`npm run bench`, center-200x20).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, e.g. the center's: what "today's session" means. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(now);
}
