import type { PrePostSideView } from '../../../../../shared/assessment/views.js';
import type { Lang } from '../../../../../shared/i18n/text.js';
import type { TFn } from '../../../common/i18n.js';

/**
 * How the pre/post page writes its numbers and marks: scores and means to one decimal (a 12-item mean
 * moves in twelfths), statistics to two, p as "< .001" below that, changes with their sign, and a
 * side's marks in words ("3일차 응답", "직원 입력", "자동 제출"), never a colour alone.
 */

const locale = (lang: Lang) => (lang === 'ko' ? 'ko-KR' : 'en-GB');

export function formatScore(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A change with its sign: "+1.5", "−0.3", "0". */
export function formatChange(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toFixed(digits));
  const body = formatScore(Math.abs(rounded), lang, digits);
  return rounded > 0 ? `+${body}` : rounded < 0 ? `−${body}` : body;
}

export function formatP(p: number | null, lang: Lang): string {
  if (p === null) return '—';
  if (p < 0.001) return '< .001';
  return formatScore(p, lang, 3).replace(/^0(?=[.,])/, '');
}

export function formatCi(ci: { lower: number; upper: number } | null, lang: Lang): string {
  if (!ci) return '—';
  return `[${formatChange(ci.lower, lang, 2)}, ${formatChange(ci.upper, lang, 2)}]`;
}

/** What a side's row says besides its score: late day, staff entry, auto-submitted. */
export function sideMarks(side: PrePostSideView | null, t: TFn): string[] {
  if (!side) return [];
  const marks: string[] = [];
  if (side.late && side.dayNumber !== null) marks.push(t('assessments.late', { day: side.dayNumber }));
  if (side.enteredByStaff) marks.push(t('assessments.staff'));
  if (side.autoSubmitted) marks.push(t('assessments.auto'));
  if (side.score === null) marks.push(t('assessments.unscored'));
  return marks;
}
