import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.js';
import type { RosterView } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
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
 * The needs intake's target job family: a phone may choose it when registering, and the
 * facilitator sets, changes or clears it from the roster; both are stored with the intake.
 */
describe.each(APP_BACKENDS)('the intake job family on $name', ({ start }) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    t = await start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function setup() {
    const { cookie, user } = await loginFacilitator(t);
    const program = await createProgram(t, cookie, scratchBody([user.id], [today()]));
    return { cookie, program };
  }

  async function register(code: string, nickname: string, intake: Record<string, unknown>) {
    const phone = await connect(t.url);
    sockets.push(phone);
    return request(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname,
      realName: '',
      consent: true,
      // A made-up family too: the server must refuse what the type would not allow.
      intake: intake as { desiredJob: string; worry: string; hope: string },
    });
  }

  const rosterMember = (roster: RosterView, nickname: string) =>
    roster.members.find((m) => m.nickname === nickname);

  it('a phone registers with a job family, or without one; an unknown one is refused', async () => {
    const { cookie, program } = await setup();
    const empty = { desiredJob: '', worry: '', hope: '' };
    expect((await register(program.code, '민지', { ...empty, jobFamily: 'it' })).ok).toBe(true);
    expect((await register(program.code, '준호', { ...empty, desiredJob: '사무직' })).ok).toBe(true);
    const refused = await register(program.code, '서연', { ...empty, jobFamily: 'astronaut' });
    expect(refused.ok ? null : refused.error.code).toBe('invalid_payload');

    const roster = await expectStatus<RosterView>(
      200,
      call(t, cookie, 'GET', `/api/programs/${program.id}/roster`),
    );
    // Choosing only the job family is an answer: the member is not listed as not answered.
    expect(rosterMember(roster, '민지')?.intake).toEqual({ ...empty, jobFamily: 'it' });
    expect(rosterMember(roster, '준호')?.intake).toEqual({ ...empty, desiredJob: '사무직' });
    expect(rosterMember(roster, '서연')).toBeUndefined();
  });

  it('the facilitator sets, changes and clears it, keeping the rest of the intake', async () => {
    const { cookie, program } = await setup();
    const member = await addMember(t.storage, program.id, '민지');
    const path = `/api/programs/${program.id}/members/${member.id}/job-family`;
    const put = (jobFamily: unknown) => call<RosterView>(t, cookie, 'PUT', path, { jobFamily });

    const set = await expectStatus<RosterView>(200, put('care-welfare'));
    expect(rosterMember(set, '민지')?.intake).toEqual({
      desiredJob: '사무직',
      worry: '면접',
      hope: '자신감',
      jobFamily: 'care-welfare',
    });
    expect((await expectStatus<RosterView>(200, put('it'))).members[0]?.intake?.jobFamily).toBe('it');
    const cleared = await expectStatus<RosterView>(200, put(null));
    expect(rosterMember(cleared, '민지')?.intake).toEqual({
      desiredJob: '사무직',
      worry: '면접',
      hope: '자신감',
    });
    expect((await t.storage.members.get(program.id, member.id))?.intake).toEqual(
      rosterMember(cleared, '민지')?.intake,
    );

    expect(await put('astronaut')).toEqual({ status: 400, body: errorBody('invalid_payload') });
    expect(await call(t, cookie, 'PUT', path, {})).toEqual({
      status: 400,
      body: errorBody('invalid_payload'),
    });
    const unknown = `/api/programs/${program.id}/members/${crypto.randomUUID()}/job-family`;
    expect(await call(t, cookie, 'PUT', unknown, { jobFamily: 'it' })).toEqual({
      status: 404,
      body: errorBody('member_not_found'),
    });
    expect(await call(t, null, 'PUT', path, { jobFamily: 'it' })).toMatchObject({ status: 401 });
  });

  it('a member who left the intake empty gets one holding only the job family, and none once cleared', async () => {
    const { cookie, program } = await setup();
    const phone = await connect(t.url);
    sockets.push(phone);
    const identity = await ok(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code: program.code,
      nickname: '준호',
      realName: '',
      consent: true,
      intake: { desiredJob: '', worry: '', hope: '' },
    });
    const member = await t.storage.members.findByToken(program.id, hashToken(identity.rejoinToken));
    expect(member?.intake).toBeNull();
    const path = `/api/programs/${program.id}/members/${member!.id}/job-family`;
    const set = await expectStatus<RosterView>(
      200,
      call(t, cookie, 'PUT', path, { jobFamily: 'shipbuilding' }),
    );
    expect(rosterMember(set, '준호')?.intake).toEqual({
      desiredJob: '',
      worry: '',
      hope: '',
      jobFamily: 'shipbuilding',
    });
    const cleared = await expectStatus<RosterView>(200, call(t, cookie, 'PUT', path, { jobFamily: null }));
    expect(rosterMember(cleared, '준호')?.intake).toBeNull();
  });
});
