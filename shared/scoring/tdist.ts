/**
 * Student's t distribution, implemented here rather than pulled in as a dependency: the maintained
 * libraries that offer it are either large (hundreds of packages) or untyped UMD bundles, and the
 * mathematics is short. References: Numerical Recipes (3rd ed.), §6.1 (log-gamma, Lanczos) and §6.4
 * (incomplete beta function, continued fraction with the modified Lentz method); §6.14 (Student's t).
 *
 * Accuracy: about 1e-15 absolute on the CDF up to df = 100 (1e-13 at df = 1000, 1e-11 at df = 1e5),
 * checked in the tests against closed forms for df = 1–4 and against published critical values.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const MAX_ITERATIONS = 10_000;
  const EPS = 1e-16;
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta: no convergence for a=${a}, b=${b}, x=${x}`);
}

/**
 * Regularized incomplete beta function I_x(a, b) for 0 ≤ x ≤ 1, a, b > 0.
 * `oneMinusX` may be passed when 1 − x is known more precisely than by subtraction.
 */
export function regularizedIncompleteBeta(
  x: number,
  a: number,
  b: number,
  oneMinusX: number = 1 - x,
): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`incomplete beta needs a, b > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0) return 0;
  if (oneMinusX === 0) return 1;
  const logFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, oneMinusX)) / b;
}

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`degrees of freedom must be finite and > 0, got ${df}`);
}

/** P(|T| ≥ |t|) for T ~ t(df): the two-sided p-value of an observed t. */
export function tTwoSidedP(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError('t must be a number');
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  // I_{df/(df+t²)}(df/2, 1/2), with 1 − x = t²/(df+t²) computed directly.
  const p = regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return Math.min(1, Math.max(0, p));
}

/** P(T ≤ t) for T ~ t(df). */
export function tCdf(t: number, df: number): number {
  const tail = tTwoSidedP(t, df) / 2;
  return t >= 0 ? 1 - tail : tail;
}

/** The t value with P(T ≤ t) = p, by bisection on the CDF (monotone, so this always converges). */
export function tQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  if (p === 0.5) return 0;
  let lo = -1;
  let hi = 1;
  while (tCdf(lo, df) > p) lo *= 2;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 400; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-13 * Math.max(1, Math.abs(mid))) break;
  }
  return (lo + hi) / 2;
}

/** Two-sided critical value: e.g. tCritical(0.95, 9) ≈ 2.262. */
export function tCritical(confidence: number, df: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return tQuantile(1 - (1 - confidence) / 2, df);
}
