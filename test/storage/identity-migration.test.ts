import { Migrator, sql, type Kysely, type KyselyPlugin, type Migration } from 'kysely';
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

  const migrator = (migrations: Record<string, Migration> = MIGRATIONS) =>
    new Migrator({ db: raw.kysely, provider: { getMigrations: async () => migrations } });

  /** Migrations whose 006 fails (as a crash would stop it) once `statements` of its statements have run. */
  function failingAfter(statements: number): Record<string, Migration> {
    let ran = 0;
    const crash: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        if (++ran === statements) throw new Error(`crash after statement ${statements}`);
        return args.result;
      },
    };
    const real = MIGRATIONS['006_identity_limits']!;
    return {
      ...MIGRATIONS,
      '006_identity_limits': { ...real, up: (db: Kysely<unknown>) => real.up(db.withPlugin(crash)) },
    };
  }

  async function programWithMembers(nicknames: string[]): Promise<{ programId: string; members: string[] }> {
    const center = await storage.centers.create('센터');
    const user = await storage.facilitators.create({
      centerId: center.id,
      role: 'admin',
      email: `m${crypto.randomUUID().slice(0, 8)}@moim.test`,
      name: '진행자',
      passwordHash: 'x',
    });
    const program = await storage.programs.create({
      centerId: center.id,
      createdBy: user!.id,
      body: scratchBody([user!.id], [today()]),
    });
    const ids: string[] = [];
    for (const nickname of nicknames) {
      const member = await storage.members.register({
        programId: program.id,
        nickname,
        realName: null,
        intake: null,
        pinHash: 'x',
        tokenHash: `token-${nickname}`,
      });
      ids.push(member!.id);
    }
    return { programId: program.id, members: ids };
  }

  // Statement 3 renames registration_id; statement 6 hashes the first of the two members' ids.
  for (const [statements, where] of [
    [3, 'right after the column is renamed'],
    [6, 'between hashing one registration id and the next'],
  ] as const) {
    it(`a crash ${where} leaves the database as before 006, and the next start migrates it`, async () => {
      const { programId, members } = await programWithMembers(['민지', '서준']);
      expect((await migrator().migrateTo('005_day_auto_end')).error).toBeUndefined();
      const plain = new Map(members.map((id) => [id, crypto.randomUUID()]));
      for (const [id, registrationId] of plain)
        await sql`update program_members set registration_id = ${registrationId} where id = ${id}`.execute(
          raw.kysely,
        );

      const crashed = await migrator(failingAfter(statements)).migrateToLatest();
      expect(String(crashed.error)).toContain(`crash after statement ${statements}`);
      const before = await sql<{ id: string; registration_id: string }>`
        select id, registration_id from program_members
      `.execute(raw.kysely);
      expect(new Map(before.rows.map((r) => [r.id, r.registration_id]))).toEqual(plain);
      const tables = (await raw.kysely.introspection.getTables()).map((table) => table.name);
      expect(tables).not.toContain('rate_limits');

      expect((await migrator().migrateToLatest()).error).toBeUndefined();
      for (const [id, registrationId] of plain)
        expect((await storage.members.findByRegistration(programId, hashToken(registrationId)))?.id).toBe(id);
    });
  }

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
