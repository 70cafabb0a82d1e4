import { randomInt } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { IDLE_TIMER, type TimerState } from '../../shared/session/timer.js';
import { JOIN_CODE_LENGTH } from '../../shared/protocol/limits.js';
import type { ActivityDraft } from '../../shared/protocol/schemas.js';
import type { SessionListItem } from '../../shared/protocol/views.js';
import type { Database } from '../db/schema.js';
import { toSession, type StoredSession } from './rows.js';
import { insertActivity, lockSession } from './activities.js';

const CODE_ATTEMPTS = 20;

function randomJoinCode(): string {
  return String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
}

export class SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    facilitatorId: string;
    title: string;
    activities: ActivityDraft[];
  }): Promise<StoredSession> {
    return this.db.transaction().execute(async (trx) => {
      const id = crypto.randomUUID();
      await this.claimCode(trx, id, input);
      for (const [position, draft] of input.activities.entries()) {
        await insertActivity(trx, id, position, draft);
      }
      return toSession(
        await trx.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  /** Picks a random code no live session uses; the partial unique index is the arbiter. */
  private async claimCode(
    trx: Transaction<Database>,
    id: string,
    input: { facilitatorId: string; title: string },
  ): Promise<string> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = randomJoinCode();
      const inserted = await trx
        .insertInto('live_sessions')
        .values({
          id,
          code,
          title: input.title,
          facilitator_id: input.facilitatorId,
          status: 'live',
          current_activity_id: null,
          timer: JSON.stringify(IDLE_TIMER),
          created_at: Date.now(),
          ended_at: null,
        })
        .onConflict((oc) => oc.column('code').where('status', '<>', sql.lit('ended')).doNothing())
        .returning('code')
        .executeTakeFirst();
      if (inserted) return inserted.code;
    }
    throw new Error('no free join code after several attempts');
  }

  async findById(id: string): Promise<StoredSession | null> {
    const row = await this.db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSession(row) : null;
  }

  /** The session a join code opens: the one not yet ended, else the latest ended one (to say "ended"). */
  async findByCode(code: string): Promise<StoredSession | null> {
    const row = await this.db
      .selectFrom('live_sessions')
      .selectAll()
      .where('code', '=', code)
      .orderBy((eb) => eb.case().when('status', '=', 'ended').then(1).else(0).end())
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row ? toSession(row) : null;
  }

  async listForFacilitator(facilitatorId: string): Promise<SessionListItem[]> {
    const rows = await this.db
      .selectFrom('live_sessions as s')
      .select((eb) => [
        's.id',
        's.code',
        's.title',
        's.status',
        's.created_at',
        eb
          .selectFrom('activities')
          .whereRef('activities.session_id', '=', 's.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('activity_count'),
        eb
          .selectFrom('participants')
          .whereRef('participants.session_id', '=', 's.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('participant_count'),
      ])
      .where('s.facilitator_id', '=', facilitatorId)
      .orderBy('s.created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status,
      createdAt: Number(r.created_at),
      activityCount: Number(r.activity_count ?? 0),
      participantCount: Number(r.participant_count ?? 0),
    }));
  }

  async setTimer(sessionId: string, timer: TimerState): Promise<void> {
    await this.db
      .updateTable('live_sessions')
      .set({ timer: JSON.stringify(timer) })
      .where('id', '=', sessionId)
      .execute();
  }

  /** Ending closes the open activity and stops the timer in the same transaction. */
  async end(sessionId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('session_id', '=', sessionId)
        .where('status', '=', 'open')
        .execute();
      await trx
        .updateTable('live_sessions')
        .set({ status: 'ended', ended_at: Date.now(), timer: JSON.stringify(IDLE_TIMER) })
        .where('id', '=', sessionId)
        .execute();
    });
  }
}
