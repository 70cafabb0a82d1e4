import { useEffect, useRef } from 'react';
import type { PrePostRowView } from '../../../../../shared/assessment/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatChange, formatScore } from '../assessments/assessment-format.js';
import { beforeAfterGeometry, type ChartPair } from './before-after.js';

interface Props {
  /** Unique on the page: the caption's and table's ids derive from it. */
  id: string;
  /** The instrument's name, for the caption. */
  title: string;
  rows: readonly PrePostRowView[];
  range: { min: number; max: number };
  n: number;
  meanChange: number | null;
}

/**
 * The per-person before/after chart (design §2.6; this page only, never the program report): an SVG
 * dumbbell per member with both scores, the hollow pre dot → the filled post dot with an arrow, sorted
 * by change, on the scale's full range; the change is written at the end of each line, so nothing is
 * said by colour alone. A `<details>` table with the same rows follows (opened for printing).
 */
export function BeforeAfterChart({ id, title, rows, range, n, meanChange }: Props) {
  const t = useT();
  const lang = useLang();
  const pairs: ChartPair[] = rows.flatMap((r) =>
    r.pre?.score != null && r.post?.score != null
      ? [{ memberId: r.memberId, nickname: r.nickname, pre: r.pre.score, post: r.post.score }]
      : [],
  );
  const g = beforeAfterGeometry(pairs, range);
  // A printed page shows the table too: the details open before printing.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const open = () => details.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const captionId = `${id}-caption`;
  const caption = t('assessments.chartCaption', {
    name: title,
    n,
    change: formatChange(meanChange, lang),
  });
  return (
    <figure className="before-after" data-testid="before-after-chart">
      <figcaption id={captionId}>
        {caption}
        <span className="before-after-legend">{t('assessments.chartLegend')}</span>
      </figcaption>
      {pairs.length === 0 ? (
        <p className="hint">{t('assessments.chartEmpty')}</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={captionId}
          viewBox={`0 0 ${g.width} ${g.height}`}
          className="before-after-svg"
        >
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="before-after-arrowhead" />
            </marker>
          </defs>
          {g.ticks.map((tick) => (
            <g key={tick.value} className="before-after-tick">
              <line x1={tick.x} x2={tick.x} y1={g.top} y2={g.bottom} />
              <text x={tick.x} y={g.bottom + 18} textAnchor="middle">
                {formatScore(tick.value, lang)}
              </text>
            </g>
          ))}
          {g.rows.map((row) => {
            // Stop the line short of the post dot so the arrowhead stays visible beside it.
            const dir = Math.sign(row.postX - row.preX);
            return (
              <g key={row.memberId} className="before-after-row">
                <text x={g.left - 10} y={row.y + 5} textAnchor="end" className="before-after-name">
                  {row.nickname}
                </text>
                {dir !== 0 && Math.abs(row.postX - row.preX) > 12 && (
                  <line
                    x1={row.preX + dir * 6}
                    x2={row.postX - dir * 7}
                    y1={row.y}
                    y2={row.y}
                    markerEnd={`url(#${id}-arrow)`}
                    className="before-after-line"
                  />
                )}
                <circle cx={row.preX} cy={row.y} r={6} className="before-after-pre" />
                <circle cx={row.postX} cy={row.y} r={6} className="before-after-post" />
                <text x={g.right + 10} y={row.y + 5} className="before-after-change">
                  {formatChange(row.change, lang)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <details ref={details} className="before-after-table">
        <summary>{t('assessments.asTable')}</summary>
        <table className="roster-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.member')}</th>
              <th scope="col">{t('assessments.pre')}</th>
              <th scope="col">{t('assessments.post')}</th>
              <th scope="col">{t('assessments.change')}</th>
            </tr>
          </thead>
          <tbody>
            {g.rows.map((row) => (
              <tr key={row.memberId}>
                <th scope="row">{row.nickname}</th>
                <td>{formatScore(row.pre, lang)}</td>
                <td>{formatScore(row.post, lang)}</td>
                <td>{formatChange(row.change, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
