import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_END_GRACE_MS, autoEndAt } from '../../server/program-days/auto-end.js';
import { addDays } from '../../shared/program/dates.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, waitFor, type TestSocket } from '../helpers/sockets.js';
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

/**
 * A program day left running is ended by the server after its planned end (plus the grace period),
 * and starting the next day may end the running one after asking. The clock is injected: the test
 * moves it and sweeps, it never waits for time to pass.
 */
const HOUR = 60 * 60 * 1000;
/** 10:00 in Seoul on the given date; the scratch days run 10:00–12:30. */
const seoul = (date: string, time: string) => Date.parse(`${date}T${time}:00+09:00`);

const postgresUnavailable = await postgresBackend.available();
const BACKENDS: { name: string; start: (now: () => number) => Promise<TestApp> }[] = [
  { name: 'SQLite', start: (now) => startTestApp({ now }) },
  ...(postgresUnavailable
    ? []
    : [
        {
          name: 'PostgreSQL',
          start: async (now: () => number) => {
            const database = await createPostgresDatabase();
            const t = await startTestApp({ databaseUrl: database.url, now });
            return {
              ...t,
              close: async () => {
                await t.close();
                await database.drop();
              },
            };
          },
        },
      ]),
];

describe('the automatic end rule', () => {
  it('ends a day two hours after its planned end on the date it was started, or after a late start', () => {
    const date = '2026-12-01';
    expect(autoEndAt(seoul(date, '09:20'), '16:30')).toBe(seoul(date, '16:30') + AUTO_END_GRACE_MS);
    expect(autoEndAt(seoul(date, '20:00'), '16:30')).toBe(seoul(date, '20:00') + AUTO_END_GRACE_MS);
    // 00:30 in Seoul is still the previous day in UTC: the center's date counts.
    expect(autoEndAt(seoul(date, '00:30'), '12:30')).toBe(seoul(date, '12:30') + 2 * HOUR);
  });
});

describe.each(BACKENDS)('program days end on $name', ({ start }) => {
  let t: TestApp;
  let clock = 0;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => {
    sockets.push(s);
    return s;
  };
  beforeAll(async () => {
    t = await start(() => clock);
    // The test sweeps by hand; the app's own timer must not sweep in between.
    await t.app.dayAutoEnder.stop();
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function runningDay() {
    const { cookie, user } = await loginFacilitator(t);
    const program: ProgramDetail = await createProgram(
      t,
      cookie,
      scratchBody([user.id], [today(), addDays(today(), 1)]),
    );
    clock = seoul(today(), '10:00');
    const startDay = (index: number, body: object = {}) =>
      call<{ sessionId: string }>(
        t,
        cookie,
        'POST',
        `/api/programs/${program.id}/days/${program.days[index]!.id}/start`,
        body,
      );
    const { sessionId } = await expectStatus<{ sessionId: string }>(200, startDay(0));
    const console_ = track(await connect(t.url, { cookie }));
    await ok(console_, 'session:watch', { sessionId });
    const member = await addMember(t.storage, program.id, '민지');
    const phone = track(await connect(t.url));
    await ok(phone, 'participant:join', { code: program.code, rejoinToken: member.token });
    const screen = track(await connect(t.url));
    await ok(screen, 'screen:watch', { code: program.code });
    return { program, sessionId, console_, phone, screen, startDay, cookie };
  }

  it('ends a day left running after its planned end, tells its audiences, and only once', async () => {
    const { sessionId, console_, phone, screen } = await runningDay();
    clock = seoul(today(), '12:30') + AUTO_END_GRACE_MS - 1;
    expect(await t.app.dayAutoEnder.sweep()).toEqual([]);

    clock += 1;
    const heard = Promise.all([
      waitFor(console_, 'facilitator:stateChanged', (s) => s.session.status === 'ended'),
      waitFor(phone, 'participant:stateChanged', (s) => s.session.status === 'ended'),
      waitFor(screen, 'screen:stateChanged', (s) => s.session.status === 'ended'),
    ]);
    expect(await t.app.dayAutoEnder.sweep()).toEqual([sessionId]);
    await heard;
    expect((await t.storage.sessions.findById(sessionId))?.status).toBe('ended');
    expect(await t.app.dayAutoEnder.sweep()).toEqual([]);
  });

  it('moves the end of a running day when its planned end changes', async () => {
    const { program, sessionId, cookie } = await runningDay();
    const later = program.days.map((d, i) => ({
      id: d.id,
      date: d.date,
      startTime: d.startTime,
      endTime: i === 0 ? '17:00' : d.endTime,
      modules: d.modules,
    }));
    await expectStatus(
      200,
      call(t, cookie, 'PUT', `/api/programs/${program.id}`, {
        title: program.title,
        group: program.group,
        facilitatorIds: program.facilitators.map((f) => f.id),
        version: program.version,
        days: later,
      }),
    );
    clock = seoul(today(), '12:30') + AUTO_END_GRACE_MS;
    expect(await t.app.dayAutoEnder.sweep()).toEqual([]);
    clock = seoul(today(), '17:00') + AUTO_END_GRACE_MS;
    expect(await t.app.dayAutoEnder.sweep()).toEqual([sessionId]);
  });

  it('asks before ending a running day for the next, then ends it and starts the next in one step', async () => {
    const { sessionId, console_, phone, startDay } = await runningDay();
    expect(await startDay(1)).toEqual({ status: 409, body: errorBody('day_already_running') });
    expect((await t.storage.sessions.findById(sessionId))?.status).toBe('live');

    const heard = Promise.all([
      waitFor(console_, 'facilitator:stateChanged', (s) => s.session.status === 'ended'),
      waitFor(phone, 'participant:stateChanged', (s) => s.session.status === 'ended'),
    ]);
    const next = await expectStatus<{ sessionId: string }>(200, startDay(1, { endRunning: true }));
    await heard;
    expect(next.sessionId).not.toBe(sessionId);
    expect((await t.storage.sessions.findById(sessionId))?.status).toBe('ended');
    expect((await t.storage.sessions.findById(next.sessionId))?.status).toBe('live');
  });

  it('ends a day already past its time before starting the next, without asking', async () => {
    const { sessionId, console_, startDay } = await runningDay();
    clock = seoul(today(), '12:30') + AUTO_END_GRACE_MS;
    const heard = waitFor(console_, 'facilitator:stateChanged', (s) => s.session.status === 'ended');
    const next = await expectStatus<{ sessionId: string }>(200, startDay(1));
    await heard;
    expect(next.sessionId).not.toBe(sessionId);
  });
});
