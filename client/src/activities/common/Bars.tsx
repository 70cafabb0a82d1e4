import { useT } from '../../common/i18n.js';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

interface Props {
  bars: Bar[];
  /** Percentages are of people who answered (a multi-pick poll can add up to more than 100%). */
  respondents: number;
}

/**
 * Results as plain HTML bars: label, bar, count and percent as text, so a screen reader and the
 * back row of the room read the same numbers. No chart library ships to any page.
 */
export function Bars({ bars, respondents }: Props) {
  const t = useT();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className="bars">
      {bars.map((bar) => {
        const percent = respondents === 0 ? 0 : Math.round((bar.count / respondents) * 100);
        return (
          <li key={bar.key} className="bar" data-testid={`result-bar-${bar.key}`} data-count={bar.count}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(bar.count / max) * 100}%` }} />
            </span>
            <span className="bar-value">
              {t('results.count', { count: bar.count })} <span className="bar-percent">({percent}%)</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
