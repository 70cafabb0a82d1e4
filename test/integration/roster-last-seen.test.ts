import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgramDetail, RosterView } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { addDays } from '../../shared/program/dates.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

/**
 * The roster's first join, last seen and "connected now", with the real server and real phones: last
 * seen is written to the database when a program day's phone disconnects and, for phones still there,
 * when the day ends; it never moves backwards; "connected" comes from the socket rooms.
 */
describe.each(APP_BACKENDS)('roster last seen on $name', ({ start }) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function setup() {
    const { cookie, user } = await loginFacilitator(t);
    const program = await createProgram(t, cookie, scratchBody([user.id], [today(), addDays(today(), 1)]));
    const console_ = track(await connect(t.url, { cookie }));
    return { cookie, program, console: console_ };
  }

  async function startDay(cookie: string, program: ProgramDetail, index: number): Promise<string> {
    const day = program.days[index]!;
    const started = await expectStatus<{ sessionId: string }>(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/days/${day.id}/start`, {}),
    );
    return started.sessionId;
  }

  /** A member's phone joined to the running day; returns its socket and its participant row id. */
  async function phoneIn(program: ProgramDetail, nickname: string) {
    const member = await addMember(t.storage, program.id, nickname);
    const phone = track(await connect(t.url));
    const joined = await ok(phone, 'participant:join', { code: program.code, rejoinToken: member.token });
    return { phone, member, participantId: joined.participant.id };
  }

  const roster = (cookie: string, program: ProgramDetail) =>
    expectStatus<RosterView>(200, call(t, cookie, 'GET', `/api/programs/${program.id}/roster`));
  const cell = (r: RosterView, memberId: string, dayIndex = 0) =>
    r.members.find((m) => m.id === memberId)?.attendance[dayIndex] ?? null;

  /**
   * Resolves once `check` holds, asking again on each presence update the console hears (no polling).
   * A phone's last seen is written before the server announces that it left, so an update after the
   * write always comes; one from a flush already under way may come first, hence "again".
   */
  async function untilRoster(con: TestSocket, sessionId: string, check: () => Promise<boolean>) {
    let heard = 0;
    let wake: (() => void) | null = null;
    const listener = (p: { sessionId: string }) => {
      if (p.sessionId !== sessionId) return;
      heard += 1;
      wake?.();
    };
    con.on('participants:updated', listener);
    try {
      for (let seen = 0; !(await check());) {
        if (heard === seen)
          await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no presence update came')), 10_000);
            wake = () => (clearTimeout(timer), resolve());
          });
        wake = null;
        seen = heard;
      }
    } finally {
      con.off('participants:updated', listener);
    }
  }

  it('shows a connected phone as connected, and a phone that left with its last seen', async () => {
    const { cookie, program, console: con } = await setup();
    const sessionId = await startDay(cookie, program, 0);
    await ok(con, 'session:watch', { sessionId });
    const beforeJoin = Date.now();
    const a = await phoneIn(program, '민지');
    const b = await phoneIn(program, '준호');

    // Connected is asked of the socket rooms when the roster is read: both phones are in.
    const during = await roster(cookie, program);
    expect(cell(during, a.member.id)).toMatchObject({ present: true, connected: true });
    expect(cell(during, b.member.id)).toMatchObject({ present: true, connected: true });
    expect(cell(during, a.member.id)!.joinedAt).toBeGreaterThanOrEqual(beforeJoin);
    // Day 2 is not held yet: no record, and the attendance so far counts day 1 only.
    expect(cell(during, a.member.id, 1)).toBeNull();
    expect(during.attendance).toMatchObject({ heldDays: 1, rate: 1 });
    expect(during.members.map((m) => m.ratioSoFar)).toEqual([1, 1]);

    const beforeLeaving = Date.now();
    let after = during;
    const leftAt = () => cell(after, a.member.id)!.lastSeenAt ?? 0;
    const leaving = untilRoster(con, sessionId, async () => {
      after = await roster(cookie, program);
      return leftAt() >= beforeLeaving;
    });
    a.phone.disconnect();
    await leaving;
    expect(cell(after, a.member.id)).toMatchObject({ connected: false });
    expect(leftAt()).toBeLessThanOrEqual(Date.now());
    expect(cell(after, b.member.id)).toMatchObject({ connected: true });
  });

  it("the day's end never moves a later last seen backwards", async () => {
    const { cookie, program, console: con } = await setup();
    const sessionId = await startDay(cookie, program, 0);
    await ok(con, 'session:watch', { sessionId });
    const a = await phoneIn(program, '민지');
    // Another process saw the phone later (its clock ahead, or a second phone of the member there).
    const later = Date.now() + 3_600_000;
    await t.storage.participants.markSeen([a.participantId], later);
    // The end writes last seen for the phones still there before it answers.
    await ok(con, 'session:end', { sessionId });
    expect(cell(await roster(cookie, program), a.member.id)).toMatchObject({
      lastSeenAt: later,
      connected: false,
    });
  });

  it("the day's end writes last seen for phones still there, not for those who left", async () => {
    const { cookie, program, console: con } = await setup();
    const sessionId = await startDay(cookie, program, 0);
    await ok(con, 'session:watch', { sessionId });
    const a = await phoneIn(program, '민지');
    const b = await phoneIn(program, '준호');
    const beforeLeaving = Date.now();
    let aLeft = 0;
    const leaving = untilRoster(con, sessionId, async () => {
      aLeft = cell(await roster(cookie, program), a.member.id)!.lastSeenAt ?? 0;
      return aLeft >= beforeLeaving;
    });
    a.phone.disconnect();
    await leaving;

    const beforeEnd = Date.now();
    await ok(con, 'session:end', { sessionId });
    const afterEnd = Date.now();
    const ended = await roster(cookie, program);
    const bSeen = cell(ended, b.member.id)!.lastSeenAt!;
    expect(bSeen).toBeGreaterThanOrEqual(beforeEnd);
    expect(bSeen).toBeLessThanOrEqual(afterEnd);
    // The day is over: nobody counts as connected to it, and the one who left keeps their time.
    expect(cell(ended, b.member.id)!.connected).toBe(false);
    expect(cell(ended, a.member.id)!.lastSeenAt).toBe(aLeft);
    // (A phone left open on the "day is over" page and closed later stays last seen at the end:
    // the roster contract test, since nothing here could tell that write from none.)
  });

  it('ending the program ends its running day with the same last seen for phones still there', async () => {
    const { cookie, program, console: con } = await setup();
    const sessionId = await startDay(cookie, program, 1);
    await ok(con, 'session:watch', { sessionId });
    const a = await phoneIn(program, '민지');
    const beforeEnd = Date.now();
    await expectStatus(200, call(t, cookie, 'POST', `/api/programs/${program.id}/end`));
    const ended = await roster(cookie, program);
    expect(cell(ended, a.member.id, 1)!.lastSeenAt).toBeGreaterThanOrEqual(beforeEnd);
    // Ended: completion is final, and day 1 (today, never started) counts as not held.
    expect(ended.completion.final).toBe(true);
    expect(ended.days.map((d) => d.held)).toEqual([false, true]);
  });
});
