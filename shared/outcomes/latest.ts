/**
 * Follow-up outcomes (사후관리) are kept as history: a correction is a new record that supersedes the
 * wrong one, which stays. What counts is the member's current records, and among them the latest.
 */

export const OUTCOME_STATUSES = ['employed', 'training', 'seeking', 'unreachable', 'declined'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** What orders a member's records: the date the outcome holds for, then when staff recorded it. */
export interface OutcomeRecord {
  /** 'YYYY-MM-DD': the day the outcome was true (learned by phone on 03-10 that they started 03-02: 03-02). */
  asOf: string;
  /** Epoch milliseconds: breaks a tie between two outcomes for the same day, the later entry winning. */
  recordedAt: number;
  /** A later record corrects this one: it stays in the history but no longer counts. */
  superseded: boolean;
}

/**
 * The member's latest current record, by (asOf, recordedAt); null when none is current. Two records
 * equal on both are ordered as given, the later one winning, so the answer never depends on sorting.
 */
export function latestCurrent<T extends OutcomeRecord>(records: readonly T[]): T | null {
  let latest: T | null = null;
  for (const record of records) {
    if (record.superseded) continue;
    if (
      latest === null ||
      record.asOf > latest.asOf ||
      (record.asOf === latest.asOf && record.recordedAt >= latest.recordedAt)
    )
      latest = record;
  }
  return latest;
}
