import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswersUpdate } from '../../shared/protocol/views.js';
import type { UserView } from '../../shared/program/views.js';
import { SESSION_COOKIE } from '../../server/auth/cookies.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { createSession, login, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import { call, createProgram, expectStatus, scratchBody, today } from './program-fixtures.js';

const poll = {
  type: 'poll-single',
  title: '오늘 기분은?',
  config: {
    options: [
      { id: 'a', label: '좋아요' },
      { id: 'b', label: '그저 그래요' },
    ],
  },
};

/** A facilitator's socket login: what it may do follows the login as it stands now, on every event. */
describe('a facilitator socket follows its login', () => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);
  const disconnected = (s: TestSocket) => new Promise<string>((resolve) => s.once('disconnect', resolve));

  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('refuses a temporary password on the socket as over HTTP, until a new password is chosen', async () => {
    const admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
    const created = await expectStatus<{ user: UserView; temporaryPassword: string }>(
      201,
      call(t, admin.cookie, 'POST', '/api/center/users', {
        email: 'new@center.kr',
        name: '박상담',
        role: 'facilitator',
      }),
    );
    const program = await createProgram(t, admin.cookie, scratchBody([created.user.id], [today()]));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, admin.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );

    const temporary = await login(t, 'new@center.kr', created.temporaryPassword);
    expect((await call(t, temporary, 'GET', `/api/programs/${program.id}`)).status).toBe(403);
    const socket = track(await connect(t.url, { cookie: temporary }));
    for (const ack of [
      await request(socket, 'session:watch', { sessionId }),
      await request(socket, 'timer:start', { sessionId, durationMs: 60_000 }),
    ])
      expect(ack).toMatchObject({ ok: false, error: { code: 'password_change_required' } });
    expect(await t.storage.sessions.findById(sessionId)).toMatchObject({ timer: { status: 'idle' } });

    await expectStatus(
      200,
      call(t, temporary, 'POST', '/api/auth/password', {
        currentPassword: created.temporaryPassword,
        newPassword: 'a password of my own',
      }),
    );
    const fresh = track(
      await connect(t.url, { cookie: await login(t, 'new@center.kr', 'a password of my own') }),
    );
    await ok(fresh, 'session:watch', { sessionId });
    await ok(fresh, 'timer:start', { sessionId, durationMs: 60_000 });
    // The login that chose the new password stays, and its open socket may act from its next event.
    await ok(socket, 'session:watch', { sessionId });
  });

  it('logging out closes every socket of that login at once, even one that only watches', async () => {
    const { cookie, email } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '로그아웃', activities: [poll] });
    const watching = track(await connect(t.url, { cookie }));
    const { activities } = await ok(watching, 'session:watch', { sessionId: session.id });
    const pollId = activities[0]!.id;
    await ok(watching, 'activity:open', { sessionId: session.id, activityId: pollId });
    // The same person on another laptop: a login of its own, which logging out here leaves alone.
    const laptop = track(await connect(t.url, { cookie: await login(t, email) }));
    await ok(laptop, 'session:watch', { sessionId: session.id });

    // The projector page the console opened in the same browser: it carries the cookie, but acts
    // for no one, and must stay on the wall when the facilitator logs out.
    const projector = track(await connect(t.url, { cookie }));
    await ok(projector, 'screen:watch', { code: session.code });

    const received: AnswersUpdate[] = [];
    watching.on('answers:updated', (update) => received.push(update));
    const cut = disconnected(watching);
    let laptopCut = false;
    laptop.on('disconnect', () => (laptopCut = true));
    let projectorCut = false;
    projector.on('disconnect', () => (projectorCut = true));
    // Logged out from another tab: the same cookie, over HTTP.
    await expectStatus(200, call(t, cookie, 'POST', '/api/auth/logout', {}));
    expect(await cut).toBe('io server disconnect');

    const phone = track(await connect(t.url));
    await ok(phone, 'participant:join', { code: session.code, nickname: '지수' });
    const seen = waitFor(laptop, 'answers:updated');
    const counted = waitFor(projector, 'results:updated');
    await ok(phone, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    });
    expect((await seen).answers[0]).toMatchObject({ nickname: '지수' });
    expect(received).toEqual([]);
    expect(laptopCut).toBe(false);
    expect((await counted).respondents).toBe(1);
    expect(projectorCut).toBe(false);
    // Connecting again with the ended login gets no facilitator rights.
    const again = track(await connect(t.url, { cookie }));
    expect(await request(again, 'session:watch', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  /** A login of `user` made straight in storage, ending `ttlMs` from now; its cookie. */
  async function shortLogin(userId: string, ttlMs: number): Promise<{ cookie: string; tokenHash: string }> {
    const token = newToken();
    await t.storage.facilitators.createAuthSession(userId, hashToken(token), Date.now() + ttlMs);
    return { cookie: `${SESSION_COOKIE}=${token}`, tokenHash: hashToken(token) };
  }

  /** A phone answers the poll; `laptop` (a login that stands) sees it, so anything sent has been sent. */
  async function answerSeenBy(laptop: TestSocket, code: string, pollId: string, nickname: string) {
    const phone = track(await connect(t.url));
    await ok(phone, 'participant:join', { code, nickname });
    const seen = waitFor(laptop, 'answers:updated');
    await ok(phone, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    });
    expect((await seen).answers[0]).toMatchObject({ nickname });
  }

  it('a login that expires closes its socket at the expiry, even one that only watches', async () => {
    const { cookie, user } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '만료', activities: [poll] });
    const laptop = track(await connect(t.url, { cookie }));
    const { activities } = await ok(laptop, 'session:watch', { sessionId: session.id });
    const pollId = activities[0]!.id;
    await ok(laptop, 'activity:open', { sessionId: session.id, activityId: pollId });

    // Long enough to connect and start watching; the socket then sends nothing more.
    const expiring = await shortLogin(user.id, 3_000);
    const watching = track(await connect(t.url, { cookie: expiring.cookie }));
    const cut = disconnected(watching);
    await ok(watching, 'session:watch', { sessionId: session.id });
    const received: AnswersUpdate[] = [];
    watching.on('answers:updated', (update) => received.push(update));

    expect(await cut).toBe('io server disconnect');
    await answerSeenBy(laptop, session.code, pollId, '지수');
    expect(received).toEqual([]);
  });

  it('an event that finds its login gone is answered not_authenticated and closes the socket', async () => {
    const { cookie, user } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '사라진 로그인', activities: [poll] });
    const laptop = track(await connect(t.url, { cookie }));
    const { activities } = await ok(laptop, 'session:watch', { sessionId: session.id });
    const pollId = activities[0]!.id;
    await ok(laptop, 'activity:open', { sessionId: session.id, activityId: pollId });
    const other = await shortLogin(user.id, 60 * 60 * 1000);
    const watching = track(await connect(t.url, { cookie: other.cookie }));
    await ok(watching, 'session:watch', { sessionId: session.id });
    const received: AnswersUpdate[] = [];
    watching.on('answers:updated', (update) => received.push(update));
    const cut = disconnected(watching);

    // Gone without this process being told (as when it expires): only the next event's re-check finds out.
    await t.storage.facilitators.deleteAuthSession(other.tokenHash);
    expect(
      await request(watching, 'timer:start', { sessionId: session.id, durationMs: 60_000 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_authenticated' },
    });
    expect(await cut).toBe('io server disconnect');
    await answerSeenBy(laptop, session.code, pollId, '민수');
    expect(received).toEqual([]);
  });

  it('a new password closes the sockets of the logins it ends and keeps the one that chose it', async () => {
    const { cookie, email } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '비밀번호', activities: [poll] });
    const here = track(await connect(t.url, { cookie }));
    await ok(here, 'session:watch', { sessionId: session.id });
    const elsewhere = track(await connect(t.url, { cookie: await login(t, email) }));
    await ok(elsewhere, 'session:watch', { sessionId: session.id });
    const cut = disconnected(elsewhere);
    let hereCut = false;
    here.on('disconnect', () => (hereCut = true));

    await expectStatus(
      200,
      call(t, cookie, 'POST', '/api/auth/password', {
        currentPassword: 'correct horse battery',
        newPassword: 'a newer password',
      }),
    );
    expect(await cut).toBe('io server disconnect');
    await ok(here, 'session:watch', { sessionId: session.id });
    expect(hereCut).toBe(false);
  });
});
