import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChoiceSummary } from '../../shared/activities/choice.js';
import { addDays, todayIn, CENTER_TIME_ZONE } from '../../shared/program/dates.js';
import { PIN_ATTEMPTS_PER_WINDOW, PIN_LENGTH } from '../../shared/program/limits.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

/** One module with a poll whose choices the library way: "(a / b)". */
const moduleWithPoll = (title: string): AgendaModule => ({
  key: `m-${title}`,
  moduleId: null,
  title,
  minutes: 120,
  activities: [
    { key: `a-${title}`, type: 'poll-single', title: `${title} 기분은? (좋아요 / 그저 그래요)`, minutes: 10 },
    { key: `s-${title}`, type: 'strength-cards', title: '강점 카드 고르기', minutes: 30 },
  ],
});

const intake = { desiredJob: '사무직', worry: '면접', hope: '자신감' };

describe('participants of a multi-day program', () => {
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

  async function setup() {
    const { cookie, user } = await loginFacilitator(t);
    const today = todayIn(CENTER_TIME_ZONE);
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '성취프로그램 3기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          { date: today, startTime: '10:00', endTime: '12:00', modules: [moduleWithPoll('1일차')] },
          {
            date: addDays(today, 1),
            startTime: '10:00',
            endTime: '12:00',
            modules: [moduleWithPoll('2일차')],
          },
        ],
      },
    });
    const facilitator = track(await connect(t.url, { cookie }));
    return { cookie, program, facilitator };
  }

  async function startDay(cookie: string, program: ProgramDetail, index: number): Promise<string> {
    const day = program.days[index]!;
    const res = await fetch(`${t.url}/api/programs/${program.id}/days/${day.id}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { sessionId: string }).sessionId;
  }

  async function register(code: string, nickname: string, realName = '') {
    const phone = track(await connect(t.url));
    const first = await request(phone, 'participant:join', { code });
    expect(first.ok ? null : first.error.code).toBe('registration_required');
    const identity = await ok(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname,
      realName,
      consent: true,
      intake,
    });
    return { phone, identity };
  }

  it('registers with consent and intake, waits for the day, joins it, and comes back on day 2 as the same person', async () => {
    const { cookie, program, facilitator } = await setup();
    const code = program.code;

    const intro = await ok(track(await connect(t.url)), 'program:intro', { code });
    expect(intro.title).toBe('성취프로그램 3기');
    expect(intro.days).toHaveLength(2);
    expect(intro.notice.ko).toContain('보관 기간');

    // Before the day starts, a registered phone waits in the program.
    const { phone: a, identity: aId } = await register(code, '민지', '김민지');
    expect(aId.pin).toMatch(new RegExp(`^\\d{${PIN_LENGTH}}$`));
    const waiting = await ok(a, 'participant:join', { code, rejoinToken: aId.rejoinToken });
    expect(waiting.session.status).toBe('draft');
    expect(waiting.program).toMatchObject({ id: program.id, dayNumber: null });

    // The facilitator starts day 1: the waiting phone is told, rejoins, and lands in the day's session.
    const told = waitFor(a, 'program:dayStarted');
    const day1 = await startDay(cookie, program, 0);
    expect((await told).code).toBe(code);
    const joined = await ok(a, 'participant:join', { code, rejoinToken: aId.rejoinToken });
    expect(joined.session.status).toBe('live');
    expect(joined.program?.dayNumber).toBe(1);

    // The day's activities come from the agenda: the poll with the library's choices; counseling types stay off phones.
    const watch = await ok(facilitator, 'session:watch', { sessionId: day1 });
    expect(watch.session.program).toMatchObject({ id: program.id, dayNumber: 1 });
    expect(watch.activities.map((x) => x.title)).toEqual(['1일차 기분은?']);
    const pollId = watch.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: day1, activityId: pollId });

    const { phone: b, identity: bId } = await register(code, '준호');
    await ok(b, 'participant:join', { code, rejoinToken: bId.rejoinToken });
    const results = waitFor(facilitator, 'results:updated', (r) => r.respondents === 2);
    await ok(a, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'o1' },
    });
    await ok(b, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'o2' },
    });
    const counts = ((await results).summary as ChoiceSummary).counts;
    expect(counts.map((c) => [c.label, c.count])).toEqual([
      ['좋아요', 1],
      ['그저 그래요', 1],
    ]);
    await ok(facilitator, 'session:end', { sessionId: day1 });

    // Day 2: phone A comes back with its stored token; phone B is lost, a new phone recovers with the PIN.
    const aBack = await ok(a, 'participant:join', { code, rejoinToken: aId.rejoinToken });
    expect(aBack.session.status).toBe('draft');
    const day2 = await startDay(cookie, program, 1);
    expect(day2).not.toBe(day1);
    const aDay2 = await ok(a, 'participant:join', { code, rejoinToken: aId.rejoinToken });
    expect(aDay2).toMatchObject({ participant: { nickname: '민지' }, program: { dayNumber: 2 } });

    const c = track(await connect(t.url));
    const wrong = await request(c, 'program:recover', {
      code,
      nickname: '준호',
      pin: bId.pin === '000000' ? '000001' : '000000',
    });
    expect(wrong.ok ? null : wrong.error.code).toBe('recover_failed');
    const recovered = await ok(c, 'program:recover', { code, nickname: ' 준호 ', pin: bId.pin! });
    expect(recovered.pin).toBeUndefined();
    const cDay2 = await ok(c, 'participant:join', { code, rejoinToken: recovered.rejoinToken });
    expect(cDay2.participant.nickname).toBe('준호');
    // The old phone keeps working too (its token was not replaced).
    expect(
      (await ok(b, 'participant:join', { code, rejoinToken: bId.rejoinToken })).participant.nickname,
    ).toBe('준호');

    // Two people, two days each; no duplicates on the roster.
    const members = await t.storage.members.list(program.id);
    expect(members.map((m) => m.nickname).sort()).toEqual(['민지', '준호']);
    expect(members.find((m) => m.nickname === '민지')).toMatchObject({ realName: '김민지', intake });
    const attendance = await t.storage.attendance.forProgram(program.id);
    expect(attendance).toHaveLength(4);
    expect(attendance.every((x) => x.present && x.joinedAt !== null)).toBe(true);
  });

  it('refuses what it must: no consent, a taken nickname, a second registration per connection, guessed PINs, an ended program', async () => {
    const { program } = await setup();
    const code = program.code;
    const phone = track(await connect(t.url));
    const noConsent = await request(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname: '가',
      realName: '',
      consent: false as unknown as true,
      intake,
    });
    expect(noConsent.ok ? null : noConsent.error.code).toBe('invalid_payload');
    expect(await t.storage.members.list(program.id)).toHaveLength(0);

    const { identity } = await register(code, 'Kim Minji');
    const other = track(await connect(t.url));
    const taken = await request(other, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname: 'kim  minji',
      realName: '',
      consent: true,
      intake,
    });
    expect(taken.ok ? null : taken.error.code).toBe('nickname_taken');
    await ok(other, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname: '둘째',
      realName: '',
      consent: true,
      intake,
    });
    const again = await request(other, 'program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname: '셋째',
      realName: '',
      consent: true,
      intake,
    });
    expect(again.ok ? null : again.error.code).toBe('already_joined');

    // A made-up token is not an identity.
    const fake = await request(other, 'participant:join', { code, rejoinToken: 'x'.repeat(43) });
    expect(fake.ok ? null : fake.error.code).toBe('registration_required');

    const guesser = track(await connect(t.url));
    const wrongPin = identity.pin === '111111' ? '222222' : '111111';
    for (let i = 0; i < PIN_ATTEMPTS_PER_WINDOW; i++) {
      const r = await request(guesser, 'program:recover', { code, nickname: 'Kim Minji', pin: wrongPin });
      expect(r.ok ? null : r.error.code).toBe('recover_failed');
    }
    const blocked = await request(guesser, 'program:recover', {
      code,
      nickname: 'Kim Minji',
      pin: identity.pin!,
    });
    expect(blocked.ok ? null : blocked.error.code).toBe('rate_limited');
    // An unknown nickname answers exactly like a wrong PIN.
    const unknown = await request(guesser, 'program:recover', { code, nickname: '없는사람', pin: '123456' });
    expect(unknown.ok ? null : unknown.error).toEqual(wrongPinError());

    await t.storage.programs.end(program.id);
    const ended = await request(phone, 'participant:join', { code, rejoinToken: identity.rejoinToken });
    expect(ended.ok ? null : ended.error.code).toBe('program_ended');
    const introEnded = await request(phone, 'program:intro', { code });
    expect(introEnded.ok ? null : introEnded.error.code).toBe('program_ended');
  });

  it('a registration sent again after a lost answer finds the same person, with a new PIN', async () => {
    const { program } = await setup();
    const code = program.code;
    const payload = {
      code,
      registrationId: crypto.randomUUID(),
      nickname: '은서',
      realName: '',
      consent: true as const,
      intake,
    };
    const phone = track(await connect(t.url));
    const first = await ok(phone, 'program:register', payload);
    // The phone never saw that answer; it reconnects and sends the same registration.
    const again = track(await connect(t.url));
    const second = await ok(again, 'program:register', payload);
    expect(second.nickname).toBe('은서');
    expect(second.pin).toMatch(new RegExp(`^\\d{${PIN_LENGTH}}$`));
    expect(await t.storage.members.list(program.id)).toHaveLength(1);
    // The reissued PIN is the one that works now; both tokens are the same person.
    const recovered = await ok(track(await connect(t.url)), 'program:recover', {
      code,
      nickname: '은서',
      pin: second.pin!,
    });
    const viaFirst = await ok(phone, 'participant:join', { code, rejoinToken: first.rejoinToken });
    const viaRecovered = await ok(again, 'participant:join', { code, rejoinToken: recovered.rejoinToken });
    expect(viaFirst.participant.id).toBe(viaRecovered.participant.id);
  });

  it('counts wrong PINs sent all at once, and a new PIN from the facilitator opens recovery again', async () => {
    const { cookie, program } = await setup();
    const code = program.code;
    const { identity } = await register(code, '하늘');
    const guessers = await Promise.all(Array.from({ length: 4 }, async () => track(await connect(t.url))));
    const wrong = identity.pin === '000000' ? '000001' : '000000';
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(guessers[i % guessers.length]!, 'program:recover', { code, nickname: '하늘', pin: wrong }),
      ),
    );
    const codes = outcomes.map((o) => (o.ok ? 'ok' : o.error.code));
    expect(codes.filter((c) => c === 'recover_failed')).toHaveLength(PIN_ATTEMPTS_PER_WINDOW);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(20 - PIN_ATTEMPTS_PER_WINDOW);
    const locked = await request(guessers[0]!, 'program:recover', {
      code,
      nickname: '하늘',
      pin: identity.pin!,
    });
    expect(locked.ok ? null : locked.error.code).toBe('rate_limited');

    const [member] = await t.storage.members.list(program.id);
    const res = await fetch(`${t.url}/api/programs/${program.id}/members/${member!.id}/pin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    const { pin } = (await res.json()) as { pin: string };
    const back = await ok(guessers[0]!, 'program:recover', { code, nickname: '하늘', pin });
    expect(back.nickname).toBe('하늘');
  });

  it('a merged duplicate phone is moved out of its removed row at once and its answers go nowhere wrong', async () => {
    const { cookie, program, facilitator } = await setup();
    const code = program.code;
    const sessionId = await startDay(cookie, program, 0);
    const watch = await ok(facilitator, 'session:watch', { sessionId });
    const pollId = watch.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId, activityId: pollId });
    const { phone: kept, identity: keptId } = await register(code, '지수');
    await ok(kept, 'participant:join', { code, rejoinToken: keptId.rejoinToken });
    const { phone: dup, identity: dupId } = await register(code, '지수2');
    await ok(dup, 'participant:join', { code, rejoinToken: dupId.rejoinToken });
    const members = await t.storage.members.list(program.id);
    const keptMember = members.find((m) => m.nickname === '지수')!;
    const dupMember = members.find((m) => m.nickname === '지수2')!;

    const told = waitFor(dup, 'program:dayStarted');
    const res = await fetch(`${t.url}/api/programs/${program.id}/members/${dupMember.id}/merge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ intoMemberId: keptMember.id }),
    });
    expect(res.status).toBe(200);
    await told;
    // Before it rejoins, the duplicate's answer is refused plainly; the kept phone's answer is stored.
    const [stale, fine] = await Promise.all([
      request(dup, 'answer:submit', {
        activityId: pollId,
        answerId: crypto.randomUUID(),
        value: { optionId: 'o1' },
      }),
      request(kept, 'answer:submit', {
        activityId: pollId,
        answerId: crypto.randomUUID(),
        value: { optionId: 'o2' },
      }),
    ]);
    expect(stale.ok ? null : stale.error.code).toBe('not_joined');
    expect(fine.ok).toBe(true);
    // Rejoining with its own token, the phone is the kept member now.
    const rejoined = await ok(dup, 'participant:join', { code, rejoinToken: dupId.rejoinToken });
    expect(rejoined.participant).toMatchObject({ nickname: '지수' });
    expect((await t.storage.members.list(program.id)).map((m) => m.nickname)).toEqual(['지수']);
  });

  it('a co-facilitator taken off the program is cut off its running day at once; waiting phones hear the program end', async () => {
    const { cookie, program, facilitator } = await setup();
    const owner = (await t.storage.programs.ref(program.id))!;
    const centerId = (await t.storage.facilitators.findById(owner.facilitatorIds[0]!))!.centerId;
    const colleague = await loginFacilitator(t, undefined, { role: 'facilitator', centerId });
    const put = (facilitatorIds: string[], version: number) =>
      fetch(`${t.url}/api/programs/${program.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          title: program.title,
          group: program.group,
          facilitatorIds,
          version,
          days: program.days.map((d) => ({
            id: d.id,
            date: d.date,
            startTime: d.startTime,
            endTime: d.endTime,
            modules: d.modules,
          })),
        }),
      });
    expect((await put([...owner.facilitatorIds, colleague.user.id], program.version)).status).toBe(200);
    const sessionId = await startDay(cookie, program, 0);
    const co = track(await connect(t.url, { cookie: colleague.cookie }));
    await ok(co, 'session:watch', { sessionId });
    await ok(facilitator, 'session:watch', { sessionId });

    const cut = new Promise<string>((resolve) => co.once('disconnect', resolve));
    expect((await put(owner.facilitatorIds, program.version + 1)).status).toBe(200);
    expect(await cut).toBe('io server disconnect');
    const again = track(await connect(t.url, { cookie: colleague.cookie }));
    const refused = await request(again, 'session:watch', { sessionId });
    expect(refused.ok ? null : refused.error.code).toBe('session_not_found');
    // The owner was not touched.
    expect(facilitator.connected).toBe(true);

    await ok(facilitator, 'session:end', { sessionId });
    const { phone, identity } = await register(program.code, '대기');
    expect(
      (await ok(phone, 'participant:join', { code: program.code, rejoinToken: identity.rejoinToken })).session
        .status,
    ).toBe('draft');
    const told = waitFor(phone, 'program:dayStarted');
    const ended = await fetch(`${t.url}/api/programs/${program.id}/end`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(ended.status).toBe(200);
    await told;
    const rejoin = await request(phone, 'participant:join', {
      code: program.code,
      rejoinToken: identity.rejoinToken,
    });
    expect(rejoin.ok ? null : rejoin.error.code).toBe('program_ended');
  });

  it('the projector waits for the day and is told when it starts', async () => {
    const { cookie, program } = await setup();
    const screen = track(await connect(t.url));
    const waiting = await request(screen, 'screen:watch', { code: program.code });
    expect(waiting.ok ? null : waiting.error.code).toBe('session_not_started');
    const told = waitFor(screen, 'program:dayStarted');
    await startDay(cookie, program, 0);
    await told;
    const state = await ok(screen, 'screen:watch', { code: program.code });
    expect(state.session).toMatchObject({ code: program.code, status: 'live' });
  });
});

function wrongPinError() {
  return {
    code: 'recover_failed',
    message: {
      ko: '닉네임이나 PIN이 맞지 않습니다. 진행자에게 도움을 요청할 수 있습니다.',
      en: 'The nickname or PIN does not match. The facilitator can help.',
    },
  };
}
