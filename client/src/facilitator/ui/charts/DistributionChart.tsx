import { useEffect, useRef } from 'react';
import { distributionGeometry, type DistributionRow } from './distribution.js';

interface Props {
  /** Unique on the page: the caption's id derives from it. */
  id: string;
  /** The visible caption: "응답 분포 (n = 4)". */
  caption: string;
  /**
   * The id of the heading that says what is charted (the item), read before the caption as the
   * image's name; `name` is the same words for the table's caption.
   */
  titleId?: string;
  name?: string;
  rows: readonly DistributionRow[];
  /** What the bars are shares of: the item's respondents. */
  total: number;
  /** The words of the table: its summary ("표로 보기") and its two column heads. */
  words: { asTable: string; point: string; count: string };
}

/**
 * Answers per scale point as small horizontal SVG bars, each with its label and its count in words
 * (a suppressed cell has no bar and reads "3명 미만"), so nothing is said by length or colour alone.
 * The SVG is one image named by the heading and the caption; a `<details>` table with the same numbers follows (opened
 * for printing).
 */
export function DistributionChart({ id, caption, titleId, name, rows, total, words }: Props) {
  const g = distributionGeometry(rows, total);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const open = () => details.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const captionId = `${id}-caption`;
  return (
    <figure className="distribution" data-testid="distribution-chart">
      <figcaption id={captionId} className="distribution-caption">
        {caption}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId ? `${titleId} ${captionId}` : captionId}
        viewBox={`0 0 ${g.width} ${g.height}`}
        className="distribution-svg"
      >
        {g.rows.map((row) => {
          const middle = row.y + g.rowHeight / 2;
          return (
            <g key={row.key} className="distribution-row">
              <text x={g.labelX} y={middle + 5} textAnchor="end" className="distribution-label">
                {row.label}
              </text>
              <rect
                x={g.barX}
                y={middle - g.barHeight / 2}
                width={g.barMax}
                height={g.barHeight}
                className="distribution-track"
              />
              {row.barWidth > 0 && (
                <rect
                  x={g.barX}
                  y={middle - g.barHeight / 2}
                  width={row.barWidth}
                  height={g.barHeight}
                  className="distribution-bar"
                />
              )}
              <text
                x={row.textX}
                y={middle + 5}
                className={row.count === null ? 'distribution-count is-suppressed' : 'distribution-count'}
              >
                {row.text}
              </text>
            </g>
          );
        })}
      </svg>
      <details ref={details} className="distribution-table">
        <summary>{words.asTable}</summary>
        <table className="roster-table">
          <caption className="visually-hidden">{name ?? caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.point}</th>
              <th scope="col">{words.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
