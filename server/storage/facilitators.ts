import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Role } from '../../shared/program/schemas.js';
import type { Database, FacilitatorsTable } from '../db/schema.js';
import { CenterStore } from './centers.js';
import { lockRow } from './locks.js';

/** A user: a center admin or a facilitator. Every user belongs to one center. */
export interface Facilitator {
  id: string;
  email: string;
  name: string;
  role: Role;
  centerId: string;
  active: boolean;
  mustChangePassword: boolean;
}

export interface FacilitatorWithHash extends Facilitator {
  passwordHash: string;
}

type Row = Selectable<FacilitatorsTable>;

function toUser(row: Row): Facilitator {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    // Migration 003 gives every account a center; an unmigrated one cannot reach any center's data.
    centerId: row.center_id ?? '',
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
  };
}

export interface NewUser {
  centerId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  mustChangePassword?: boolean;
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
  async create(input: NewUser): Promise<Facilitator | null> {
    const id = crypto.randomUUID();
    const email = input.email.trim().toLowerCase();
    const inserted = await this.db
      .insertInto('facilitators')
      .values({
        id,
        email,
        name: input.name,
        password_hash: input.passwordHash,
        created_at: Date.now(),
        center_id: input.centerId,
        role: input.role,
        active: 1,
        must_change_password: input.mustChangePassword ? 1 : 0,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted
      ? {
          id,
          email,
          name: input.name,
          role: input.role,
          centerId: input.centerId,
          active: true,
          mustChangePassword: input.mustChangePassword ?? false,
        }
      : null;
  }

  /**
   * The first run from the browser: the first center and its admin. Refused (null) once any user
   * exists; the `first-facilitator` milestone's primary key makes two simultaneous first runs create one.
   */
  async createFirst(input: {
    centerName: string;
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
      const center = await new CenterStore(trx).create(input.centerName);
      return new FacilitatorStore(trx).create({ ...input, centerId: center.id, role: 'admin' });
    });
  }

  async findByEmail(email: string): Promise<FacilitatorWithHash | null> {
    const row = await this.db
      .selectFrom('facilitators')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async findById(id: string): Promise<Facilitator | null> {
    const row = await this.db.selectFrom('facilitators').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findWithHash(id: string): Promise<FacilitatorWithHash | null> {
    const row = await this.db.selectFrom('facilitators').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  /** A user of this center, or null: ids of another center are treated as unknown. */
  async findInCenter(centerId: string, id: string): Promise<Facilitator | null> {
    const row = await this.db
      .selectFrom('facilitators')
      .selectAll()
      .where('id', '=', id)
      .where('center_id', '=', centerId)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async listByCenter(centerId: string): Promise<Facilitator[]> {
    const rows = await this.db
      .selectFrom('facilitators')
      .selectAll()
      .where('center_id', '=', centerId)
      .orderBy('name')
      .orderBy('email')
      .execute();
    return rows.map(toUser);
  }

  /**
   * Changes role or active state; refuses (returns 'last_admin') a change that would leave the
   * center without an active admin. Deactivating ends the user's logins in the same transaction.
   */
  async update(
    centerId: string,
    id: string,
    change: { role?: Role | undefined; active?: boolean | undefined },
  ): Promise<Facilitator | 'not_found' | 'last_admin'> {
    return this.db.transaction().execute(async (trx) => {
      // The center row is locked first, so two demotions at once cannot both pass the count below.
      await lockRow(trx, 'centers', centerId);
      const admins = await trx
        .selectFrom('facilitators')
        .select(['id'])
        .where('center_id', '=', centerId)
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .execute();
      const row = await trx
        .selectFrom('facilitators')
        .selectAll()
        .where('id', '=', id)
        .where('center_id', '=', centerId)
        .executeTakeFirst();
      if (!row) return 'not_found';
      const user = toUser(row);
      const staysAdmin = (change.role ?? user.role) === 'admin' && (change.active ?? user.active);
      if (user.role === 'admin' && user.active && !staysAdmin && admins.length <= 1) return 'last_admin';
      const set = {
        ...(change.role ? { role: change.role } : {}),
        ...(change.active === undefined ? {} : { active: change.active ? 1 : 0 }),
      };
      // A body naming neither field changes nothing (an UPDATE without SET is an SQL error).
      if (Object.keys(set).length > 0)
        await trx.updateTable('facilitators').set(set).where('id', '=', id).execute();
      if (change.active === false)
        await trx.deleteFrom('auth_sessions').where('facilitator_id', '=', id).execute();
      return { ...user, role: change.role ?? user.role, active: change.active ?? user.active };
    });
  }

  /** A new password; `mustChange` after an admin's reset. Ends every other login of the user. */
  async setPassword(
    id: string,
    passwordHash: string,
    mustChange: boolean,
    keepTokenHash?: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('facilitators')
        .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      await trx
        .deleteFrom('auth_sessions')
        .where('facilitator_id', '=', id)
        .$if(keepTokenHash !== undefined, (q) => q.where('token_hash', '<>', keepTokenHash as string))
        .execute();
    });
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

  /** The user of a login that has not expired; a deactivated user has none. */
  async findByAuthSession(tokenHash: string, now: number): Promise<Facilitator | null> {
    return (await this.findAuthSession(tokenHash, now))?.facilitator ?? null;
  }

  /** Like `findByAuthSession`, with when the login expires (a socket that came with it closes then). */
  async findAuthSession(
    tokenHash: string,
    now: number,
  ): Promise<{ facilitator: Facilitator; expiresAt: number } | null> {
    const row = await this.db
      .selectFrom('auth_sessions')
      .innerJoin('facilitators', 'facilitators.id', 'auth_sessions.facilitator_id')
      .selectAll('facilitators')
      .select('auth_sessions.expires_at as login_expires_at')
      .where('auth_sessions.token_hash', '=', tokenHash)
      .where('auth_sessions.expires_at', '>', now)
      .where('facilitators.active', '=', 1)
      .executeTakeFirst();
    return row ? { facilitator: toUser(row), expiresAt: Number(row.login_expires_at) } : null;
  }

  async deleteAuthSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
  }
}
