import { CENTER_TIME_ZONE, todayIn } from '../../../shared/program/dates.js';
import type { Lang } from '../../../shared/i18n/text.js';
import type { TFn } from '../common/i18n.js';

/** "Today" is the center's date (Korea), the same day the server means when it starts a day's session. */
export const today = (): string => todayIn(CENTER_TIME_ZONE);

const locale = (lang: Lang) => (lang === 'ko' ? 'ko-KR' : 'en-GB');

/** '2026-11-23' → "11월 23일 (월)" / "Mon 23 Nov". */
export function formatDate(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  if (lang === 'ko') {
    const weekday = new Intl.DateTimeFormat('ko-KR', { weekday: 'short', timeZone: 'UTC' }).format(d);
    return `${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일 (${weekday})`;
  }
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(d);
}

/** An instant as the center's wall-clock time, "09:52" (the same in both languages). */
export function formatClock(epochMs: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: CENTER_TIME_ZONE,
  }).format(new Date(epochMs));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** Hours as "23.5시간" / "23.5 hours". */
export function formatHours(hours: number, lang: Lang, t: TFn): string {
  return t('format.hours', { hours: formatNumber(hours, lang), count: hours });
}

export const minutesToHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

/** A share as a whole percentage; '—' when there is nothing to measure yet. */
export function formatPercent(ratio: number | null, lang: Lang): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatRange(hours: { min: number; max: number }, lang: Lang, t: TFn): string {
  return hours.min === hours.max
    ? formatHours(hours.min, lang, t)
    : t('format.hoursRange', { min: formatNumber(hours.min, lang), max: formatNumber(hours.max, lang) });
}

export function formatDateRange(dates: readonly string[], lang: Lang, t: TFn): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '—';
  if (first === last) return formatDate(first, lang);
  return t('format.dateRange', { first: formatDate(first, lang), last: formatDate(last, lang) });
}
