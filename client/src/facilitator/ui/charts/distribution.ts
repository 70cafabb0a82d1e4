/**
 * The geometry of a distribution chart, pure: one horizontal bar per scale point, its label on the left
 * and its count written after it. Bars are scaled to the item's respondents (n), so a bar's length is
 * its share over a full-length track; a cell suppressed under the small-count rule has no bar, only its
 * words ("3명 미만").
 */

export interface DistributionRow {
  /** The scale point. */
  key: number;
  label: string;
  /** The exact count, or null when the cell is suppressed. */
  count: number | null;
  /** What is written after the bar: "4명", "3명 미만", "비공개". */
  text: string;
}

export interface DistributionRowGeometry extends DistributionRow {
  /** The row's top; the bar sits in its middle. */
  y: number;
  barWidth: number;
  /** Where the count's text starts: one column after the tracks, so the counts line up. */
  textX: number;
}

export interface DistributionGeometry {
  width: number;
  height: number;
  /** Labels end here (right-aligned); bars start at `barX`. */
  labelX: number;
  barX: number;
  barMax: number;
  barHeight: number;
  rowHeight: number;
  rows: DistributionRowGeometry[];
}

export const DISTRIBUTION = {
  width: 540,
  labelWidth: 170,
  barMax: 250,
  rowHeight: 30,
  barHeight: 18,
  gap: 8,
};

export function distributionGeometry(rows: readonly DistributionRow[], total: number): DistributionGeometry {
  const { width, labelWidth, barMax, rowHeight, barHeight, gap } = DISTRIBUTION;
  const barX = labelWidth;
  return {
    width,
    height: rows.length * rowHeight,
    labelX: labelWidth - gap,
    barX,
    barMax,
    barHeight,
    rowHeight,
    rows: rows.map((row, i) => {
      const share = row.count !== null && total > 0 ? Math.min(row.count / total, 1) : 0;
      const barWidth = Math.round(share * barMax * 10) / 10;
      return { ...row, y: i * rowHeight, barWidth, textX: barX + barMax + gap };
    }),
  };
}
