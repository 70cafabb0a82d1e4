import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePrePost,
  prePostFromGroup,
  type PrePostGroup,
  type PrePostRow,
  type PrePostStats,
} from '../../../shared/scoring/index.js';
import { comparePrePostBefore } from './prepost-before.js';

/**
 * A group's numbers the way the figure store's SQL computes them (design §2.7): averages first, then
 * Σ(d − d̄)² against that average. Summed here in reverse row order, because SQL promises no order,
 * so agreement with `comparePrePost` is not an artefact of adding in the same order.
 */
function groupLikeSql(pairs: readonly { pre: number; post: number }[]): PrePostGroup {
  const rows = [...pairs].reverse();
  const n = rows.length;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / n;
  const d = rows.map((r) => r.post - r.pre);
  const meanChange = avg(d);
  return {
    n,
    meanPre: avg(rows.map((r) => r.pre)),
    meanPost: avg(rows.map((r) => r.post)),
    meanChange,
    ssChange: d.reduce((s, x) => s + (x - meanChange) ** 2, 0),
    minChange: Math.min(...d),
    maxChange: Math.max(...d),
  };
}

/** A mean score over 12 items, as the in-house scale gives: k twelfths. */
const twelfths = (n: number) => Array.from({ length: n }, (_, i) => (12 + ((i * 37) % 49)) / 12);

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) return expect(a).toBe(b);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
};

function expectSameStats(a: PrePostStats, b: PrePostStats): void {
  expect(a.n).toBe(b.n);
  expect(a.testNote).toBe(b.testNote);
  expect(a.df).toBe(b.df);
  for (const key of ['meanPre', 'meanPost', 'meanChange', 'sdChange', 't', 'p', 'dz'] as const)
    close(a[key], b[key]);
  close(a.ci?.lower ?? null, b.ci?.lower ?? null);
  close(a.ci?.upper ?? null, b.ci?.upper ?? null);
}

describe('a constant change is "no variation" at every group size (design §2.7)', () => {
  it.each([7, 20, 4000])('post = pre + 7.3 with pre a 12-item mean, n = %i', (n) => {
    const pairs = twelfths(n).map((pre) => ({ pre, post: pre + 7.3 }));
    const changes = pairs.map((p) => p.post - p.pre);
    // The data carries rounding noise, and the one-pass variance of design v1 fails on it: at n = 7 it
    // gives sd ≈ 1.4e-7 (t ≈ 10^8), at n = 20 a negative variance, at n = 4,000 sd ≈ 2.9e-6.
    expect(new Set(changes).size).toBeGreaterThan(1);
    const sum = changes.reduce((a, b) => a + b, 0);
    const onePass = (changes.reduce((a, b) => a + b * b, 0) - (sum * sum) / n) / (n - 1);
    expect(onePass === 0).toBe(false);

    const rows: PrePostRow[] = pairs.map((p, i) => ({ participantId: `m${i}`, ...p }));
    for (const r of [comparePrePost(rows), prePostFromGroup(groupLikeSql(pairs))]) {
      expect(r.n).toBe(n);
      expect(r.testNote).toBe('no-variation');
      expect(r.sdChange).toBe(0);
      expect(r.t).toBeNull();
      expect(r.p).toBeNull();
      expect(r.dz).toBeNull();
      expect(r.meanChange).toBeCloseTo(7.3, 12);
      expect(r.ci?.lower).toBe(r.meanChange);
      expect(r.ci?.upper).toBe(r.meanChange);
    }
  });
});

