import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePrePost, type PrePostRow } from '../../../shared/scoring/index.js';

/*
 * Worked example, computed by hand:
 *   pre  = 2, 4, 3, 5, 1      post = 4, 5, 6, 6, 4      change = 2, 1, 3, 1, 3
 *   mean change = 2; deviations 0, −1, 1, −1, 1 → SS = 4, variance = 4/4 = 1, sd = 1
 *   se = 1/√5; t = 2/(1/√5) = √20 ≈ 4.4721; df = 4; d_z = 2/1 = 2
 *   two-sided p from the closed form of the t CDF for df = 4 (see tdist.test.ts) ≈ 0.011059
 *   95% CI = 2 ± 2.776 · (1/√5) = [0.7585, 3.2415], with 2.776 the published t(0.975, 4).
 */
const example: PrePostRow[] = [
  { participantId: 'a', pre: 2, post: 4 },
  { participantId: 'b', pre: 4, post: 5 },
  { participantId: 'c', pre: 3, post: 6 },
  { participantId: 'd', pre: 5, post: 6 },
  { participantId: 'e', pre: 1, post: 4 },
];

describe('pre/post comparison', () => {
  it('matches the hand-computed paired t-test', () => {
    const r = comparePrePost(example);
    expect(r.n).toBe(5);
    expect(r.participants.map((p) => p.change)).toEqual([2, 1, 3, 1, 3]);
    expect(r.meanPre).toBe(3);
    expect(r.meanPost).toBe(5);
    expect(r.meanChange).toBe(2);
    expect(r.sdChange).toBeCloseTo(1, 12);
    expect(r.t).toBeCloseTo(Math.sqrt(20), 12);
    expect(r.df).toBe(4);
    expect(r.dz).toBeCloseTo(2, 12);
    expect(r.p).toBeCloseTo(0.011059, 5);
    expect(r.ci?.level).toBe(0.95);
    expect(r.ci?.lower).toBeCloseTo(2 - 2.776 / Math.sqrt(5), 3);
    expect(r.ci?.upper).toBeCloseTo(2 + 2.776 / Math.sqrt(5), 3);
    expect(r.testNote).toBe('ok');
  });

  it('reports participants missing a side instead of dropping them', () => {
    const r = comparePrePost([
      ...example,
      { participantId: 'late', pre: null, post: 6 },
      { participantId: 'left', pre: 3, post: undefined },
      { participantId: 'ghost', pre: null, post: null },
    ]);
    expect(r.n).toBe(5);
    expect(r.missingPre).toEqual(['late']);
    expect(r.missingPost).toEqual(['left']);
    expect(r.missingBoth).toEqual(['ghost']);
    expect(r.participants).toHaveLength(8);
    expect(r.participants.find((p) => p.participantId === 'left')?.change).toBeNull();
    expect(r.meanChange).toBe(2);
  });

  it('gives no test for fewer than two pairs', () => {
    const r = comparePrePost([{ participantId: 'a', pre: 2, post: 10 }]);
    expect(r.meanChange).toBe(8);
    expect(r.t).toBeNull();
    expect(r.ci).toBeNull();
    expect(r.testNote).toBe('too-few-pairs');
    expect(comparePrePost([]).n).toBe(0);
  });

  it('rejects duplicate participants and non-finite scores', () => {
    expect(() => comparePrePost([example[0] as PrePostRow, example[0] as PrePostRow])).toThrow(RangeError);
    expect(() => comparePrePost([{ participantId: 'x', pre: Number.NaN, post: 1 }])).toThrow(RangeError);
  });

  const score = fc.integer({ min: 0, max: 40 });
  const rows = (min: number) =>
    fc
      .array(fc.tuple(score, score), { minLength: min, maxLength: 30 })
      .map((pairs) => pairs.map(([pre, post], i) => ({ participantId: `p${i}`, pre, post })));

  it('identical pre and post give zero change everywhere', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 2, maxLength: 30 }), (xs) => {
        const r = comparePrePost(xs.map((x, i) => ({ participantId: `p${i}`, pre: x, post: x })));
        expect(r.participants.every((p) => p.change === 0)).toBe(true);
        expect(r.meanChange).toBe(0);
        expect(r.sdChange).toBe(0);
        expect(r.ci).toMatchObject({ lower: 0, upper: 0 });
        expect(r.t).toBeNull();
        expect(r.testNote).toBe('no-variation');
      }),
    );
  });

  it('a change equal for everyone up to rounding is "no variation", not t ≈ 10^15', () => {
    // Mean scores over 12 items: each member's post is one answer point higher, +1/12. Floating point
    // makes post − pre differ in the last bits (e.g. 0.08333333333333337 and 0.08333333333333326).
    const rs = [3, 7, 11, 20, 25, 31].map((k, i) => ({
      participantId: `p${i}`,
      pre: k / 12,
      post: (k + 1) / 12,
    }));
    const changes = rs.map((r) => r.post - r.pre);
    expect(new Set(changes).size).toBeGreaterThan(1); // the data really carries rounding noise
    const r = comparePrePost(rs);
    expect(r.testNote).toBe('no-variation');
    expect(r.t).toBeNull();
    expect(r.p).toBeNull();
    expect(r.dz).toBeNull();
    expect(r.sdChange).toBe(0);
    expect(r.meanChange).toBeCloseTo(1 / 12, 12);
    expect(r.ci!.upper - r.ci!.lower).toBe(0);
    // The same for any shared change and any scores, in any scale.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: -12, max: 12 }),
        fc.constantFrom(1, 4, 5, 10, 12, 30),
        (ks, step, items) => {
          const q = comparePrePost(
            ks.map((k, i) => ({ participantId: `p${i}`, pre: k / items, post: (k + step) / items })),
          );
          expect(q.testNote).toBe('no-variation');
          expect(q.t).toBeNull();
        },
      ),
    );
    // A real difference of one point in one member's 12-item mean is variation.
    const varied = comparePrePost(rs.map((x, i) => (i === 0 ? { ...x, post: x.post + 1 / 12 } : x)));
    expect(varied.testNote).toBe('ok');
    expect(Math.abs(varied.t!)).toBeLessThan(100);
  });

  it('p is in [0, 1] and the CI contains the mean change', () => {
    fc.assert(
      fc.property(rows(2), (rs) => {
        const r = comparePrePost(rs);
        if (r.p !== null) expect(r.p >= 0 && r.p <= 1).toBe(true);
        expect(r.ci).not.toBeNull();
        expect(r.ci!.lower).toBeLessThanOrEqual(r.meanChange! + 1e-9);
        expect(r.ci!.upper).toBeGreaterThanOrEqual(r.meanChange! - 1e-9);
      }),
    );
  });

  it('swapping pre and post negates t, change and d_z and keeps p', () => {
    fc.assert(
      fc.property(rows(2), (rs) => {
        const a = comparePrePost(rs);
        const b = comparePrePost(rs.map((r) => ({ ...r, pre: r.post, post: r.pre })));
        expect(b.meanChange).toBeCloseTo(-a.meanChange!, 9);
        if (a.t !== null) {
          expect(b.t).toBeCloseTo(-a.t, 9);
          expect(b.dz).toBeCloseTo(-a.dz!, 9);
          expect(b.p).toBeCloseTo(a.p!, 12);
        }
      }),
    );
  });

  it('adding the same constant to every score changes nothing in the test', () => {
    fc.assert(
      fc.property(rows(2), fc.integer({ min: -100, max: 100 }), (rs, k) => {
        const a = comparePrePost(rs);
        const b = comparePrePost(rs.map((r) => ({ ...r, pre: r.pre + k, post: r.post + k })));
        expect(b.meanChange).toBeCloseTo(a.meanChange!, 9);
        expect(b.p === null).toBe(a.p === null);
        if (a.p !== null) expect(b.p).toBeCloseTo(a.p, 9);
      }),
    );
  });
});
