import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPORARY_PASSWORD_ALPHABET } from '../../server/http/temporary-password.js';
import { addDays } from '../../shared/program/dates.js';
import { TEMPORARY_PASSWORD_LENGTH } from '../../shared/program/limits.js';
import type { CenterOverview, ProgramSummary, UserView } from '../../shared/program/views.js';
import { createUser, login, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
  APP_BACKENDS,
} from './program-fixtures.js';

type Created = { user: UserView; temporaryPassword: string };

describe.each(APP_BACKENDS)(
  'a center admin and the center’s facilitators on $name',
  ({ start: startApp }) => {
    let t: TestApp;
    let admin: { cookie: string; user: { id: string; centerId: string; email: string } };
    const sockets: TestSocket[] = [];
    const track = (s: TestSocket) => (sockets.push(s), s);

    beforeEach(async () => {
      t = await startApp();
      admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
    });
    afterEach(async () => {
      for (const s of sockets.splice(0)) s.disconnect();
      await t.close();
    });

    const asAdmin = (method: string, path: string, body?: unknown) =>
      call(t, admin.cookie, method, path, body);
    const createUserOverHttp = async (email: string, role: 'admin' | 'facilitator' = 'facilitator') =>
      expectStatus<Created>(201, asAdmin('POST', '/api/center/users', { email, name: '박상담', role }));
    const loginWith = (email: string, password: string) =>
      call<{ user: UserView }>(t, null, 'POST', '/api/auth/login', { email, password });

    it('a facilitator sees only the programs they are on; the admin sees all; only the admin manages', async () => {
      const f1 = await loginFacilitator(t, 'f1@center.kr', {
        role: 'facilitator',
        centerId: admin.user.centerId,
      });
      const f2 = await createUser(t.storage, { role: 'facilitator', centerId: admin.user.centerId });
      const mine = await createProgram(t, f1.cookie, scratchBody([f1.user.id], [today()], '내 프로그램'));
      const theirs = await createProgram(t, admin.cookie, scratchBody([f2.id], [today()], '남의 프로그램'));

      const listOf = async (cookie: string) =>
        (
          await expectStatus<{ programs: ProgramSummary[] }>(200, call(t, cookie, 'GET', '/api/programs'))
        ).programs
          .map((p) => p.title)
          .sort();
      expect(await listOf(f1.cookie)).toEqual(['내 프로그램']);
      expect(await listOf(admin.cookie)).toEqual(['남의 프로그램', '내 프로그램']);
      expect(await call(t, f1.cookie, 'GET', `/api/programs/${theirs.id}`)).toEqual({
        status: 404,
        body: errorBody('program_not_found'),
      });
      expect((await call(t, f1.cookie, 'GET', `/api/programs/${mine.id}`)).status).toBe(200);
      // The admin may step in on any program of the center, e.g. start its day.
      expect(
        (await asAdmin('POST', `/api/programs/${mine.id}/days/${mine.days[0]!.id}/start`, {})).status,
      ).toBe(200);

      for (const [method, path, body] of [
        ['GET', '/api/center', undefined],
        ['PATCH', '/api/center', { name: '바꿈' }],
        ['POST', '/api/center/users', { email: 'x@center.kr', name: 'x', role: 'admin' }],
        ['PATCH', `/api/center/users/${f2.id}`, { role: 'admin' }],
        ['POST', `/api/center/users/${f2.id}/password-reset`, {}],
      ] as const) {
        expect({ method, path, r: await call(t, f1.cookie, method, path, body) }).toEqual({
          method,
          path,
          r: { status: 403, body: errorBody('forbidden') },
        });
      }
      const colleagues = await expectStatus<{ users: { id: string; name: string; role: string }[] }>(
        200,
        call(t, f1.cookie, 'GET', '/api/center/colleagues'),
      );
      expect(colleagues.users.map((u) => u.id).sort()).toEqual([admin.user.id, f1.user.id, f2.id].sort());
      expect(colleagues.users[0]).toEqual({
        id: expect.any(String),
        name: expect.any(String),
        role: expect.any(String),
      });
      expect(await call(t, null, 'GET', '/api/center/colleagues')).toEqual({
        status: 401,
        body: errorBody('not_authenticated'),
      });
    });

    it('creates a user with a temporary password that must be changed; a taken email is refused', async () => {
      const created = await createUserOverHttp('New@Center.kr');
      expect(created.user).toMatchObject({
        email: 'new@center.kr',
        role: 'facilitator',
        centerId: admin.user.centerId,
        active: true,
        mustChangePassword: true,
      });
      expect(created.temporaryPassword).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
      expect([...created.temporaryPassword].every((c) => TEMPORARY_PASSWORD_ALPHABET.includes(c))).toBe(true);
      expect(created.temporaryPassword).not.toMatch(/[0O1l]/);
      const stored = await t.storage.facilitators.findByEmail('new@center.kr');
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);

      const first = await loginWith('new@center.kr', created.temporaryPassword);
      expect(first).toMatchObject({ status: 200, body: { user: { mustChangePassword: true } } });
      expect(
        await asAdmin('POST', '/api/center/users', { email: 'NEW@center.kr', name: 'x', role: 'admin' }),
      ).toEqual({ status: 409, body: errorBody('email_taken') });
      expect(
        (await asAdmin('POST', '/api/center/users', { email: 'not an email', name: 'x', role: 'admin' }))
          .status,
      ).toBe(400);
      const overview = await expectStatus<CenterOverview>(200, asAdmin('GET', '/api/center'));
      expect(overview.users.map((u) => u.email).sort()).toEqual(['admin@center.kr', 'new@center.kr']);
    });

    it('changes one’s own password: the current one is checked, this login stays, the others end', async () => {
      const created = await createUserOverHttp('new@center.kr');
      const here = await login(t, 'new@center.kr', created.temporaryPassword);
      const elsewhere = await login(t, 'new@center.kr', created.temporaryPassword);
      const change = (cookie: string | null, currentPassword: string, newPassword: string) =>
        call<{ user: UserView }>(t, cookie, 'POST', '/api/auth/password', { currentPassword, newPassword });

      expect(await change(here, 'not the password', 'a new password')).toEqual({
        status: 400,
        body: errorBody('wrong_password'),
      });
      expect((await change(here, created.temporaryPassword, 'short')).status).toBe(400);
      expect((await change(null, created.temporaryPassword, 'a new password')).status).toBe(401);
      const changed = await change(here, created.temporaryPassword, 'a new password');
      expect(changed).toMatchObject({ status: 200, body: { user: { mustChangePassword: false } } });

      const state = async (cookie: string) =>
        (await call<{ user: UserView | null }>(t, cookie, 'GET', '/api/auth/state')).body.user;
      expect(await state(here)).toMatchObject({ email: 'new@center.kr', mustChangePassword: false });
      expect(await state(elsewhere)).toBeNull();
      expect((await loginWith('new@center.kr', created.temporaryPassword)).status).toBe(401);
      expect(await loginWith('new@center.kr', 'a new password')).toMatchObject({
        status: 200,
        body: { user: { mustChangePassword: false } },
      });
    });

    it('resets a password: the user is logged out everywhere and the temporary one must be changed', async () => {
      const f = await loginFacilitator(t, 'f@center.kr', {
        role: 'facilitator',
        centerId: admin.user.centerId,
      });
      const reset = await expectStatus<Created>(
        200,
        asAdmin('POST', `/api/center/users/${f.user.id}/password-reset`, {}),
      );
      expect(reset.user).toMatchObject({ id: f.user.id, mustChangePassword: true });
      expect(reset.temporaryPassword).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
      expect(await call(t, f.cookie, 'GET', '/api/programs')).toEqual({
        status: 401,
        body: errorBody('not_authenticated'),
      });
      expect(await loginWith('f@center.kr', reset.temporaryPassword)).toMatchObject({
        status: 200,
        body: { user: { mustChangePassword: true } },
      });
      // The admin's own login is untouched.
      expect((await asAdmin('GET', '/api/center')).status).toBe(200);
    });

    it('deactivates a user: login refused, the cookie stops working at once, over HTTP and on an open socket', async () => {
      const f = await loginFacilitator(t, 'f@center.kr', {
        role: 'facilitator',
        centerId: admin.user.centerId,
      });
      const program = await createProgram(t, admin.cookie, scratchBody([f.user.id], [today()]));
      const { sessionId } = await expectStatus<{ sessionId: string }>(
        200,
        call(t, f.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
      );
      const socket = track(await connect(t.url, { cookie: f.cookie }));
      await ok(socket, 'session:watch', { sessionId });
      const cut = new Promise<string>((resolve) => socket.once('disconnect', resolve));

      const deactivated = await expectStatus<{ user: UserView }>(
        200,
        asAdmin('PATCH', `/api/center/users/${f.user.id}`, { active: false }),
      );
      expect(deactivated.user).toMatchObject({ id: f.user.id, active: false });
      expect(await call(t, f.cookie, 'GET', `/api/programs/${program.id}`)).toEqual({
        status: 401,
        body: errorBody('not_authenticated'),
      });
      // The open socket is closed at once (nothing more reaches it); connecting again gets no login.
      expect(await cut).toBe('io server disconnect');
      const again = track(await connect(t.url, { cookie: f.cookie }));
      const event = await request(again, 'timer:start', { sessionId, durationMs: 60_000 });
      expect(event).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await loginWith('f@center.kr', 'correct horse battery')).toEqual({
        status: 403,
        body: errorBody('account_inactive'),
      });
      const colleagues = await expectStatus<{ users: { id: string }[] }>(
        200,
        asAdmin('GET', '/api/center/colleagues'),
      );
      expect(colleagues.users.map((u) => u.id)).toEqual([admin.user.id]);
      // Nor can they be put on a program while inactive.
      expect(
        (await asAdmin('POST', '/api/programs', scratchBody([admin.user.id, f.user.id], [today()]))).status,
      ).toBe(400);

      await expectStatus(200, asAdmin('PATCH', `/api/center/users/${f.user.id}`, { active: true }));
      expect((await loginWith('f@center.kr', 'correct horse battery')).status).toBe(200);
    });

    it('keeps at least one active admin', async () => {
      const self = `/api/center/users/${admin.user.id}`;
      expect(await asAdmin('PATCH', self, { role: 'facilitator' })).toEqual({
        status: 409,
        body: errorBody('last_admin'),
      });
      expect(await asAdmin('PATCH', self, { active: false })).toEqual({
        status: 409,
        body: errorBody('last_admin'),
      });
      const second = await createUserOverHttp('second@center.kr', 'admin');
      const demoted = await expectStatus<{ user: UserView }>(
        200,
        asAdmin('PATCH', self, { role: 'facilitator' }),
      );
      expect(demoted.user.role).toBe('facilitator');
      // Now a facilitator, the former admin is refused the admin pages at once.
      expect(await asAdmin('GET', '/api/center')).toEqual({ status: 403, body: errorBody('forbidden') });
      const secondCookie = await login(t, 'second@center.kr', second.temporaryPassword);
      // A temporary password opens nothing but the password change.
      expect(await call(t, secondCookie, 'GET', '/api/programs')).toEqual({
        status: 403,
        body: errorBody('password_change_required'),
      });
      expect(
        (
          await call(t, secondCookie, 'POST', '/api/auth/password', {
            currentPassword: second.temporaryPassword,
            newPassword: 'a new long password',
          })
        ).status,
      ).toBe(200);
      expect(
        await call(t, secondCookie, 'PATCH', `/api/center/users/${second.user.id}`, { active: false }),
      ).toEqual({ status: 409, body: errorBody('last_admin') });
    });

    it('shows the center: its settings, users and every program with attendance and completion rates', async () => {
      const updated = await expectStatus<{ center: { name: string; completionThreshold: number } }>(
        200,
        asAdmin('PATCH', '/api/center', { name: '새 이름 센터', completionThreshold: 0.5 }),
      );
      expect(updated.center).toMatchObject({ name: '새 이름 센터', completionThreshold: 0.5 });
      expect((await asAdmin('PATCH', '/api/center', { completionThreshold: 0.2 })).status).toBe(400);

      const program = await createProgram(
        t,
        admin.cookie,
        scratchBody([admin.user.id], [addDays(today(), -1), addDays(today(), 1)]),
      );
      const future = await createProgram(
        t,
        admin.cookie,
        scratchBody([admin.user.id], [addDays(today(), 7)], '다음 달'),
      );
      const [held, upcoming] = program.days as [(typeof program.days)[0], (typeof program.days)[0]];
      const a = await addMember(t.storage, program.id, '민지');
      await addMember(t.storage, program.id, '준호');
      await t.storage.attendance.recordJoin(held.id, a.id);
      // A correction on a day not yet held counts toward completion, not toward attendance so far.
      await t.storage.attendance.correct(upcoming.id, a.id, { present: true, hours: null });

      const overview = await expectStatus<CenterOverview>(200, asAdmin('GET', '/api/center'));
      expect(overview.center).toMatchObject({ name: '새 이름 센터', completionThreshold: 0.5 });
      expect(overview.users).toEqual([
        expect.objectContaining({ id: admin.user.id, centerName: '새 이름 센터' }),
      ]);
      const rows = new Map(overview.programs.map((p) => [p.id, p]));
      // One of two members on the one held day: 50% of its hours. Tomorrow is still to come, so
      // completion is a forecast: 민지 has both days, 준호 reaches the 50% threshold if he comes tomorrow.
      expect(rows.get(program.id)).toMatchObject({
        memberCount: 2,
        attendanceRate: 0.5,
        heldDays: 1,
        completionRate: 1,
        completionFinal: false,
      });
      expect(rows.get(future.id)).toMatchObject({
        memberCount: 0,
        attendanceRate: null,
        heldDays: 0,
        completionRate: null,
        completionFinal: false,
      });
      const me = await call<{ user: UserView }>(t, admin.cookie, 'GET', '/api/auth/state');
      expect(me.body.user?.centerName).toBe('새 이름 센터');
    });
  },
);
