import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, type Db } from '../../server/db/database.js';
import { frozenDefaultWaves } from '../../server/db/migrations/013_assessments.js';
import type { Storage } from '../../server/storage/index.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * Migration 013 on a database at 012 with programs in it: active programs get the waves their
 * agendas imply (a frozen copy of the template default, design §2.2), ended ones none; the rows
 * 012 held are unchanged.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`assessments migration: ${backend.name}`, () => contract(backend));
}

const line = (key: string, instrumentId: string) => ({
  key,
  type: 'instrument' as const,
  title: key,
  minutes: 5,
  instrumentId,
});
const agenda = (key: string, activities: AgendaModule['activities']): AgendaModule[] => [
  { key, moduleId: null, title: key, minutes: 30, activities },
];

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

  it('backfills the waves of active programs from their agendas, and none for ended ones', async () => {
    const center = await storage.centers.create('센터');
    const user = (await storage.facilitators.create({
      centerId: center.id,
      role: 'admin',
      email: 'm@moim.test',
      name: '진행자',
      passwordHash: 'x',
    }))!;
    const program = (days: { date: string; modules: AgendaModule[] }[]) =>
      storage.programs.create({
        centerId: center.id,
        createdBy: user.id,
        body: {
          title: '프로그램',
          group: '',
          facilitatorIds: [user.id],
          templateId: null,
          trackId: null,
          days: days.map((d) => ({ ...d, startTime: '09:30', endTime: '17:30' })),
        },
      });
    // Days given out of date order: the rule reads them by date.
    const active = await program([
      {
        date: '2025-03-12',
        modules: agenda('last', [
          line('l1', 'life-satisfaction'),
          line('l2', 'program-satisfaction'),
          line('l3', 'swls'),
        ]),
      },
      {
        date: '2025-03-10',
        modules: agenda('first', [
          line('f1', 'life-satisfaction'),
          line('f2', 'unknown-scale'),
          line('f3', 'life-satisfaction'),
        ]),
      },
      { date: '2025-03-11', modules: agenda('middle', [line('m1', 'rosenberg-self-esteem')]) },
    ]);
    const oneDay = await program([
      {
        date: '2025-04-01',
        modules: agenda('only', [line('o1', 'job-search-readiness'), line('o2', 'job-search-readiness')]),
      },
    ]);
    const surveyEarly = await program([
      { date: '2025-05-01', modules: agenda('a', [line('s', 'program-satisfaction')]) },
      { date: '2025-05-02', modules: [] },
    ]);
    const ended = await program([{ date: '2025-02-03', modules: agenda('e', [line('e1', 'swls')]) }]);
    await storage.programs.end(ended.id);

    expect((await migrator().migrateTo('012_attendance_corrector')).error).toBeUndefined();
    const tables = (await raw.kysely.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('assessment_waves');
    // One agenda that no longer parses: its program gets no wave, and the migration goes on.
    await sql`update program_days set modules = ${'{not json'} where program_id = ${surveyEarly.id} and date = '2025-05-02'`.execute(
      raw.kysely,
    );

    expect((await migrator().migrateToLatest()).error).toBeUndefined();
    const waves = async (programId: string) =>
      (await storage.assessments.plan(programId))!.waves.map((w) => [
        w.instrumentId,
        w.kind,
        w.plannedDayId,
        w.instrumentVersion,
        w.anonymous,
        w.status,
      ]);
    expect(await waves(active.id)).toEqual([
      ['life-satisfaction', 'pre', null, 1, false, 'planned'],
      ['life-satisfaction', 'post', null, 1, false, 'planned'],
      ['program-satisfaction', 'once', null, 1, true, 'planned'],
      // swls is only on the last day: a post with no pre, as the agenda says.
      ['swls', 'post', null, 1, false, 'planned'],
    ]);
    expect(await waves(oneDay.id)).toEqual([
      ['job-search-readiness', 'pre', null, 1, false, 'planned'],
      ['job-search-readiness', 'post', null, 1, false, 'planned'],
    ]);
    const first = surveyEarly.days.find((d) => d.date === '2025-05-01')!.id;
    expect(await waves(surveyEarly.id)).toEqual([
      ['program-satisfaction', 'once', first, 1, true, 'planned'],
    ]);
    expect(await waves(ended.id)).toEqual([]);
    // What 012 held is unchanged.
    expect((await storage.programs.detail(active.id))!.days.map((d) => d.date)).toEqual([
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
    expect((await storage.programs.detail(ended.id))!.status).toBe('ended');
  });
}

describe('the frozen default rule', () => {
  it('reads days in the order given, skips malformed agendas and unknown instruments', () => {
    const day = (id: string, activities: unknown[]) => ({ id, modules: JSON.stringify([{ activities }]) });
    expect(frozenDefaultWaves([])).toEqual([]);
    expect(
      frozenDefaultWaves([
        day('d1', [
          { type: 'instrument', instrumentId: 'swls' },
          { type: 'scale', instrumentId: 'swls' },
        ]),
        { id: 'd2', modules: 'nope' },
        day('d3', [{ type: 'instrument', instrumentId: 'nope' }, { type: 'instrument' }]),
      ]),
    ).toEqual([{ instrumentId: 'swls', kind: 'pre', plannedDayId: null }]);
    // The survey is taken on the day of its last line.
    const survey = { type: 'instrument', instrumentId: 'program-satisfaction' };
    expect(frozenDefaultWaves([day('d1', [survey]), day('d2', [survey]), day('d3', [])])).toEqual([
      { instrumentId: 'program-satisfaction', kind: 'once', plannedDayId: 'd2' },
    ]);
    expect(frozenDefaultWaves([day('d1', [survey]), day('d2', [survey])])).toEqual([
      { instrumentId: 'program-satisfaction', kind: 'once', plannedDayId: null },
    ]);
  });
});
