import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.js';
import { MIGRATIONS, openDatabase, type Db } from '../../server/db/database.js';
import type { Storage } from '../../server/storage/index.js';
import { scratchBody, today } from '../integration/program-fixtures.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * Migration 006 on every backend: registration ids stored in plain text before it are hashed in
 * place, and their members count as already back (a resend no longer returns them).
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`identity migration: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let raw: Db;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
    raw = openDatabase(url, () => undefined);
  });
  afterEach(async () => {
    await raw.close();
    await cleanup();
  });

  const migrator = () =>
    new Migrator({ db: raw.kysely, provider: { getMigrations: async () => MIGRATIONS } });

  it('hashes registration ids kept in plain text and binds their members', async () => {
    const center = await storage.centers.create('센터');
    const user = await storage.facilitators.create({
      centerId: center.id,
      role: 'admin',
      email: 'm@moim.test',
      name: '진행자',
      passwordHash: 'x',
    });
    const program = await storage.programs.create({
      centerId: center.id,
      createdBy: user!.id,
      body: scratchBody([user!.id], [today()]),
    });
    const member = await storage.members.register({
      programId: program.id,
      nickname: '민지',
      realName: null,
      intake: null,
      pinHash: 'x',
      tokenHash: 'token-hash',
    });

    // Back to the schema before 006, where the phone's id was kept as it came.
    const down = await migrator().migrateTo('005_day_auto_end');
    expect(down.error).toBeUndefined();
    const registrationId = crypto.randomUUID();
    await sql`update program_members set registration_id = ${registrationId} where id = ${member!.id}`.execute(
      raw.kysely,
    );

    const up = await migrator().migrateToLatest();
    expect(up.error).toBeUndefined();
    const rows = await sql<{ registration_hash: string; returned_at: number | null }>`
      select registration_hash, returned_at from program_members where id = ${member!.id}
    `.execute(raw.kysely);
    expect(rows.rows[0]!.registration_hash).toBe(hashToken(registrationId));
    expect(rows.rows[0]!.returned_at).not.toBeNull();
    const found = await storage.members.findByRegistration(program.id, hashToken(registrationId));
    expect(found?.id).toBe(member!.id);
    expect(found?.returnedAt).not.toBeNull();
  });
}
