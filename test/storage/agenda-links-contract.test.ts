import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, type Db } from '../../server/db/database.js';
import type { Storage } from '../../server/storage/index.js';
import { activityModule } from '../../shared/activities/registry.js';
import { dayActivityDrafts } from '../../shared/program/day-activities.js';
import type { AgendaModule, CreateProgramBody } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * Migration 007 and what it keeps on every backend: activities of a program day know their program
 * and agenda line (backfilled once for days started before it), at most one open *live* activity
 * per session, and one activity per agenda line of a program.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`agenda links: ${backend.name}`, () => contract(backend));
}

const scale = activityModule('scale').defaultConfig();
const openText = activityModule('open-text').defaultConfig();

/** Two lines with one title, a poll whose choices leave its title, and a facilitator-led line. */
const firstModule: AgendaModule = {
  key: 'm1',
  moduleId: null,
  title: '시작',
  minutes: 60,
  activities: [
    { key: 'mood-before', type: 'scale', title: '지금 기분은?', minutes: 5 },
    { key: 'path', type: 'poll-single', title: '첫 진로 (취업 / 진학)', minutes: 5 },
    { key: 'cards', type: 'strength-cards', title: '강점 카드', minutes: 30 },
    { key: 'mood-after', type: 'scale', title: '지금 기분은?', minutes: 5 },
  ],
};
const secondModule: AgendaModule = {
  key: 'm2',
  moduleId: null,
  title: '마무리',
  minutes: 30,
  activities: [{ key: 'word', type: 'open-text', title: '한마디', minutes: 5 }],
};

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let raw: Db;
  let facilitatorId: string;
  let centerId: string;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
    raw = openDatabase(url, () => undefined);
    const center = await storage.centers.create('센터');
    centerId = center.id;
    const user = await storage.facilitators.create({
      centerId: center.id,
      role: 'admin',
      email: 'links@moim.test',
      name: '진행자',
      passwordHash: 'x',
    });
    facilitatorId = user!.id;
  });
  afterEach(async () => {
    await raw.close();
    await cleanup();
  });

  async function newProgram(days: AgendaModule[][]): Promise<ProgramDetail> {
    const body: CreateProgramBody = {
      title: '성취프로그램',
      group: '청년',
      facilitatorIds: [facilitatorId],
      templateId: null,
      trackId: null,
      days: days.map((modules, i) => ({
        date: `2025-03-1${i}`,
        startTime: '09:30',
        endTime: '17:30',
        modules,
      })),
    };
    return storage.programs.create({ centerId: centerId, createdBy: facilitatorId, body });
  }

  async function startDay(program: ProgramDetail, dayIndex: number, modules?: AgendaModule[]) {
    const day = program.days[dayIndex]!;
    const started = await storage.sessions.startProgramDay({
      programId: program.id,
      dayId: day.id,
      code: program.code,
      title: `${day.number}일차`,
      facilitatorId,
      endRunning: true,
      activities: () => dayActivityDrafts(modules ?? day.modules),
    });
    if (typeof started === 'string') throw new Error(started);
    return started.session;
  }

  const links = async (sessionId: string) =>
    (
      await sql<{ title: string; program_id: string | null; agenda_key: string | null; pace: string }>`
        select title, program_id, agenda_key, pace from activities where session_id = ${sessionId}
        order by position, created_at
      `.execute(raw.kysely)
    ).rows;

  const migrator = () =>
    new Migrator({ db: raw.kysely, provider: { getMigrations: async () => MIGRATIONS } });

  it("links a program day's activities to their lines, and one added by hand to the program only", async () => {
    const program = await newProgram([[firstModule, secondModule]]);
    const session = await startDay(program, 0);
    await storage.activities.add(session.id, {
      type: 'word-cloud',
      title: '손으로',
      config: { maxWords: 3 },
    });
    const quick = await storage.sessions.create({
      facilitatorId,
      title: '빠른 모임',
      activities: [{ type: 'word-cloud', title: '빠른', config: { maxWords: 3 } }],
    });
    expect(await links(session.id)).toEqual([
      { title: '지금 기분은?', program_id: program.id, agenda_key: 'mood-before', pace: 'live' },
      { title: '첫 진로', program_id: program.id, agenda_key: 'path', pace: 'live' },
      { title: '지금 기분은?', program_id: program.id, agenda_key: 'mood-after', pace: 'live' },
      { title: '한마디', program_id: program.id, agenda_key: 'word', pace: 'live' },
      { title: '손으로', program_id: program.id, agenda_key: null, pace: 'live' },
    ]);
    expect(await links(quick.id)).toEqual([
      { title: '빠른', program_id: null, agenda_key: null, pace: 'live' },
    ]);
    expect((await storage.activities.list(session.id)).map((a) => a.agendaKey)).toEqual([
      'mood-before',
      'path',
      'mood-after',
      'word',
      null,
    ]);
  });

  it('backfills the links of days started before 007: by type and title in agenda order, else by place', async () => {
    const program = await newProgram([[firstModule], [secondModule]]);
    const first = await startDay(program, 0);
    await storage.activities.add(first.id, { type: 'scale', title: '손으로', config: scale });
    const second = await startDay(program, 1);
    const quick = await storage.sessions.create({
      facilitatorId,
      title: '빠른 모임',
      activities: [{ type: 'open-text', title: '한마디', config: openText }],
    });

    // Back to the schema before 007: no program, no line, one kind of activity.
    expect((await migrator().migrateTo('006_identity_limits')).error).toBeUndefined();
    const columns = (await raw.kysely.introspection.getTables())
      .find((t) => t.name === 'activities')!
      .columns.map((c) => c.name);
    expect(columns).not.toContain('agenda_key');
    // Renamed in the console before 007: found by its place in the session as the day made it.
    await sql`update activities set title = ${'기분 다시'} where session_id = ${first.id} and position = 2`.execute(
      raw.kysely,
    );

    expect((await migrator().migrateToLatest()).error).toBeUndefined();
    expect(await links(first.id)).toEqual([
      { title: '지금 기분은?', program_id: program.id, agenda_key: 'mood-before', pace: 'live' },
      { title: '첫 진로', program_id: program.id, agenda_key: 'path', pace: 'live' },
      { title: '기분 다시', program_id: program.id, agenda_key: 'mood-after', pace: 'live' },
      // Added by hand: of the program, of no line.
      { title: '손으로', program_id: program.id, agenda_key: null, pace: 'live' },
    ]);
    expect(await links(second.id)).toEqual([
      { title: '한마디', program_id: program.id, agenda_key: 'word', pace: 'live' },
    ]);
    expect(await links(quick.id)).toEqual([
      { title: '한마디', program_id: null, agenda_key: null, pace: 'live' },
    ]);
  });

  it('refuses a second open live activity in a session, and lets a self-paced one stay open beside it', async () => {
    const session = await storage.sessions.create({
      facilitatorId,
      title: '모임',
      activities: ['하나', '둘', '셋'].map((title) => ({
        type: 'open-text' as const,
        title,
        config: openText,
      })),
    });
    const [one, two, three] = await storage.activities.list(session.id);
    await storage.activities.open(session.id, one!.id);
    const open = (id: string) =>
      sql`update activities set status = 'open' where id = ${id}`.execute(raw.kysely);
    await expect(open(two!.id)).rejects.toThrow();

    await sql`update activities set pace = 'self' where id = ${three!.id}`.execute(raw.kysely);
    await open(three!.id);
    await expect(
      sql`update activities set pace = 'sometimes' where id = ${two!.id}`.execute(raw.kysely),
    ).rejects.toThrow();

    // Opening another live activity closes the live one only; so does ending the session.
    await storage.activities.open(session.id, two!.id);
    const statuses = async () =>
      (await storage.activities.list(session.id)).map((a) => [a.title, a.pace, a.status]);
    expect(await statuses()).toEqual([
      ['하나', 'live', 'closed'],
      ['둘', 'live', 'open'],
      ['셋', 'self', 'open'],
    ]);
    await storage.sessions.end(session.id);
    expect(await statuses()).toEqual([
      ['하나', 'live', 'closed'],
      ['둘', 'live', 'closed'],
      ['셋', 'self', 'open'],
    ]);
  });

  it('keeps one activity per agenda line of a program; a line moved to a later day takes its link along', async () => {
    const program = await newProgram([[firstModule], [secondModule]]);
    const first = await startDay(program, 0);
    const [line] = await storage.activities.list(first.id);
    const copy = (sessionId: string, agendaKey: string | null) =>
      sql`
      insert into activities (id, session_id, position, type, title, config, status, locked, results_visible,
        show_names, review_entries, created_at, program_id, agenda_key)
      values (${crypto.randomUUID()}, ${sessionId}, 9, 'scale', 'x', '{}', 'draft', 0, 0, 0, 0, 0,
        ${program.id}, ${agendaKey})
    `.execute(raw.kysely);
    await expect(copy(first.id, line!.agendaKey)).rejects.toThrow();
    // Activities of no line are not limited.
    await copy(first.id, null);
    await copy(first.id, null);

    // The facilitator moved the first module to day 2 after day 1 had started.
    const second = await startDay(program, 1, [firstModule, secondModule]);
    expect((await links(second.id)).map((a) => a.agenda_key)).toEqual([
      'mood-before',
      'path',
      'mood-after',
      'word',
    ]);
    expect((await links(first.id)).map((a) => a.agenda_key)).toEqual([null, null, null, null, null]);
    // Another program may use the same keys.
    const other = await newProgram([[firstModule]]);
    const otherDay = await startDay(other, 0);
    expect((await links(otherDay.id)).map((a) => a.agenda_key)).toEqual([
      'mood-before',
      'path',
      'mood-after',
    ]);
  });
}
