import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionPlan } from '../../shared/activities/action-plan/index.js';
import type { CounselingType } from '../../shared/activities/counseling-module.js';
import { counselingModule } from '../../shared/activities/counseling-registry.js';
import { mockInterview } from '../../shared/activities/mock-interview/index.js';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
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
 * The console's watch snapshot carries the rounds (`rounds`): a console that reloads mid-round
 * sees what the last round event's ack said, without waiting for the next one.
 */
describe.each(APP_BACKENDS)("the console snapshot's rounds on $name", (backend) => {
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

  /** A running program day, six members (no phones needed) in two triads, and the console. */
  async function setup() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '모의면접'));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of ['가람', '나래', '다온', '라온', '마루', '바다'])
      members.push(await addMember(t.storage, program.id, nickname));
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    await ok(console, 'session:watch', { sessionId });
    const grouping = await ok(console, 'grouping:form', { programId: program.id, kind: 'triads', seed: 1 });
    /** Made and opened in storage as `counseling:open` does it (that event has its own tests). */
    const open = async (type: CounselingType, title: string) => {
      const module = counselingModule(type)!;
      if (module.openedBy !== 'line') throw new Error(`${type} is not opened by a line`);
      const made = await t.storage.counselingActivities.createOrGet({
        programId: program.id,
        sessionId,
        agendaKey: null,
        type,
        title,
        config: module.defaultConfig(),
        pace: module.pace,
        phase: module.phases[0],
        groupingId: module.roles ? grouping.id : null,
      });
      if (!made || made === 'too_many_activities') throw new Error(`${type} not made`);
      await t.storage.counselingActivities.open(made.activity.id);
      return made.activity.id;
    };
    /** What a console that (re)connects now is sent: a new socket watching the day, as the page does. */
    const freshSnapshot = async () => {
      const reloaded = await track(connect(t.url, { cookie: fac.cookie }));
      return ok(reloaded, 'session:watch', { sessionId });
    };
    return { program, members, grouping, console, open, freshSnapshot };
  }

  it('gives a console that connects mid-round the rounds the last ack returned; a closed activity none', async () => {
    const w = await setup();
    const interview = await w.open(mockInterview.type, '모의면접 1');
    // A self-paced task is open too: its module has no roles, so it has no rounds.
    const task = await w.open(actionPlan.type, '실행 계획');
    // Open but no round yet: its view is there, with no group in it.
    expect((await w.freshSnapshot()).rounds).toEqual([
      expect.objectContaining({ activityId: interview, groups: [] }),
    ]);

    await ok(w.console, 'round:start', { activityId: interview });
    // Group 1's observer (round 1: seat 2) scores one criterion: progress that is not all zeros.
    const [, candidate, observer] = w.grouping.groups[0]!.members.map((m) => m.id);
    const phone = await track(connect(t.url));
    const token = w.members.find((m) => m.id === observer)!.token;
    await ok(phone, 'participant:join', { code: w.program.code, rejoinToken: token });
    const scored = await request(phone, 'memberAnswer:submit', {
      activityId: interview,
      answerId: crypto.randomUUID(),
      subjectMemberId: candidate!,
      round: 1,
      itemKey: 'rubric:structure',
      value: { score: 4 },
    });
    expect(scored.ok).toBe(true);
    const acked = await ok(w.console, 'round:pause', { activityId: interview, groupNo: 1 });
    expect(acked.groups.map((g) => [g.groupNo, g.round, g.pausedRemainingMs === null])).toEqual([
      [1, 1, false],
      [2, 1, true],
    ]);
    expect(Object.keys(acked.progress)).toHaveLength(6);
    expect(acked.progress[observer!]).toEqual({ done: 0, total: 1 });
    expect(acked.groups.flatMap((g) => g.roles.map((r) => r.nickname)).every(Boolean)).toBe(true);

    const snapshot = await w.freshSnapshot();
    expect(snapshot.rounds).toEqual([acked]);
    expect(snapshot.rounds.map((r) => r.activityId)).not.toContain(task);

    // Closed, it contributes nothing (its rounds stay stored for the report).
    expect((await ok(w.console, 'counseling:close', { activityId: interview })).status).toBe('closed');
    expect((await w.freshSnapshot()).rounds).toEqual([]);
  });

  it("a quick session's snapshot has no rounds", async () => {
    const fac = await loginFacilitator(t);
    const session = await createSession(t, fac.cookie, { title: '빠른 세션', activities: [] });
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    const snapshot = await ok(console, 'session:watch', { sessionId: session.id });
    expect(snapshot.session.program).toBeNull();
    expect(snapshot.rounds).toEqual([]);
  });
});
