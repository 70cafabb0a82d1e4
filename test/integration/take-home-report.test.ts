import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCounselingActivity } from '../helpers/counseling-rows.js';
import { hashToken } from '../../server/auth/tokens.js';
import type { ReportLinkResponse, ReportResponse } from '../../shared/report/build.js';
import { createUser, login, startTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';
import {
  addMember,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

/** The take-home report over HTTP (design §9), on the real app with a clock the test moves. */

const postgresUnavailable = await postgresBackend.available();
const BACKENDS: { name: string; databaseUrl: () => Promise<{ url?: string; drop: () => Promise<void> }> }[] =
  [
    { name: 'SQLite', databaseUrl: () => Promise.resolve({ drop: () => Promise.resolve() }) },
    ...(postgresUnavailable ? [] : [{ name: 'PostgreSQL', databaseUrl: createPostgresDatabase }]),
  ];

const DAY_MS = 24 * 60 * 60 * 1000;

/** GET or POST with an Authorization header (never a token in the URL). */
async function withAuth(
  t: TestApp,
  method: string,
  path: string,
  authorization: string | null,
  body?: unknown,
) {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : null) as unknown,
    cacheControl: res.headers.get('cache-control'),
  };
}

describe.each(BACKENDS)('the take-home report on $name', ({ databaseUrl }) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let clock = Date.now();
  let cookieA: string;
  let cookieB: string;
  let programId: string;
  let one: { id: string; token: string; nickname: string };
  let two: { id: string; token: string; nickname: string };

  beforeAll(async () => {
    const db = await databaseUrl();
    drop = db.drop;
    t = await startTestApp({ databaseUrl: db.url, now: () => clock });
    const a = await createUser(t.storage, { email: 'a@report.test' });
    const b = await createUser(t.storage, { email: 'b@report.test' });
    cookieA = await login(t, a.email);
    cookieB = await login(t, b.email);
    const program = await createProgram(t, cookieA, scratchBody([a.id], [today()], '보고서 프로그램'));
    programId = program.id;
    one = await addMember(t.storage, programId, '하늘');
    two = await addMember(t.storage, programId, '바다');
    // An action plan in day 1's session, each member with their own plan.
    await expectStatus(
      200,
      call(t, cookieA, 'POST', `/api/programs/${programId}/days/${program.days[0]!.id}/start`, {}),
    );
    const sessionId = (await t.storage.programs.detail(programId))!.days[0]!.session!.id;
    const plan = {
      id: await addCounselingActivity(t.storage, {
        sessionId,
        programId,
        type: 'action-plan',
        config: { steps: 3 },
      }),
    };
    const give = (memberId: string, itemKey: string, value: unknown) =>
      t.storage.memberAnswers.submit({
        activityId: plan.id,
        memberId,
        answerId: crypto.randomUUID(),
        itemKey,
        value,
      });
    await give(one.id, 'goal', { job: '웹 디자이너', by: '2026-12-31' });
    await give(one.id, 'step:1', { what: '포트폴리오 정리', when: '2026-10-01', support: '' });
    await give(one.id, 'first-step', { what: '이력서 사진 찍기' });
    await give(two.id, 'goal', { job: '물류 관리자', by: '내년 봄' });
    // 하늘's life-satisfaction scores before and after, entered from paper (one day: "시작할 때 / 마칠 때").
    const { version } = (await t.storage.assessments.plan(programId))!;
    const planned = await t.storage.assessments.replacePlan({
      programId,
      version,
      waves: (['pre', 'post'] as const).map((kind) => ({
        instrumentId: 'life-satisfaction',
        kind,
        plannedDayId: null,
        instrumentVersion: 1,
        anonymous: false,
      })),
    });
    if (!planned.ok) throw new Error(planned.code);
    for (const [kind, value] of [
      ['pre', 2],
      ['post', 10],
    ] as const) {
      const entered = await t.storage.assessments.enterResponse({
        waveId: planned.waves.find((w) => w.kind === kind)!.id,
        memberId: one.id,
        requestId: crypto.randomUUID(),
        takenOn: today(),
        answers: { 'ls-1': value },
        enteredBy: a.id,
      });
      if (!entered.ok) throw new Error(entered.code);
    }
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it("gives each member their own report with their member token, never another member's", async () => {
    const mine = await withAuth(t, 'GET', '/api/report', `Bearer ${one.token}`);
    expect(mine.status).toBe(200);
    expect(mine.cacheControl).toBe('no-store');
    const body = mine.body as ReportResponse;
    expect(body.programId).toBe(programId);
    expect(body.report.member).toEqual({ nickname: '하늘' });
    expect(body.report.program).toMatchObject({ title: '보고서 프로그램', firstDate: today(), dayCount: 1 });
    expect(body.report.program.center).toMatch(/^센터 /);
    expect(body.report.empty).toBeNull();
    // The plan, then "나의 변화" from the stored scores (last, as REPORT_ORDER says).
    expect(body.report.sections.map((x) => x.title.ko)).toEqual(['나의 실행 계획', '나의 변화']);
    expect(JSON.stringify(body.report.sections[1])).toContain('2점 → 마칠 때 10점');
    const text = JSON.stringify(body.report.sections);
    for (const words of ['웹 디자이너', '포트폴리오 정리', '이력서 사진 찍기']) expect(text).toContain(words);
    expect(JSON.stringify(body)).not.toContain('바다');
    expect(JSON.stringify(body)).not.toContain('물류 관리자');

    const theirs = (await withAuth(t, 'GET', '/api/report', `Bearer ${two.token}`)).body as ReportResponse;
    expect(theirs.report.member.nickname).toBe('바다');
    expect(JSON.stringify(theirs.report.sections)).toContain('물류 관리자');
    // 바다 has no score: no "나의 변화" section at all.
    expect(theirs.report.sections.map((x) => x.title.ko)).toEqual(['나의 실행 계획']);
    for (const words of ['하늘', '웹 디자이너', '이력서 사진 찍기'])
      expect(JSON.stringify(theirs)).not.toContain(words);
  });

  it('refuses a missing, unknown or misplaced token alike', async () => {
    const refused = { status: 404, body: errorBody('report_not_found') };
    for (const header of [
      null,
      'Bearer nope',
      `Basic ${one.token}`,
      `Bearer ${one.token} extra`,
      `ReportLink ${one.token}`,
    ]) {
      const r = await withAuth(t, 'GET', '/api/report', header);
      expect({ header, status: r.status, body: r.body }).toEqual({ header, ...refused });
    }
    // A token in the URL is not read.
    const inUrl = await withAuth(t, 'GET', `/api/report?token=${encodeURIComponent(one.token)}`, null);
    expect({ status: inUrl.status, body: inUrl.body }).toEqual(refused);
  });

  it('lets a facilitator read the reports of their own programs only', async () => {
    const path = `/api/programs/${programId}/members/${one.id}/report`;
    const own = await expectStatus<ReportResponse>(200, call(t, cookieA, 'GET', path));
    expect(own.report.member.nickname).toBe('하늘');
    expect(await call(t, cookieB, 'GET', path)).toEqual({
      status: 404,
      body: errorBody('program_not_found'),
    });
    expect(await call(t, null, 'GET', path)).toEqual({ status: 401, body: errorBody('not_authenticated') });
    const unknownMember = `/api/programs/${programId}/members/${crypto.randomUUID()}/report`;
    expect(await call(t, cookieA, 'GET', unknownMember)).toEqual({
      status: 404,
      body: errorBody('member_not_found'),
    });
  });

  it('issues a read-only link that reads the report and does nothing else', async () => {
    const link = (await withAuth(t, 'POST', '/api/report/links', `Bearer ${one.token}`, {}))
      .body as ReportLinkResponse;
    expect(link.token).toMatch(/^[\w-]{40,}$/);
    expect(link.expiresAt).toBe(clock + 30 * DAY_MS);
    const read = await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${link.token}`);
    expect(read.status).toBe(200);
    expect((read.body as ReportResponse).report.member.nickname).toBe('하늘');

    // Not a member token: no report as Bearer, no new link, no facilitator route.
    expect((await withAuth(t, 'GET', '/api/report', `Bearer ${link.token}`)).status).toBe(404);
    const again = await withAuth(t, 'POST', '/api/report/links', `ReportLink ${link.token}`, {});
    expect({ status: again.status, body: again.body }).toEqual({
      status: 401,
      body: errorBody('not_authenticated'),
    });
    const facilitator = await withAuth(
      t,
      'GET',
      `/api/programs/${programId}/members/${one.id}/report`,
      `ReportLink ${link.token}`,
    );
    expect(facilitator.status).toBe(401);
    // The member's phone identity is untouched: the link's token is no member token anywhere.
    expect(await t.storage.members.findByTokenHash(hashToken(link.token))).toBeNull();

    // A facilitator links any member of their programs; another center's cannot.
    const made = await call<ReportLinkResponse>(t, cookieA, 'POST', '/api/report/links', {
      programId,
      memberId: two.id,
    });
    expect(made.status).toBe(201);
    const theirs = await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${made.body.token}`);
    expect((theirs.body as ReportResponse).report.member.nickname).toBe('바다');
    expect(await call(t, cookieB, 'POST', '/api/report/links', { programId, memberId: two.id })).toEqual({
      status: 404,
      body: errorBody('program_not_found'),
    });

    // Revoked or expired links read nothing. A member revokes their own links only, with their member token.
    const refusedRevoke = await withAuth(
      t,
      'POST',
      '/api/report/links/revoke',
      `ReportLink ${made.body.token}`,
      {},
    );
    expect(refusedRevoke.status).toBe(404);
    expect((await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${made.body.token}`)).status).toBe(
      200,
    );
    const revoked = await withAuth(t, 'POST', '/api/report/links/revoke', `Bearer ${two.token}`, {});
    expect(revoked.body).toEqual({ revoked: 1 });
    expect((await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${link.token}`)).status).toBe(200);
    expect((await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${made.body.token}`)).status).toBe(
      404,
    );
    const saved = clock;
    clock += 31 * DAY_MS;
    expect((await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${link.token}`)).status).toBe(404);
    clock = saved;
  });

  it('still opens after the program ended, and is refused after its retention', async () => {
    const link = (await withAuth(t, 'POST', '/api/report/links', `Bearer ${one.token}`, {}))
      .body as ReportLinkResponse;
    await expectStatus(200, call(t, cookieA, 'POST', `/api/programs/${programId}/end`, {}));
    const after = await withAuth(t, 'GET', '/api/report', `Bearer ${one.token}`);
    expect(after.status).toBe(200);
    const retention = (await t.storage.programs.detail(programId))!.retainUntil!;
    expect((after.body as ReportResponse).report.availableUntil?.ko).toContain('까지 열 수 있습니다');

    // A link made on the last day of retention stops with it.
    clock = retention - DAY_MS;
    const lastDay = (await withAuth(t, 'POST', '/api/report/links', `Bearer ${one.token}`, {}))
      .body as ReportLinkResponse;
    expect((await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${lastDay.token}`)).status).toBe(200);

    clock = retention + 1;
    const gone = { status: 410, body: errorBody('report_expired') };
    const pick = (r: { status: number; body: unknown }) => ({ status: r.status, body: r.body });
    expect(pick(await withAuth(t, 'GET', '/api/report', `Bearer ${one.token}`))).toEqual(gone);
    expect(
      pick(await call(t, cookieA, 'GET', `/api/programs/${programId}/members/${one.id}/report`)),
    ).toEqual(gone);
    expect(pick(await withAuth(t, 'POST', '/api/report/links', `Bearer ${one.token}`, {}))).toEqual(gone);
    // The link outlives nothing: past retention it is refused too (it expired here as well, 404 or 410).
    expect([404, 410]).toContain(
      (await withAuth(t, 'GET', '/api/report/by-link', `ReportLink ${link.token}`)).status,
    );
  });
});
