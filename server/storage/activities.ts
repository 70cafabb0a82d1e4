import type { Kysely, Transaction } from 'kysely';
import type { ActivityDraft } from '../../shared/protocol/schemas.js';
import type { Database } from '../db/schema.js';
import { flag, toActivity, type StoredActivity } from './rows.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertActivity(
  db: Executor,
  sessionId: string,
  position: number,
  draft: ActivityDraft,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      session_id: sessionId,
      position,
      type: draft.type,
      title: draft.title,
      config: JSON.stringify(draft.config),
      status: 'draft',
      locked: 0,
      results_visible: 0,
      show_names: 0,
      created_at: Date.now(),
    })
    .execute();
  return id;
}

export type ActivityFlags = Partial<Pick<StoredActivity, 'locked' | 'resultsVisible' | 'showNames'>>;

export class ActivityStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(sessionId: string): Promise<StoredActivity[]> {
    const rows = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
    return rows.map(toActivity);
  }

  /** Scoped by session: an activity id from another session is simply not found. */
  async get(sessionId: string, activityId: string): Promise<StoredActivity | null> {
    const row = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? toActivity(row) : null;
  }

  async add(sessionId: string, draft: ActivityDraft): Promise<StoredActivity> {
    return this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('activities')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      const position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
      const id = await insertActivity(trx, sessionId, position, draft);
      return toActivity(
        await trx.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  async update(sessionId: string, activityId: string, draft: ActivityDraft): Promise<void> {
    await this.db
      .updateTable('activities')
      .set((eb) => ({
        type: draft.type,
        title: draft.title,
        config: JSON.stringify(draft.config),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .execute();
  }

  async remove(sessionId: string, activityId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: null })
        .where('id', '=', sessionId)
        .where('current_activity_id', '=', activityId)
        .execute();
      await trx
        .deleteFrom('activities')
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .execute();
    });
  }

  /** `orderedIds` must be exactly the session's activities; the caller checks that. */
  async reorder(sessionId: string, orderedIds: string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [position, id] of orderedIds.entries()) {
        await trx
          .updateTable('activities')
          .set({ position })
          .where('id', '=', id)
          .where('session_id', '=', sessionId)
          .execute();
      }
    });
  }

  /** One open activity at a time: closing the others and opening this one is one transaction. */
  async open(sessionId: string, activityId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('session_id', '=', sessionId)
        .where('status', '=', 'open')
        .where('id', '<>', activityId)
        .execute();
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'open', locked: 0, version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .execute();
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: activityId })
        .where('id', '=', sessionId)
        .execute();
    });
  }

  /** Closing ends answering and takes the activity off the phones and the projector. */
  async close(sessionId: string, activityId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .execute();
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: null })
        .where('id', '=', sessionId)
        .where('current_activity_id', '=', activityId)
        .execute();
    });
  }

  async setFlags(sessionId: string, activityId: string, flags: ActivityFlags): Promise<void> {
    await this.db
      .updateTable('activities')
      .set((eb) => ({
        ...(flags.locked === undefined ? {} : { locked: flag(flags.locked) }),
        ...(flags.resultsVisible === undefined ? {} : { results_visible: flag(flags.resultsVisible) }),
        ...(flags.showNames === undefined ? {} : { show_names: flag(flags.showNames) }),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .execute();
  }
}
