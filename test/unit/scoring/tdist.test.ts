import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lnGamma,
  regularizedIncompleteBeta,
  tCdf,
  tCritical,
  tQuantile,
  tTwoSidedP,
} from '../../../shared/scoring/index.js';

/*
 * Reference values, computed independently of the code under test:
 *
 * (1) Published critical values of Student's t, as printed to three decimals in the t table of the
 *     NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2 "Critical Values of the Student's t
 *     Distribution" (the same values appear in the t tables of standard statistics textbooks).
 *     Each row: degrees of freedom, upper-tail probability α, critical value t with P(T > t) = α.
 *
 * (2) Closed forms of the t CDF for small degrees of freedom (e.g. Abramowitz & Stegun 26.7.3–26.7.4;
 *     also listed as "special cases" in standard references):
 *       df = 1 (Cauchy):  F(t) = 1/2 + atan(t)/π
 *       df = 2:           F(t) = 1/2 + t / (2·sqrt(2 + t²))
 *       df = 3:           F(t) = 1/2 + (1/π)·[ t/(√3·(1 + t²/3)) + atan(t/√3) ]
 *       df = 4:           F(t) = 1/2 + (3/8)·(t/sqrt(1 + t²/4))·[1 − t²/(12·(1 + t²/4))]
 */
const TABLE: [df: number, alpha: number, t: number][] = [
  [1, 0.025, 12.706],
  [2, 0.025, 4.303],
  [3, 0.025, 3.182],
  [4, 0.025, 2.776],
  [5, 0.025, 2.571],
  [9, 0.025, 2.262],
  [10, 0.025, 2.228],
  [20, 0.025, 2.086],
  [30, 0.025, 2.042],
  [100, 0.025, 1.984],
  [5, 0.05, 2.015],
  [10, 0.05, 1.812],
  [20, 0.05, 1.725],
  [1, 0.005, 63.657],
  [4, 0.005, 4.604],
  [10, 0.005, 3.169],
  [10, 0.001, 4.144],
  [30, 0.001, 3.385],
];

const closedForm: Record<number, (t: number) => number> = {
  1: (t) => 0.5 + Math.atan(t) / Math.PI,
  2: (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t)),
  3: (t) => 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI,
  4: (t) => {
    const u = 1 + (t * t) / 4;
    return 0.5 + (3 / 8) * (t / Math.sqrt(u)) * (1 - (t * t) / (12 * u));
  },
};

describe('t distribution against published critical values (NIST/SEMATECH e-Handbook t table)', () => {
  it.each(TABLE)('df=%d, upper tail %f: quantile rounds to %f', (df, alpha, t) => {
    const q = tQuantile(1 - alpha, df);
    expect(Math.round(q * 1000) / 1000).toBe(t);
  });

  it('t = 2.262 at df = 9 gives a two-sided p of 0.05 (to the table’s precision)', () => {
    expect(tTwoSidedP(2.262, 9)).toBeCloseTo(0.05, 4);
  });

  it('the two-sided 95% critical value approaches the normal 1.960 for very large df', () => {
    expect(Math.round(tCritical(0.95, 1e6) * 1000) / 1000).toBe(1.96);
  });
});

describe('t CDF against closed forms for df = 1, 2, 3, 4', () => {
  const ts = [-40, -7.5, -3, -2.262, -1, -0.25, 0, 0.1, 0.5, 1, 1.96, 2.776, 4, 10, 100];
  for (const df of [1, 2, 3, 4]) {
    it(`df = ${df}`, () => {
      const exact = closedForm[df] as (t: number) => number;
      for (const t of ts) expect(Math.abs(tCdf(t, df) - exact(t))).toBeLessThan(1e-12);
    });
  }

  it('two-sided p of a worked example: t = √20, df = 4 (closed form for df = 4)', () => {
    const t = Math.sqrt(20);
    const exact = 2 * (1 - (closedForm[4] as (t: number) => number)(t));
    expect(tTwoSidedP(t, 4)).toBeCloseTo(exact, 12);
    expect(exact).toBeCloseTo(0.011059, 5);
  });
});

describe('special functions', () => {
  it('lnGamma matches log-factorials and Γ(1/2) = √π', () => {
    let logFact = 0;
    for (let n = 1; n <= 30; n++) {
      expect(lnGamma(n)).toBeCloseTo(logFact, 10);
      logFact += Math.log(n);
    }
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('incomplete beta matches identities I_x(a,1) = x^a and I_x(1,b) = 1 − (1−x)^b', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      for (const a of [0.5, 1, 2.5, 7]) {
        expect(regularizedIncompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 12);
        expect(regularizedIncompleteBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 12);
      }
    }
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('rejects invalid arguments', () => {
    expect(() => tCdf(1, 0)).toThrow(RangeError);
    expect(() => tCdf(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => tCdf(Number.NaN, 3)).toThrow(RangeError);
    expect(() => tQuantile(1, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(RangeError);
  });
});

describe('t distribution properties', () => {
  const df = fc.double({ min: 0.5, max: 5000, noNaN: true });
  const t = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it('p is in [0, 1] and the CDF is in [0, 1]', () => {
    fc.assert(
      fc.property(t, df, (tv, d) => {
        const p = tTwoSidedP(tv, d);
        const c = tCdf(tv, d);
        return p >= 0 && p <= 1 && c >= 0 && c <= 1;
      }),
    );
  });

  it('is symmetric: F(−t) + F(t) = 1, and p(−t) = p(t)', () => {
    fc.assert(
      fc.property(t, df, (tv, d) => {
        expect(tCdf(-tv, d) + tCdf(tv, d)).toBeCloseTo(1, 12);
        expect(tTwoSidedP(-tv, d)).toBe(tTwoSidedP(tv, d));
      }),
    );
  });

  it('the CDF never decreases in t', () => {
    fc.assert(
      fc.property(t, t, df, (a, b, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return tCdf(lo, d) <= tCdf(hi, d) + 1e-15;
      }),
    );
  });

  it('the quantile inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), df, (p, d) => {
        expect(tCdf(tQuantile(p, d), d)).toBeCloseTo(p, 9);
      }),
    );
  });
});
