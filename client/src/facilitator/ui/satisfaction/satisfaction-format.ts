import type { Lang } from '../../../../../shared/i18n/text.js';
import type { CountFigure, Figure } from '../../../../../shared/privacy/figures.js';
import type { ShownCell } from '../../../../../shared/privacy/small-counts.js';
import type { SatisfactionView } from '../../../../../shared/satisfaction/view.js';
import type { TFn } from '../../../common/i18n.js';

/**
 * How the satisfaction tab writes its figures, as reports print them (design §6.2): a mean with two
 * decimals and its n ("4.25 (n = 4)"), a count of people ("4명"), and anything about fewer than the
 * center's threshold as "3명 미만" with the center's own number.
 */

const locale = (lang: Lang) => (lang === 'ko' ? 'ko-KR' : 'en-GB');

/** A mean or SD to two decimals: "4.25", "4.50". */
export function formatMean(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value,
  );
}

/** "4.25 (n = 4)", or "3명 미만" below the threshold. */
export function meanText(figure: Figure, lang: Lang, t: TFn): string {
  return 'value' in figure
    ? `${formatMean(figure.value, lang)} (n = ${figure.n})`
    : t('satisfaction.lessThan', { n: figure.lessThan });
}

/** "표준편차 0.50", or null when there is none to show. */
export function sdText(sd: number | null, lang: Lang, t: TFn): string | null {
  return sd === null ? null : t('satisfaction.sd', { sd: formatMean(sd, lang) });
}

/** A count of people: "4명", "3명 미만". */
export function peopleText(figure: CountFigure, t: TFn): string {
  return 'count' in figure
    ? t('satisfaction.people', { count: figure.count })
    : t('satisfaction.lessThan', { n: figure.lessThan });
}

/** "종이 응답 2건", "종이 응답 3명 미만"; null when there were none. */
export function paperText(figure: CountFigure, t: TFn): string | null {
  if ('count' in figure && figure.count === 0) return null;
  const count =
    'count' in figure
      ? t('satisfaction.paperCount', { count: figure.count })
      : t('satisfaction.lessThan', { n: figure.lessThan });
  return t('satisfaction.paper', { count });
}

/** One cell of a distribution: its count, "3명 미만", or "비공개" (a complement that would give one away). */
export function cellText(cell: ShownCell<unknown>, t: TFn): string {
  if ('count' in cell) return t('satisfaction.people', { count: cell.count });
  if ('lessThan' in cell) return t('satisfaction.lessThan', { n: cell.lessThan });
  return t('satisfaction.hiddenCell');
}

/** "1 전혀 그렇지 않다", or the bare number for a point without a label. */
export function pointLabel(scale: SatisfactionView['scale'], value: number, lang: Lang): string {
  const label = scale.labels.find((l) => l.value === value);
  return label ? `${value} ${label.label[lang]}` : String(value);
}

/** Whether a batch has been released: something is, or the survey is closed (its close releases). */
export function hasReleased(view: SatisfactionView): boolean {
  return !('count' in view.respondents && view.respondents.count === 0);
}

/**
 * What the tab says about responses not yet in the figures, and whether "지금 반영하기" is offered:
 * before the first release, that they come with the close; after it, how many wait, with "(3명 미만)"
 * when too few wait for a batch.
 */
export function pendingState(view: SatisfactionView, t: TFn): { text: string | null; canRelease: boolean } {
  const released = hasReleased(view);
  if (!released && view.status !== 'closed')
    return {
      text: view.unreleased > 0 ? t('satisfaction.waiting', { count: view.unreleased }) : null,
      canRelease: false,
    };
  if (view.unreleased === 0) return { text: null, canRelease: false };
  const small = released && view.unreleased < view.threshold;
  return {
    text: small
      ? t('satisfaction.unreleasedSmall', { count: view.unreleased, n: view.threshold })
      : t('satisfaction.unreleased', { count: view.unreleased }),
    canRelease: true,
  };
}
