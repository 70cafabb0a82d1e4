import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentRate } from '../../shared/outcomes/employment.js';
import type { OutcomeInput } from '../../shared/outcomes/schemas.js';
import type { DueFollowUpsView, OutcomesView, RecordedOutcome } from '../../shared/outcomes/views.js';
import type { CenterView, ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';
import { countRows } from '../storage/counseling-fixture.js';
import { addMember, call, createProgram, errorBody, expectStatus, scratchBody } from './program-fixtures.js';

/**
 * Follow-up outcomes over real HTTP on each database, at a fixed "now" (the app's clock dependency):
 * Wednesday 11 June 2025, 10:00 in Korea, so this week is Monday 9 – Sunday 15 June. Every expected
 * date below is worked by hand from the programs' last days and the points 0, 1, 3, 6 months.
 */
const NOW = Date.parse('2025-06-11T10:00:00+09:00');

const postgresUnavailable = await postgresBackend.available();
if (postgresUnavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${postgresUnavailable}`);
const BACKENDS: { name: string; start: () => Promise<TestApp> }[] = [
  { name: 'SQLite', start: () => startTestApp({ now: () => NOW }) },
  ...(postgresUnavailable
    ? []
    : [
        {
          name: 'PostgreSQL',
          start: async () => {
            const database = await createPostgresDatabase();
            const t = await startTestApp({ databaseUrl: database.url, now: () => NOW });
            return { ...t, close: async () => (await t.close(), await database.drop()) };
          },
        },
      ]),
];

describe.each(BACKENDS)('follow-up outcomes over HTTP on $name', ({ start }) => {
  let t: TestApp;
  let admin: { cookie: string; user: { id: string; centerId: string } };
  let runner: { cookie: string; user: { id: string } };
  /** Last day Monday 12 May: checkpoint 0 is 30 days late, 1 month falls on Thursday 12 June. */
  let spring: ProgramDetail;
  /** Last day Tuesday 10 June, never ended: its completion check is due this week. */
  let june: ProgramDetail;
  const m: Record<string, string> = {};

  const path = (p: ProgramDetail, member?: string) =>
    member ? `/api/programs/${p.id}/members/${member}/outcomes` : `/api/programs/${p.id}/outcomes`;
  const body = (extra: Partial<OutcomeInput>): OutcomeInput => ({
    requestId: crypto.randomUUID(),
    checkpointMonths: 0,
    asOf: '2025-05-12',
    status: 'seeking',
    ...extra,
  });
  const record = async (p: ProgramDetail, member: string, b: OutcomeInput, cookie = runner.cookie) =>
    expectStatus<RecordedOutcome>(201, call(t, cookie, 'POST', path(p, member), b));
  const outcomes = async (p: ProgramDetail, cookie = runner.cookie) =>
    expectStatus<OutcomesView>(200, call(t, cookie, 'GET', path(p)));
  const memberOf = (view: OutcomesView, id: string) => view.members.find((x) => x.memberId === id)!;

  beforeAll(async () => {
    t = await start();
    admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
    runner = await loginFacilitator(t, 'runner@center.kr', {
      role: 'facilitator',
      centerId: admin.user.centerId,
    });
    const make = async (title: string, dates: string[], by = runner) =>
      createProgram(t, by.cookie, scratchBody([by.user.id], dates, title));
    spring = await make('봄 프로그램', ['2025-05-08', '2025-05-12']);
    june = await make('6월 프로그램', ['2025-06-09', '2025-06-10']);
    const coming = await make('7월 프로그램', ['2025-06-20']);
    const old = await make('지난해 프로그램', ['2024-01-10']);
    const adminsOwn = await make('관리자 프로그램', ['2025-06-02'], admin);
    for (const [program, names] of [
      [spring, ['민지', '준호', '서연', '지훈']],
      [june, ['하늘']],
      [coming, ['바다']],
      [old, ['구름']],
      [adminsOwn, ['별']],
    ] as const)
      for (const name of names) m[name] = (await addMember(t.storage, program.id, name)).id;
    // Everyone in spring attends both days but 서연, who misses the second: she does not complete.
    for (const name of ['민지', '준호', '서연', '지훈'])
      await t.storage.attendance.recordJoin(spring.days[0]!.id, m[name]!, NOW);
    for (const name of ['민지', '준호', '지훈'])
      await t.storage.attendance.recordJoin(spring.days[1]!.id, m[name]!, NOW);
    await expectStatus(200, call(t, runner.cookie, 'POST', `/api/programs/${spring.id}/end`, {}));
    await expectStatus(200, call(t, runner.cookie, 'POST', `/api/programs/${old.id}/end`, {}));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records outcomes, keeps a correction as history and stores a resent request once', async () => {
    await record(spring, m['민지']!, body({ status: 'seeking' }));
    const wrong = await record(
      spring,
      m['준호']!,
      body({ status: 'employed', employedOn: '2025-05-20', placement: 'self', asOf: '2025-05-26' }),
    );
    const fix = body({
      status: 'employed',
      asOf: '2025-05-26',
      employedOn: '2025-05-20',
      company: '한빛물류',
      occupation: '물류 사무',
      employmentType: 'fixed-term',
      placement: 'placed',
      supersedesId: wrong.outcome.id,
    });
    const corrected = await record(spring, m['준호']!, fix);
    // The same save again (a lost answer): the record it stored first, nothing new.
    const resent = await record(spring, m['준호']!, { ...fix, company: '다른 회사' });
    expect(resent.outcome).toEqual(corrected.outcome);
    await record(spring, m['지훈']!, body({ status: 'declined', note: '연락 원하지 않음' }));
    expect(await countRows(t.databaseUrl, 'follow_up_outcomes')).toBe(4);

    const junho = memberOf(corrected.outcomes, m['준호']!);
    expect(junho.history.map((o) => [o.id, o.placement, o.supersededBy])).toEqual([
      [corrected.outcome.id, 'placed', null],
      [wrong.outcome.id, 'self', corrected.outcome.id],
    ]);
    expect(junho.latest).toMatchObject({
      id: corrected.outcome.id,
      company: '한빛물류',
      recordedBy: '진행자',
    });
    // A record corrected already, or another member's, cannot be corrected (again).
    const again = await call(
      t,
      runner.cookie,
      'POST',
      path(spring, m['준호']!),
      body({ supersedesId: wrong.outcome.id }),
    );
    expect(again).toEqual({ status: 409, body: errorBody('outcome_superseded') });
    const crossed = await call(
      t,
      runner.cookie,
      'POST',
      path(spring, m['민지']!),
      body({ supersedesId: corrected.outcome.id }),
    );
    expect(crossed).toEqual({ status: 404, body: errorBody('outcome_not_found') });
    expect(await countRows(t.databaseUrl, 'follow_up_outcomes')).toBe(4);
  });

  it('refuses a body that breaks the rules, or an as-of date after today, and stores nothing', async () => {
    const bad: OutcomeInput[] = [
      body({ status: 'employed', employedOn: '2025-05-20' }),
      body({ status: 'employed', placement: 'self' }),
      body({ status: 'seeking', company: '회사' }),
      body({ status: 'unreachable', trainingName: '과정' }),
      body({ checkpointMonths: 25 }),
      body({ asOf: '2025-06-12' }),
      body({ asOf: '2025-02-30' }),
      { ...body({}), status: 'hired' as never },
    ];
    for (const b of bad)
      expect(await call(t, runner.cookie, 'POST', path(spring, m['서연']!), b)).toEqual({
        status: 400,
        body: errorBody('invalid_payload'),
      });
    expect(memberOf(await outcomes(spring), m['서연']!).history).toEqual([]);
  });

  it('shows each checkpoint where it stands and the employment rate of what was recorded', async () => {
    const view = await outcomes(spring);
    expect(view).toMatchObject({
      lastDay: '2025-05-12',
      ended: true,
      today: '2025-06-11',
      week: { from: '2025-06-09', to: '2025-06-15' },
      followUpMonths: [1, 3, 6],
    });
    const states = (name: string) =>
      memberOf(view, m[name]!).checkpoints.map((c) => `${c.months}:${c.dueOn}:${c.state}`);
    expect(states('민지')).toEqual([
      '0:2025-05-12:done',
      '1:2025-06-12:due',
      '3:2025-08-12:upcoming',
      '6:2025-11-12:upcoming',
    ]);
    expect(states('서연')).toEqual([
      '0:2025-05-12:overdue',
      '1:2025-06-12:due',
      '3:2025-08-12:upcoming',
      '6:2025-11-12:upcoming',
    ]);
    expect(states('지훈')).toEqual([
      '0:2025-05-12:done',
      '1:2025-06-12:stopped',
      '3:2025-08-12:stopped',
      '6:2025-11-12:stopped',
    ]);
    expect(view.members.map((x) => [x.nickname, x.completed])).toEqual([
      ['민지', true],
      ['준호', true],
      ['서연', false],
      ['지훈', true],
    ]);
    // By hand: completers 민지 (seeking), 준호 (employed, placed after the correction), 지훈 (declined).
    expect(view.employment).toEqual({
      completers: 3,
      reached: 2,
      employed: 1,
      employedSelf: 0,
      employedPlaced: 1,
      training: 0,
      seeking: 1,
      unreachable: 0,
      declined: 1,
      noOutcome: 0,
      rate: 0.5,
    });
    // …and what the pure definition makes of the stored records.
    const records = await t.storage.outcomes.listForProgram(spring.id);
    expect(
      employmentRate(
        view.members.map((x) => ({
          completed: x.completed,
          outcomes: records
            .filter((o) => o.memberId === x.memberId)
            .map((o) => ({ ...o, superseded: o.supersededBy !== null })),
        })),
      ),
    ).toEqual(view.employment);
    // Two reached is below the center's threshold (3): the rate leaves the room as "3명 미만".
    expect(view.employmentLine).toEqual({
      threshold: 3,
      rate: { lessThan: 3 },
      completers: { count: 3 },
      training: { count: 0 },
      placement: { withheld: true },
    });
  });

  it("lists this week's follow-ups of my programs, overdue ones apart; an admin may ask for the center", async () => {
    const due = await expectStatus<DueFollowUpsView>(
      200,
      call(t, runner.cookie, 'GET', '/api/follow-ups/due'),
    );
    const line = (f: DueFollowUpsView['due'][number]) =>
      `${f.programTitle}/${f.nickname}/${f.checkpointMonths}/${f.dueOn}${f.daysLate ? `/${f.daysLate}` : ''}`;
    expect(due.week).toEqual({ from: '2025-06-09', to: '2025-06-15' });
    // Oldest due date first (within a date by program and member id, which are random here).
    expect(due.due.map((f) => f.dueOn)).toEqual(['2025-06-10', '2025-06-12', '2025-06-12', '2025-06-12']);
    expect(due.due.map(line).sort()).toEqual(
      [
        '6월 프로그램/하늘/0/2025-06-10',
        '봄 프로그램/민지/1/2025-06-12',
        '봄 프로그램/준호/1/2025-06-12',
        '봄 프로그램/서연/1/2025-06-12',
      ].sort(),
    );
    expect(due.overdue.map(line)).toEqual(['봄 프로그램/서연/0/2025-05-12/30']);
    expect(due.due[0]).toMatchObject({ realName: '하늘 실명', programId: june.id, memberId: m['하늘'] });

    // The admin's own programs by default; every program of the center with scope=center.
    const own = await expectStatus<DueFollowUpsView>(
      200,
      call(t, admin.cookie, 'GET', '/api/follow-ups/due'),
    );
    expect([...own.due, ...own.overdue].map(line)).toEqual(['관리자 프로그램/별/0/2025-06-02/9']);
    const center = await expectStatus<DueFollowUpsView>(
      200,
      call(t, admin.cookie, 'GET', '/api/follow-ups/due?scope=center'),
    );
    expect(center.due.length + center.overdue.length).toBe(6);
    expect(await call(t, runner.cookie, 'GET', '/api/follow-ups/due?scope=center')).toEqual({
      status: 403,
      body: errorBody('forbidden'),
    });
    expect((await call(t, runner.cookie, 'GET', '/api/follow-ups/due?scope=all')).status).toBe(400);
    expect((await call(t, null, 'GET', '/api/follow-ups/due')).status).toBe(401);
    const res = await fetch(`${t.url}/api/follow-ups/due`, { headers: { cookie: runner.cookie } });
    expect(res.headers.get('cache-control')).toBe('no-store');

    // A call made closes its checkpoint on the home at once.
    await record(spring, m['서연']!, body({ status: 'unreachable', asOf: '2025-06-11' }));
    const after = await expectStatus<DueFollowUpsView>(
      200,
      call(t, runner.cookie, 'GET', '/api/follow-ups/due'),
    );
    expect(after.overdue).toEqual([]);
    expect(after.due.map(line)).toHaveLength(4);
  });

  it('lets the admin set the follow-up months within the retention period; the pages follow them', async () => {
    for (const followUpMonths of [[], [3, 1], [1, 1], [1, 2, 3, 4, 5], [12], [0], [1.5], '1,3', null])
      expect(await call(t, admin.cookie, 'PATCH', '/api/center', { followUpMonths })).toEqual({
        status: 400,
        body: errorBody('invalid_payload'),
      });
    expect((await call(t, runner.cookie, 'PATCH', '/api/center', { followUpMonths: [2] })).status).toBe(403);
    const set = await expectStatus<{ center: CenterView }>(
      200,
      call(t, admin.cookie, 'PATCH', '/api/center', { followUpMonths: [2, 11] }),
    );
    expect(set.center.followUpMonths).toEqual([2, 11]);
    const view = await outcomes(spring);
    expect(view.followUpMonths).toEqual([2, 11]);
    expect(memberOf(view, m['민지']!).checkpoints.map((c) => `${c.months}:${c.state}`)).toEqual([
      '0:done',
      '2:upcoming',
      '11:upcoming',
    ]);
    const due = await expectStatus<DueFollowUpsView>(
      200,
      call(t, runner.cookie, 'GET', '/api/follow-ups/due'),
    );
    expect(due.due.map((f) => `${f.nickname}/${f.checkpointMonths}`)).toEqual(['하늘/0']);
  });
});
