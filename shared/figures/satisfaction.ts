import { instrumentVersion } from '../content/index.js';
import type { Text } from '../content/schema.js';
import { breakdownFigure, countFigure, meanFigure, totalOverShown } from '../privacy/figures.js';
import type { SatisfactionGroupRow } from './rows.js';
import type { SatisfactionShown, TotalFigure } from './views.js';

/**
 * Satisfaction from the store's group numbers (design §3.3), by `summarizeSatisfaction`'s formulas:
 * sample SD √(Σ(x − x̄)² / (n − 1)), null for n < 2; a reverse-keyed item's mean is min + max − x̄ and its
 * counts are mirrored; the overall distribution pools every rating answer given to any item.
 */
export const SATISFACTION_INSTRUMENT = 'program-satisfaction';

export interface RatingNumbers {
  n: number;
  mean: number | null;
  sd: number | null;
  /** One entry per scale point, in order. */
  counts: { value: number; count: number }[];
}

export interface SatisfactionFigures {
  instrumentId: string;
  instrumentVersion: number;
  name: Text;
  scale: { min: number; max: number; labels: { value: number; label: Text }[] };
  respondents: number;
  overall: RatingNumbers;
  items: ({ itemId: string; text: Text } & RatingNumbers)[];
}

const sdOf = (n: number, ss: number | null) =>
  n >= 2 && ss !== null ? Math.sqrt(Math.max(0, ss) / (n - 1)) : null;

export function satisfactionFigures(row: SatisfactionGroupRow): SatisfactionFigures {
  const ins = instrumentVersion(row.instrumentId, row.instrumentVersion);
  const scale = ins?.scale ?? { min: 1, max: 5, labels: [] };
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const pooled = new Map(points.map((v) => [v, 0]));
  const ratingItems = ins ? ins.items.filter((i) => i.kind === 'rating') : [];
  const items = ratingItems.map((item) => {
    const r = row.items.find((x) => x.itemId === item.id);
    const reverse = 'reverse' in item && item.reverse === true;
    const keyed = (v: number) => (reverse ? scale.min + scale.max - v : v);
    const counts = points.map((value) => ({
      value,
      count: (r?.counts ?? []).filter((c) => keyed(c.rating) === value).reduce((s, c) => s + c.count, 0),
    }));
    for (const c of counts) pooled.set(c.value, (pooled.get(c.value) ?? 0) + c.count);
    const n = r?.n ?? 0;
    return {
      itemId: item.id,
      text: item.text,
      n,
      mean: n === 0 || r?.mean == null ? null : keyed(r.mean),
      sd: sdOf(n, r?.ss ?? null),
      counts,
    };
  });
  return {
    instrumentId: row.instrumentId,
    instrumentVersion: row.instrumentVersion,
    name: ins?.name ?? { ko: row.instrumentId, en: row.instrumentId },
    scale,
    respondents: row.respondents,
    overall: {
      n: row.n,
      mean: row.mean,
      sd: sdOf(row.n, row.ss),
      counts: points.map((value) => ({ value, count: pooled.get(value) ?? 0 })),
    },
    items,
  };
}

/** One survey as the report shows it: every mean and distribution under the rule at `t`. */
export function shownSatisfaction(f: SatisfactionFigures, t: number): SatisfactionShown {
  const rating = (r: RatingNumbers) => {
    const mean = meanFigure(r.mean, r.n, t);
    return {
      mean,
      sd: 'value' in mean ? r.sd : null,
      // Its total is the item's n, public with the mean (rule 2); withheld with it.
      distribution:
        'value' in mean
          ? breakdownFigure(
              r.counts.map((c) => ({ key: c.value, count: c.count })),
              t,
            )
          : { withheld: true as const },
    };
  };
  return {
    instrumentId: f.instrumentId,
    instrumentVersion: f.instrumentVersion,
    name: f.name,
    scale: f.scale,
    respondents: countFigure(f.respondents, t),
    overall: (({ mean, sd }) => ({ mean, sd }))(rating(f.overall)),
    items: f.items.map((item) => ({ itemId: item.itemId, text: item.text, ...rating(item) })),
  };
}

/**
 * A program's satisfaction mean for the dashboard: the scores of its program-satisfaction survey (all
 * versions, pooled over respondents), as a figure at `t`; null when nobody's response was released.
 */
export function programSatisfactionMean(figures: readonly SatisfactionFigures[], t: number) {
  const parts = figures.filter((f) => f.instrumentId === SATISFACTION_INSTRUMENT && f.overall.n > 0);
  const n = parts.reduce((s, f) => s + f.overall.n, 0);
  if (n === 0) return null;
  const mean = parts.reduce((s, f) => s + (f.overall.mean ?? 0) * f.overall.n, 0) / n;
  return meanFigure(mean, n, t);
}

/** The pooled mean over respondents of the shown programs only (§6.2 rule 3), "… 제외" counted. */
export const pooledSatisfaction = (
  parts: readonly (ReturnType<typeof programSatisfactionMean> | null)[],
): TotalFigure => totalOverShown(parts.filter((p) => p !== null));
