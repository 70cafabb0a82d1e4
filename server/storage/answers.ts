import type { Kysely, Transaction } from 'kysely';
import type { AnswerValue } from '../../shared/activities/types.js';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { toActivity, type StoredActivity } from './rows.js';

export interface AnswerSubmission {
  sessionId: string;
  participantId: string;
  activityId: string;
  answerId: string;
  value: unknown;
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

/** An answer as stored; `StoredAnswer` adds the participant's nickname. */
export interface StoredAnswerRow {
  answerId: string;
  entryId: string;
  activityId: string;
  participantId: string;
  value: AnswerValue;
  hidden: boolean;
  updatedAt: number;
}

export interface StoredAnswer extends StoredAnswerRow {
  nickname: string;
}

export class AnswerStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Stores a batch of submissions in one transaction (one fsync for all of them: group commit).
   * Each submission is checked against the activity as it is inside the transaction, so an answer
   * that races a "close" or "lock" is refused, never half-stored. A known answer id is a resend:
   * it is acknowledged as a duplicate and stores nothing.
   */
  async writeBatch(batch: AnswerSubmission[], validate: AnswerValidator): Promise<SubmissionResult[]> {
    return this.db.transaction().execute(async (trx) => {
      // A batch is mostly answers to one activity: read each activity once per transaction.
      const activities = new Map<string, StoredActivity | null>();
      const results: SubmissionResult[] = [];
      for (const submission of batch)
        results.push(await this.writeOne(trx, submission, validate, activities));
      return results;
    });
  }

  private async writeOne(
    trx: Transaction<Database>,
    s: AnswerSubmission,
    validate: AnswerValidator,
    activities: Map<string, StoredActivity | null>,
  ): Promise<SubmissionResult> {
    const key = `${s.sessionId}/${s.activityId}`;
    let activity = activities.get(key);
    if (activity === undefined) {
      const row = await trx
        .selectFrom('activities')
        .selectAll()
        .where('id', '=', s.activityId)
        .where('session_id', '=', s.sessionId)
        // PostgreSQL: hold the row so a concurrent close or lock waits for this batch, or this batch
        // waits for it and then reads it closed. SQLite transactions are serial already.
        .$if(this.dialect === 'postgres', (qb) => qb.forShare())
        .executeTakeFirst();
      activity = row ? toActivity(row) : null;
      activities.set(key, activity);
    }
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
      return (
        (await this.knownReceipt(trx, s)) ?? {
          ok: false,
          code: refusal ?? (checked as { code: ErrorCode }).code,
        }
      );
    }

    const now = Date.now();
    const inserted = await trx
      .insertInto('answer_receipts')
      .values({
        answer_id: s.answerId,
        activity_id: s.activityId,
        participant_id: s.participantId,
        received_at: now,
      })
      .onConflict((oc) => oc.column('answer_id').doNothing())
      .returning('answer_id')
      .executeTakeFirst();
    if (!inserted) return (await this.knownReceipt(trx, s)) as SubmissionResult;

    const value = JSON.stringify(checked.value);
    const row = await trx
      .insertInto('answers')
      .values({
        activity_id: s.activityId,
        participant_id: s.participantId,
        answer_id: s.answerId,
        entry_id: s.answerId,
        value,
        hidden: 0,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['activity_id', 'participant_id'])
          // `hidden` stays as the facilitator set it: editing a hidden answer does not put it back on screen.
          .doUpdateSet({ answer_id: s.answerId, value, updated_at: now }),
      )
      .returning(['entry_id', 'hidden'])
      .executeTakeFirstOrThrow();
    const stored: StoredAnswerRow = {
      answerId: s.answerId,
      entryId: row.entry_id ?? s.answerId,
      activityId: s.activityId,
      participantId: s.participantId,
      value: checked.value as AnswerValue,
      hidden: row.hidden === 1,
      updatedAt: now,
    };
    return { ok: true, duplicate: false, activityId: s.activityId, stored };
  }

  /** The outcome for an answer id already stored: a duplicate for its sender, a refusal for anyone else. */
  private async knownReceipt(
    trx: Transaction<Database>,
    s: AnswerSubmission,
  ): Promise<SubmissionResult | null> {
    const known = await trx
      .selectFrom('answer_receipts')
      .select(['participant_id', 'activity_id'])
      .where('answer_id', '=', s.answerId)
      .executeTakeFirst();
    if (!known) return null;
    // An id is only ever its sender's own: someone else reusing it learns nothing and changes nothing.
    if (known.participant_id !== s.participantId) return { ok: false, code: 'invalid_payload' };
    return { ok: true, duplicate: true, activityId: known.activity_id };
  }

  async listForActivity(activityId: string, participantIds?: string[]): Promise<StoredAnswer[]> {
    if (participantIds && participantIds.length === 0) return [];
    let query = this.db
      .selectFrom('answers')
      .innerJoin('participants', 'participants.id', 'answers.participant_id')
      .select([
        'answers.answer_id',
        'answers.entry_id',
        'answers.activity_id',
        'answers.participant_id',
        'participants.nickname',
        'answers.value',
        'answers.hidden',
        'answers.updated_at',
      ])
      .where('answers.activity_id', '=', activityId);
    if (participantIds) query = query.where('answers.participant_id', 'in', participantIds);
    const rows = await query.orderBy('answers.created_at').execute();
    return rows.map((r) => ({
      answerId: r.answer_id,
      entryId: r.entry_id ?? r.answer_id,
      activityId: r.activity_id,
      participantId: r.participant_id,
      nickname: r.nickname,
      value: JSON.parse(r.value) as AnswerValue,
      hidden: r.hidden === 1,
      updatedAt: Number(r.updated_at),
    }));
  }

  /** Who has answered this activity: the facilitator's "has / has not answered" list. */
  async participantIdsFor(activityId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('answers')
      .select('participant_id')
      .where('activity_id', '=', activityId)
      .execute();
    return rows.map((r) => r.participant_id);
  }

  async findOwn(activityId: string, participantId: string): Promise<StoredAnswer | null> {
    const [own] = await this.listForActivity(activityId, [participantId]);
    return own ?? null;
  }

  /** Returns whose answer to which activity it was, or null when no such answer is in this session. */
  async setHidden(
    sessionId: string,
    answerId: string,
    hidden: boolean,
  ): Promise<{ activityId: string; participantId: string } | null> {
    const row = await this.db
      .selectFrom('answers')
      .innerJoin('activities', 'activities.id', 'answers.activity_id')
      .select(['answers.activity_id', 'answers.participant_id'])
      .where('answers.answer_id', '=', answerId)
      .where('activities.session_id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    await this.db
      .updateTable('answers')
      .set({ hidden: hidden ? 1 : 0 })
      .where('activity_id', '=', row.activity_id)
      .where('participant_id', '=', row.participant_id)
      .execute();
    return { activityId: row.activity_id, participantId: row.participant_id };
  }

  async countsBySession(sessionId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('answers')
      .innerJoin('activities', 'activities.id', 'answers.activity_id')
      .select(['answers.activity_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('activities.session_id', '=', sessionId)
      .groupBy('answers.activity_id')
      .execute();
    return new Map(rows.map((r) => [r.activity_id, Number(r.n)]));
  }

  async countForActivity(activityId: string): Promise<number> {
    const row = await this.db
      .selectFrom('answers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('activity_id', '=', activityId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
