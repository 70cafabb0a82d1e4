import type { Lang } from '../../../../../shared/i18n/text.js';
import type { EmploymentFigures } from '../../../../../shared/outcomes/employment.js';
import type { EmploymentLine, OutcomeView } from '../../../../../shared/outcomes/views.js';
import type { CountFigure } from '../../../../../shared/privacy/figures.js';
import type { ShownCell } from '../../../../../shared/privacy/small-counts.js';
import type { TFn } from '../../../common/i18n.js';
import { formatDate, formatPercent } from '../../format.js';

/** Words for follow-up outcomes, shared by the program's tab, the form and the home's list. */

/** 0 → "수료 시점", n → "n개월". */
export function checkpointLabel(months: number, t: TFn): string {
  return months === 0 ? t('followUp.checkpoint0') : t('followUp.checkpointN', { n: months, count: months });
}

/** A count of people as a report may show it: "17명", "3명 미만". */
export function countText(figure: CountFigure, t: TFn): string {
  return 'count' in figure
    ? t('followUp.people', { count: figure.count })
    : t('followUp.lessThan', { n: figure.lessThan });
}

function cellText(cell: ShownCell<unknown>, t: TFn): string {
  if ('count' in cell) return t('followUp.people', { count: cell.count });
  if ('lessThan' in cell) return t('followUp.lessThan', { n: cell.lessThan });
  return t('followUp.hiddenCell');
}

/**
 * The rate line under the small-count rule: "취업률 85% (17 / 연락된 수료자 20명, 수료자 23명)", or
 * "…3명 미만…" when fewer were reached, and the training and 본인/알선 lines beside it.
 */
export function employmentTexts(
  line: EmploymentLine,
  figures: EmploymentFigures,
  lang: Lang,
  t: TFn,
): { rate: string; training: string; placement: string | null } {
  const completers = countText(line.completers, t);
  const rate =
    'value' in line.rate
      ? t('followUp.rateLine', {
          rate: formatPercent(line.rate.value, lang),
          employed: line.rate.numerator,
          reached: line.rate.n,
          completers,
        })
      : // Nobody reached is a count of 0, which says nothing about anyone; otherwise "fewer than".
        figures.reached === 0
        ? t('followUp.rateNone', { completers })
        : t('followUp.rateHidden', { n: line.rate.lessThan, completers });
  const training = t('followUp.training', { count: countText(line.training, t) });
  if (figures.employed === 0) return { rate, training, placement: null };
  const placement =
    'withheld' in line.placement
      ? t('followUp.placementWithheld', { n: line.threshold })
      : t('followUp.placementLine', {
          self: cellText(
            line.placement.cells.find((c) => c.key === 'self')!,
            t,
          ),
          placed: cellText(
            line.placement.cells.find((c) => c.key === 'placed')!,
            t,
          ),
        });
  return { rate, training, placement };
}

/** One record in a line: "취업 · 알선취업 · 한빛물류 물류 사무 (계약직) · 5월 20일 (화) 취업". */
export function outcomeSummary(o: OutcomeView, lang: Lang, t: TFn): string {
  const parts = [t(`followUp.status.${o.status}`)];
  if (o.status === 'employed') {
    if (o.placement) parts.push(t(`followUp.placement.${o.placement}`));
    const where = [o.company, o.occupation].filter(Boolean).join(' ');
    const type = o.employmentType ? t(`followUp.employmentType.${o.employmentType}`) : '';
    if (where || type) parts.push(type ? `${where}${where ? ' ' : ''}(${type})` : where);
    if (o.employedOn) parts.push(`${t('followUp.employedOn')} ${formatDate(o.employedOn, lang)}`);
  }
  if (o.status === 'training' && o.trainingName) parts.push(o.trainingName);
  return parts.join(' · ');
}
