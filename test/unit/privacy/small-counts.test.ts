import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SMALL_COUNT_THRESHOLD,
  HIDDEN_CELL_LABEL,
  lessThanLabel,
  suppressSmallCounts,
  totalDisclosesHidden,
  type CountCell,
  type ShownCell,
} from '../../../shared/privacy/small-counts.js';

const cells = (...counts: number[]): CountCell<string>[] =>
  counts.map((count, i) => ({ key: String.fromCharCode(97 + i), count }));
const view = (shown: ShownCell<string>[]) =>
  shown.map((s) => ('count' in s ? s.count : 'lessThan' in s ? `<${s.lessThan}` : 'hidden'));

/**
 * The attacker, written apart from the function: every assignment of the hidden cells that fits the
 * total and the labels (fewer than t: 1..t−1; hidden: t up to the smallest shown non-zero count), and
 * the values each hidden cell takes across them. One value means the cell was worked out.
 */
function recoverable(shown: ShownCell<string>[], total: number, t: number): string[] {
  const shownCounts = shown.flatMap((s) => ('count' in s ? [s.count] : []));
  const nonZero = shownCounts.filter((c) => c > 0);
  const cap = nonZero.length > 0 ? Math.min(...nonZero) : total;
  const hidden = shown.flatMap((s) =>
    'lessThan' in s
      ? [{ key: s.key, lo: 1, hi: t - 1 }]
      : 'hidden' in s
        ? [{ key: s.key, lo: t, hi: cap }]
        : [],
  );
  const rest = total - shownCounts.reduce((a, b) => a + b, 0);
  const seen = hidden.map(() => new Set<number>());
  const values: number[] = [];
  const walk = (i: number, left: number) => {
    if (i === hidden.length) {
      if (left === 0) values.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    for (let v = hidden[i]!.lo; v <= Math.min(hidden[i]!.hi, left); v++) {
      values[i] = v;
      walk(i + 1, left - v);
    }
  };
  walk(0, rest);
  return hidden.filter((_, j) => seen[j]!.size === 1).map((h) => h.key);
}

describe('suppressSmallCounts', () => {
  it('shows 1 and 2 as fewer than 3, keeps 0 and counts of 3 or more', () => {
    expect(view(suppressSmallCounts(cells(0, 1, 2, 3, 4), 3, { totalPublic: false }))).toEqual([
      0,
      '<3',
      '<3',
      3,
      4,
    ]);
  });

  it('with the total public, hides the next smallest cell beside a single small one', () => {
    expect(view(suppressSmallCounts(cells(1, 5, 8, 0)))).toEqual(['<3', 'hidden', 8, 0]);
  });

  it('with two small cells whose sum leaves doubt, hides nothing more', () => {
    expect(view(suppressSmallCounts(cells(1, 2, 10)))).toEqual(['<3', '<3', 10]);
  });

  it('hides more when two ones would be told by their sum', () => {
    expect(view(suppressSmallCounts(cells(1, 1, 5, 10)))).toEqual(['<3', '<3', 'hidden', 10]);
  });

  it('does not stop at hiding a 3 beside a 1: a sum of 4 with one cell of at least 3 tells both', () => {
    expect(view(suppressSmallCounts(cells(1, 3, 10)))).toEqual(['<3', 'hidden', 'hidden']);
  });

  it('says when the total itself gives a hidden cell away', () => {
    const everyoneInOne = cells(2, 0, 0);
    expect(totalDisclosesHidden(everyoneInOne, suppressSmallCounts(everyoneInOne))).toBe(true);
    const fine = cells(1, 5, 8);
    expect(totalDisclosesHidden(fine, suppressSmallCounts(fine))).toBe(false);
    expect(totalDisclosesHidden(cells(4, 5), suppressSmallCounts(cells(4, 5)))).toBe(false);
  });

  it('refuses a count or threshold that is not a whole number in range', () => {
    expect(() => suppressSmallCounts(cells(-1))).toThrow(RangeError);
    expect(() => suppressSmallCounts(cells(1.5))).toThrow(RangeError);
    expect(() => suppressSmallCounts(cells(1), 0)).toThrow(RangeError);
  });

  it('labels in Korean and English', () => {
    expect(DEFAULT_SMALL_COUNT_THRESHOLD).toBe(3);
    expect(lessThanLabel(3)).toEqual({ ko: '3명 미만', en: 'fewer than 3' });
    expect(lessThanLabel(5)).toEqual({ ko: '5명 미만', en: 'fewer than 5' });
    expect(HIDDEN_CELL_LABEL.ko).toMatch(/[가-힣]/);
  });

  const threshold = fc.integer({ min: 1, max: 5 });
  const counts = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 6 });
  const totalPublic = fc.boolean();

  it('never shows a count in 1..t−1, and every label tells the truth', () => {
    fc.assert(
      fc.property(counts, threshold, totalPublic, (cs, t, pub) => {
        const input = cells(...cs);
        const shown = suppressSmallCounts(input, t, { totalPublic: pub });
        expect(shown.map((s) => s.key)).toEqual(input.map((c) => c.key));
        shown.forEach((s, i) => {
          const truth = input[i]!.count;
          if ('count' in s) {
            expect(s.count).toBe(truth);
            expect(truth === 0 || truth >= t).toBe(true);
          } else if ('lessThan' in s) {
            expect(s.lessThan).toBe(t);
            expect(truth >= 1 && truth < t).toBe(true);
          } else {
            expect(truth).toBeGreaterThanOrEqual(t);
          }
        });
      }),
    );
  });

  it('changes nothing when every count is 0 or at least t', () => {
    fc.assert(
      fc.property(counts, threshold, totalPublic, (cs, t, pub) => {
        const input = cells(...cs.map((c) => (c > 0 && c < t ? c + t : c)));
        expect(suppressSmallCounts(input, t, { totalPublic: pub })).toEqual(input);
      }),
    );
  });

  it('hides only the small cells when the total is not public', () => {
    fc.assert(
      fc.property(counts, threshold, (cs, t) => {
        const shown = suppressSmallCounts(cells(...cs), t, { totalPublic: false });
        expect(shown.some((s) => 'hidden' in s)).toBe(false);
      }),
    );
  });

  it('with the total public, lets no hidden cell be worked out, unless the total alone tells it', () => {
    fc.assert(
      fc.property(counts, threshold, (cs, t) => {
        const input = cells(...cs);
        const shown = suppressSmallCounts(input, t);
        const total = cs.reduce((a, b) => a + b, 0);
        const found = recoverable(shown, total, t);
        expect(totalDisclosesHidden(input, shown)).toBe(found.length > 0);
        if (found.length > 0) {
          // the most that can be done was done: every non-zero cell is hidden
          shown.forEach((s, i) => expect('count' in s && input[i]!.count > 0).toBe(false));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hides extra cells only beside a small one, smallest first', () => {
    fc.assert(
      fc.property(counts, threshold, (cs, t) => {
        const shown = suppressSmallCounts(cells(...cs), t);
        const extra = shown.flatMap((s, i) => ('hidden' in s ? [cs[i]!] : []));
        if (extra.length === 0) return;
        expect(shown.some((s) => 'lessThan' in s)).toBe(true);
        const stillShown = shown.flatMap((s) => ('count' in s && s.count > 0 ? [s.count] : []));
        for (const c of extra) for (const s of stillShown) expect(c).toBeLessThanOrEqual(s);
      }),
    );
  });
});
