import type * as NodeCrypto from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStorage, type AnswerValidator, type Storage } from '../../server/storage/index.js';
import type { Facilitator } from '../../server/storage/facilitators.js';
import type { StoredMember } from '../../server/storage/members.js';
import { dayActivityDrafts } from '../../shared/program/day-activities.js';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../../shared/program/limits.js';
import type { AgendaModule, CreateProgramBody, ProgramDayInput } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * Centers, users, programs, members and attendance: the same cases against every backend, like
 * storage-contract.test.ts. Under CI=true an unreachable PostgreSQL fails the run.
 *
 * Join codes are random; `nextCodes` makes the next draws predictable, so a collision between a
 * program and a quick session can be forced instead of hoped for.
 */
const nextCodes = vi.hoisted(() => [] as number[]);
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCrypto>();
  return {
    ...actual,
    randomInt: (min: number, max: number) => nextCodes.shift() ?? actual.randomInt(min, max),
  };
});

const acceptAll: AnswerValidator = (_activity, value) => ({ ok: true, value });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} program contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`program storage contract: ${backend.name}`, () => contract(backend));
}

/** A statement on a second connection to the same database, for rows the stores never write themselves. */
async function rawQuery(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      let n = 0;
      return (
        await client.query(
          text.replaceAll('?', () => `$${++n}`),
          params,
        )
      ).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  const db = new SQLite(url);
  try {
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(text);
    if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

let keyCounter = 0;
const key = () => `k${++keyCounter}`;

function agendaModule(
  minutes: number,
  activities: { type: AgendaModule['activities'][number]['type']; title: string }[] = [],
): AgendaModule {
  return {
    key: key(),
    moduleId: null,
    title: `모듈 ${minutes}분`,
    minutes,
    activities: activities.map((a) => ({ key: key(), minutes: 5, ...a })),
  };
}

const pollModule = () =>
  agendaModule(60, [
    { type: 'poll-single', title: '첫 진로 (취업 / 진학)' },
    { type: 'strength-cards', title: '강점 카드' },
    { type: 'open-text', title: '한마디' },
  ]);

function day(date: string, modules: AgendaModule[] = [agendaModule(60)]): ProgramDayInput {
  return { date, startTime: '09:30', endTime: '17:30', modules };
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let centerId: string;
  let admin: Facilitator;
  let facilitator: Facilitator;

  beforeEach(async () => {
    nextCodes.length = 0;
    ({ storage, url, cleanup } = await backend.open());
    centerId = (await storage.centers.create('서울센터')).id;
    admin = (await storage.facilitators.create({
      centerId,
      role: 'admin',
      email: 'admin@center.kr',
      name: '관리자',
      passwordHash: 'h',
    }))!;
    facilitator = (await storage.facilitators.create({
      centerId,
      role: 'facilitator',
      email: 'fac@center.kr',
      name: '진행자',
      passwordHash: 'h',
    }))!;
  });
  afterEach(async () => {
    nextCodes.length = 0;
    await cleanup();
  });

  function programBody(over: Partial<CreateProgramBody> = {}): CreateProgramBody {
    return {
      title: '성취프로그램',
      group: '청년',
      facilitatorIds: [facilitator.id],
      templateId: null,
      trackId: null,
      days: [day('2025-03-10', [pollModule()]), day('2025-03-11', [pollModule()])],
      ...over,
    };
  }

  async function newProgram(over: Partial<CreateProgramBody> = {}, center = centerId) {
    return storage.programs.create({ centerId: center, createdBy: admin.id, body: programBody(over) });
  }

  async function startDay(program: ProgramDetail, dayIndex: number) {
    const target = program.days[dayIndex]!;
    const outcome = await storage.sessions.startProgramDay({
      programId: program.id,
      dayId: target.id,
      code: program.code,
      title: `${program.title} ${target.number}일차`,
      facilitatorId: facilitator.id,
      activities: () => dayActivityDrafts(target.modules),
    });
    if (typeof outcome === 'string') throw new Error(outcome.replaceAll('_', ' '));
    return outcome.session;
  }

  let tokenCounter = 0;
  async function register(programId: string, nickname: string, tokenHash = `token-${++tokenCounter}`) {
    const member = await storage.members.register({
      programId,
      nickname,
      realName: null,
      intake: { desiredJob: '', worry: '', hope: '' },
      pinHash: 'pin',
      tokenHash,
    });
    return member!;
  }

  async function count(table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
    const [row] = await rawQuery(url, `select count(*) as n from ${table} where ${where}`, params);
    return Number(row!.n);
  }

  // ── centers ──────────────────────────────────────────────────────────────
  describe('centers', () => {
    it('creates a center with the default threshold, finds and updates it', async () => {
      const center = await storage.centers.create('부산센터');
      expect(center.completionThreshold).toBe(0.8);
      expect(await storage.centers.findById(center.id)).toEqual(center);
      expect(await storage.centers.findById('nope')).toBeNull();
      expect((await storage.centers.findByIdOrName('부산센터')).map((c) => c.id)).toEqual([center.id]);
      expect((await storage.centers.findByIdOrName(center.id)).map((c) => c.id)).toEqual([center.id]);
      expect(await storage.centers.update(center.id, {})).toEqual(center);
      expect(await storage.centers.update(center.id, { completionThreshold: 0.75 })).toEqual({
        ...center,
        completionThreshold: 0.75,
      });
      expect(await storage.centers.update(center.id, { name: '부산북부센터' })).toEqual({
        id: center.id,
        name: '부산북부센터',
        completionThreshold: 0.75,
        smallCountThreshold: DEFAULT_SMALL_COUNT_THRESHOLD,
        followUpMonths: [1, 3, 6],
      });
    });
  });

  // ── users ────────────────────────────────────────────────────────────────
  describe('facilitators', () => {
    it('keeps roles and centers, and treats another center’s users as unknown', async () => {
      const other = await storage.centers.create('다른센터');
      const stranger = (await storage.facilitators.create({
        centerId: other.id,
        role: 'admin',
        email: 'x@other.kr',
        name: '타인',
        passwordHash: 'h',
        mustChangePassword: true,
      }))!;
      expect(stranger).toMatchObject({
        role: 'admin',
        centerId: other.id,
        active: true,
        mustChangePassword: true,
      });
      expect(await storage.facilitators.findById(facilitator.id)).toEqual(facilitator);
      expect(facilitator).toMatchObject({
        role: 'facilitator',
        centerId,
        active: true,
        mustChangePassword: false,
      });
      expect(await storage.facilitators.findInCenter(centerId, stranger.id)).toBeNull();
      expect(await storage.facilitators.findInCenter(centerId, facilitator.id)).toEqual(facilitator);
      expect((await storage.facilitators.listByCenter(centerId)).map((u) => u.id).sort()).toEqual(
        [admin.id, facilitator.id].sort(),
      );
      expect(await storage.facilitators.update(centerId, stranger.id, { active: false })).toBe('not_found');
      expect((await storage.facilitators.findById(stranger.id))?.active).toBe(true);
    });

    it('refuses to demote or deactivate the last active admin', async () => {
      expect(await storage.facilitators.update(centerId, admin.id, { role: 'facilitator' })).toBe(
        'last_admin',
      );
      expect(await storage.facilitators.update(centerId, admin.id, { active: false })).toBe('last_admin');
      expect(await storage.facilitators.findById(admin.id)).toMatchObject({ role: 'admin', active: true });
      // A second admin makes the first one free to go.
      expect(await storage.facilitators.update(centerId, facilitator.id, { role: 'admin' })).toMatchObject({
        role: 'admin',
      });
      expect(await storage.facilitators.update(centerId, admin.id, { role: 'facilitator' })).toMatchObject({
        role: 'facilitator',
        active: true,
      });
      expect(await storage.facilitators.update(centerId, facilitator.id, { active: false })).toBe(
        'last_admin',
      );
      // An inactive admin does not count as an admin of the center.
      const dormant = (await storage.facilitators.create({
        centerId,
        role: 'admin',
        email: 'dormant@center.kr',
        name: '휴면',
        passwordHash: 'h',
      }))!;
      await storage.facilitators.update(centerId, dormant.id, { active: false });
      expect(await storage.facilitators.update(centerId, facilitator.id, { role: 'facilitator' })).toBe(
        'last_admin',
      );
      // Changing nothing about the last admin is allowed.
      expect(await storage.facilitators.update(centerId, facilitator.id, { role: 'admin' })).toMatchObject({
        role: 'admin',
        active: true,
      });
    });

    it('lets only one of two simultaneous demotions of two admins through', async () => {
      for (let round = 0; round < 4; round++) {
        const center = await storage.centers.create(`동시 ${round}`);
        const [a, b] = await Promise.all(
          ['a', 'b'].map(
            async (x) =>
              (await storage.facilitators.create({
                centerId: center.id,
                role: 'admin',
                email: `${x}${round}@race.kr`,
                name: x,
                passwordHash: 'h',
              }))!,
          ),
        );
        const results = await Promise.all([
          storage.facilitators.update(center.id, a!.id, { role: 'facilitator' }),
          storage.facilitators.update(
            center.id,
            b!.id,
            round % 2 ? { active: false } : { role: 'facilitator' },
          ),
        ]);
        expect(results.filter((r) => r === 'last_admin')).toHaveLength(1);
        const admins = (await storage.facilitators.listByCenter(center.id)).filter(
          (u) => u.role === 'admin' && u.active,
        );
        expect(admins).toHaveLength(1);
      }
    });

    it('ends every login of a deactivated user, and an inactive user has no login', async () => {
      const later = Date.now() + 60_000;
      await storage.facilitators.createAuthSession(facilitator.id, 'one', later);
      await storage.facilitators.createAuthSession(facilitator.id, 'two', later);
      await storage.facilitators.createAuthSession(admin.id, 'admin', later);
      expect(await storage.facilitators.update(centerId, facilitator.id, { active: false })).toMatchObject({
        active: false,
      });
      expect(await count('auth_sessions', 'facilitator_id = ?', [facilitator.id])).toBe(0);
      expect(await storage.facilitators.findByAuthSession('one', Date.now())).toBeNull();
      expect((await storage.facilitators.findByAuthSession('admin', Date.now()))?.id).toBe(admin.id);

      // A login made for them anyway (say, racing the deactivation) finds no one.
      await storage.facilitators.createAuthSession(facilitator.id, 'late', later);
      expect(await storage.facilitators.findByAuthSession('late', Date.now())).toBeNull();
      await storage.facilitators.update(centerId, facilitator.id, { active: true });
      expect((await storage.facilitators.findByAuthSession('late', Date.now()))?.id).toBe(facilitator.id);
    });

    it('a new password keeps only the login that set it', async () => {
      const later = Date.now() + 60_000;
      for (const t of ['a', 'b', 'c']) await storage.facilitators.createAuthSession(facilitator.id, t, later);
      await storage.facilitators.createAuthSession(admin.id, 'other-user', later);
      await storage.facilitators.setPassword(facilitator.id, 'new-hash', false, 'b');
      const found = await Promise.all(
        ['a', 'b', 'c', 'other-user'].map((t) => storage.facilitators.findByAuthSession(t, Date.now())),
      );
      expect(found.map((u) => u?.id ?? null)).toEqual([null, facilitator.id, null, admin.id]);
      expect((await storage.facilitators.findWithHash(facilitator.id))?.passwordHash).toBe('new-hash');

      // An admin's reset ends every login and asks for a new password.
      await storage.facilitators.setPassword(facilitator.id, 'temp-hash', true);
      expect(await storage.facilitators.findByAuthSession('b', Date.now())).toBeNull();
      expect(await storage.facilitators.findById(facilitator.id)).toMatchObject({ mustChangePassword: true });
      expect((await storage.facilitators.findByAuthSession('other-user', Date.now()))?.id).toBe(admin.id);
    });
  });

  // ── join codes ───────────────────────────────────────────────────────────
  describe('join codes', () => {
    it('never lets a program and a quick session hold one code', async () => {
      nextCodes.push(111_111);
      const program = await newProgram();
      expect(program.code).toBe('111111');

      nextCodes.push(111_111, 222_222);
      const quick = await storage.sessions.create({
        facilitatorId: admin.id,
        title: 'quick',
        activities: [],
      });
      expect(quick.code).toBe('222222');

      nextCodes.push(222_222, 111_111, 333_333);
      const second = await newProgram();
      expect(second.code).toBe('333333');
      expect(await count('join_codes', 'released_at is null')).toBe(3);
    });

    it('skips a code held by a row written directly, and the held-code index refuses a second holder', async () => {
      await rawQuery(
        url,
        'insert into join_codes (code, owner_id, claimed_at, released_at) values (?, ?, ?, null)',
        ['555555', 'someone', Date.now()],
      );
      await expect(
        rawQuery(
          url,
          'insert into join_codes (code, owner_id, claimed_at, released_at) values (?, ?, ?, null)',
          ['555555', 'someone-else', Date.now()],
        ),
      ).rejects.toThrow();
      nextCodes.push(555_555, 666_666);
      expect((await newProgram()).code).toBe('666666');
    });

    it('hands a released code out again, to a quick session or a program', async () => {
      nextCodes.push(111_111);
      const program = await newProgram();
      await storage.programs.end(program.id);
      nextCodes.push(111_111);
      const quick = await storage.sessions.create({
        facilitatorId: admin.id,
        title: 'quick',
        activities: [],
      });
      expect(quick.code).toBe('111111');
      // The ended program still answers its code (to say "ended"), the live session opens it.
      expect(await storage.programs.findByCode('111111')).toMatchObject({ id: program.id, status: 'ended' });
      expect((await storage.sessions.findByCode('111111'))?.id).toBe(quick.id);

      await storage.sessions.end(quick.id);
      nextCodes.push(111_111);
      const again = await newProgram();
      expect(again.code).toBe('111111');
      expect((await storage.programs.findByCode('111111'))?.id).toBe(again.id);
    });

    it('creates nothing when no free code is found', async () => {
      nextCodes.push(111_111);
      await newProgram();
      nextCodes.push(...Array.from({ length: 20 }, () => 111_111));
      await expect(newProgram({ title: '실패' })).rejects.toThrow(/join code/);
      expect(nextCodes).toEqual([]);
      expect(await count('programs')).toBe(1);
      expect(await count('program_days')).toBe(2);
    });
  });

  // ── programs ─────────────────────────────────────────────────────────────
  describe('programs', () => {
    it('creates a program and reads it back with days in date order and their planned minutes', async () => {
      const program = await newProgram({
        facilitatorIds: [facilitator.id, admin.id, facilitator.id],
        templateId: 'achievement',
        days: [
          day('2025-03-12', [agendaModule(90), agendaModule(30)]),
          day('2025-03-10', [agendaModule(120)]),
          day('2025-03-11', []),
        ],
      });
      expect(program).toMatchObject({
        title: '성취프로그램',
        group: '청년',
        status: 'active',
        version: 1,
        memberCount: 0,
        templateId: 'achievement',
        completionThreshold: 0.8,
      });
      expect(program.code).toMatch(/^\d{6}$/);
      expect(program.days.map((d) => [d.number, d.date, d.plannedMinutes, d.session])).toEqual([
        [1, '2025-03-10', 120, null],
        [2, '2025-03-11', 0, null],
        [3, '2025-03-12', 120, null],
      ]);
      expect(program.days[2]!.modules.map((m) => m.minutes)).toEqual([90, 30]);
      expect(program.facilitators.map((f) => f.id).sort()).toEqual([admin.id, facilitator.id].sort());
      expect(await storage.programs.detail(program.id)).toEqual(program);
      expect(await storage.programs.ref(program.id)).toMatchObject({
        id: program.id,
        centerId,
        code: program.code,
        status: 'active',
      });
      expect(await storage.programs.detail('nope')).toBeNull();
      const days = await storage.programs.days(program.id);
      expect(days.map((d) => d.date)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
      expect(await storage.programs.dayById(days[1]!.id)).toMatchObject({
        program: { id: program.id },
        day: { id: days[1]!.id, number: 2 },
      });
      expect(await storage.programs.dayById('nope')).toBeNull();
    });

    it('lists for an admin every program of the center, for a facilitator only theirs, for another center none', async () => {
      const mine = await newProgram({ title: '내 것' });
      const notMine = await newProgram({ title: '남의 것', facilitatorIds: [admin.id] });
      const other = await storage.centers.create('다른센터');
      const otherAdmin = (await storage.facilitators.create({
        centerId: other.id,
        role: 'admin',
        email: 'boss@other.kr',
        name: '타센터',
        passwordHash: 'h',
      }))!;
      const foreign = await storage.programs.create({
        centerId: other.id,
        createdBy: otherAdmin.id,
        body: programBody({ title: '타센터 것', facilitatorIds: [otherAdmin.id] }),
      });
      const ids = async (u: Facilitator) => (await storage.programs.listFor(u)).map((p) => p.id).sort();
      expect(await ids(admin)).toEqual([mine.id, notMine.id].sort());
      expect(await ids(facilitator)).toEqual([mine.id]);
      expect(await ids(otherAdmin)).toEqual([foreign.id]);
      // A facilitator's id put on another center's program does not leak it into their own center's list.
      expect(await storage.programs.listFor({ ...facilitator, centerId: other.id })).toEqual([]);
    });

    it('refuses an update with a stale version and changes nothing', async () => {
      const program = await newProgram();
      const edit = { ...programBody({ title: '고침' }), version: 1, days: program.days };
      const saved = await storage.programs.update(program.id, edit);
      expect(saved).toMatchObject({ title: '고침', version: 2 });
      expect(await storage.programs.update(program.id, { ...edit, title: '늦은 저장' })).toBe(
        'version_conflict',
      );
      expect(await storage.programs.detail(program.id)).toMatchObject({ title: '고침', version: 2 });
    });

    it("refuses another program's day id, and changes nothing", async () => {
      const program = await newProgram();
      const other = await newProgram();
      const outcome = await storage.programs.update(program.id, {
        ...programBody({ title: '고침' }),
        version: 1,
        days: [program.days[0]!, { ...other.days[1]!, date: '2025-03-20' }],
      });
      expect(outcome).toBe('day_not_found');
      expect(await storage.programs.detail(program.id)).toEqual(program);
      expect(await storage.programs.detail(other.id)).toEqual(other);
    });

    it('refuses to remove a day with attendance or a session, and changes nothing', async () => {
      const program = await newProgram({
        days: [day('2025-03-10'), day('2025-03-11'), day('2025-03-12')],
      });
      const [d1, d2, d3] = program.days;
      const member = await register(program.id, '민지');
      await storage.attendance.correct(d1!.id, member.id, { present: true, hours: null });
      await startDay(program, 1);
      const base = { ...programBody({ title: '고침' }), version: 1 };
      expect(await storage.programs.update(program.id, { ...base, days: [d2!, d3!] })).toBe(
        'day_has_records',
      );
      expect(await storage.programs.update(program.id, { ...base, days: [d1!, d3!] })).toBe(
        'day_has_records',
      );
      expect(await storage.programs.detail(program.id)).toMatchObject({ title: '성취프로그램', version: 1 });
      expect((await storage.programs.days(program.id)).map((d) => d.id)).toEqual([d1!.id, d2!.id, d3!.id]);

      // A day without records can go; a new day comes in; the days are numbered anew.
      const saved = await storage.programs.update(program.id, {
        ...base,
        days: [d1!, d2!, day('2025-03-13', [agendaModule(45)])],
      });
      expect(saved).not.toBeTypeOf('string');
      const days = (saved as ProgramDetail).days;
      expect(days.map((d) => [d.number, d.date, d.plannedMinutes])).toEqual([
        [1, '2025-03-10', 60],
        [2, '2025-03-11', 60],
        [3, '2025-03-13', 45],
      ]);
      expect(days[0]!.id).toBe(d1!.id);
      expect(days[1]!.session).toMatchObject({ status: 'live' });
      expect(days[2]!.id).not.toBe(d3!.id);
    });

    it("swaps two days' dates, keeping each day's id and agenda", async () => {
      const program = await newProgram({
        days: [day('2025-03-10', [agendaModule(60)]), day('2025-03-11', [agendaModule(90)])],
      });
      const [d1, d2] = program.days;
      const saved = await storage.programs.update(program.id, {
        ...programBody(),
        version: 1,
        days: [
          { ...d1!, date: '2025-03-11' },
          { ...d2!, date: '2025-03-10' },
        ],
      });
      expect((saved as ProgramDetail).days.map((d) => [d.id, d.date, d.plannedMinutes])).toEqual([
        [d2!.id, '2025-03-10', 90],
        [d1!.id, '2025-03-11', 60],
      ]);
    });

    it('changes facilitators and recomputes planned minutes on update', async () => {
      const program = await newProgram();
      const saved = (await storage.programs.update(program.id, {
        ...programBody({ facilitatorIds: [admin.id] }),
        version: 1,
        days: [{ ...program.days[0]!, modules: [agendaModule(30), agendaModule(25)] }, program.days[1]!],
      })) as ProgramDetail;
      expect(saved.facilitators.map((f) => f.id)).toEqual([admin.id]);
      expect(saved.days[0]!.plannedMinutes).toBe(55);
      expect(await storage.programs.listFor(facilitator)).toEqual([]);
    });

    it('copies a program with its days moved and its agenda kept', async () => {
      const program = await newProgram({
        templateId: 'achievement',
        facilitatorIds: [facilitator.id, admin.id],
        days: [day('2025-03-10', [pollModule()]), day('2025-03-12', [agendaModule(30)])],
      });
      await register(program.id, '민지');
      const copy = (await storage.programs.copy(program.id, {
        title: '2기',
        firstDate: '2025-04-07',
        createdBy: facilitator.id,
      }))!;
      expect(copy.id).not.toBe(program.id);
      expect(copy.code).not.toBe(program.code);
      expect(copy).toMatchObject({
        title: '2기',
        group: program.group,
        templateId: 'achievement',
        status: 'active',
        version: 1,
        memberCount: 0,
      });
      expect(copy.days.map((d) => d.date)).toEqual(['2025-04-07', '2025-04-09']);
      expect(copy.days.map((d) => d.modules)).toEqual(program.days.map((d) => d.modules));
      expect(copy.days.map((d) => d.plannedMinutes)).toEqual(program.days.map((d) => d.plannedMinutes));
      expect(copy.facilitators).toEqual(program.facilitators);
      // Earlier dates work too.
      const earlier = (await storage.programs.copy(program.id, {
        title: '0기',
        firstDate: '2025-02-28',
        createdBy: admin.id,
      }))!;
      expect(earlier.days.map((d) => d.date)).toEqual(['2025-02-28', '2025-03-02']);
      expect(
        await storage.programs.copy('nope', { title: 'x', firstDate: '2025-04-07', createdBy: admin.id }),
      ).toBeNull();
    });

    it('ends a program: its code is released and its running sessions are known', async () => {
      const program = await newProgram();
      expect(await storage.programs.runningSessionIds(program.id)).toEqual([]);
      const session = await startDay(program, 0);
      expect(await storage.programs.runningSessionIds(program.id)).toEqual([session.id]);
      const detail = (await storage.programs.detail(program.id))!;
      expect(detail.days[0]!.session).toEqual({ id: session.id, status: 'live' });
      await storage.sessions.end(session.id);
      expect(await storage.programs.runningSessionIds(program.id)).toEqual([]);
      expect((await storage.programs.detail(program.id))!.days[0]!.session).toEqual({
        id: session.id,
        status: 'ended',
      });

      expect(await count('join_codes', 'owner_id = ? and released_at is null', [program.id])).toBe(1);
      await storage.programs.end(program.id);
      expect(await storage.programs.ref(program.id)).toMatchObject({ status: 'ended' });
      expect(await count('join_codes', 'owner_id = ? and released_at is null', [program.id])).toBe(0);
      // Ending twice is harmless.
      await storage.programs.end(program.id);
      expect(await storage.programs.ref(program.id)).toMatchObject({ status: 'ended' });
    });

    it('ends a running day with the program, and no day starts after the end', async () => {
      const program = await newProgram();
      const session = await startDay(program, 0);
      expect(await storage.programs.end(program.id)).toEqual([session.id]);
      expect(await storage.sessions.findById(session.id)).toMatchObject({ status: 'ended' });
      await expect(startDay(program, 1)).rejects.toThrow('program ended');
      await expect(startDay(program, 0)).rejects.toThrow('program ended');
      const other = await newProgram();
      const foreignDay = { ...program, id: other.id, code: other.code };
      await expect(startDay(foreignDay, 0)).rejects.toThrow('day not found');
    });
  });

  // ── a program day's live session ─────────────────────────────────────────
  describe('startProgramDay', () => {
    it("creates the day's session with the agenda's engine activities under the program's code", async () => {
      const program = await newProgram();
      const session = await startDay(program, 0);
      expect(session).toMatchObject({
        code: program.code,
        status: 'live',
        programDayId: program.days[0]!.id,
        facilitatorId: facilitator.id,
      });
      const activities = await storage.activities.list(session.id);
      expect(activities.map((a) => [a.type, a.title, a.status])).toEqual([
        ['poll-single', '첫 진로', 'draft'],
        ['open-text', '한마디', 'draft'],
      ]);
      expect((await storage.sessions.findByCode(program.code))?.id).toBe(session.id);
      // A program day's session is not a quick session of the facilitator.
      expect(await storage.sessions.listForFacilitator(facilitator.id)).toEqual([]);
    });

    it('resumes the same session on a second start, even after it ended', async () => {
      const program = await newProgram();
      const first = await startDay(program, 0);
      const makeActivities = vi.fn(() => dayActivityDrafts(program.days[0]!.modules));
      const input = {
        programId: program.id,
        dayId: program.days[0]!.id,
        code: program.code,
        title: '다시',
        facilitatorId: admin.id,
        activities: makeActivities,
      };
      expect(await storage.sessions.startProgramDay(input)).toMatchObject({
        created: false,
        session: { id: first.id, status: 'live' },
      });
      await storage.sessions.end(first.id);
      expect(await storage.sessions.startProgramDay(input)).toMatchObject({
        created: false,
        session: { id: first.id, status: 'live', title: first.title },
      });
      expect(makeActivities).not.toHaveBeenCalled();
      expect(await storage.activities.list(first.id)).toHaveLength(2);
      expect(await count('live_sessions')).toBe(1);
    });

    it('refuses to start a day while another day of the program runs', async () => {
      const program = await newProgram();
      const first = await startDay(program, 0);
      const second = {
        programId: program.id,
        dayId: program.days[1]!.id,
        code: program.code,
        title: '2일차',
        facilitatorId: facilitator.id,
        activities: () => [],
      };
      expect(await storage.sessions.startProgramDay(second)).toBe('day_already_running');
      await storage.sessions.end(first.id);
      expect(await storage.sessions.startProgramDay(second)).toMatchObject({ created: true });
      // Day 1 cannot be resumed while day 2 runs.
      await expect(startDay(program, 0)).rejects.toThrow('day already running');
    });

    it('ends the running day and starts the next in one transaction when the facilitator agreed', async () => {
      const program = await newProgram();
      const first = await startDay(program, 0);
      const [poll] = await storage.activities.list(first.id);
      await storage.activities.open(first.id, poll!.id);
      const second = {
        programId: program.id,
        dayId: program.days[1]!.id,
        code: program.code,
        title: '2일차',
        facilitatorId: facilitator.id,
        activities: () => dayActivityDrafts(program.days[1]!.modules),
      };
      expect(await storage.sessions.startProgramDay(second)).toBe('day_already_running');
      expect((await storage.sessions.findById(first.id))?.status).toBe('live');
      const started = await storage.sessions.startProgramDay({ ...second, endRunning: true });
      if (typeof started === 'string') throw new Error(started);
      expect(started).toMatchObject({ created: true, endedSessionIds: [first.id] });
      expect((await storage.sessions.findById(first.id))?.status).toBe('ended');
      expect((await storage.activities.list(first.id)).map((a) => a.status)).toEqual(['closed', 'draft']);
      expect((await storage.sessions.findByCode(program.code))?.id).toBe(started.session.id);
      // Nothing else to end: a resume ends nothing.
      expect(await storage.sessions.startProgramDay({ ...second, endRunning: true })).toMatchObject({
        created: false,
        endedSessionIds: [],
      });
    });

    it('ends a day left running after its time, once, even with two sweepers at once', async () => {
      const program = await newProgram();
      const input = {
        programId: program.id,
        dayId: program.days[0]!.id,
        code: program.code,
        title: '1일차',
        facilitatorId: facilitator.id,
        autoEndAt: 10_000,
        activities: () => dayActivityDrafts(program.days[0]!.modules),
      };
      const started = await storage.sessions.startProgramDay(input);
      if (typeof started === 'string') throw new Error(started);
      const day = started.session;
      const [poll] = await storage.activities.list(day.id);
      await storage.activities.open(day.id, poll!.id);
      // A quick session has no end time and is never swept.
      const quick = await storage.sessions.create({
        facilitatorId: facilitator.id,
        title: '빠른',
        activities: [],
      });
      expect(await storage.sessions.endOverdueDays(9_999)).toEqual([]);
      expect((await storage.sessions.findById(day.id))?.status).toBe('live');

      // A second process on the same database sweeps at the same moment (PostgreSQL; SQLite serves one
      // process, and two synchronous connections in this one would only wait on each other).
      const other = await openStorage(url);
      try {
        const sweeps = [storage, other].map((s) => () => s.sessions.endOverdueDays(10_000));
        const [a, b] =
          backend.name === 'PostgreSQL'
            ? await Promise.all(sweeps.map((sweep) => sweep()))
            : [await sweeps[0]!(), await sweeps[1]!()];
        expect([...a!, ...b!]).toEqual([day.id]);
      } finally {
        await other.close();
      }
      expect(await storage.sessions.findById(day.id)).toMatchObject({ status: 'ended' });
      expect((await storage.activities.list(day.id))[0]?.status).toBe('closed');
      expect((await storage.sessions.findById(quick.id))?.status).toBe('live');
      expect(await storage.sessions.endOverdueDays(99_999)).toEqual([]);

      // Started again, it gets a new end time and runs until then.
      const resumed = await storage.sessions.startProgramDay({ ...input, autoEndAt: 50_000 });
      expect(resumed).toMatchObject({ created: false, session: { id: day.id, status: 'live' } });
      expect(await storage.sessions.endOverdueDays(49_999)).toEqual([]);
      expect(await storage.sessions.endOverdueDays(50_000)).toEqual([day.id]);
    });

    it('makes one session of simultaneous starts of one day', async () => {
      const program = await newProgram();
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => startDay(program, 0)));
      expect(new Set(outcomes.map((s) => s.id)).size).toBe(1);
      expect(await count('live_sessions')).toBe(1);
      expect(await storage.activities.list(outcomes[0]!.id)).toHaveLength(2);
    });

    it('lets one of two days started at once run', async () => {
      const program = await newProgram();
      const results = await Promise.allSettled([startDay(program, 0), startDay(program, 1)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await storage.programs.runningSessionIds(program.id)).toHaveLength(1);
    });
  });

  // ── members ──────────────────────────────────────────────────────────────
  describe('members', () => {
    it('registers members with nicknames unique per program, ignoring case and spaces', async () => {
      const program = await newProgram();
      const other = await newProgram();
      const kim = await register(program.id, 'Kim Minji', 'tk');
      expect(kim).toMatchObject({ programId: program.id, nickname: 'Kim Minji', realName: null });
      expect(await register(program.id, 'kim  minji')).toBeNull();
      expect(await register(program.id, ' KIM MINJI ')).toBeNull();
      expect(await register(other.id, 'kim minji')).not.toBeNull();
      expect(await storage.members.findByNickname(program.id, 'KIM   minji')).toMatchObject({
        id: kim.id,
        pinHash: 'pin',
      });
      expect((await storage.members.list(program.id)).map((m) => m.id)).toEqual([kim.id]);
      expect((await storage.programs.detail(program.id))?.memberCount).toBe(1);
      // The refused registration left no token behind.
      expect(await count('member_tokens')).toBe(2);
    });

    it('finds a member by token only within their program, and by every token they hold', async () => {
      const program = await newProgram();
      const other = await newProgram();
      const member = await register(program.id, '민지', 'phone-1');
      expect((await storage.members.findByToken(program.id, 'phone-1'))?.id).toBe(member.id);
      expect(await storage.members.findByToken(other.id, 'phone-1')).toBeNull();
      expect(await storage.members.findByToken(program.id, 'unknown')).toBeNull();
      expect(await storage.members.get(other.id, member.id)).toBeNull();
      expect(await storage.members.get(program.id, member.id)).toMatchObject({
        intake: { desiredJob: '', worry: '', hope: '' },
      });

      await storage.members.addToken(member.id, 'phone-2');
      expect((await storage.members.findByToken(program.id, 'phone-1'))?.id).toBe(member.id);
      expect((await storage.members.findByToken(program.id, 'phone-2'))?.id).toBe(member.id);
      await storage.members.setPin(member.id, 'new-pin');
      expect((await storage.members.findByNickname(program.id, '민지'))?.pinHash).toBe('new-pin');
    });

    it("makes a member's participant row in a day's session once, even when two phones join at once", async () => {
      const program = await newProgram();
      const session = await startDay(program, 0);
      const member = await register(program.id, '민지');
      const first = await storage.members.participantFor(session.id, member);
      expect(first.nickname).toBe('민지');
      expect(await storage.members.participantFor(session.id, member)).toEqual(first);

      const other = await register(program.id, '서준');
      const rows = await Promise.all(
        Array.from({ length: 5 }, () => storage.members.participantFor(session.id, other)),
      );
      expect(new Set(rows.map((r) => r.id)).size).toBe(1);
      expect((await storage.participants.list(session.id)).map((p) => p.nickname).sort()).toEqual([
        '민지',
        '서준',
      ]);
    });

    describe('merge', () => {
      /** Two days, a duplicate and the member it belongs to, with answers and attendance. */
      async function duplicates() {
        const program = await newProgram();
        const day1 = await startDay(program, 0);
        const kept = await register(program.id, '민지', 'kept-phone');
        const dup = await register(program.id, '민지2', 'dup-phone');
        const [poll, text] = await storage.activities.list(day1.id);
        const keptRow = await storage.members.participantFor(day1.id, kept);
        const dupRow = await storage.members.participantFor(day1.id, dup);
        const answer = async (participantId: string, activityId: string, value: unknown) => {
          const answerId = crypto.randomUUID();
          const [result] = await storage.answers.writeBatch(
            [{ sessionId: day1.id, participantId, activityId, answerId, value }],
            acceptAll,
          );
          expect(result).toMatchObject({ ok: true, duplicate: false });
          await sleep(5); // a later answer has a later time
          return answerId;
        };
        await storage.activities.open(day1.id, poll!.id);
        await answer(keptRow.id, poll!.id, { optionId: 'o1' }); // the kept member first…
        await answer(dupRow.id, poll!.id, { optionId: 'o2' }); // …the duplicate later: its answer stays
        await storage.activities.open(day1.id, text!.id);
        const dupTextAnswer = await answer(dupRow.id, text!.id, { text: '먼저' }); // the duplicate first…
        await answer(keptRow.id, text!.id, { text: '나중' }); // …the member later: theirs stays
        await storage.attendance.recordJoin(program.days[0]!.id, kept.id, 2000);
        await storage.attendance.recordJoin(program.days[0]!.id, dup.id, 1000);
        await storage.sessions.end(day1.id);

        // Day 2: only the duplicate came (on a new phone, under a new nickname).
        const day2 = await startDay(program, 1);
        const dupDay2 = await storage.members.participantFor(day2.id, dup);
        const [poll2] = await storage.activities.list(day2.id);
        await storage.activities.open(day2.id, poll2!.id);
        const [r] = await storage.answers.writeBatch(
          [
            {
              sessionId: day2.id,
              participantId: dupDay2.id,
              activityId: poll2!.id,
              answerId: crypto.randomUUID(),
              value: { optionId: 'o1' },
            },
          ],
          acceptAll,
        );
        expect(r).toMatchObject({ ok: true });
        await storage.attendance.recordJoin(program.days[1]!.id, dup.id, 5000);
        return { program, day1, day2, kept, dup, keptRow, dupRow, dupDay2, poll, text, poll2, dupTextAnswer };
      }

      it('moves answers, attendance and phones to the kept member and deletes the duplicate', async () => {
        const m = await duplicates();
        const outcome = await storage.members.merge(m.program.id, m.dup.id, m.kept.id);
        expect(outcome).not.toBeNull();
        expect(outcome!.removedParticipantIds.sort()).toEqual([m.dupRow.id, m.dupDay2.id].sort());
        expect(outcome!.conflictsResolved).toBe(2);

        // Day 1: one participant row, whose answers are the later of each pair.
        expect((await storage.participants.list(m.day1.id)).map((p) => p.id)).toEqual([m.keptRow.id]);
        expect(await storage.answers.listForActivity(m.poll!.id)).toEqual([
          expect.objectContaining({
            participantId: m.keptRow.id,
            nickname: '민지',
            value: { optionId: 'o2' },
          }),
        ]);
        expect(await storage.answers.listForActivity(m.text!.id)).toEqual([
          expect.objectContaining({ participantId: m.keptRow.id, value: { text: '나중' } }),
        ]);
        // Day 2: the duplicate's row became the member's, answer and all.
        const day2Rows = await storage.participants.list(m.day2.id);
        expect(day2Rows).toEqual([{ id: m.dupDay2.id, sessionId: m.day2.id, nickname: '민지' }]);
        expect(await storage.answers.listForActivity(m.poll2!.id)).toEqual([
          expect.objectContaining({
            participantId: m.dupDay2.id,
            nickname: '민지',
            value: { optionId: 'o1' },
          }),
        ]);
        expect((await storage.members.participantFor(m.day2.id, m.kept)).id).toBe(m.dupDay2.id);

        // Attendance combined: both days, day 1 from the earlier join.
        const attendance = await storage.attendance.forProgram(m.program.id);
        expect(attendance.map((a) => [a.dayId, a.memberId, a.present, a.joinedAt]).sort()).toEqual(
          [
            [m.program.days[0]!.id, m.kept.id, true, 1000],
            [m.program.days[1]!.id, m.kept.id, true, 5000],
          ].sort(),
        );

        // The duplicate's phone is now the kept member's; the duplicate is gone.
        expect((await storage.members.findByToken(m.program.id, 'dup-phone'))?.id).toBe(m.kept.id);
        expect((await storage.members.findByToken(m.program.id, 'kept-phone'))?.id).toBe(m.kept.id);
        expect(await storage.members.get(m.program.id, m.dup.id)).toBeNull();
        expect((await storage.members.list(m.program.id)).map((x) => x.id)).toEqual([m.kept.id]);
        expect(await count('program_members', 'id = ?', [m.dup.id])).toBe(0);
        // The duplicate's phone, now the member's, resends a queued answer: known, nothing stored.
        expect(
          await storage.answers.writeBatch(
            [
              {
                sessionId: m.day1.id,
                participantId: m.keptRow.id,
                activityId: m.text!.id,
                answerId: m.dupTextAnswer,
                value: { text: '먼저' },
              },
            ],
            acceptAll,
          ),
        ).toEqual([{ ok: true, duplicate: true, activityId: m.text!.id }]);
        expect(await storage.answers.findOwn(m.text!.id, m.keptRow.id)).toMatchObject({
          value: { text: '나중' },
        });
      });

      it('refuses an id of another program, or the same member twice, and changes nothing', async () => {
        const m = await duplicates();
        const other = await newProgram();
        const stranger = await register(other.id, '외부');
        expect(await storage.members.merge(m.program.id, stranger.id, m.kept.id)).toBeNull();
        expect(await storage.members.merge(m.program.id, m.dup.id, stranger.id)).toBeNull();
        expect(await storage.members.merge(other.id, m.dup.id, m.kept.id)).toBeNull();
        expect(await storage.members.merge(m.program.id, 'nope', m.kept.id)).toBeNull();
        expect(await storage.members.list(m.program.id)).toHaveLength(2);
        expect(await storage.members.get(other.id, stranger.id)).not.toBeNull();
        expect(await storage.answers.listForActivity(m.poll!.id)).toHaveLength(2);
      });

      it("fills the kept member's missing real name and intake from the duplicate", async () => {
        const program = await newProgram();
        const kept = (await storage.members.register({
          programId: program.id,
          nickname: '민지',
          realName: null,
          intake: { desiredJob: '', worry: '', hope: '' },
          pinHash: 'p',
          tokenHash: 't1',
        }))!;
        const dup = (await storage.members.register({
          programId: program.id,
          nickname: '민지2',
          realName: '김민지',
          intake: { desiredJob: '사무', worry: '', hope: '' },
          pinHash: 'p',
          tokenHash: 't2',
        }))!;
        await storage.members.merge(program.id, dup.id, kept.id);
        expect(await storage.members.get(program.id, kept.id)).toMatchObject({
          nickname: '민지',
          realName: '김민지',
        });
      });
    });
  });

  // ── attendance ───────────────────────────────────────────────────────────
  describe('attendance', () => {
    let program: ProgramDetail;
    let member: StoredMember;
    let dayId: string;
    const row = async () =>
      (await storage.attendance.forProgram(program.id)).find(
        (a) => a.dayId === dayId && a.memberId === member.id,
      );

    beforeEach(async () => {
      program = await newProgram();
      member = await register(program.id, '민지');
      dayId = program.days[0]!.id;
    });

    it('keeps the first join time on later joins', async () => {
      await storage.attendance.recordJoin(dayId, member.id, 1000);
      await storage.attendance.recordJoin(dayId, member.id, 2000);
      expect(await row()).toEqual({
        dayId,
        memberId: member.id,
        present: true,
        joinedAt: 1000,
        hours: null,
        corrected: false,
        note: null,
        correctedBy: null,
        participantId: null,
        lastSeenAt: null,
      });
    });

    it("keeps a facilitator's correction through a later join", async () => {
      await storage.attendance.recordJoin(dayId, member.id, 1000);
      await storage.attendance.correct(dayId, member.id, { present: false, hours: null, note: '결석 처리' });
      await storage.attendance.recordJoin(dayId, member.id, 2000);
      expect(await row()).toMatchObject({
        present: false,
        hours: 0,
        corrected: true,
        note: '결석 처리',
        joinedAt: 1000,
      });

      await storage.attendance.correct(dayId, member.id, { present: true, hours: 2.5, note: '조퇴' });
      await storage.attendance.recordJoin(dayId, member.id, 3000);
      expect(await row()).toMatchObject({ present: true, hours: 2.5, corrected: true, note: '조퇴' });
    });

    it('a correction before any join creates the row, a second one replaces it', async () => {
      await storage.attendance.correct(dayId, member.id, { present: true, hours: 3 });
      expect(await row()).toMatchObject({
        present: true,
        hours: 3,
        joinedAt: null,
        corrected: true,
        note: null,
      });
      await storage.attendance.correct(dayId, member.id, { present: true, hours: null, note: '' });
      expect(await row()).toMatchObject({ present: true, hours: null, corrected: true, note: null });
      // A join after a hand-made "present" fills in the join time.
      await storage.attendance.recordJoin(dayId, member.id, 4000);
      expect(await row()).toMatchObject({ present: true, joinedAt: 4000, corrected: true });
    });

    it("lists only the program's own attendance", async () => {
      const other = await newProgram();
      const stranger = await register(other.id, '외부');
      await storage.attendance.recordJoin(dayId, member.id, 1000);
      await storage.attendance.recordJoin(program.days[1]!.id, member.id, 2000);
      await storage.attendance.recordJoin(other.days[0]!.id, stranger.id, 1000);
      expect((await storage.attendance.forProgram(program.id)).map((a) => a.memberId)).toEqual([
        member.id,
        member.id,
      ]);
      expect((await storage.attendance.forProgram(other.id)).map((a) => a.memberId)).toEqual([stranger.id]);
      expect(await storage.attendance.forProgram('nope')).toEqual([]);
    });
  });
}
