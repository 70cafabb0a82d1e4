import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakdownFigure,
  countFigure,
  countOverShown,
  meanFigure,
  rateFigure,
  totalOverShown,
} from '../../../shared/privacy/figures.js';

describe('figures under the small-count rule', () => {
  it('shows a rate with both numbers from n = 3, and "fewer than 3" below', () => {
    expect(rateFigure(17, 20)).toEqual({ value: 0.85, numerator: 17, n: 20 });
    expect(rateFigure(0, 3)).toEqual({ value: 0, numerator: 0, n: 3 });
    // the numerator may be small: it is a share of n ≥ 3 people, not a group of its own
    expect(rateFigure(1, 3)).toEqual({ value: 1 / 3, numerator: 1, n: 3 });
    expect(rateFigure(2, 2)).toEqual({ lessThan: 3 });
    expect(rateFigure(0, 0)).toEqual({ lessThan: 3 });
    expect(rateFigure(4, 4, 5)).toEqual({ lessThan: 5 });
  });

  it('shows a mean with its n, and needs no mean below the threshold', () => {
    expect(meanFigure(4.68, 25)).toEqual({ value: 4.68, n: 25 });
    expect(meanFigure(5, 2)).toEqual({ lessThan: 3 });
    expect(meanFigure(null, 0)).toEqual({ lessThan: 3 });
    expect(() => meanFigure(null, 3)).toThrow(RangeError);
    expect(() => meanFigure(NaN, 3)).toThrow(RangeError);
  });

  it('shows a count of people when 0 or at least the threshold', () => {
    expect([0, 1, 2, 3, 10].map((c) => countFigure(c))).toEqual([
      { count: 0 },
      { lessThan: 3 },
      { lessThan: 3 },
      { count: 3 },
      { count: 10 },
    ]);
  });

  it('refuses what is not a count', () => {
    expect(() => rateFigure(3, 2)).toThrow(RangeError);
    expect(() => rateFigure(-1, 2)).toThrow(RangeError);
    expect(() => rateFigure(1.5, 4)).toThrow(RangeError);
    expect(() => countFigure(2, 0)).toThrow(RangeError);
    expect(() => countFigure(0.5)).toThrow(RangeError);
  });

  it('suppresses a breakdown as suppressSmallCounts does with a public total, or withholds it', () => {
    const cells = (...counts: number[]) => counts.map((count, i) => ({ key: i, count }));
    expect(breakdownFigure(cells(1, 5, 8, 0))).toEqual({
      cells: [
        { key: 0, lessThan: 3 },
        { key: 1, hidden: true },
        { key: 2, count: 8 },
        { key: 3, count: 0 },
      ],
    });
    expect(breakdownFigure(cells(4, 6))).toEqual({
      cells: [
        { key: 0, count: 4 },
        { key: 1, count: 6 },
      ],
    });
    // everyone of a small group in one category: the total tells the cell
    expect(breakdownFigure(cells(0, 2, 0))).toEqual({ withheld: true });
    // a total of 3 split 1 + 2 with t = 4: the total is itself a hidden count
    expect(breakdownFigure(cells(1, 2), 4)).toEqual({ withheld: true });
    expect(breakdownFigure(cells(0, 0))).toEqual({
      cells: [
        { key: 0, count: 0 },
        { key: 1, count: 0 },
      ],
    });
  });

  it('totals only the programs shown and says how many were left out', () => {
    const parts = [rateFigure(17, 20), rateFigure(3, 5), rateFigure(1, 2)];
    expect(totalOverShown(parts)).toEqual({ total: { value: 20 / 25, numerator: 20, n: 25 }, omitted: 1 });
    // means weighted by n: (4.5·4 + 3·6) / 10 = 3.6
    const means = [meanFigure(4.5, 4), meanFigure(3, 6), meanFigure(1, 1)];
    const { total, omitted } = totalOverShown(means);
    expect(total?.n).toBe(10);
    expect(total?.value).toBeCloseTo(3.6, 12);
    expect(total?.numerator).toBeUndefined();
    expect(omitted).toBe(1);
    expect(totalOverShown([rateFigure(1, 2)])).toEqual({ total: null, omitted: 1 });
    expect(totalOverShown([])).toEqual({ total: null, omitted: 0 });
    expect(() => totalOverShown([rateFigure(3, 3), meanFigure(2, 3)])).toThrow(RangeError);
    expect(countOverShown([countFigure(12), countFigure(2), countFigure(0), countFigure(5)])).toEqual({
      total: 17,
      omitted: 1,
    });
  });
});

/**
 * The attacker, written apart from the module. A program is (n participants, k completers, s = sum of
 * 0/1 answers, e.g. "would recommend"); the report shows per program its participants, completion rate
 * and mean, and the three totals. What the attacker can learn about a program is the set of programs
 * consistent with everything shown. The module is safe when that set is exactly what the program's own
 * line allows: every combination of values each hidden line allows gives the very same report, so no
 * subtraction or comparison across lines or totals narrows anything down.
 */
interface Program {
  n: number;
  k: number;
  s: number;
}

const MAX_N = 5;
const DOMAIN: Program[] = [];
for (let n = 0; n <= MAX_N; n++)
  for (let k = 0; k <= n; k++) for (let s = 0; s <= n; s++) DOMAIN.push({ n, k, s });

type Totals = (lines: ReturnType<typeof line>[], programs: Program[]) => unknown;

function line(p: Program, t: number) {
  return {
    people: countFigure(p.n, t),
    completion: rateFigure(p.k, p.n, t),
    mean: meanFigure(p.n > 0 ? p.s / p.n : null, p.n, t),
  };
}