describe('comparePrePost through prePostFromGroup', () => {
  const score = fc.oneof(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 12, max: 60 }).map((k) => k / 12),
    fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  );
  const side = fc.option(score, { nil: null });
  const rows = fc
    .array(fc.tuple(side, side), { maxLength: 40 })
    .map((pairs) => pairs.map(([pre, post], i): PrePostRow => ({ participantId: `p${i}`, pre, post })));

  it('gives exactly what it gave before the rewrite, on random data', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(0.9, 0.95, 0.99), (rs, confidence) => {
        const now = comparePrePost(rs, { confidence });
        const before = comparePrePostBefore(rs, { confidence });
        // The one deliberate difference: one pair has no sample SD (before, the rounding rule made it 0).
        if (before.n === 1)
          expect({ before: before.sdChange, now: now.sdChange }).toEqual({ before: 0, now: null });
        expect({ ...now, sdChange: null }).toEqual({ ...before, sdChange: null });
        if (before.n !== 1) expect(now.sdChange).toBe(before.sdChange);
      }),
      { numRuns: 500 },
    );
  });

  it("equals prePostFromGroup of the group's SQL-style numbers, to 1e-9", () => {
    const whole = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 12, max: 60 }).map((k) => k / 12),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ pre: whole, post: whole }), { maxLength: 60 }), (pairs) => {
        const rows = pairs.map((p, i) => ({ participantId: `p${i}`, ...p }));
        expectSameStats(prePostFromGroup(groupLikeSql(pairs)), comparePrePost(rows));
      }),
      { numRuns: 500 },
    );
  });

  it('reports the hand-worked example of prepost.test.ts from its group numbers alone', () => {
    // pre 2,4,3,5,1 → post 4,5,6,6,4: changes 2,1,3,1,3, mean 2, SS 4 (prepost.test.ts works it out).
    const r = prePostFromGroup({
      n: 5,
      meanPre: 3,
      meanPost: 5,
      meanChange: 2,
      ssChange: 4,
      minChange: 1,
      maxChange: 3,
    });
    expect(r.sdChange).toBeCloseTo(1, 12);
    expect(r.t).toBeCloseTo(Math.sqrt(20), 12);
    expect(r.df).toBe(4);
    expect(r.dz).toBeCloseTo(2, 12);
    expect(r.p).toBeCloseTo(0.011059, 5);
    expect(r.testNote).toBe('ok');
  });
});

describe('prePostFromGroup takes what SQL gives and refuses what it cannot give', () => {
  const empty = {
    n: 0,
    meanPre: null,
    meanPost: null,
    meanChange: null,
    ssChange: null,
    minChange: null,
    maxChange: null,
  };

  it('no pairs: nothing but the count', () => {
    expect(prePostFromGroup(empty)).toEqual({
      n: 0,
      meanPre: null,
      meanPost: null,
      meanChange: null,
      sdChange: null,
      ci: null,
      t: null,
      df: null,
      p: null,
      dz: null,
      testNote: 'too-few-pairs',
    });
  });

  it('one pair: its means, no SD and no test', () => {
    const one = { n: 1, meanPre: 2, meanPost: 10, meanChange: 8, ssChange: 0, minChange: 8, maxChange: 8 };
    expect(prePostFromGroup(one)).toMatchObject({ meanChange: 8, sdChange: null, ci: null, t: null });
    expect(prePostFromGroup(one).testNote).toBe('too-few-pairs');
  });

  it('refuses a count that is no count, a missing mean, a negative sum of squares', () => {
    const two = {
      n: 2,
      meanPre: 1,
      meanPost: 2,
      meanChange: 1,
      ssChange: 0.5,
      minChange: 0.5,
      maxChange: 1.5,
    };
    expect(() => prePostFromGroup({ ...two, n: 1.5 })).toThrow(RangeError);
    expect(() => prePostFromGroup({ ...two, n: -1 })).toThrow(RangeError);
    expect(() => prePostFromGroup({ ...two, meanPre: null })).toThrow(RangeError);
    expect(() => prePostFromGroup({ ...two, maxChange: Number.NaN })).toThrow(RangeError);
    expect(() => prePostFromGroup({ ...two, ssChange: -1e-12 })).toThrow(RangeError);
    expect(prePostFromGroup(two).testNote).toBe('ok');
  });
});
