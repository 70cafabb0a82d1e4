import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlanPersonal } from '../../shared/activities/action-plan/index.js';
import { addDays } from '../../shared/program/dates.js';
import type { PersonalUpdate, ScreenState } from '../../shared/protocol/views.js';
import { hashToken } from '../../server/auth/tokens.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
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

const goal = { job: '바리스타', by: '2027-03-01' };
const SECRET_STEP = '비밀스러운 첫 단계';

/**
 * The counseling runtime end to end with the action plan (docs/design/counseling-engine.md §3, §5,
 * §8): real server, real sockets — a console, a projector, two members' phones (one member on two
 * phones) and an attacker's phone of another program.
 */
describe.each(APP_BACKENDS)('counseling runtime on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function room() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today(), addDays(today(), 1)], '상담 프로그램'),
    );
    const other = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '다른 프로그램'));
    const [a, b, attacker] = [
      await addMember(t.storage, program.id, '민지'),
      await addMember(t.storage, program.id, '준호'),
      await addMember(t.storage, other.id, '공격자'),
    ];
    const start = (programId: string, dayId: string) =>
      expectStatus<{ sessionId: string }>(
        200,
        call(t, fac.cookie, 'POST', `/api/programs/${programId}/days/${dayId}/start`, {}),
      );
    const { sessionId } = await start(program.id, program.days[0]!.id);
    await start(other.id, other.days[0]!.id);
    const console_ = track(await connect(t.url, { cookie: fac.cookie }));
    const watched = await ok(console_, 'session:watch', { sessionId });
    expect(watched.counseling).toEqual([]);
    const projector = track(await connect(t.url));
    const screens: ScreenState[] = [await ok(projector, 'screen:watch', { code: program.code })];
    projector.on('screen:stateChanged', (s) => screens.push(s));
    const join = async (code: string, token: string) => {
      const phone = track(await connect(t.url));
      const snapshot = await ok(phone, 'participant:join', { code, rejoinToken: token });
      return { phone, snapshot };
    };
    const secondToken = `token-${crypto.randomUUID()}`;
    await t.storage.members.addToken(a.id, hashToken(secondToken));
    return {
      fac,
      program,
      sessionId,
      engineActivityId: watched.activities[0]!.id,
      a,
      b,
      console_,
      projector,
      screens,
      phoneA: (await join(program.code, a.token)).phone,
      phoneA2: (await join(program.code, secondToken)).phone,
      phoneB: (await join(program.code, b.token)).phone,
      attackerPhone: (await join(other.code, attacker.token)).phone,
      join,
    };
  }

  /** Every event of these names a socket hears, in order. */
  function record(socket: TestSocket, names: readonly string[]): { name: string; payload: unknown }[] {
    const heard: { name: string; payload: unknown }[] = [];
    socket.onAny((name: string, payload: unknown) => {
      if (names.includes(name)) heard.push({ name, payload });
    });
    return heard;
  }

  const COUNSELING_EVENTS = [
    'counseling:updated',
    'personal:updated',
    'counseling:progress',
    'counseling:activityUpdated',
  ];

  it('opens an action plan; answers are stored once, reach only their member, and the console follows', async () => {
    const r = await room();
    const heardByB = record(r.phoneB, COUNSELING_EVENTS);
    const heardByAttacker = record(r.attackerPhone, COUNSELING_EVENTS);
    const heardByProjector = record(r.projector, [
      ...COUNSELING_EVENTS,
      'screen:stateChanged',
      'results:updated',
    ]);

    // Open: every member phone hears the list, each gets its own (empty) plan.
    const listed = waitFor(r.phoneB, 'counseling:updated');
    const emptyPlanA = waitFor(r.phoneA, 'personal:updated');
    const opened = await ok(r.console_, 'counseling:open', {
      programId: r.program.id,
      sessionId: r.sessionId,
      agendaKey: 'plan-line',
      type: 'action-plan',
      title: '실행 계획',
      config: { steps: 3, supportIds: ['work24'] },
    });
    expect(opened).toMatchObject({ type: 'action-plan', status: 'open', pace: 'self', phase: 'plan' });
    expect(opened.progress[r.a.id]).toEqual({ done: 0, total: 5 });
    expect((await listed).activities).toEqual([
      {
        id: opened.id,
        type: 'action-plan',
        title: '실행 계획',
        config: opened.config,
        pace: 'self',
        phase: 'plan',
      },
    ]);
    expect(((await emptyPlanA).view as ActionPlanPersonal).goal).toBeNull();
    // Opening the same line again (a co-facilitator) is the same activity.
    const again = await ok(r.console_, 'counseling:open', {
      programId: r.program.id,
      sessionId: r.sessionId,
      agendaKey: 'plan-line',
      type: 'action-plan',
      title: '다른 제목',
    });
    expect(again.id).toBe(opened.id);

    // A's answer: acked after it is on disk; A's other phone and the console hear of it.
    const answerId = crypto.randomUUID();
    const onSecondPhone = waitFor(
      r.phoneA2,
      'personal:updated',
      (u) => (u.view as ActionPlanPersonal).goal?.job === goal.job,
    );
    const progress = waitFor(r.console_, 'counseling:progress', (u) => u.progress[r.a.id]?.done === 1);
    const payload = { activityId: opened.id, answerId, itemKey: 'goal', value: goal };
    expect(await ok(r.phoneA, 'memberAnswer:submit', payload)).toEqual({ answerId, duplicate: false });
    expect((await t.storage.memberAnswers.listForMember(r.a.id, opened.id)).map((s) => s.value)).toEqual([
      goal,
    ]);
    expect(((await onSecondPhone).view as ActionPlanPersonal).goal).toEqual(goal);
    expect((await progress).progress).toMatchObject({
      [r.a.id]: { done: 1, total: 5 },
      [r.b.id]: { done: 0 },
    });

    // After a reconnect the queued resend with the same id is stored once, and the snapshot has the plan.
    r.phoneA.disconnect();
    const { phone: phoneA, snapshot } = await r.join(r.program.code, r.a.token);
    expect(await ok(phoneA, 'memberAnswer:submit', payload)).toEqual({ answerId, duplicate: true });
    const stored = await t.storage.memberAnswers.listForActivity(opened.id);
    expect(stored.map((s) => s.answerId)).toEqual([answerId]);
    expect(snapshot.member?.counseling).toHaveLength(1);
    expect((snapshot.member!.counseling[0]!.personal as ActionPlanPersonal).goal).toEqual(goal);

    // A writes a first step; B cannot write in A's plan, and B's snapshot has B's own (empty) plan only.
    await ok(phoneA, 'memberAnswer:submit', {
      activityId: opened.id,
      answerId: crypto.randomUUID(),
      itemKey: 'first-step',
      value: { what: SECRET_STEP },
    });
    const intoA = await request(r.phoneB, 'memberAnswer:submit', {
      activityId: opened.id,
      answerId: crypto.randomUUID(),
      subjectMemberId: r.a.id,
      itemKey: 'goal',
      value: goal,
    });
    expect(intoA.ok ? null : intoA.error.code).toBe('invalid_answer');
    const bAgain = await r.join(r.program.code, r.b.token);
    const bPlan = bAgain.snapshot.member!.counseling[0]!.personal as ActionPlanPersonal;
    expect(bPlan).toMatchObject({ goal: null, firstStep: null });

    // Reusing A's answer id from B's phone stores nothing.
    const stolen = await request(r.phoneB, 'memberAnswer:submit', {
      ...payload,
      value: { job: 'x', by: 'y' },
    });
    expect(stolen.ok ? null : stolen.error.code).toBe('invalid_payload');

    // A comment reaches A's phones only.
    const commented = waitFor(phoneA, 'personal:updated', (u) => u.comments.length === 1);
    const comment = await ok(r.console_, 'comment:add', {
      activityId: opened.id,
      memberId: r.a.id,
      text: '좋은 계획이에요',
    });
    expect((await commented).comments).toEqual([comment]);

    // The console reads every member's answers with nicknames.
    const answers = await ok(r.console_, 'counseling:answers', { activityId: opened.id });
    expect(answers.answers.map((x) => [x.nickname, x.itemKey]).sort()).toEqual([
      ['민지', 'first-step'],
      ['민지', 'goal'],
    ]);

    // The attacker's phone (another program) cannot answer it and heard nothing of it.
    const attack = await request(r.attackerPhone, 'memberAnswer:submit', {
      activityId: opened.id,
      answerId: crypto.randomUUID(),
      itemKey: 'goal',
      value: goal,
    });
    expect(attack.ok ? null : attack.error.code).toBe('activity_not_found');

    // Close: phones hear the list empty. Meanwhile nothing of A's reached B, the attacker or the projector.
    const emptied = waitFor(r.phoneB, 'counseling:updated', (u) => u.activities.length === 0);
    expect((await ok(r.console_, 'counseling:close', { activityId: opened.id })).status).toBe('closed');
    await emptied;
    const closedAnswer = await request(phoneA, 'memberAnswer:submit', {
      activityId: opened.id,
      answerId: crypto.randomUUID(),
      itemKey: 'step:1',
      value: { what: '하기', when: '', support: '' },
    });
    expect(closedAnswer.ok ? null : closedAnswer.error.code).toBe('activity_not_open');
    const bHeard = JSON.stringify(heardByB);
    for (const secret of [goal.job, SECRET_STEP, '좋은 계획이에요']) expect(bHeard).not.toContain(secret);
    for (const update of heardByB.filter((e) => e.name === 'personal:updated'))
      expect((update.payload as PersonalUpdate).comments).toEqual([]);
    expect(heardByB.some((e) => e.name === 'counseling:progress')).toBe(false);
    expect(heardByAttacker).toEqual([]);
    const projected = JSON.stringify([r.screens, heardByProjector]);
    for (const secret of ['민지', '준호', goal.job, SECRET_STEP]) expect(projected).not.toContain(secret);
    expect(heardByProjector.filter((e) => COUNSELING_EVENTS.includes(e.name))).toEqual([]);
    expect(r.screens.every((s) => s.counseling === null)).toBe(true);
  });

  it('an engine activity opened while a live counseling one is open closes it, and the console hears it', async () => {
    const r = await room();
    const made = await t.storage.counselingActivities.createOrGet({
      programId: r.program.id,
      sessionId: r.sessionId,
      agendaKey: null,
      type: 'strength-cards',
      title: '강점 카드',
      config: {},
      pace: 'live',
      phase: 'sort',
      groupingId: null,
    });
    if (!made || typeof made === 'string') throw new Error(`not made: ${made}`);
    const live = made.activity;
    await t.storage.counselingActivities.open(live.id);
    const closed = waitFor(r.console_, 'counseling:activityUpdated', (v) => v.id === live.id);
    await ok(r.console_, 'activity:open', { sessionId: r.sessionId, activityId: r.engineActivityId });
    expect((await closed).status).toBe('closed');
    expect((await t.storage.counselingActivities.get(live.id))!.status).toBe('closed');
    expect((await t.storage.sessions.findById(r.sessionId))!.currentActivityId).toBe(r.engineActivityId);
    // The engine's answer path does not take a counseling activity's id.
    const engineAnswer = await request(r.phoneA, 'answer:submit', {
      activityId: live.id,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    });
    expect(engineAnswer.ok ? null : engineAnswer.error.code).toBe('activity_not_found');
  });
  it('note:show and note:hold let a note through to its receiver or hold it; the console reads its state', async () => {
    const r = await room();
    // Each phone's own view at the open comes first; only what follows is about the note.
    const openedViews = [waitFor(r.phoneA, 'personal:updated'), waitFor(r.phoneB, 'personal:updated')];
    const opened = await ok(r.console_, 'counseling:open', {
      programId: r.program.id,
      sessionId: r.sessionId,
      type: 'action-plan',
      title: '실행 계획',
    });
    await Promise.all(openedViews);
    // A note from A about B, held (as a module with held notes stores it).
    const stored = await t.storage.memberAnswers.submit({
      activityId: opened.id,
      memberId: r.a.id,
      answerId: crypto.randomUUID(),
      subjectMemberId: r.b.id,
      itemKey: 'note',
      value: { text: '고마워요' },
      noteState: 'held',
    });
    if (!stored.ok || stored.duplicate) throw new Error('note not stored');
    const heardByA = record(r.phoneA, ['personal:updated']);
    const toB = waitFor(r.phoneB, 'personal:updated', (u) => u.activityId === opened.id);
    const answerIds = [stored.stored.answerId];
    expect(await ok(r.console_, 'note:show', { activityId: opened.id, answerIds })).toEqual({ changed: 1 });
    await toB;
    expect(await ok(r.console_, 'note:show', { activityId: opened.id, answerIds })).toEqual({ changed: 0 });
    const state = async () =>
      (await ok(r.console_, 'counseling:answers', { activityId: opened.id })).answers.map((x) => x.noteState);
    expect(await state()).toEqual(['shown']);
    expect(await ok(r.console_, 'note:hold', { activityId: opened.id, answerIds })).toEqual({ changed: 1 });
    expect(await state()).toEqual(['held']);
    // A made-up answer id changes nothing; the giver's phones were not told (only the receiver's view changed).
    const none = await ok(r.console_, 'note:show', {
      activityId: opened.id,
      answerIds: [crypto.randomUUID()],
    });
    expect(none).toEqual({ changed: 0 });
    expect(heardByA).toEqual([]);
  });
});
