import type SQLite from 'better-sqlite3';
import type { ActivitiesTable } from '../db/schema.js';
import type { AnswerSubmission, AnswerWriteSteps } from './answer-steps.js';
import { toActivity, type ActivityRow } from './rows.js';

/**
 * The answer steps as statements prepared once on the SQLite connection: the hot path of every
 * answer. Building each query through Kysely cost more than the fsync of the commit (`npm run
 * bench`). The SQL is the same as the Kysely path's; the storage contract suite runs both.
 */
export class SqliteAnswerSteps implements AnswerWriteSteps {
  private readonly begin: SQLite.Statement;
  private readonly commit: SQLite.Statement;
  private readonly rollback: SQLite.Statement;
  private readonly selectActivity: SQLite.Statement<[string, string], ActivitiesTable>;
  private readonly insertReceiptStmt: SQLite.Statement<
    [string, string, string, number],
    { answer_id: string }
  >;
  private readonly selectReceipt: SQLite.Statement<[string], { participant_id: string; activity_id: string }>;
  private readonly upsert: SQLite.Statement<
    [string, string, string, string, string, number, number],
    { entry_id: string | null; hidden: number }
  >;

  constructor(private readonly sqlite: SQLite.Database) {
    this.begin = sqlite.prepare('begin');
    this.commit = sqlite.prepare('commit');
    this.rollback = sqlite.prepare('rollback');
    this.selectActivity = sqlite.prepare('select * from activities where id = ? and session_id = ?');
    this.insertReceiptStmt = sqlite.prepare(
      `insert into answer_receipts (answer_id, activity_id, participant_id, received_at) values (?, ?, ?, ?)
       on conflict (answer_id) do nothing returning answer_id`,
    );
    this.selectReceipt = sqlite.prepare(
      'select participant_id, activity_id from answer_receipts where answer_id = ?',
    );
    this.upsert = sqlite.prepare(
      `insert into answers (activity_id, participant_id, answer_id, entry_id, value, hidden, approved, created_at, updated_at)
       values (?, ?, ?, ?, ?, 0, 0, ?, ?)
       on conflict (activity_id, participant_id) do update
         set answer_id = excluded.answer_id, value = excluded.value, updated_at = excluded.updated_at,
           approved = 0
       returning entry_id, hidden`,
    );
  }

  /** Runs `work` in one transaction. The caller must hold the connection (Kysely's connection lock). */
  async transaction<T>(work: (steps: this) => Promise<T>): Promise<T> {
    this.begin.run();
    try {
      const result = await work(this);
      this.commit.run();
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction) this.rollback.run();
      throw error;
    }
  }

  activity(sessionId: string, activityId: string) {
    const row = this.selectActivity.get(activityId, sessionId);
    return row ? toActivity(row as unknown as ActivityRow) : null;
  }

  insertReceipt(s: AnswerSubmission, now: number) {
    return this.insertReceiptStmt.get(s.answerId, s.activityId, s.participantId, now) !== undefined;
  }

  knownReceipt(answerId: string) {
    const known = this.selectReceipt.get(answerId);
    return known ? { participantId: known.participant_id, activityId: known.activity_id } : null;
  }

  upsertAnswer(s: AnswerSubmission, value: string, now: number) {
    const row = this.upsert.get(s.activityId, s.participantId, s.answerId, s.answerId, value, now, now);
    if (!row) throw new Error('answer upsert returned no row');
    return { entryId: row.entry_id ?? s.answerId, hidden: row.hidden === 1 };
  }
}
