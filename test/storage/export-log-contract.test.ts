import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewExportLogEntry, Storage } from '../../server/storage/index.js';
import { expectRefused } from './assessment-fixture.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { countRows, rawQuery } from './counseling-fixture.js';

/**
 * The download log (migration 015, design §7.5) on both databases: the checks refuse what no export
 * writes, a month is read newest first and by center, and the log outlives what it names — a removed
 * user or a deleted program leaves its rows with the id set null and the copied name and title.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`export log: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let centerId: string;
  let userId: string;
  let programId: string;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
    centerId = (await storage.centers.create('센터')).id;
    const user = await storage.facilitators.create({
      centerId,
      role: 'facilitator',
      email: 'kim@center.kr',
      name: '김상담',
      passwordHash: 'h',
    });
    userId = user!.id;
    const program = await storage.programs.create({
      centerId,
      createdBy: userId,
      body: {
        title: '봄 프로그램',
        group: '',
        facilitatorIds: [userId],
        templateId: null,
        trackId: null,
        days: [{ date: '2025-03-10', startTime: '10:00', endTime: '12:00', modules: [] }],
      },
    });
    programId = program.id;
  });
  afterEach(async () => cleanup());

  const entry = (extra: Partial<NewExportLogEntry> = {}): NewExportLogEntry => ({
    userId,
    userName: '김상담',
    centerId,
    programId,
    scope: 'program',
    dataset: 'roster',
    format: 'xlsx',
    filters: { programTitle: '봄 프로그램', programs: 1 },
    rows: 12,
    createdAt: 1_000,
    ...extra,
  });

  it('lists a center’s entries in a period, newest first, with what was asked', async () => {
    await storage.exportLog.record(entry({ createdAt: 1_000 }));
    await storage.exportLog.record(
      entry({
        createdAt: 2_000,
        scope: 'center',
        programId: null,
        dataset: 'outcomes',
        format: 'csv',
        filters: { from: '2025-01-01', to: null, programs: 3 },
        rows: 40,
      }),
    );
    await storage.exportLog.record(entry({ createdAt: 5_000 }));
    const other = (await storage.centers.create('다른 센터')).id;
    await storage.exportLog.record(entry({ centerId: other, createdAt: 1_500 }));
    const listed = await storage.exportLog.list(centerId, 1_000, 5_000);
    expect(listed.map((e) => [e.createdAt, e.dataset, e.format, e.scope, e.rows])).toEqual([
      [2_000, 'outcomes', 'csv', 'center', 40],
      [1_000, 'roster', 'xlsx', 'program', 12],
    ]);
    expect(listed[0]).toMatchObject({ programTitle: null, from: '2025-01-01', to: null, programs: 3 });
    expect(listed[1]).toMatchObject({
      programTitle: '봄 프로그램',
      from: null,
      to: null,
      userName: '김상담',
    });
  });

  it('refuses a scope, format or row count no export writes', async () => {
    const insert = (scope: string, format: string, rows: number) =>
      expectRefused(
        url,
        `insert into export_log (id, user_id, user_name, center_id, program_id, scope, dataset, format, filters,
           rows, created_at) values (?, null, 'x', ?, null, ?, 'roster', ?, '{}', ?, 1)`,
        [crypto.randomUUID(), centerId, scope, format, rows],
      );
    await insert('everything', 'xlsx', 1);
    await insert('program', 'pdf', 1);
    await insert('program', 'csv', -1);
    expect(await countRows(url, 'export_log')).toBe(0);
  });

  it('keeps the rows of a deleted program and a removed user, with their copied names', async () => {
    await storage.exportLog.record(entry());
    await rawQuery(url, 'delete from programs where id = ?', [programId]);
    await rawQuery(url, 'delete from program_facilitators where facilitator_id = ?', [userId]);
    await rawQuery(url, 'delete from facilitators where id = ?', [userId]);
    const [row] = await rawQuery(url, 'select user_id, program_id from export_log');
    expect(row).toEqual({ user_id: null, program_id: null });
    expect(await storage.exportLog.list(centerId, 0, 2_000)).toEqual([
      expect.objectContaining({ userName: '김상담', programTitle: '봄 프로그램', rows: 12 }),
    ]);
  });
}
