import { useLang, useT } from '../../common/i18n.js';
import { Bars } from '../common/Bars.js';
import type { ResultsProps } from '../types.js';

export function Results({ config, summary }: ResultsProps<'scale'>) {
  const t = useT();
  const lang = useLang();
  const label = (value: number) =>
    value === config.min && config.minLabel
      ? `${value} (${config.minLabel})`
      : value === config.max && config.maxLabel
        ? `${value} (${config.maxLabel})`
        : String(value);
  return (
    <div className="scale-results">
      <p className="mean" data-testid="scale-mean">
        {summary.mean === null
          ? t('scale.noMean')
          : t('scale.mean', {
              mean: summary.mean.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
              min: config.min,
              max: config.max,
            })}
      </p>
      <Bars
        respondents={summary.respondents}
        bars={summary.distribution.map((d) => ({
          key: String(d.value),
          label: label(d.value),
          count: d.count,
        }))}
      />
    </div>
  );
}
