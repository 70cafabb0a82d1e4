import type { Lang } from '../../../../shared/i18n/text.js';

/** A program day's calendar date ('YYYY-MM-DD') as people say it: "6월 3일 (화)", "Tue 3 June". */
export function formatDate(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(d);
}
