import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A limiter key's count in its current window, as the statement that changed it left it. */
export interface RateLimitRow {
  points: number;
  /** Epoch ms when the window ends; null for a window that never ends. */
  expireAt: number | null;
}

/**
 * The counts behind the DB-backed limiters (server/limits/stored-rate-limiter.ts). Each change is one
 * statement, INSERT … ON CONFLICT DO UPDATE … RETURNING, on SQLite and PostgreSQL alike: the row
 * lock of the conflict makes concurrent consumes from any number of processes add up exactly, and
 * a window that has passed restarts inside the same statement.
 */
export class RateLimitStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Adds `delta` (negative: a refund) to the key's count. A missing or expired row starts a new
   * window ending at `expireAt`; `force` replaces count and window whatever they were. A count
   * never goes below zero, so a refund cannot buy extra tries.
   */
  async add(
    key: string,
    delta: number,
    expireAt: number | null,
    now: number,
    force = false,
  ): Promise<RateLimitRow> {
    const fresh = Math.max(delta, 0);
    const restart = force ? sql<boolean>`1 = 1` : sql<boolean>`rate_limits.expire_at <= ${now}`;
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, points: force ? delta : fresh, expire_at: expireAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          points: sql<number>`case
            when ${restart} then ${force ? delta : fresh}
            when rate_limits.points + ${delta} < 0 then 0
            else rate_limits.points + ${delta}
          end`,
          expire_at: sql<number | null>`case when ${restart} then ${expireAt} else rate_limits.expire_at end`,
        }),
      )
      .returning(['points', 'expire_at'])
      .executeTakeFirstOrThrow();
    return { points: Number(row.points), expireAt: row.expire_at === null ? null : Number(row.expire_at) };
  }

  /** The key's count, or null when it has none or its window has passed. */
  async get(key: string, now: number): Promise<RateLimitRow | null> {
    const row = await this.db
      .selectFrom('rate_limits')
      .select(['points', 'expire_at'])
      .where('key', '=', key)
      .where((eb) => eb.or([eb('expire_at', 'is', null), eb('expire_at', '>', now)]))
      .executeTakeFirst();
    return row
      ? { points: Number(row.points), expireAt: row.expire_at === null ? null : Number(row.expire_at) }
      : null;
  }

  /** True when the key had a row. */
  async delete(key: string): Promise<boolean> {
    const result = await this.db.deleteFrom('rate_limits').where('key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Removes rows whose window has passed; returns how many. Safe from several processes at once. */
  async sweep(now: number): Promise<number> {
    const result = await this.db.deleteFrom('rate_limits').where('expire_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
