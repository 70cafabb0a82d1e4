import type { Text } from '../../../../shared/i18n/text.js';
import { useLang } from '../../common/i18n.js';
import { pictureBars, type ShownPictureCell } from './picture-cells.js';

interface Props {
  picture: { caption: Text; cells: ShownPictureCell[] };
  /** The projector's bars are larger; the console's fit its side column. */
  size?: 'screen' | 'console';
}

/**
 * A counseling group picture: counts by category only, never who. Small counts arrive as
 * "3명 미만" and complementary ones as "—" (the server applied the center's threshold); neither
 * draws a bar. Plain HTML, so the back row and a screen reader read the same words.
 */
export function CountPictureView({ picture, size = 'screen' }: Props) {
  const lang = useLang();
  const bars = pictureBars(picture.cells, lang);
  return (
    <figure className={`count-picture count-picture-${size}`} data-testid="count-picture">
      <figcaption className="count-picture-caption">{picture.caption[lang]}</figcaption>
      <ul className="bars">
        {bars.map((bar) => (
          <li key={bar.key} className={`bar bar-${bar.kind}`} data-testid={`picture-bar-${bar.key}`}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${bar.share}%` }} />
            </span>
            <span className="bar-value">
              <span aria-hidden={bar.value !== bar.valueLabel ? true : undefined}>{bar.value}</span>
              {bar.value !== bar.valueLabel && <span className="visually-hidden">{bar.valueLabel}</span>}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
