import type { Transaction } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { AnswerSubmission, AnswerWriteSteps } from './answer-steps.js';
import { toActivity } from './rows.js';

/** The answer steps through Kysely, inside a transaction: the PostgreSQL path. */
export class KyselyAnswerSteps implements AnswerWriteSteps {
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly dialect: Dialect,
  ) {}

  async activity(sessionId: string, activityId: string) {
    const row = await this.trx
      .selectFrom('activities')
      .selectAll()
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      // PostgreSQL: hold the row so a concurrent close or lock waits for this batch, or this batch
      // waits for it and then reads it closed.
      .$if(this.dialect === 'postgres', (qb) => qb.forShare())
      .executeTakeFirst();
    return row ? toActivity(row) : null;
  }

  async insertReceipt(s: AnswerSubmission, now: number) {
    const inserted = await this.trx
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
    return inserted !== undefined;
  }

  async knownReceipt(answerId: string) {
    const known = await this.trx
      .selectFrom('answer_receipts')
      .select(['participant_id', 'activity_id'])
      .where('answer_id', '=', answerId)
      .executeTakeFirst();
    return known ? { participantId: known.participant_id, activityId: known.activity_id } : null;
  }

  async upsertAnswer(s: AnswerSubmission, value: string, now: number) {
    const row = await this.trx
      .insertInto('answers')
      .values({
        activity_id: s.activityId,
        participant_id: s.participantId,
        answer_id: s.answerId,
        entry_id: s.answerId,
        value,
        hidden: 0,
        approved: 0,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['activity_id', 'participant_id'])
          // `hidden` stays as the facilitator set it: editing a hidden answer does not put it back on
          // screen. An approval was for the text the facilitator read: an edit needs a new one.
          .doUpdateSet({ answer_id: s.answerId, value, updated_at: now, approved: 0 }),
      )
      .returning(['entry_id', 'hidden'])
      .executeTakeFirstOrThrow();
    return { entryId: row.entry_id ?? s.answerId, hidden: row.hidden === 1 };
  }
}
