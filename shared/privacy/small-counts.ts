import type { Text } from '../i18n/text.js';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../program/limits.js';

/**
 * The small-count rule: a group picture (counts by category on the projector, later in reports) never
 * shows how many people chose a category when that is 1 to threshold − 1, so nobody in the room can tell
 * that "the one person who ticked 건강" is the one sitting alone at the back. The threshold is a center
 * setting (`centers.small_count_threshold`, bounds and default in shared/program/limits.ts).
 */
export { DEFAULT_SMALL_COUNT_THRESHOLD };

export interface CountCell<K> {
  key: K;
  count: number;
}

/**
 * What may be shown of one cell:
 * - `{ count }`: the exact count — 0, or at least the threshold. A 0 is shown: it says nobody chose it,
 *   which tells nothing about any person, and hiding every empty category would make it look occupied.
 * - `{ lessThan }`: 1 to threshold − 1 ("3명 미만").
 * - `{ hidden: true }`: a count of at least the threshold, hidden only so that a small cell cannot be
 *   found by subtraction from the total (complementary suppression). Never labelled "fewer than":
 *   that would be false.
 */
export type ShownCell<K> =
  { key: K; count: number } | { key: K; lessThan: number } | { key: K; hidden: true };

export interface SuppressOptions {
  /**
   * Whether the viewer can know the cells' sum — e.g. single-choice pictures where everyone in the room
   * answers once, so the sum is the number of respondents. Then one hidden cell is the total minus the
   * shown ones, and more cells are hidden until none can be worked out. Defaults to true (the safe
   * side); pass false only where the sum is unknowable (several picks per person, a count not shown).
   */
  totalPublic?: boolean;
}

/**
 * Hides every count in 1..threshold − 1 as `{ lessThan: threshold }`. When the total is public, it then
 * hides the smallest shown non-zero cells (`{ hidden: true }`), one at a time, until no hidden cell can
 * be worked out by someone who knows the total, the shown counts and what each label says (a "fewer
 * than t" cell holds 1..t − 1; a hidden cell at least t and, being the smallest left, at most the
 * smallest count still shown). If even hiding every non-zero cell leaves one determined — everyone is in
 * one small category, say — the total itself tells it, and the caller must not show the total or the
 * picture: `totalDisclosesHidden` answers that.
 *
 * The cells keep their order and keys. Counts must be whole numbers ≥ 0; the threshold a whole number ≥ 1.
 */
export function suppressSmallCounts<K>(
  cells: readonly CountCell<K>[],
  threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD,
  options: SuppressOptions = {},
): ShownCell<K>[] {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${threshold}`);
  for (const cell of cells)
    if (!Number.isInteger(cell.count) || cell.count < 0)
      throw new RangeError(`a count must be a whole number ≥ 0, got ${cell.count}`);

  const kind: ('shown' | 'small' | 'complement')[] = cells.map((c) =>
    c.count >= 1 && c.count < threshold ? 'small' : 'shown',
  );
  if ((options.totalPublic ?? true) && kind.includes('small')) {
    while (!isSafe(cells, kind, threshold)) {
      const next = smallestShownNonZero(cells, kind);
      if (next < 0) break;
      kind[next] = 'complement';
    }
  }
  return cells.map((cell, i) =>
    kind[i] === 'small'
      ? { key: cell.key, lessThan: threshold }
      : kind[i] === 'complement'
        ? { key: cell.key, hidden: true }
        : { key: cell.key, count: cell.count },
  );
}

/**
 * True when someone who knows the total could still work out a hidden cell of this result (the cells
 * given are the true ones): then the total or the picture must not be shown.
 */
export function totalDisclosesHidden<K>(
  cells: readonly CountCell<K>[],
  shown: readonly ShownCell<K>[],
): boolean {
  const kind = shown.map((s) => ('lessThan' in s ? 'small' : 'hidden' in s ? 'complement' : 'shown'));
  if (!kind.some((k) => k !== 'shown')) return false;
  const threshold = shown.reduce((t, s) => ('lessThan' in s ? s.lessThan : t), 1);
  return !isSafe(cells, kind, threshold);
}

function smallestShownNonZero<K>(cells: readonly CountCell<K>[], kind: readonly string[]): number {
  let best = -1;
  cells.forEach((cell, i) => {
    if (kind[i] === 'shown' && cell.count > 0 && (best < 0 || cell.count < cells[best]!.count)) best = i;
  });
  return best;
}

/**
 * Whether every hidden cell has at least two values consistent with what a viewer knows: the hidden
 * cells' sum (total − shown counts) and each one's range from its label. With box ranges and a fixed
 * sum, the values a cell can take form one interval: [max(lo, R − Σ others' hi), min(hi, R − Σ others' lo)].
 */
function isSafe<K>(cells: readonly CountCell<K>[], kind: readonly string[], threshold: number): boolean {
  const hidden = cells.flatMap((cell, i) =>
    kind[i] === 'shown' ? [] : [{ cell, complement: kind[i] === 'complement' }],
  );
  if (hidden.length === 0) return true;
  const shownNonZero = cells.filter((c, i) => kind[i] === 'shown' && c.count > 0).map((c) => c.count);
  const cap = shownNonZero.length > 0 ? Math.min(...shownNonZero) : Infinity;
  const ranges = hidden.map((h) =>
    h.complement ? { lo: threshold, hi: cap } : { lo: 1, hi: threshold - 1 },
  );
  const sum = hidden.reduce((s, h) => s + h.cell.count, 0);
  return ranges.every((r, i) => {
    const others = ranges.filter((_, j) => j !== i);
    const lowest = Math.max(r.lo, sum - others.reduce((s, o) => s + o.hi, 0));
    const highest = Math.min(r.hi, sum - others.reduce((s, o) => s + o.lo, 0));
    return highest - lowest >= 1;
  });
}

/** "3명 미만" / "fewer than 3": the label of a `{ lessThan }` cell. */
export function lessThanLabel(threshold: number): Text {
  return { ko: `${threshold}명 미만`, en: `fewer than ${threshold}` };
}

/** The label of a `{ hidden: true }` cell (it holds at least the threshold, so "fewer than" would be false). */
export const HIDDEN_CELL_LABEL: Text = { ko: '비공개', en: 'not shown' };
