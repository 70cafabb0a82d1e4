import { useLang, useT } from '../../common/i18n.js';
import { Bars } from '../common/Bars.js';
import type { ResultsProps } from '../types.js';

/** The mean first and largest (on the projector the biggest thing on the slide), then the distribution. */
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
        {summary.mean === null ? (
          t('scale.noMean')
        ) : (
          <>
            <span className="mean-label">{t('scale.meanLabel')}</span>{' '}
            <span className="mean-value" data-testid="scale-mean-value">
              {summary.mean.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}
            </span>{' '}
            <span className="mean-range">{t('scale.meanRange', { min: config.min, max: config.max })}</span>
          </>
        )}
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
