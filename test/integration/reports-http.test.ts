import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dashboardTestimonialsSchema,
  dashboardViewSchema,
  programReportSchema,
  type DashboardView,
} from '../../shared/figures/views.js';
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
import { addDays } from '../../shared/program/dates.js';

/**
 * The program report and the dashboard over real HTTP on each database: who may ask for what (a
 * facilitator is forced to their own programs, naming another user is forbidden; another center's or
 * team's program answers like a made-up id), the answers' shapes, and the bench's Server-Timing.
 */
describe.each(APP_BACKENDS)('program report and dashboard over HTTP on $name', ({ start }) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof loginFacilitator>>;
  let runner: Awaited<ReturnType<typeof loginFacilitator>>;
  let other: Awaited<ReturnType<typeof loginFacilitator>>;
  let outsider: Awaited<ReturnType<typeof loginFacilitator>>;
  let mine: ProgramDetail;
  let theirs: ProgramDetail;
  let elsewhere: ProgramDetail;

  beforeAll(async () => {
    t = await start();
    admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
    const centerId = admin.user.centerId;
    runner = await loginFacilitator(t, 'runner@center.kr', { role: 'facilitator', centerId });
    other = await loginFacilitator(t, 'other@center.kr', { role: 'facilitator', centerId });
    outsider = await loginFacilitator(t, 'outsider@elsewhere.kr', { role: 'admin' });
    const dates = [addDays(today(), -3), addDays(today(), -2)];
    mine = await createProgram(t, runner.cookie, scratchBody([runner.user.id], dates, '진행자 프로그램'));
    theirs = await createProgram(t, other.cookie, scratchBody([other.user.id], dates, '동료 프로그램'));
    elsewhere = await createProgram(t, outsider.cookie, scratchBody([outsider.user.id], dates, '다른 센터'));
    for (const name of ['가람', '나래', '다온']) {
      const m = await addMember(t.storage, mine.id, name);
      for (const day of mine.days) await t.storage.attendance.recordJoin(day.id, m.id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const dashboard = (cookie: string, query = '') => call(t, cookie, 'GET', `/api/dashboard${query}`);

  it('gives the program report to whoever may see the program, with no member in it', async () => {
    for (const cookie of [runner.cookie, admin.cookie]) {
      const report = programReportSchema.parse(
        await expectStatus(200, call(t, cookie, 'GET', `/api/programs/${mine.id}/program-report`)),
      );
      expect(report.participants).toBe(3);
      expect(report.completion).toEqual({ final: true, figure: { value: 1, numerator: 3, n: 3 } });
      expect(report.days.map((d) => d.present)).toEqual([
        { value: 1, numerator: 3, n: 3 },
        { value: 1, numerator: 3, n: 3 },
      ]);
      expect(JSON.stringify(report)).not.toMatch(/가람|나래|다온/);
    }
  });

  it("answers another team's, another center's and a made-up program alike", async () => {
    const made = await call(t, runner.cookie, 'GET', `/api/programs/${crypto.randomUUID()}/program-report`);
    expect(made).toEqual({ status: 404, body: errorBody('program_not_found') });
    for (const id of [theirs.id, elsewhere.id])
      expect(await call(t, runner.cookie, 'GET', `/api/programs/${id}/program-report`)).toEqual(made);
    expect(await call(t, admin.cookie, 'GET', `/api/programs/${elsewhere.id}/program-report`)).toEqual(made);
  });

  it("forces a facilitator's dashboard to their own programs", async () => {
    const own = dashboardViewSchema.parse(await expectStatus<DashboardView>(200, dashboard(runner.cookie)));
    expect(own.scope).toBe('own');
    expect(own.programs.map((p) => p.title)).toEqual(['진행자 프로그램']);
    expect(own.filters.facilitators).toEqual([]);
    expect(
      await expectStatus<DashboardView>(200, dashboard(runner.cookie, `?facilitatorId=${runner.user.id}`)),
    ).toEqual(own);
    const refused = await dashboard(runner.cookie, `?facilitatorId=${other.user.id}`);
    expect(refused).toEqual({ status: 403, body: errorBody('forbidden') });
    expect(await dashboard(runner.cookie, `?facilitatorId=${crypto.randomUUID()}`)).toEqual(refused);
  });

  it('shows the admin the center, filtered by facilitator and period, never another center', async () => {
    const all = await expectStatus<DashboardView>(200, dashboard(admin.cookie));
    expect(all.scope).toBe('center');
    expect(all.programs.map((p) => p.title).sort()).toEqual(['동료 프로그램', '진행자 프로그램']);
    const byOther = await expectStatus<DashboardView>(
      200,
      dashboard(admin.cookie, `?facilitatorId=${other.user.id}`),
    );
    expect(byOther.programs.map((p) => p.title)).toEqual(['동료 프로그램']);
    const before = await expectStatus<DashboardView>(
      200,
      dashboard(admin.cookie, `?to=${addDays(today(), -3)}`),
    );
    expect(before.programs).toEqual([]);
    expect(await dashboard(admin.cookie, `?facilitatorId=${outsider.user.id}`)).toEqual({
      status: 404,
      body: errorBody('user_not_found'),
    });
    expect(await dashboard(admin.cookie, '?from=2025-02-30')).toEqual({
      status: 400,
      body: errorBody('invalid_payload'),
    });
  });

  it('says how long the server took in Server-Timing', async () => {
    const res = await fetch(`${t.url}/api/dashboard`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('server-timing')).toMatch(/^total;dur=\d+(\.\d+)?$/);
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('carries satisfaction (released only), referrals (health ones unnamed) and consented quotes', async () => {
    const plan = await t.storage.assessments.replacePlan({
      programId: mine.id,
      version: (await t.storage.assessments.plan(mine.id))!.version,
      waves: [
        {
          instrumentId: 'program-satisfaction',
          kind: 'once',
          plannedDayId: null,
          instrumentVersion: 1,
          anonymous: true,
        },
      ],
    });
    if (!plan.ok) throw new Error(plan.code);
    const wave = plan.waves[0]!;
    const items = ['content', 'facilitator', 'usefulness', 'environment', 'overall', 'recommend'];
    const paper = (rating: number) =>
      t.storage.surveys.enterPaper({
        waveId: wave.id,
        requestId: crypto.randomUUID(),
        answers: Object.fromEntries(items.map((i) => [i, rating])),
      });
    // Scores 4, 5, 3, 4 released: mean 4, sd √(2/3); then a 1 stays pending (fewer than 3 after the first).
    for (const r of [4, 5, 3, 4]) await paper(r);
    expect(await t.storage.surveys.release(wave.id, 3)).toBe(4);
    await paper(1);
    expect(await t.storage.surveys.release(wave.id, 3)).toBe(0);
    const members = await t.storage.members.list(mine.id);
    const refer = async (memberId: string, serviceId: string, connected: boolean) => {
      const r = await t.storage.referrals.record({
        requestId: crypto.randomUUID(),
        programId: mine.id,
        memberId,
        serviceId,
        serviceName: null,
        referredOn: today(),
        note: null,
        healthRelated: serviceId === 'mental-health-center',
        healthConsentOnPaper: serviceId === 'mental-health-center',
        recordedBy: runner.user.id,
      });
      if (!r.ok) throw new Error(r.code);
      if (connected)
        await t.storage.referrals.update({
          programId: mine.id,
          referralId: r.id,
          requestId: crypto.randomUUID(),
          status: 'connected',
          on: today(),
          note: null,
          recordedBy: runner.user.id,
        });
    };
    for (const [i, m] of members.entries()) {
      await refer(m.id, 'national-employment-support', i < 2);
      await refer(m.id, 'mental-health-center', false);
    }
    const quote = (quoteOnPaper: boolean) =>
      expectStatus(
        201,
        call(t, runner.cookie, 'POST', `/api/programs/${mine.id}/members/${members[0]!.id}/testimonial`, {
          requestId: crypto.randomUUID(),
          text: '함께여서 힘이 났습니다',
          quoteOnPaper,
          attribution: 'none',
        }),
      );
    await quote(true);

    const report = programReportSchema.parse(
      await expectStatus(200, call(t, runner.cookie, 'GET', `/api/programs/${mine.id}/program-report`)),
    );
    const [s] = report.satisfaction;
    expect(s!.respondents).toEqual({ count: 4 });
    expect(s!.overall.mean).toEqual({ value: 4, n: 4 });
    expect(s!.overall.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(report.referrals.total).toEqual({ count: 6 });
    expect(report.referrals.byService).toEqual({
      cells: [
        { key: 'national-employment-support', count: 3 },
        { key: 'health-related', count: 3 },
      ],
    });
    expect(report.referrals.status).toEqual({
      cells: [
        { key: 'connected', lessThan: 3 },
        { key: 'other', hidden: true },
      ],
    });
    expect(report.testimonials).toEqual([
      { text: '함께여서 힘이 났습니다', byline: { ko: '참여자', en: 'A participant' } },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/가람|나래|다온|정신건강|mental-health/);

    const board = dashboardViewSchema.parse(await expectStatus(200, dashboard(runner.cookie)));
    expect(board.programs[0]!.satisfaction).toEqual({ value: 4, n: 4 });
    expect(board.programs[0]!.referrals).toEqual({ count: { count: 6 }, connected: { lessThan: 3 } });
    expect(board.totals.satisfaction).toEqual({ total: { value: 4, n: 4 }, omitted: 0 });
    expect(board.totals.referrals).toEqual({ count: 0, connected: 0, omitted: 1 });

    const quotes = async (cookie: string) =>
      dashboardTestimonialsSchema.parse(
        await expectStatus(200, call(t, cookie, 'GET', '/api/dashboard/testimonials')),
      ).testimonials;
    const expected = [
      {
        text: '함께여서 힘이 났습니다',
        byline: { ko: '참여자', en: 'A participant' },
        programTitle: '진행자 프로그램',
        lastDay: mine.days.at(-1)!.date,
      },
    ];
    expect(await quotes(runner.cookie)).toEqual(expected);
    expect(await quotes(admin.cookie)).toEqual(expected);
    expect(await quotes(other.cookie)).toEqual([]);
    expect(await quotes(outsider.cookie)).toEqual([]);

    // The member takes the quote consent back: the quote is gone from both at once, the text stays.
    await quote(false);
    expect(await quotes(admin.cookie)).toEqual([]);
    const after = programReportSchema.parse(
      await expectStatus(200, call(t, runner.cookie, 'GET', `/api/programs/${mine.id}/program-report`)),
    );
    expect(after.testimonials).toEqual([]);
  });
});
