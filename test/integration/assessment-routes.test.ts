import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentsView, StaffEntryView, WavesView } from '../../shared/assessment/views.js';
import { instrumentById } from '../../shared/content/index.js';
import type { Instrument } from '../../shared/content/schema.js';
import { addDays } from '../../shared/program/dates.js';
import { comparePrePost } from '../../shared/scoring/prepost.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

/**
 * The assessment routes over real HTTP on each database (docs/design/assessments-reports.md §2.2,
 * §2.5, §2.6): the plan editor's PUT with its refusals, the group table against `comparePrePost` of
 * what was stored, and staff entry by request id.
 */
const swls = (v: number) => Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`swls-${i}`, v]));
const jsr = (values: number[]) => Object.fromEntries(values.map((v, i) => [`jsr-${i + 1}`, v]));
const PLAN = [
  { instrumentId: 'swls', kind: 'pre' },
  { instrumentId: 'swls', kind: 'post' },
  { instrumentId: 'job-search-readiness', kind: 'pre' },
  { instrumentId: 'job-search-readiness', kind: 'post' },
  { instrumentId: 'program-satisfaction', kind: 'once' },
];

describe.each(APP_BACKENDS)('assessment routes on $name', ({ start }) => {
  let t: TestApp;
  let cookie: string;
  let userId: string;
  let program: ProgramDetail;
  const ids: Record<string, string> = {};

  const path = (rest = '') => `/api/programs/${program.id}${rest}`;
  const waves = () => expectStatus<WavesView>(200, call(t, cookie, 'GET', path('/waves')));
  const wave = (view: WavesView, instrumentId: string, kind: string) =>
    view.waves.find((w) => w.instrumentId === instrumentId && w.kind === kind)!;
  const enter = (waveId: string, member: string, answers: Record<string, number>, takenOn = today()) =>
    t.storage.assessments.enterResponse({
      waveId,
      memberId: ids[member]!,
      requestId: crypto.randomUUID(),
      takenOn,
      answers,
      enteredBy: userId,
    });

  beforeAll(async () => {
    t = await start();
    const runner = await loginFacilitator(t, 'runner@center.kr', { role: 'facilitator' });
    cookie = runner.cookie;
    userId = runner.user.id;
    program = await createProgram(
      t,
      cookie,
      scratchBody([userId], [addDays(today(), -1), today()], '평가 프로그램'),
    );
    for (const name of ['민지', '준호', '서연', '지훈'])
      ids[name] = (await addMember(t.storage, program.id, name)).id;
  });
  afterAll(async () => t?.close());

  it('plans waves: anonymity from the instrument, never settable; a stale version is refused', async () => {
    const empty = await waves();
    expect(empty).toMatchObject({ version: 0, waves: [] });
    expect(empty.instruments.map((i) => i.id)).toEqual(
      expect.arrayContaining(['swls', 'program-satisfaction']),
    );
    const put = (body: unknown) => call(t, cookie, 'PUT', path('/waves'), body);
    // No `anonymous` field, and an instrument is taken as its use says.
    for (const body of [
      { version: 0, waves: [{ instrumentId: 'program-satisfaction', kind: 'once', anonymous: false }] },
      { version: 0, waves: [{ instrumentId: 'swls', kind: 'pre', anonymous: true }] },
      { version: 0, waves: [{ instrumentId: 'program-satisfaction', kind: 'pre' }] },
      { version: 0, waves: [{ instrumentId: 'swls', kind: 'once' }] },
      { version: 0, waves: [{ instrumentId: 'no-such-scale', kind: 'pre' }] },
    ])
      expect(await put(body)).toEqual({ status: 400, body: errorBody('invalid_payload') });
    const planned = await expectStatus<WavesView>(200, put({ version: 0, waves: PLAN }));
    expect(planned.version).toBe(1);
    expect(planned.waves.map((w) => [w.instrumentId, w.kind, w.anonymous, w.dayNumber, w.total])).toEqual([
      ['job-search-readiness', 'pre', false, 1, 4],
      ['job-search-readiness', 'post', false, 2, 4],
      ['program-satisfaction', 'once', true, 2, 4],
      ['swls', 'pre', false, 1, 4],
      ['swls', 'post', false, 2, 4],
    ]);
    expect(await put({ version: 0, waves: PLAN })).toEqual({
      status: 409,
      body: errorBody('version_conflict'),
    });
    expect(await waves()).toEqual(planned);
  });

  it('a post takes its pre’s version when a newer one was published in between', async () => {
    const plan = await waves();
    const without = PLAN.filter((w) => !(w.instrumentId === 'swls' && w.kind === 'post'));
    const first = await expectStatus<WavesView>(
      200,
      call(t, cookie, 'PUT', path('/waves'), { version: plan.version, waves: without }),
    );
    const registry = instrumentById as Map<string, Instrument>;
    const published = registry.get('swls')!;
    registry.set('swls', { ...published, version: 2 });
    try {
      const again = await expectStatus<WavesView>(
        200,
        call(t, cookie, 'PUT', path('/waves'), { version: first.version, waves: PLAN }),
      );
      expect(wave(again, 'swls', 'post').instrumentVersion).toBe(
        wave(again, 'swls', 'pre').instrumentVersion,
      );
      expect(wave(again, 'swls', 'post').instrumentVersion).toBe(1);
    } finally {
      registry.set('swls', published);
    }
  });

  it('lists every member in the group table with comparePrePost’s figures; a wave with responses stays', async () => {
    const plan = await waves();
    const [pre, post] = [wave(plan, 'swls', 'pre'), wave(plan, 'swls', 'post')];
    await enter(pre.id, '민지', swls(2));
    await enter(pre.id, '준호', swls(4));
    // 서연's pre is from the second day: late, and still paired.
    await enter(pre.id, '서연', swls(3), today());
    await enter(pre.id, '지훈', swls(5), addDays(today(), -1));
    await enter(post.id, '민지', swls(5));
    await enter(post.id, '준호', swls(4));
    await enter(post.id, '서연', swls(6));
    const [jPre, jPost] = [
      wave(plan, 'job-search-readiness', 'pre'),
      wave(plan, 'job-search-readiness', 'post'),
    ];
    await enter(jPre.id, '민지', jsr([1, 2, 3, 2, 2, 2, 3, 3, 3, 1, 1, 2]));
    await enter(jPre.id, '준호', jsr([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]));
    await enter(jPost.id, '민지', jsr([4, 4, 4, 3, 3, 3, 4, 4, 5, 3, 3, 3]));
    await enter(jPost.id, '준호', jsr([3, 4, 3, 4, 4, 4, 3, 3, 4, 3, 4, 4]));

    const view = await expectStatus<AssessmentsView>(200, call(t, cookie, 'GET', path('/assessments')));
    expect(view.tables.map((x) => x.instrumentId)).toEqual(['job-search-readiness', 'swls']);
    const stored = await t.storage.assessments.scoresForProgram(program.id);
    const nickname = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    const rowsOf = (preId: string, postId: string, value: (s: (typeof stored)[number]) => number | null) =>
      Object.values(ids)
        .map((memberId) => ({
          participantId: memberId,
          pre: stored.find((s) => s.waveId === preId && s.memberId === memberId),
          post: stored.find((s) => s.waveId === postId && s.memberId === memberId),
        }))
        .map((r) => ({
          participantId: r.participantId,
          pre: r.pre ? value(r.pre) : null,
          post: r.post ? value(r.post) : null,
        }));
    const expectFigures = (table: object, expected: ReturnType<typeof comparePrePost>) =>
      expect(table).toMatchObject({
        n: expected.n,
        meanPre: expected.meanPre,
        meanPost: expected.meanPost,
        meanChange: expected.meanChange,
        t: expected.t,
        df: expected.df,
        p: expected.p,
        dz: expected.dz,
        ci95: expected.ci && { lower: expected.ci.lower, upper: expected.ci.upper },
        testNote: expected.testNote,
        missingPre: expected.missingPre.map((id) => nickname[id]),
        missingPost: expected.missingPost.map((id) => nickname[id]),
        missingBoth: expected.missingBoth.map((id) => nickname[id]),
      });
    const swlsTable = view.tables.find((x) => x.instrumentId === 'swls')!;
    const expected = comparePrePost(rowsOf(pre.id, post.id, (s) => s.score));
    expectFigures(swlsTable, expected);
    expect(expected).toMatchObject({ n: 3, missingPost: [ids['지훈']], testNote: 'ok' });
    expect(swlsTable.range).toEqual({ min: 5, max: 35 });
    expect(swlsTable.rows.map((r) => [r.nickname, r.pre?.score, r.post?.score, r.change])).toEqual([
      ['민지', 10, 25, 15],
      ['준호', 20, 20, 0],
      ['서연', 15, 30, 15],
      ['지훈', 25, undefined, null],
    ]);
    expect(swlsTable.rows[2]!.pre).toMatchObject({ dayNumber: 2, late: true, enteredByStaff: true });
    expect(swlsTable.rows[3]!.pre).toMatchObject({ dayNumber: 1, late: false });
    const jsrTable = view.tables.find((x) => x.instrumentId === 'job-search-readiness')!;
    expectFigures(jsrTable, comparePrePost(rowsOf(jPre.id, jPost.id, (s) => s.score)));
    expect(jsrTable.missingBoth).toEqual(['서연', '지훈']);
    expect(jsrTable.subscales.map((s) => s.id)).toEqual([
      'self-understanding',
      'goals',
      'skills',
      'confidence',
    ]);
    for (const sub of jsrTable.subscales)
      expectFigures(sub, comparePrePost(rowsOf(jPre.id, jPost.id, (s) => s.subscales[sub.id] ?? null)));

    // The plan editor's counts, and a wave with responses cannot leave the plan.
    const counted = await waves();
    expect([wave(counted, 'swls', 'pre').submitted, wave(counted, 'swls', 'pre').hasResponses]).toEqual([
      4,
      true,
    ]);
    expect(wave(counted, 'program-satisfaction', 'once').hasResponses).toBe(false);
    const remove = await call(t, cookie, 'PUT', path('/waves'), {
      version: counted.version,
      waves: PLAN.filter((w) => w.instrumentId !== 'swls'),
    });
    expect(remove).toEqual({ status: 409, body: errorBody('wave_has_responses') });
    expect(await waves()).toEqual(counted);
  });

  it('enters a paper form once: a resent request id answers as the first call, another is refused', async () => {
    const plan = await waves();
    const post = wave(plan, 'swls', 'post');
    const url = path(`/waves/${post.id}/members/${ids['지훈']}/response`);
    const body = { requestId: crypto.randomUUID(), takenOn: today(), answers: swls(6) };
    const first = await call<StaffEntryView>(t, cookie, 'PUT', url, body);
    expect(first.status).toBe(200);
    expect(first.body.entry).toMatchObject({ score: 30, takenDayNumber: 2, answered: 5 });
    expect(first.body.tables.find((x) => x.instrumentId === 'swls')).toMatchObject({ n: 4, missingPost: [] });
    // The resend carries other answers (a form edited after a lost answer): the first one stands.
    const resent = await call(t, cookie, 'PUT', url, { ...body, answers: swls(1) });
    expect(resent).toEqual(first);
    const other = await call(t, cookie, 'PUT', url, { ...body, requestId: crypto.randomUUID() });
    expect(other).toEqual({ status: 409, body: errorBody('already_submitted') });
    // Paper is refused for the anonymous survey, off the scale, and dated ahead.
    const survey = wave(plan, 'program-satisfaction', 'once');
    const anon = await call(t, cookie, 'PUT', path(`/waves/${survey.id}/members/${ids['민지']}/response`), {
      ...body,
      requestId: crypto.randomUUID(),
      answers: {},
    });
    expect(anon).toEqual({ status: 400, body: errorBody('anonymous_activity') });
    const jPost = wave(plan, 'job-search-readiness', 'post');
    const jUrl = path(`/waves/${jPost.id}/members/${ids['서연']}/response`);
    expect(
      await call(t, cookie, 'PUT', jUrl, {
        ...body,
        requestId: crypto.randomUUID(),
        answers: { 'jsr-1': 9 },
      }),
    ).toEqual({ status: 400, body: errorBody('invalid_answer') });
    expect(
      await call(t, cookie, 'PUT', jUrl, {
        ...body,
        requestId: crypto.randomUUID(),
        takenOn: addDays(today(), 1),
      }),
    ).toEqual({ status: 400, body: errorBody('invalid_payload') });
    expect((await t.storage.assessments.scores(jPost.id)).length).toBe(2);
  });

  it('answers no-store', async () => {
    for (const rest of ['/waves', '/assessments']) {
      const res = await fetch(`${t.url}${path(rest)}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
