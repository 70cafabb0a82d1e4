import { useT } from '../../common/i18n.js';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

interface Props {
  bars: Bar[];
  /** Everyone who answered: a full bar and 100% (a multi-pick poll can add up to more than 100%). */
  respondents: number;
}

/** A bar's share of the people who answered, 0–100; 0 while nobody has. */
export function shareOf(count: number, respondents: number): number {
  return respondents === 0 ? 0 : Math.min(100, (count / respondents) * 100);
}

/**
 * Results as plain HTML bars: label, bar, count and percent as text, so a screen reader and the
 * back row of the room read the same numbers. A bar's length is its share of the respondents
 * (4 of 8 people is half a bar, whatever the other options got), the same number as its percent.
 * No chart library ships to any page.
 */
export function Bars({ bars, respondents }: Props) {
  const t = useT();
  return (
    <ul className="bars">
      {bars.map((bar) => {
        const share = shareOf(bar.count, respondents);
        return (
          <li key={bar.key} className="bar" data-testid={`result-bar-${bar.key}`} data-count={bar.count}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${share}%` }} />
            </span>
            <span className="bar-value">
              <span className="bar-count">{t('results.count', { count: bar.count })}</span>{' '}
              <span className="bar-percent">({Math.round(share)}%)</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
