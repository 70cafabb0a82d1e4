/**
 * Pre/post comparison of one score (e.g. an instrument total) for a group: per-participant change, group
 * mean change with a confidence interval, paired t-test and Cohen's d_z. Participants with only one side
 * are listed, never silently dropped.
 */
import { mean } from './descriptive.js';
import { tCritical, tTwoSidedP } from './tdist.js';

export interface PrePostRow {
  participantId: string;
  pre: number | null | undefined;
  post: number | null | undefined;
}

export interface ParticipantChange {
  participantId: string;
  pre: number | null;
  post: number | null;
  /** post − pre, or null when a side is missing. */
  change: number | null;
}

/** The test over complete pairs: what a group's sums and means determine, without its rows. */
export interface PrePostStats {
  /** Number of complete pairs (both sides present). */
  n: number;
  /** Means over complete pairs only. */
  meanPre: number | null;
  meanPost: number | null;
  meanChange: number | null;
  /** Sample SD of the changes; null with fewer than two pairs, 0 when they differ only by rounding. */
  sdChange: number | null;
  /** Confidence interval of the mean change (default 95%); null with fewer than two pairs. */
  ci: { level: number; lower: number; upper: number } | null;
  /** Paired t-test; null with fewer than two pairs or when every change is identical (sd = 0). */
  t: number | null;
  df: number | null;
  /** Two-sided p-value. */
  p: number | null;
  /** Cohen's d_z = mean change / sd of change. */
  dz: number | null;
  /** Why the test is missing, if it is. */
  testNote: 'ok' | 'too-few-pairs' | 'no-variation';
}

export interface PrePostResult extends PrePostStats {
  participants: ParticipantChange[];
  /** Has a post score but no pre score. */
  missingPre: string[];
  /** Has a pre score but no post score. */
  missingPost: string[];
  /** Has neither. */
  missingBoth: string[];
}

/**
 * A group of complete pairs as SQL can give it without sending its rows (design §2.7, §6.1): the
 * means in one pass, then the sum of squared deviations from the mean change in a second. Never
 * Σd² − (Σd)²/n: with a constant change of 7.3 that cancels to 1e-7 or to a negative variance.
 * min and max are there because the no-variation rule needs the spread, which the sd cannot give.
 * With n = 0 every other field is null (SQL's avg, min and max of no rows).
 */
export interface PrePostGroup {
  n: number;
  meanPre: number | null;
  meanPost: number | null;
  meanChange: number | null;
  /** Σ (d − meanChange)² over the pairs. */
  ssChange: number | null;
  minChange: number | null;
  maxChange: number | null;
}

function present(v: number | null | undefined, id: string, side: string): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isFinite(v)) throw new RangeError(`participant ${id}: ${side} score must be a finite number`);
  return v;
}

/**
 * Relative to the size of the changes, a spread below this is rounding, not variation: every member
 * +1/12 (a mean score over 12 items) computes as post − pre with an error near 1e-17, whose sample SD
 * would make t ≈ 10^15 instead of "no variation".
 */
const ROUNDING = 1e-9;

function noVariation(minChange: number, maxChange: number): boolean {
  const scale = Math.max(1, Math.abs(minChange), Math.abs(maxChange));
  return maxChange - minChange <= ROUNDING * scale;
}

function finite(v: number | null, what: string): number {
  if (v === null || !Number.isFinite(v)) throw new RangeError(`${what} must be a finite number, got ${v}`);
  return v;
}

/**
 * The paired t-test, its CI and d_z from a group's numbers. The one formula: `comparePrePost` reduces
 * its rows to these numbers and comes here, and the figure store's SQL gives the same numbers, so a
 * program's table and the center's figures cannot disagree on what counts as a change.
 */
export function prePostFromGroup(group: PrePostGroup, options: { confidence?: number } = {}): PrePostStats {
  const level = options.confidence ?? 0.95;
  const { n } = group;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  const none = { ci: null, t: null, df: null, p: null, dz: null, testNote: 'too-few-pairs' } as const;
  if (n === 0) return { n, meanPre: null, meanPost: null, meanChange: null, sdChange: null, ...none };

  const meanPre = finite(group.meanPre, 'meanPre');
  const meanPost = finite(group.meanPost, 'meanPost');
  const meanChange = finite(group.meanChange, 'meanChange');
  const ss = finite(group.ssChange, 'ssChange');
  if (ss < 0) throw new RangeError(`ssChange is a sum of squares, got ${ss}`);
  const spreadIsRounding = noVariation(
    finite(group.minChange, 'minChange'),
    finite(group.maxChange, 'maxChange'),
  );
  const means = { n, meanPre, meanPost, meanChange };
  if (n < 2) return { ...means, sdChange: null, ...none };

  const df = n - 1;
  const sdChange = spreadIsRounding ? 0 : Math.sqrt(ss / df);
  const se = sdChange / Math.sqrt(n);
  const half = tCritical(level, df) * se;
  const ci = { level, lower: meanChange - half, upper: meanChange + half };
  if (sdChange === 0) {
    return { ...means, sdChange, ci, t: null, df, p: null, dz: null, testNote: 'no-variation' };
  }
  const t = meanChange / se;
  return { ...means, sdChange, ci, t, df, p: tTwoSidedP(t, df), dz: meanChange / sdChange, testNote: 'ok' };
}

const NO_PAIRS: PrePostGroup = {
  n: 0,
  meanPre: null,
  meanPost: null,
  meanChange: null,
  ssChange: null,
  minChange: null,
  maxChange: null,
};

/** The numbers `prePostFromGroup` takes, from the complete pairs, in the two passes the SQL mirrors. */
function groupOf(
  pres: readonly number[],
  posts: readonly number[],
  changes: readonly number[],
): PrePostGroup {
  const meanChange = mean(changes);
  if (meanChange === null) return NO_PAIRS;
  let ssChange = 0;
  let minChange = Infinity;
  let maxChange = -Infinity;
  for (const d of changes) {
    ssChange += (d - meanChange) * (d - meanChange);
    minChange = Math.min(minChange, d);
    maxChange = Math.max(maxChange, d);
  }
  return {
    n: changes.length,
    meanPre: mean(pres),
    meanPost: mean(posts),
    meanChange,
    ssChange,
    minChange,
    maxChange,
  };
}

export function comparePrePost(
  rows: readonly PrePostRow[],
  options: { confidence?: number } = {},
): PrePostResult {
  const seen = new Set<string>();
  const participants: ParticipantChange[] = [];
  const missingPre: string[] = [];
  const missingPost: string[] = [];
  const missingBoth: string[] = [];
  const pres: number[] = [];
  const posts: number[] = [];
  const changes: number[] = [];

  for (const row of rows) {
    if (seen.has(row.participantId)) throw new RangeError(`participant ${row.participantId} appears twice`);
    seen.add(row.participantId);
    const pre = present(row.pre, row.participantId, 'pre');
    const post = present(row.post, row.participantId, 'post');
    const change = pre !== null && post !== null ? post - pre : null;
    participants.push({ participantId: row.participantId, pre, post, change });
    if (pre === null && post === null) missingBoth.push(row.participantId);
    else if (pre === null) missingPre.push(row.participantId);
    else if (post === null) missingPost.push(row.participantId);
    else {
      pres.push(pre);
      posts.push(post);
      changes.push(post - pre);
    }
  }

  const stats = prePostFromGroup(groupOf(pres, posts, changes), options);
  return { participants, missingPre, missingPost, missingBoth, ...stats };
}
