import { sql, type Kysely } from 'kysely';
import { normalizeNickname } from '../../shared/protocol/limits.js';
import type { Database } from '../db/schema.js';

export interface StoredParticipant {
  id: string;
  sessionId: string;
  nickname: string;
}

/** "Kim  Minji" and "kim minji" are the same nickname in one room. */
export function nicknameKey(nickname: string): string {
  return normalizeNickname(nickname).toLocaleLowerCase('ko');
}

export class ParticipantStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Returns null when the nickname is taken in this session (the unique constraint decides). */
  /** `memberId`: a program member's row for one day (its token hash is never handed out). */
  async create(
    sessionId: string,
    nickname: string,
    rejoinTokenHash: string,
    memberId: string | null = null,
  ): Promise<StoredParticipant | null> {
    const id = crypto.randomUUID();
    const now = Date.now();
    const inserted = await this.db
      .insertInto('participants')
      .values({
        id,
        session_id: sessionId,
        nickname,
        nickname_key: nicknameKey(nickname),
        rejoin_token_hash: rejoinTokenHash,
        created_at: now,
        last_seen_at: now,
        member_id: memberId,
      })
      .onConflict((oc) => oc.columns(['session_id', 'nickname_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? { id, sessionId, nickname } : null;
  }

  async findByToken(sessionId: string, rejoinTokenHash: string): Promise<StoredParticipant | null> {
    const row = await this.db
      .selectFrom('participants')
      .select(['id', 'session_id', 'nickname'])
      .where('session_id', '=', sessionId)
      .where('rejoin_token_hash', '=', rejoinTokenHash)
      .executeTakeFirst();
    return row ? { id: row.id, sessionId: row.session_id, nickname: row.nickname } : null;
  }

  async list(sessionId: string): Promise<StoredParticipant[]> {
    const rows = await this.db
      .selectFrom('participants')
      .select(['id', 'session_id', 'nickname'])
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ id: r.id, sessionId: r.session_id, nickname: r.nickname }));
  }

  async count(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** A join: seen now. Never moves last seen backwards (another process may have written a later time). */
  async touch(participantId: string, now = Date.now()): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ last_seen_at: now })
      .where('id', '=', participantId)
      .where('last_seen_at', '<', now)
      .execute();
  }

  /**
   * Phones that left (a disconnect) or were still there when their day ended: last seen becomes `now`,
   * or the session's end when it ended before that, so a phone left open on the "day is over" page
   * does not stay in the day. One UPDATE whose WHERE never moves last seen backwards: several
   * processes may write the same row, and the latest time wins whatever order they commit in.
   */
  async markSeen(participantIds: readonly string[], now = Date.now()): Promise<void> {
    if (participantIds.length === 0) return;
    const seenAt = sql<number>`(select case when s.ended_at is not null and s.ended_at < ${now} then s.ended_at else ${now} end from live_sessions s where s.id = participants.session_id)`;
    await this.db
      .updateTable('participants')
      .set({ last_seen_at: seenAt })
      .where('id', 'in', participantIds)
      .where('last_seen_at', '<', seenAt)
      .execute();
  }
}