const totalsOverShown: Totals = (lines) => ({
  people: countOverShown(lines.map((l) => l.people)),
  completion: totalOverShown(lines.map((l) => l.completion)),
  mean: totalOverShown(lines.map((l) => l.mean)),
});

const report = (programs: Program[], t: number, totals: Totals) => {
  const lines = programs.map((p) => line(p, t));
  return JSON.stringify({ lines, totals: totals(lines, programs) });
};

/** Programs that fit one program's own line, found by trying every program of the domain. */
const fitsLine = (p: Program, t: number) =>
  DOMAIN.filter((q) => JSON.stringify(line(q, t)) === JSON.stringify(line(p, t)));

/** A world (each program picked from what its own line allows) whose report differs, if any. */
function narrowingWorld(programs: Program[], t: number, totals: Totals): Program[] | null {
  const seen = report(programs, t, totals);
  const choices = programs.map((p) => fitsLine(p, t));
  const pick: Program[] = [];
  const walk = (i: number): Program[] | null => {
    if (i === programs.length) return report(pick, t, totals) === seen ? null : [...pick];
    for (const q of choices[i]!) {
      pick[i] = q;
      const found = walk(i + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(0);
}

const program = fc
  .integer({ min: 0, max: MAX_N })
  .chain((n) =>
    fc.record({ n: fc.constant(n), k: fc.integer({ min: 0, max: n }), s: fc.integer({ min: 0, max: n }) }),
  );
const programs = fc.array(program, { minLength: 1, maxLength: 3 });
const threshold = fc.integer({ min: 2, max: 4 });

describe('no hidden figure can be worked out from the shown ones', () => {
  it('a hidden line leaves its program open: several sizes (from t = 3), rates and means', () => {
    for (const t of [3, 4])
      for (const p of DOMAIN.filter((q) => q.n > 0 && q.n < t)) {
        const fits = fitsLine(p, t);
        expect(new Set(fits.map((q) => q.n)).size).toBe(t - 1);
        expect(new Set(fits.map((q) => (q.n ? q.k / q.n : 0))).size).toBeGreaterThan(1);
        expect(new Set(fits.map((q) => (q.n ? q.s / q.n : 0))).size).toBeGreaterThan(1);
      }
  });

  it('totals over the shown programs tell nothing about a hidden one', () => {
    fc.assert(
      fc.property(programs, threshold, (ps, t) => {
        expect(narrowingWorld(ps, t, totalsOverShown)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('the attacker does find what totals over every program would give away', () => {
    // The control: the same attacker against totals that include the hidden programs.
    const overAll: Totals = (_lines, ps) => ({
      people: ps.reduce((a, p) => a + p.n, 0),
      completers: ps.reduce((a, p) => a + p.k, 0),
    });
    // a hidden program of 2 with 1 completer beside a shown 3 of 5: 7 people, 4 completers in all
    const world = [
      { n: 5, k: 3, s: 2 },
      { n: 2, k: 1, s: 1 },
    ];
    expect(narrowingWorld(world, 3, overAll)).not.toBeNull();
    expect(narrowingWorld(world, 3, totalsOverShown)).toBeNull();
  });

  const asCells = (xs: number[]) => xs.map((count, key) => ({ key, count }));

  it('a shown breakdown lets no hidden cell be worked out from its public total', () => {
    // The attacker of small-counts.test.ts: the total, each shown count, each label's range
    // (fewer than t: 1..t−1; hidden: t up to the smallest shown non-zero count).
    const counts = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(counts, threshold, (cs, t) => {
        const shown = breakdownFigure(asCells(cs), t);
        if ('withheld' in shown) return;
        const total = cs.reduce((a, b) => a + b, 0);
        const shownNonZero = shown.cells.flatMap((c) => ('count' in c && c.count > 0 ? [c.count] : []));
        const cap = shownNonZero.length > 0 ? Math.min(...shownNonZero) : total;
        const ranges = shown.cells.map((c) =>
          'count' in c ? [c.count, c.count] : 'lessThan' in c ? [1, t - 1] : [t, cap],
        ) as [number, number][];
        const values = cs.map(() => new Set<number>());
        const table: number[] = [];
        const walk = (i: number, left: number) => {
          if (i === ranges.length) {
            if (left === 0) table.forEach((v, j) => values[j]!.add(v));
            return;
          }
          for (let v = ranges[i]![0]; v <= Math.min(ranges[i]![1], left); v++) {
            table[i] = v;
            walk(i + 1, left - v);
          }
        };
        walk(0, total);
        shown.cells.forEach((cell, i) => {
          if (!('count' in cell)) expect(values[i]!.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('known gap: one who replays the suppression itself can work out cells (left to small-counts)', () => {
    // 1, 1, 4 of 6 is shown as <3, <3, hidden. Of every table of three cells summing to 6, it is the
    // only one suppressSmallCounts turns into that picture: 1+2+3 needs no extra hiding, 2+2+2 is
    // withheld. So a reader who knows the rule learns 1, 1 and 4. The range attacker above does not.
    const picture = JSON.stringify(breakdownFigure(asCells([1, 1, 4])));
    expect(picture).toBe(
      JSON.stringify({
        cells: [
          { key: 0, lessThan: 3 },
          { key: 1, lessThan: 3 },
          { key: 2, hidden: true },
        ],
      }),
    );
    const same: number[][] = [];
    for (let a = 0; a <= 6; a++)
      for (let b = 0; a + b <= 6; b++)
        if (JSON.stringify(breakdownFigure(asCells([a, b, 6 - a - b]))) === picture)
          same.push([a, b, 6 - a - b]);
    expect(same).toEqual([[1, 1, 4]]);
  });
});
