/**
 * `comparePrePost` as it was before it went through `prePostFromGroup` (main at d93c050), kept
 * unchanged but for its imports and name, so the rewrite can be checked against it on random data.
 * Not used by the app.
 */
import { mean, sampleSd } from '../../../shared/scoring/descriptive.js';
import { tCritical, tTwoSidedP } from '../../../shared/scoring/tdist.js';

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

export interface PrePostResult {
  participants: ParticipantChange[];
  /** Number of complete pairs (both sides present). */
  n: number;
  /** Has a post score but no pre score. */
  missingPre: string[];
  /** Has a pre score but no post score. */
  missingPost: string[];
  /** Has neither. */
  missingBoth: string[];
  /** Means over complete pairs only. */
  meanPre: number | null;
  meanPost: number | null;
  meanChange: number | null;
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

function noVariation(changes: readonly number[]): boolean {
  if (changes.length === 0) return false;
  const scale = Math.max(1, ...changes.map(Math.abs));
  return Math.max(...changes) - Math.min(...changes) <= ROUNDING * scale;
}

export function comparePrePostBefore(
  rows: readonly PrePostRow[],
  options: { confidence?: number } = {},
): PrePostResult {
  const level = options.confidence ?? 0.95;
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

  const n = changes.length;
  const meanChange = mean(changes);
  const sdChange = noVariation(changes) ? 0 : sampleSd(changes);
  const base = {
    participants,
    n,
    missingPre,
    missingPost,
    missingBoth,
    meanPre: mean(pres),
    meanPost: mean(posts),
    meanChange,
    sdChange,
  };

  if (n < 2 || meanChange === null || sdChange === null) {
    return { ...base, ci: null, t: null, df: null, p: null, dz: null, testNote: 'too-few-pairs' };
  }
  const df = n - 1;
  const se = sdChange / Math.sqrt(n);
  const half = tCritical(level, df) * se;
  const ci = { level, lower: meanChange - half, upper: meanChange + half };
  if (sdChange === 0) {
    return { ...base, ci, t: null, df, p: null, dz: null, testNote: 'no-variation' };
  }
  const t = meanChange / se;
  return { ...base, ci, t, df, p: tTwoSidedP(t, df), dz: meanChange / sdChange, testNote: 'ok' };
}
