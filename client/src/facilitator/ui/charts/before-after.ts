/**
 * The geometry of the per-person before/after chart (design §2.6), pure: one line per member with both
 * scores, pre dot → post dot, sorted by change (largest gain first), on the scale's full range. Members
 * missing a side have no line; the table under the chart and the group table list them.
 */

export interface ChartPair {
  memberId: string;
  nickname: string;
  pre: number;
  post: number;
}

export interface ChartRow extends ChartPair {
  change: number;
  y: number;
  preX: number;
  postX: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plot area's left and right x (labels sit left of it, the change right of it). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  ticks: { value: number; x: number }[];
  rows: ChartRow[];
}

export const CHART = { width: 720, labelWidth: 120, changeWidth: 64, rowHeight: 28, top: 12, axis: 28 };

/** A tick step of 1, 2 or 5 × 10^k giving at most about `count` steps over the span. */
export function tickStep(span: number, count = 6): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

export function beforeAfterGeometry(
  pairs: readonly ChartPair[],
  range: { min: number; max: number },
  width = CHART.width,
): ChartGeometry {
  const left = CHART.labelWidth;
  const right = width - CHART.changeWidth;
  const span = range.max - range.min;
  const x = (v: number) => left + (span > 0 ? ((v - range.min) / span) * (right - left) : 0);
  const rows = [...pairs]
    .map((p) => ({ ...p, change: p.post - p.pre }))
    .sort((a, b) => b.change - a.change || a.nickname.localeCompare(b.nickname, 'ko'))
    .map((p, i) => ({
      ...p,
      y: CHART.top + CHART.rowHeight * (i + 0.5),
      preX: x(p.pre),
      postX: x(p.post),
    }));
  const bottom = CHART.top + CHART.rowHeight * Math.max(rows.length, 1);
  const step = tickStep(span);
  const ticks: { value: number; x: number }[] = [];
  for (let v = Math.ceil(range.min / step) * step; v <= range.max + 1e-9; v += step)
    ticks.push({ value: Math.round(v * 1e6) / 1e6, x: x(v) });
  // The ends of the scale are always on the axis: the chart shows the whole range.
  if (ticks[0]?.value !== range.min) ticks.unshift({ value: range.min, x: left });
  if (ticks[ticks.length - 1]?.value !== range.max) ticks.push({ value: range.max, x: right });
  return { width, height: bottom + CHART.axis, left, right, top: CHART.top, bottom, ticks, rows };
}
