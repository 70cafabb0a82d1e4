import {
  DEFAULT_SMALL_COUNT_THRESHOLD,
  suppressSmallCounts,
  totalDisclosesHidden,
  type CountCell,
  type ShownCell,
} from './small-counts.js';

/**
 * The small-count rule for what leaves the room — the program report, the center dashboard and the
 * summary export: no figure about fewer than `threshold` people (the center's setting, 3 by default).
 * The facilitator's own group table names members and is not suppressed; it is not built from here.
 *
 * - A rate or mean shows when its denominator n is at least the threshold, with both numbers, so a
 *   reader sees what it rests on ("85% (17 / 20)"); otherwise `{ lessThan }`, shown as "3명 미만".
 * - A count of people shows when it is 0 or at least the threshold.
 * - A breakdown (counts by category that sum to a public total) goes through `suppressSmallCounts`.
 * - A total over several programs adds up only the programs shown. Were it over all of them, the total
 *   minus the shown programs would be the hidden one: a program of two with one completer would be
 *   "3명 미만" on its line and 50% by subtraction.
 */

/** A rate or mean that may be shown. `numerator` is there for a rate (17 of 20); a mean has none. */
export interface ShownFigure {
  value: number;
  numerator?: number;
  n: number;
}

/** A figure about fewer than `lessThan` people: the UI writes "3명 미만". */
export interface SuppressedFigure {
  lessThan: number;
}

export type Figure = ShownFigure | SuppressedFigure;
export type CountFigure = { count: number } | SuppressedFigure;
/** A breakdown, or nothing when even its suppressed form would give a person's category away. */
export type BreakdownFigure<K> = { cells: ShownCell<K>[] } | { withheld: true };

export const isShown = (f: Figure): f is ShownFigure => 'value' in f;

function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${threshold}`);
}

function checkCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`${what} must be a whole number ≥ 0, got ${count}`);
}

/** `numerator` of `n` people, e.g. completers of participants. */
export function rateFigure(
  numerator: number,
  n: number,
  threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD,
): Figure {
  checkThreshold(threshold);
  checkCount(numerator, 'a numerator');
  checkCount(n, 'a denominator');
  if (numerator > n) throw new RangeError(`a numerator (${numerator}) cannot exceed its n (${n})`);
  return n >= threshold ? { value: numerator / n, numerator, n } : { lessThan: threshold };
}

/** A mean over `n` people's values (computed by shared/scoring); it need not exist when n is small. */
export function meanFigure(
  mean: number | null,
  n: number,
  threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD,
): Figure {
  checkThreshold(threshold);
  checkCount(n, 'n');
  if (n < threshold) return { lessThan: threshold };
  if (mean === null || !Number.isFinite(mean))
    throw new RangeError(`a mean over ${n} people must be a finite number, got ${mean}`);
  return { value: mean, n };
}

/** How many people: 0 says nobody, which tells nothing about anyone; 1..threshold − 1 is suppressed. */
export function countFigure(count: number, threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD): CountFigure {
  checkThreshold(threshold);
  checkCount(count, 'a count');
  return count === 0 || count >= threshold ? { count } : { lessThan: threshold };
}

/**
 * Counts by category whose sum is public (shown beside it, or the numerator of a shown rate). Withheld
 * when the sum itself is a count the rule hides, or when the sum still tells a hidden cell after
 * suppression (all of a small group in one category).
 */
export function breakdownFigure<K>(
  cells: readonly CountCell<K>[],
  threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD,
): BreakdownFigure<K> {
  checkThreshold(threshold);
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const shown = suppressSmallCounts(cells, threshold, { totalPublic: true });
  if ((total > 0 && total < threshold) || totalDisclosesHidden(cells, shown)) return { withheld: true };
  return { cells: shown };
}

/**
 * A rate or mean over several programs, from the shown ones alone — it cannot use what it is not
 * given, so no subtraction can take a hidden program back out. `total` is null when none is shown;
 * `omitted` is how many were left out, for the UI's "3명 미만 프로그램 n개 제외".
 *
 * Rates add numerators and denominators (17/20 and 3/5 make 20/25, not the mean of 85% and 60%);
 * means are weighted by their n. The parts must all be rates or all means.
 */
export function totalOverShown(parts: readonly Figure[]): { total: ShownFigure | null; omitted: number } {
  const shown = parts.filter(isShown);
  const omitted = parts.length - shown.length;
  if (shown.length === 0) return { total: null, omitted };
  const rates = shown.filter((p) => p.numerator !== undefined).length;
  if (rates !== 0 && rates !== shown.length)
    throw new RangeError('a total takes only rates or only means, not both');
  const n = shown.reduce((s, p) => s + p.n, 0);
  if (rates > 0) {
    const numerator = shown.reduce((s, p) => s + p.numerator!, 0);
    return { total: { value: numerator / n, numerator, n }, omitted };
  }
  return { total: { value: shown.reduce((s, p) => s + p.value * p.n, 0) / n, n }, omitted };
}

/** A count of people over several programs, from the shown counts alone (see totalOverShown). */
export function countOverShown(parts: readonly CountFigure[]): { total: number; omitted: number } {
  let total = 0;
  let omitted = 0;
  for (const part of parts) {
    if ('count' in part) total += part.count;
    else omitted++;
  }
  return { total, omitted };
}
