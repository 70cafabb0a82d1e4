import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Facilitator {
  id: string;
  email: string;
  name: string;
}

export interface FacilitatorWithHash extends Facilitator {
  passwordHash: string;
}

export class FacilitatorStore {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('facilitators')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Returns null when the email is taken (the unique index decides, not a prior read). */
  async create(input: { email: string; name: string; passwordHash: string }): Promise<Facilitator | null> {
    const id = crypto.randomUUID();
    const email = input.email.trim().toLowerCase();
    const inserted = await this.db
      .insertInto('facilitators')
      .values({ id, email, name: input.name, password_hash: input.passwordHash, created_at: Date.now() })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? { id, email, name: input.name } : null;
  }

  /**
   * The first-run account from the browser. Refused (null) once any facilitator exists; the
   * `first-facilitator` milestone's primary key makes two simultaneous first runs create one account.
   */
  async createFirst(input: {
    email: string;
    name: string;
    passwordHash: string;
  }): Promise<Facilitator | null> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('facilitators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(existing.n) > 0) return null;
      const claimed = await trx
        .insertInto('app_milestones')
        .values({ name: 'first-facilitator', reached_at: Date.now() })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('name')
        .executeTakeFirst();
      if (!claimed) return null;
      return new FacilitatorStore(trx).create(input);
    });
  }

  async findByEmail(email: string): Promise<FacilitatorWithHash | null> {
    const row = await this.db
      .selectFrom('facilitators')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row ? { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash } : null;
  }

  async findById(id: string): Promise<Facilitator | null> {
    const row = await this.db
      .selectFrom('facilitators')
      .select(['id', 'email', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  async createAuthSession(facilitatorId: string, tokenHash: string, expiresAt: number): Promise<void> {
    await this.db
      .insertInto('auth_sessions')
      .values({
        token_hash: tokenHash,
        facilitator_id: facilitatorId,
        created_at: Date.now(),
        expires_at: expiresAt,
      })
      .execute();
  }

  async findByAuthSession(tokenHash: string, now: number): Promise<Facilitator | null> {
    const row = await this.db
      .selectFrom('auth_sessions')
      .innerJoin('facilitators', 'facilitators.id', 'auth_sessions.facilitator_id')
      .select(['facilitators.id', 'facilitators.email', 'facilitators.name'])
      .where('auth_sessions.token_hash', '=', tokenHash)
      .where('auth_sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row ?? null;
  }

  async deleteAuthSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
  }
}
