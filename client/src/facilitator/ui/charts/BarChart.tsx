export interface Bar {
  label: string;
  /** Between 0 and `max`; null draws no bar (a hidden figure), and `text` says why. */
  value: number | null;
  /** The value in words, always written beside the bar: "88% (7 / 8명)", "3명 미만". */
  text: string;
}

export interface BarChartProps {
  id: string;
  caption: string;
  bars: readonly Bar[];
  max?: number;
}

const WIDTH = 720;
const LABEL = 200;
const VALUE = 190;
const ROW = 30;

const clip = (label: string) => (label.length > 14 ? `${label.slice(0, 13)}…` : label);

/**
 * A horizontal bar chart in SVG, no library: one labelled bar per row with its value written out, so
 * nothing is told by colour or length alone. The SVG is an image named by its caption; the same data
 * goes in a `ChartTable` after it.
 */
export function BarChart({ id, caption, bars, max = 1 }: BarChartProps) {
  const track = WIDTH - LABEL - VALUE - 16;
  const height = Math.max(1, bars.length) * ROW;
  const captionId = `${id}-caption`;
  return (
    <figure className="bar-chart" data-testid={id}>
      <figcaption id={captionId}>{caption}</figcaption>
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
        {bars.map((bar, i) => {
          const y = i * ROW;
          const length = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value / max)) * track;
          return (
            <g key={i} transform={`translate(0 ${y})`}>
              <text
                x={LABEL - 8}
                y={ROW / 2}
                textAnchor="end"
                dominantBaseline="central"
                className="chart-label"
              >
                {clip(bar.label)}
              </text>
              <rect x={LABEL} y={6} width={track} height={ROW - 12} className="chart-track" />
              {bar.value !== null && (
                <rect x={LABEL} y={6} width={length} height={ROW - 12} className="chart-fill" />
              )}
              <text x={LABEL + track + 8} y={ROW / 2} dominantBaseline="central" className="chart-value">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
