import { isEngineType, type AnswerValue } from '../../shared/activities/types.js';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import type { StoredActivity } from './rows.js';

export interface AnswerSubmission {
  sessionId: string;
  participantId: string;
  activityId: string;
  answerId: string;
  value: unknown;
}

/** An answer as stored; `StoredAnswer` adds the participant's nickname. */
export interface StoredAnswerRow {
  answerId: string;
  entryId: string;
  activityId: string;
  participantId: string;
  value: AnswerValue;
  hidden: boolean;
  /** Approved by the facilitator for a review-before-showing activity; cleared by every edit. */
  approved: boolean;
  updatedAt: number;
}

/** `stored` is the answer as now stored; absent for a duplicate, which stored nothing. */
export type SubmissionResult =
  | { ok: true; duplicate: boolean; activityId: string; stored?: StoredAnswerRow }
  | { ok: false; code: ErrorCode };

/** Checks a value against the activity's own answer schema; returns the normalised value or an error. */
export type AnswerValidator = (
  activity: StoredActivity,
  value: unknown,
) => { ok: true; value: unknown } | { ok: false; code: ErrorCode };

/**
 * The database steps of storing one answer, all inside one transaction. Two implementations: Kysely
 * (PostgreSQL) and prepared better-sqlite3 statements (SQLite, the answer hot path). The algorithm
 * that strings them together is written once, below.
 */
export interface AnswerWriteSteps {
  activity(sessionId: string, activityId: string): Promise<StoredActivity | null> | StoredActivity | null;
  /** Records the id as received; false when it was known already. */
  insertReceipt(s: AnswerSubmission, now: number): Promise<boolean> | boolean;
  knownReceipt(
    answerId: string,
  ):
    | Promise<{ participantId: string; activityId: string } | null>
    | { participantId: string; activityId: string }
    | null;
  /** Inserts or replaces the participant's answer; returns the stored entry id and hidden flag. */
  upsertAnswer(
    s: AnswerSubmission,
    value: string,
    now: number,
  ): Promise<{ entryId: string; hidden: boolean }> | { entryId: string; hidden: boolean };
}

/**
 * Each submission is checked against the activity as it is inside the transaction, so an answer
 * that races a "close" or "lock" is refused, never half-stored. A known answer id is a resend: it
 * is acknowledged as a duplicate to its own sender and stores nothing. Anyone else's gets, wherever a
 * new id would be refused too, that same refusal (it must not tell whether the id exists); where a
 * new id would be stored, it is refused as invalid (the id is taken).
 */
export async function writeAnswerBatch(
  steps: AnswerWriteSteps,
  batch: AnswerSubmission[],
  validate: AnswerValidator,
): Promise<SubmissionResult[]> {
  // A batch is mostly answers to one activity: read each activity once per transaction.
  const activities = new Map<string, StoredActivity | null>();
  const results: SubmissionResult[] = [];
  for (const s of batch) {
    const key = `${s.sessionId}/${s.activityId}`;
    let activity = activities.get(key);
    if (activity === undefined) {
      activity = await steps.activity(s.sessionId, s.activityId);
      // A counseling activity takes answers through `memberAnswer:submit` only: here it is unknown.
      if (activity && !isEngineType(activity.type)) activity = null;
      activities.set(key, activity);
    }
    results.push(await writeOne(steps, s, activity, validate));
  }
  return results;
}

async function writeOne(
  steps: AnswerWriteSteps,
  s: AnswerSubmission,
  activity: StoredActivity | null,
  validate: AnswerValidator,
): Promise<SubmissionResult> {
  const refusal: ErrorCode | null = !activity
    ? 'activity_not_found'
    : activity.status !== 'open'
      ? 'activity_not_open'
      : activity.locked
        ? 'activity_locked'
        : null;
  const checked = activity && !refusal ? validate(activity, s.value) : null;
  if (!checked?.ok) {
    // A resend of an answer stored before the activity closed is still a success for the phone.
    // Anyone else's id is refused exactly like an unknown one: the refusal says nothing of the id.
    const own = await ownResend(steps, s);
    return own ?? { ok: false, code: refusal ?? (checked as { code: ErrorCode }).code };
  }
  const now = Date.now();
  if (!(await steps.insertReceipt(s, now))) {
    // The id is known. Its sender's resend is a duplicate; anyone else's cannot be stored (the id
    // is taken) and changes nothing.
    return (await ownResend(steps, s)) ?? { ok: false, code: 'invalid_payload' };
  }
  const row = await steps.upsertAnswer(s, JSON.stringify(checked.value), now);
  const stored: StoredAnswerRow = {
    answerId: s.answerId,
    entryId: row.entryId,
    activityId: s.activityId,
    participantId: s.participantId,
    value: checked.value as AnswerValue,
    hidden: row.hidden,
    approved: false,
    updatedAt: now,
  };
  return { ok: true, duplicate: false, activityId: s.activityId, stored };
}

/** A duplicate when the answer id is this participant's own, already stored; null for any other id. */
async function ownResend(steps: AnswerWriteSteps, s: AnswerSubmission): Promise<SubmissionResult | null> {
  const known = await steps.knownReceipt(s.answerId);
  if (!known || known.participantId !== s.participantId) return null;
  return { ok: true, duplicate: true, activityId: known.activityId };
}
