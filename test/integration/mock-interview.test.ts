import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MockInterviewPersonal } from '../../shared/activities/mock-interview/types.js';
import type { MockInterviewConfig } from '../../shared/activities/mock-interview/config.js';
import { questionData } from '../../shared/content/interview/index.js';
import { mockInterview } from '../../shared/activities/mock-interview/index.js';
import { interviewRubric } from '../../shared/content/interview/rubric.js';
import { ROUND_FACILITATOR_EVENT_NAMES } from '../../shared/protocol/events.js';
import type { GroupRoundView, PersonalUpdate } from '../../shared/protocol/views.js';

type RoundFacilitatorEvent = (typeof ROUND_FACILITATOR_EVENT_NAMES)[number];
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

const NICKNAMES = ['가람', '나래', '다온', '라온', '마루', '바다'];

describe.each(APP_BACKENDS)('mock interview rounds on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = async (s: Promise<TestSocket>) => {
    const socket = await s;
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  /**
   * A running program day, six members on phones in two triads, the console, the projector (all it
   * hears is kept) and a mock interview opened in the triads.
   */
  async function setup(config: Partial<MockInterviewConfig> = {}) {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '모의면접'));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    const phones = new Map<string, TestSocket>();
    const views = new Map<string, PersonalUpdate[]>();
    for (const m of members) {
      const socket = await track(connect(t.url));
      await ok(socket, 'participant:join', { code: program.code, rejoinToken: m.token });
      const heard: PersonalUpdate[] = [];
      socket.on('personal:updated', (u) => heard.push(u));
      phones.set(m.id, socket);
      views.set(m.id, heard);
    }
    const projector = await track(connect(t.url));
    await ok(projector, 'screen:watch', { code: program.code });
    const onScreen: unknown[] = [];
    projector.onAny((...args: unknown[]) => onScreen.push(args));
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    const grouping = await ok(console, 'grouping:form', { programId: program.id, kind: 'triads', seed: 1 });
    const groups = grouping.groups.map((g) => g.members.map((m) => m.id));
    expect(groups.map((g) => g.length)).toEqual([3, 3]);
    // Made in storage as the console's `counseling:open` makes it (that event has its own tests).
    const made = await t.storage.counselingActivities.createOrGet({
      programId: program.id,
      sessionId,
      agendaKey: null,
      type: 'mock-interview',
      title: '모의면접 1',
      config: { ...mockInterview.defaultConfig(), minutesPerRound: 5, ...config },
      pace: 'live',
      phase: mockInterview.phases[0],
      groupingId: grouping.id,
    });
    if (!made || made === 'too_many_activities') throw new Error('mock interview not made');
    const activity = made.activity;
    await t.storage.counselingActivities.open(activity.id);
    return {
      fac,
      program,
      members,
      phones,
      views,
      projector,
      onScreen,
      console,
      groups,
      activityId: activity.id,
    };
  }
  type World = Awaited<ReturnType<typeof setup>>;

  const phone = (w: World, id: string) => w.phones.get(id)!;
  /** The next personal view a member's phone hears for the activity. */
  const nextView = (w: World, id: string) =>
    waitFor(phone(w, id), 'personal:updated', (u) => u.activityId === w.activityId).then(
      (u) => u.view as MockInterviewPersonal,
    );
  /** Round 1 of a triad (rotation): seat 0 asks, seat 1 is the candidate, seat 2 observes. */
  const cast = (group: string[]) => ({ interviewer: group[0]!, candidate: group[1]!, observer: group[2]! });

  async function startRound(w: World): Promise<GroupRoundView[]> {
    const heard = w.members.map((m) => waitFor(phone(w, m.id), 'round:updated'));
    // Every member with a role gets a personal view with it (after the round, on the same socket).
    const roled = w.members.map((m) =>
      waitFor(phone(w, m.id), 'personal:updated', (u) => (u.view as MockInterviewPersonal).round === 1),
    );
    const view = await ok(w.console, 'round:start', { activityId: w.activityId });
    expect(view.groups.map((g) => [g.groupNo, g.round, g.rounds])).toEqual([
      [1, 1, 3],
      [2, 1, 3],
    ]);
    const rounds = await Promise.all(heard);
    const views = await Promise.all(roled);
    expect(views.map((u) => (u.view as MockInterviewPersonal).role).sort()).toEqual([
      'candidate',
      'candidate',
      'interviewer',
      'interviewer',
      'observer',
      'observer',
    ]);
    // Each phone hears its own group's round only.
    w.members.forEach((m, i) => {
      const own = w.groups.findIndex((g) => g.includes(m.id)) + 1;
      expect(rounds[i]).toEqual(view.groups[own - 1]);
    });
    return view.groups;
  }

  const submit = (
    socket: TestSocket,
    activityId: string,
    p: { subject: string; item: string; value: unknown },
  ) =>
    request(socket, 'memberAnswer:submit', {
      activityId,
      answerId: crypto.randomUUID(),
      subjectMemberId: p.subject,
      round: 1,
      itemKey: p.item,
      value: p.value,
    });

  it("runs a triad's round end to end: roles, a drawn question, the observer's scores in the candidate's view", async () => {
    const w = await setup();
    const groups = await startRound(w);
    const one = cast(w.groups[0]!);
    expect(Object.fromEntries(groups[0]!.roles.map((r) => [r.memberId, r.role]))).toEqual({
      [one.interviewer]: 'interviewer',
      [one.candidate]: 'candidate',
      [one.observer]: 'observer',
    });

    const [asks, watches, answers] = [
      nextView(w, one.interviewer),
      nextView(w, one.observer),
      nextView(w, one.candidate),
    ];
    expect(await ok(phone(w, one.interviewer), 'question:draw', { activityId: w.activityId })).toEqual({
      activityId: w.activityId,
      round: 1,
    });
    const [interviewer, observer, candidate] = await Promise.all([asks, watches, answers]);
    expect(interviewer).toMatchObject({ role: 'interviewer', round: 1 });
    expect(interviewer.question?.goodAnswerShows).not.toBeNull();
    expect(observer.question).toEqual({ ...interviewer.question, goodAnswerShows: null });
    expect(observer.rubric).toHaveLength(interviewRubric.length);
    expect(candidate).toMatchObject({ role: 'candidate', question: null, rubric: null });

    // The observer scores every criterion and writes a strength and a suggestion about the candidate.
    const scoring = phone(w, one.observer);
    for (const [i, c] of interviewRubric.entries()) {
      const ack = await submit(scoring, w.activityId, {
        subject: one.candidate,
        item: `rubric:${c.id}`,
        value: { score: (i % 5) + 1 },
      });
      expect(ack.ok).toBe(true);
    }
    const lastView = waitFor(
      phone(w, one.candidate),
      'personal:updated',
      (u) => (u.view as MockInterviewPersonal).received[0]?.suggestions.length === 1,
    );
    expect(
      (
        await submit(scoring, w.activityId, {
          subject: one.candidate,
          item: 'strength',
          value: { text: '결론부터 말함' },
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await submit(scoring, w.activityId, {
          subject: one.candidate,
          item: 'suggestion',
          value: { text: '예시를 더' },
        })
      ).ok,
    ).toBe(true);
    const received = ((await lastView).view as MockInterviewPersonal).received;
    expect(received).toHaveLength(1);
    expect(received[0]!.scores.map((s) => s.scores)).toEqual(interviewRubric.map((_, i) => [(i % 5) + 1]));
    expect(received[0]!.strengths).toEqual([{ text: '결론부터 말함', from: null }]);

    // Nobody but the candidate and its giver (and the console) holds the feedback; the projector no names.
    // (The observer's own view shows what they wrote, as "mine", never as received.)
    const observerViews = w.views.get(one.observer)!.map((u) => u.view as MockInterviewPersonal);
    expect(observerViews.every((v) => v.received.length === 0)).toBe(true);
    expect(observerViews.at(-1)?.mine).toMatchObject({
      candidateId: one.candidate,
      strength: '결론부터 말함',
    });
    for (const m of w.members) {
      if (m.id === one.candidate || m.id === one.observer) continue;
      const seen = JSON.stringify(w.views.get(m.id));
      expect(seen).not.toContain('결론부터 말함');
      expect(seen).not.toContain('예시를 더');
    }
    const screen = JSON.stringify(w.onScreen);
    for (const nickname of NICKNAMES) expect(screen).not.toContain(nickname);
    expect(screen).not.toContain('결론부터 말함');
  });

  it("refuses an observer of another group scoring this group's candidate, and anyone else drawing", async () => {
    const w = await setup();
    await startRound(w);
    const one = cast(w.groups[0]!);
    const two = cast(w.groups[1]!);
    const code = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
      const ack = await p;
      return ack.ok ? 'ok' : ack.error!.code;
    };
    // Group 2's observer is an observer this round, but not of group 1's candidate.
    expect(
      await code(
        submit(phone(w, two.observer), w.activityId, {
          subject: one.candidate,
          item: 'rubric:structure',
          value: { score: 1 },
        }),
      ),
    ).toBe('not_in_group');
    // Group 1's interviewer and candidate cannot score.
    expect(
      await code(
        submit(phone(w, one.interviewer), w.activityId, {
          subject: one.candidate,
          item: 'rubric:structure',
          value: { score: 1 },
        }),
      ),
    ).toBe('wrong_role');
    expect(
      await code(
        submit(phone(w, one.candidate), w.activityId, {
          subject: one.candidate,
          item: 'rubric:structure',
          value: { score: 1 },
        }),
      ),
    ).toBe('wrong_role');
    for (const id of [one.candidate, one.observer, two.observer])
      expect(await code(request(phone(w, id), 'question:draw', { activityId: w.activityId }))).toBe(
        'wrong_role',
      );
    expect(await t.storage.memberAnswers.listForActivity(w.activityId)).toEqual([]);
  });

  it('extends one group, pauses all; a reconnecting phone gets its role and timer back', async () => {
    const w = await setup();
    const before = await startRound(w);
    const one = cast(w.groups[0]!);
    const two = cast(w.groups[1]!);
    const extended = waitFor(phone(w, two.candidate), 'round:updated');
    await ok(w.console, 'round:extend', { activityId: w.activityId, groupNo: 2, seconds: 60 });
    expect((await extended).endsAt).toBe(before[1]!.endsAt + 60_000);
    // Group 1 was not extended: the next thing its phone hears is the pause of all.
    const paused = waitFor(phone(w, one.candidate), 'round:updated');
    const view = await ok(w.console, 'round:pause', { activityId: w.activityId });
    expect(await paused).toMatchObject({ groupNo: 1, endsAt: before[0]!.endsAt });
    expect((await paused).pausedRemainingMs).not.toBeNull();

    phone(w, one.candidate).disconnect();
    const again = await track(connect(t.url));
    const member = w.members.find((m) => m.id === one.candidate)!;
    const snapshot = await ok(again, 'participant:join', { code: w.program.code, rejoinToken: member.token });
    expect(snapshot.member?.rounds).toEqual([view.groups[0]]);
    const item = snapshot.member?.counseling.find((c) => c.activity.id === w.activityId);
    expect(item?.personal).toMatchObject({ role: 'candidate', round: 1 });
  });

  it('rotates the stored roles over three rounds: each member is candidate once; a fourth start changes nothing', async () => {
    const w = await setup();
    await startRound(w);
    const candidates: string[] = [];
    for (let round = 2; round <= 3; round++) {
      const view = await ok(w.console, 'round:start', { activityId: w.activityId });
      expect(view.groups.map((g) => g.round)).toEqual([round, round]);
    }
    for (const r of await t.storage.rounds.list(w.activityId))
      candidates.push(...r.roles.filter((x) => x.role === 'candidate').map((x) => x.memberId));
    expect(candidates.sort()).toEqual(w.members.map((m) => m.id).sort());
    const last = await ok(w.console, 'round:start', { activityId: w.activityId });
    expect(last.groups.map((g) => [g.round, g.endedAt])).toEqual([
      [3, null],
      [3, null],
    ]);
    // Earlier rounds ended when the next one started: one clock per group.
    const ended = (await t.storage.rounds.list(w.activityId)).filter((r) => r.round < 3);
    expect(ended.every((r) => r.endedAt !== null)).toBe(true);
  });

  it("draws from the candidate's own job family (from the intake) when the config says 'own'", async () => {
    const w = await setup({ jobFamily: 'own', questionTypes: ['job'] });
    const one = cast(w.groups[0]!);
    expect(await t.storage.members.setJobFamily(w.program.id, one.candidate, 'it')).toBe(true);
    await startRound(w);
    const families: string[] = [];
    for (let i = 0; i < 4; i++) {
      const view = nextView(w, one.interviewer);
      await ok(phone(w, one.interviewer), 'question:draw', { activityId: w.activityId });
      const asked = (await view).question?.id;
      const drawn = questionData.find((q) => q.id === asked)!;
      expect([drawn.type, ['it', 'common'].includes(drawn.jobFamily)]).toEqual(['job', true]);
      families.push(drawn.jobFamily);
    }
    // Four draws without a repeat from 2 common job questions must reach the candidate's own family.
    expect(families).toContain('it');
  });

  it("answers another center's facilitator and another program's member like an unknown activity", async () => {
    const w = await setup();
    const other = await loginFacilitator(t);
    const intruder = await track(connect(t.url, { cookie: other.cookie }));
    const payloads = (activityId: string): Record<RoundFacilitatorEvent, unknown> => ({
      'round:start': { activityId },
      'round:pause': { activityId },
      'round:resume': { activityId, groupNo: 1 },
      'round:end': { activityId },
      'round:extend': { activityId, seconds: 60 },
    });
    for (const event of ROUND_FACILITATOR_EVENT_NAMES) {
      for (const activityId of [w.activityId, crypto.randomUUID()]) {
        const ack = await request(intruder, event, payloads(activityId)[event] as never);
        expect({ event, code: ack.ok ? null : ack.error.code }).toEqual({
          event,
          code: 'activity_not_found',
        });
      }
    }
    expect(await t.storage.rounds.current(w.activityId)).toEqual([]);
    // A member of the other center's program, proven on its phone (waiting in its lobby).
    const theirs = await createProgram(t, other.cookie, scratchBody([other.user.id], [today()], '다른 센터'));
    const stranger = await addMember(t.storage, theirs.id, '낯선이');
    const strangerPhone = await track(connect(t.url));
    await ok(strangerPhone, 'participant:join', { code: theirs.code, rejoinToken: stranger.token });
    await startRound(w);
    for (const activityId of [w.activityId, crypto.randomUUID()]) {
      const ack = await request(strangerPhone, 'question:draw', { activityId });
      expect(ack.ok ? null : ack.error.code).toBe('activity_not_found');
    }
  });
});
