import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import { call, expectStatus, scratchBody } from './program-fixtures.js';

/**
 * What a waiting phone is told about the program's days, over real sockets: the first day before it
 * starts, the next day's date and time once today's has ended, and nothing next after the last.
 */
describe('a waiting phone knows where the program stands', () => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function startDay(cookie: string, program: ProgramDetail, index: number): Promise<string> {
    const path = `/api/programs/${program.id}/days/${program.days[index]!.id}/start`;
    return (await expectStatus<{ sessionId: string }>(200, call(t, cookie, 'POST', path, {}))).sessionId;
  }

  it('before day 1, between days (today over, next date and time), after the last day', async () => {
    const { cookie, user } = await loginFacilitator(t);
    const today = todayIn(CENTER_TIME_ZONE);
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: scratchBody([user.id], [today, addDays(today, 2)]),
    });
    const code = program.code;
    const facilitator = track(await connect(t.url, { cookie }));

    const phone = track(await connect(t.url));
    const first = await request(phone, 'participant:join', { code });
    expect(first.ok ? null : first.error.code).toBe('registration_required');
    const identity = await ok(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname: '민지',
      realName: '',
      consent: true,
      intake: { desiredJob: '', worry: '', hope: '' },
    });
    const join = () => ok(phone, 'participant:join', { code, rejoinToken: identity.rejoinToken });

    // Before day 1: the first day, today, with its start time.
    const before = await join();
    expect(before.session.status).toBe('draft');
    expect(before.program?.standing).toEqual({
      stage: 'before',
      endedToday: null,
      next: { number: 1, date: today, startTime: '10:00', today: true },
    });

    // Day 1 runs: the phone is in it, no standing to tell.
    const told = waitFor(phone, 'program:dayStarted');
    const day1 = await startDay(cookie, program, 0);
    await told;
    const during = await join();
    expect(during.program).toMatchObject({ dayNumber: 1, standing: null });

    // Day 1 ends: joining again says today is over and when the next day starts.
    const ended = waitFor(phone, 'participant:stateChanged', (s) => s.session.status === 'ended');
    await ok(facilitator, 'session:end', { sessionId: day1 });
    await ended;
    const between = await join();
    expect(between.session.status).toBe('draft');
    expect(between.program?.standing).toEqual({
      stage: 'between',
      endedToday: 1,
      next: { number: 2, date: addDays(today, 2), startTime: '10:00', today: false },
    });

    // The last day held (early, from another date): nothing is next.
    const day2 = await startDay(cookie, program, 1);
    await ok(facilitator, 'session:end', { sessionId: day2 });
    const after = await join();
    expect(after.program?.standing).toMatchObject({ stage: 'over', next: null });
  });
});
