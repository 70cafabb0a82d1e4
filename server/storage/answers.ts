import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AnswerValue } from '../../shared/activities/types.js';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import {
  writeAnswerBatch,
  type AnswerSubmission,
  type AnswerValidator,
  type StoredAnswerRow,
  type SubmissionResult,
} from './answer-steps.js';
import { KyselyAnswerSteps } from './answer-steps-kysely.js';
import { SqliteAnswerSteps } from './answer-steps-sqlite.js';

export type { AnswerSubmission, AnswerValidator, StoredAnswerRow, SubmissionResult };

export interface StoredAnswer extends StoredAnswerRow {
  nickname: string;
}

export class AnswerStore {
  private readonly sqliteSteps: SqliteAnswerSteps | null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    sqlite: SQLite.Database | null,
  ) {
    this.sqliteSteps = sqlite ? new SqliteAnswerSteps(sqlite) : null;
  }

  /**
   * Stores a batch of submissions in one transaction: one fsync for all of them (group commit).
   * See `writeAnswerBatch` for the rules each answer is checked against.
   */
  async writeBatch(batch: AnswerSubmission[], validate: AnswerValidator): Promise<SubmissionResult[]> {
    const fast = this.sqliteSteps;
    if (fast) {
      // Holding Kysely's connection keeps every other query off it while the statements run.
      return this.db
        .connection()
        .execute(() => fast.transaction((steps) => writeAnswerBatch(steps, batch, validate)));
    }
    return this.db
      .transaction()
      .execute((trx) => writeAnswerBatch(new KyselyAnswerSteps(trx, this.dialect), batch, validate));
  }

  async listForActivity(activityId: string, participantIds?: string[]): Promise<StoredAnswer[]> {
    if (participantIds && participantIds.length === 0) return [];
    const query = this.select().where('answers.activity_id', '=', activityId);
    return this.rows(participantIds ? query.where('answers.participant_id', 'in', participantIds) : query);
  }

  /** Every answer of a session, oldest first (results after the end, the CSV export). */
  async listForSession(sessionId: string): Promise<StoredAnswer[]> {
    return this.rows(
      this.select()
        .innerJoin('activities', 'activities.id', 'answers.activity_id')
        .where('activities.session_id', '=', sessionId),
    );
  }

  private select() {
    return this.db
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
        'answers.approved',
        'answers.updated_at',
      ]);
  }

  private async rows(query: ReturnType<AnswerStore['select']>): Promise<StoredAnswer[]> {
    const rows = await query.orderBy('answers.created_at').execute();
    return rows.map((r) => ({
      answerId: r.answer_id,
      entryId: r.entry_id ?? r.answer_id,
      activityId: r.activity_id,
      participantId: r.participant_id,
      nickname: r.nickname,
      value: JSON.parse(r.value) as AnswerValue,
      hidden: r.hidden === 1,
      approved: r.approved === 1,
      updatedAt: Number(r.updated_at),
    }));
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

  /**
   * Lets entries of this session through to the room. By answer id, which is the id of one version:
   * an entry edited after the facilitator read it no longer matches and stays waiting. Returns the
   * entries let through (for the server's own bookkeeping: they never leave it with their rows).
   */
  async approve(
    sessionId: string,
    answerIds: readonly string[],
  ): Promise<{ activityId: string; participantId: string }[]> {
    if (answerIds.length === 0) return [];
    const inSession = this.db.selectFrom('activities').select('id').where('session_id', '=', sessionId);
    const rows = await this.db
      .updateTable('answers')
      .set({ approved: 1 })
      .where('answer_id', 'in', [...answerIds])
      .where('activity_id', 'in', inSession)
      .returning(['activity_id', 'participant_id'])
      .execute();
    return rows.map((r) => ({ activityId: r.activity_id, participantId: r.participant_id }));
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
