import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/program/dates.js';
import { SENSITIVE_ITEM_KEYS, SENSITIVE_NOTICE_VERSION } from '../../shared/program/sensitive-notice.js';
import type { MemberConsents } from '../../shared/protocol/views.js';
import { hashToken } from '../../server/auth/tokens.js';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

const give = { purpose: 'sensitive-barriers', noticeVersion: SENSITIVE_NOTICE_VERSION } as const;
const withdraw = { purpose: 'sensitive-barriers' } as const;

describe.each(APP_BACKENDS)('member consent on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const phone = async () => {
    const s = await connect(t.url);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  /** A program with days today and tomorrow, none started; two members. */
  async function setup() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today(), addDays(today(), 1)], '동의 프로그램'),
    );
    const [a, b] = [
      await addMember(t.storage, program.id, '민지'),
      await addMember(t.storage, program.id, '준호'),
    ];
    return { fac, program, a, b };
  }

  async function startDay(cookie: string, programId: string, dayId: string): Promise<string> {
    return (
      await expectStatus<{ sessionId: string }>(
        200,
        call(t, cookie, 'POST', `/api/programs/${programId}/days/${dayId}/start`, {}),
      )
    ).sessionId;
  }

  /** A second token of the same member, as a recovery on a new phone would add. */
  async function secondToken(memberId: string): Promise<string> {
    const token = `token-${crypto.randomUUID()}`;
    await t.storage.members.addToken(memberId, hashToken(token));
    return token;
  }

  it("a day's phone gives consent: every phone of the member hears it, another member's phone does not", async () => {
    const { fac, program, a, b } = await setup();
    await startDay(fac.cookie, program.id, program.days[0]!.id);
    const [phoneA, phoneB, other] = [await phone(), await phone(), await phone()];
    const joinedA = await ok(phoneA, 'participant:join', { code: program.code, rejoinToken: a.token });
    expect(joinedA.member).toEqual({
      consents: [],
      groups: [],
      counseling: [],
      rounds: [],
      testimonial: expect.anything(),
    });
    await ok(phoneB, 'participant:join', { code: program.code, rejoinToken: await secondToken(a.id) });
    await ok(other, 'participant:join', { code: program.code, rejoinToken: b.token });
    const heardByOther: MemberConsents[] = [];
    other.on('consents:updated', (u) => heardByOther.push(u));

    const heardByB = waitFor(phoneB, 'consents:updated');
    const acked = await ok(phoneA, 'consent:give', give);
    expect(acked.consents).toEqual([
      { purpose: 'sensitive-barriers', noticeVersion: SENSITIVE_NOTICE_VERSION, givenAt: expect.any(Number) },
    ]);
    expect(await heardByB).toEqual(acked);
    // The other member's own consent is the first thing their phone hears: A's never reached it.
    const own = waitFor(other, 'consents:updated');
    await ok(other, 'consent:give', give);
    await own;
    expect(heardByOther).toHaveLength(1);
    expect((await t.storage.consents.current(b.id, 'sensitive-barriers'))?.memberId).toBe(b.id);

    // A phone joining later finds the consent in its snapshot.
    const later = await phone();
    const snapshot = await ok(later, 'participant:join', { code: program.code, rejoinToken: a.token });
    expect(snapshot.member).toEqual({
      ...acked,
      groups: [],
      counseling: [],
      rounds: [],
      testimonial: expect.anything(),
    });
  });

  it('withdrawal deletes the sensitive answers and keeps the others, on every phone of the member', async () => {
    const { fac, program, a, b } = await setup();
    const sessionId = await startDay(fac.cookie, program.id, program.days[0]!.id);
    const console_ = await connect(t.url, { cookie: fac.cookie });
    sockets.push(console_);
    const activityId = (await ok(console_, 'session:watch', { sessionId })).activities[0]!.id;
    const [phoneA, phoneB] = [await phone(), await phone()];
    await ok(phoneA, 'participant:join', { code: program.code, rejoinToken: a.token });
    await ok(phoneB, 'participant:join', { code: program.code, rejoinToken: await secondToken(a.id) });
    const gaveHeard = waitFor(phoneB, 'consents:updated');
    await ok(phoneA, 'consent:give', give);
    await gaveHeard;
    const answer = (memberId: string, itemKey: string) =>
      t.storage.memberAnswers.submit({
        activityId,
        memberId,
        answerId: crypto.randomUUID(),
        itemKey,
        value: { rating: 2 },
      });
    for (const key of SENSITIVE_ITEM_KEYS) await answer(a.id, key);
    await answer(a.id, 'barrier:job-search-skills');
    await answer(a.id, 'goal');
    await answer(b.id, SENSITIVE_ITEM_KEYS[0]!);

    const heardByB = waitFor(phoneB, 'consents:updated');
    const acked = await ok(phoneA, 'consent:withdraw', withdraw);
    expect(acked).toEqual({ consents: [] });
    expect(await heardByB).toEqual({ consents: [] });
    const left = await t.storage.memberAnswers.listForMember(a.id);
    expect(left.map((r) => r.itemKey).sort()).toEqual(['barrier:job-search-skills', 'goal']);
    // Another member's sensitive answer is theirs to withdraw.
    expect(await t.storage.memberAnswers.listForMember(b.id)).toHaveLength(1);
    // The record stays as history: given, then withdrawn.
    const history = await t.storage.consents.listForMember(a.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.withdrawnAt).not.toBeNull();
  });

  it('a phone waiting in the lobby (no day running) gives consent; its snapshot carries it', async () => {
    const { program, a } = await setup();
    const [waiting, second] = [await phone(), await phone()];
    const snapshot = await ok(waiting, 'participant:join', { code: program.code, rejoinToken: a.token });
    expect(snapshot.program?.dayNumber).toBeNull();
    await ok(second, 'participant:join', { code: program.code, rejoinToken: a.token });
    const heard = waitFor(second, 'consents:updated');
    const acked = await ok(waiting, 'consent:give', give);
    expect(await heard).toEqual(acked);
    const again = await ok(second, 'participant:join', { code: program.code, rejoinToken: a.token });
    expect(again.member).toEqual({
      ...acked,
      groups: [],
      counseling: [],
      rounds: [],
      testimonial: expect.anything(),
    });
  });

  it('refuses a socket that proved no member, a quick session participant, and an outdated notice', async () => {
    const { fac, program, a } = await setup();
    const anonymous = await phone();
    // Knowing the code is not enough: without the member token the phone is asked to register.
    const asked = await request(anonymous, 'participant:join', { code: program.code });
    expect(asked.ok ? null : asked.error.code).toBe('registration_required');
    const quick = await createSession(t, fac.cookie, {
      title: '빠른 세션',
      activities: [{ type: 'open-text', title: '한 마디', config: { maxLength: 100, anonymous: false } }],
    });
    const quickPhone = await phone();
    await ok(quickPhone, 'participant:join', { code: quick.code, nickname: '손님' });
    const facilitator = await connect(t.url, { cookie: fac.cookie });
    sockets.push(facilitator);
    for (const socket of [anonymous, quickPhone, facilitator]) {
      for (const [event, payload] of [
        ['consent:give', give],
        ['consent:withdraw', withdraw],
      ] as const) {
        const ack = await request(socket, event, payload as never);
        expect(ack.ok ? null : ack.error.code).toBe('not_joined');
      }
    }
    // A member's phone that then joins a quick session acts for no member there.
    const switching = await phone();
    await ok(switching, 'participant:join', { code: program.code, rejoinToken: a.token });
    await ok(switching, 'participant:join', { code: quick.code, nickname: '옮긴 사람' });
    const refused = await request(switching, 'consent:give', give);
    expect(refused.ok ? null : refused.error.code).toBe('not_joined');

    const member = await phone();
    await ok(member, 'participant:join', { code: program.code, rejoinToken: a.token });
    const outdated = await request(member, 'consent:give', { ...give, noticeVersion: '2000-01-01' });
    expect(outdated.ok ? null : outdated.error.code).toBe('notice_outdated');
    expect(await t.storage.consents.listForMember(a.id)).toEqual([]);
  });

  it("a merge moves the duplicate's phones out of its member room and tells them to join again", async () => {
    const { fac, program, a, b: dup } = await setup();
    const [keptPhone, dupPhone] = [await phone(), await phone()];
    await ok(keptPhone, 'participant:join', { code: program.code, rejoinToken: a.token });
    await ok(dupPhone, 'participant:join', { code: program.code, rejoinToken: dup.token });

    const told = waitFor(dupPhone, 'program:dayStarted');
    await expectStatus(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/members/${dup.id}/merge`, {
        intoMemberId: a.id,
      }),
    );
    expect(await told).toEqual({ code: program.code });
    // Until it joins again, the phone acts for no member: not the deleted duplicate, not the kept one.
    const stale = await request(dupPhone, 'consent:give', give);
    expect(stale.ok ? null : stale.error.code).toBe('not_joined');
    // Joined again with its own token, it is the kept member's phone and hears the kept member.
    const rejoined = await ok(dupPhone, 'participant:join', { code: program.code, rejoinToken: dup.token });
    expect(rejoined.participant).toMatchObject({ id: a.id, nickname: '민지' });
    const heard = waitFor(dupPhone, 'consents:updated');
    await ok(keptPhone, 'consent:give', give);
    expect((await heard).consents).toHaveLength(1);
  });
});
