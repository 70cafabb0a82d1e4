import type { Lang } from '../../../../../shared/i18n/text.js';
import type { CountFigure, Figure } from '../../../../../shared/privacy/figures.js';
import type { ShownCell } from '../../../../../shared/privacy/small-counts.js';
import type { TFn } from '../../../common/i18n.js';
import { formatPercent } from '../../format.js';

/**
 * Figures as reports print them (design §6.2): a rate always with both numbers ("88% (7 / 8명)"), a
 * mean with its n, anything about fewer than the threshold as "3명 미만", nothing to measure as "—".
 */

export function decimal(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** A signed change: "+2.33", "−0.50". */
export const signed = (value: number, lang: Lang): string => `${value > 0 ? '+' : ''}${decimal(value, lang)}`;

export function rateText(f: Figure | null, lang: Lang, t: TFn): string {
  if (f === null) return t('figures.none');
  if ('lessThan' in f) return t('figures.lessThan', { n: f.lessThan });
  return t('figures.rate', {
    rate: formatPercent(f.value, lang),
    numerator: f.numerator,
    n: f.n,
    count: f.n,
  });
}

export function meanText(f: Figure | null, lang: Lang, t: TFn, format = decimal): string {
  if (f === null) return t('figures.none');
  if ('lessThan' in f) return t('figures.lessThan', { n: f.lessThan });
  return t('figures.mean', { value: format(f.value, lang), n: f.n });
}

export function countText(f: CountFigure, t: TFn): string {
  return 'count' in f ? t('figures.people', { count: f.count }) : t('figures.lessThan', { n: f.lessThan });
}

export function cellText(cell: ShownCell<unknown> | undefined, t: TFn): string {
  if (!cell || 'hidden' in cell) return t('figures.hiddenCell');
  if ('lessThan' in cell) return t('figures.lessThan', { n: cell.lessThan });
  return t('figures.people', { count: cell.count });
}

/** A figure's share for a bar: its value when shown, else null (no bar, the words say why). */
export const barValue = (f: Figure | null): number | null => (f !== null && 'value' in f ? f.value : null);
