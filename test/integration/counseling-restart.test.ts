import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockInterviewPersonal } from '../../shared/activities/mock-interview/types.js';
import { mockInterview } from '../../shared/activities/mock-interview/index.js';
import { interviewRubric } from '../../shared/content/interview/rubric.js';
import type { GroupRoundView } from '../../shared/protocol/views.js';
import { openStorage } from '../../server/storage/index.js';
import { loginFacilitator } from '../helpers/app.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import { addMember, call, createProgram, expectStatus, scratchBody, today } from './program-fixtures.js';

const NICKNAMES = ['가람', '나래', '다온', '라온', '마루', '바다'];

/**
 * SIGKILL mid-round (issue 10, Tests): a real server process runs a mock interview in two triads
 * with a paused group, an extended group, a drawn question and acked rubric scores; it is killed the
 * moment the last ack arrives and started again on the same SQLite file. Groups, stored roles, each
 * group's timer and every acked member answer are there; a phone that reconnects gets its group,
 * role and timer back from the snapshot, and a resent answer is stored once.
 */
describe('a mock interview survives SIGKILL mid-round', () => {
  let dir: string;
  let databaseUrl: string;
  let server: ChildServer | null = null;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'moim-round-kill-'));
    databaseUrl = join(dir, 'moim.sqlite');
  });
  afterAll(() => {
    for (const s of sockets.splice(0)) s.disconnect();
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('groups, roles, timers and acked answers are all there after restart; a phone gets its round back', async () => {
    server = await startChildServer({ DATABASE_URL: databaseUrl });
    const seed = await openStorage(databaseUrl);
    const fac = await loginFacilitator({ storage: seed, url: server.url });
    const program = await createProgram(
      server,
      fac.cookie,
      scratchBody([fac.user.id], [today()], '재시작 면접'),
    );
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(server, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(seed, program.id, nickname));
    await seed.close();

    const console_ = track(await connect(server.url, { cookie: fac.cookie }));
    await ok(console_, 'session:watch', { sessionId });
    const phones = new Map<string, TestSocket>();
    for (const m of members) {
      const phone = track(await connect(server.url));
      await ok(phone, 'participant:join', { code: program.code, rejoinToken: m.token });
      phones.set(m.id, phone);
    }
    const grouping = await ok(console_, 'grouping:form', { programId: program.id, kind: 'triads', seed: 7 });
    const groups = grouping.groups.map((g) => g.members.map((m) => m.id));
    expect(groups.map((g) => g.length)).toEqual([3, 3]);
    const opened = await ok(console_, 'counseling:open', {
      programId: program.id,
      sessionId,
      type: 'mock-interview',
      title: '모의면접',
      config: { ...mockInterview.defaultConfig(), minutesPerRound: 5 },
      groupingId: grouping.id,
    });
    const activityId = opened.id;

    // Round 1 in both triads; round 2 in both (so rotation has moved); then group 2 extended, group 1 paused.
    const roled = members.map((m) =>
      waitFor(phones.get(m.id)!, 'personal:updated', (u) => (u.view as MockInterviewPersonal).round === 2),
    );
    await ok(console_, 'round:start', { activityId });
    await ok(console_, 'round:start', { activityId });
    await Promise.all(roled);
    await ok(console_, 'round:extend', { activityId, groupNo: 2, seconds: 120 });
    const before = await ok(console_, 'round:pause', { activityId, groupNo: 1 });
    expect(before.groups.map((g) => [g.round, g.pausedRemainingMs === null])).toEqual([
      [2, false],
      [2, true],
    ]);
    const roleOf = (g: GroupRoundView, role: string) => g.roles.find((r) => r.role === role)!.memberId;

    // Group 1's interviewer draws a question; both observers score every criterion of their candidate.
    const interviewer = roleOf(before.groups[0]!, 'interviewer');
    const asked = waitFor(phones.get(interviewer)!, 'personal:updated', (u) => {
      const v = u.view as MockInterviewPersonal;
      return v.round === 2 && v.question !== null;
    });
    await ok(phones.get(interviewer)!, 'question:draw', { activityId });
    const question = ((await asked).view as MockInterviewPersonal).question;
    expect(question).not.toBeNull();
    const acked: {
      answerId: string;
      observer: string;
      candidate: string;
      itemKey: string;
      value: unknown;
    }[] = [];
    for (const g of before.groups) {
      const observer = roleOf(g, 'observer');
      const candidate = roleOf(g, 'candidate');
      for (const [i, c] of interviewRubric.entries())
        acked.push({
          answerId: crypto.randomUUID(),
          observer,
          candidate,
          itemKey: `rubric:${c.id}`,
          value: { score: (i % 5) + 1 },
        });
      acked.push({
        answerId: crypto.randomUUID(),
        observer,
        candidate,
        itemKey: 'strength',
        value: { text: `강점 ${g.groupNo}` },
      });
    }
    const submit = (a: (typeof acked)[number]) =>
      ok(phones.get(a.observer)!, 'memberAnswer:submit', {
        activityId,
        answerId: a.answerId,
        subjectMemberId: a.candidate,
        round: 2,
        itemKey: a.itemKey,
        value: a.value,
      });
    // All in flight at once; the process dies the moment the last ack arrives.
    const acks = await Promise.all(acked.map(submit));
    expect(acks.every((a) => !a.duplicate)).toBe(true);
    server.child.kill('SIGKILL');
    await server.exited;
    for (const s of sockets.splice(0)) s.disconnect();

    server = await startChildServer({ DATABASE_URL: databaseUrl });
    const watcher = track(await connect(server.url, { cookie: fac.cookie }));
    const snapshot = await ok(watcher, 'session:watch', { sessionId });
    expect(snapshot.groupings.map((g) => [g.id, g.groups.map((x) => x.members.map((m) => m.id))])).toEqual([
      [grouping.id, groups],
    ]);
    expect(snapshot.counseling.find((c) => c.id === activityId)).toMatchObject({
      status: 'open',
      groupingId: grouping.id,
    });
    // Every acked answer, once, as sent.
    const stored = (await ok(watcher, 'counseling:answers', { activityId })).answers;
    expect(stored.map((s) => s.answerId).sort()).toEqual(acked.map((a) => a.answerId).sort());
    for (const a of acked)
      expect(stored.find((s) => s.answerId === a.answerId)).toMatchObject({
        memberId: a.observer,
        subjectMemberId: a.candidate,
        round: 2,
        itemKey: a.itemKey,
        value: a.value,
      });

    // Each phone reconnects: its group, its stored role and its group's timer (paused stays paused).
    for (const m of members) {
      const phone = track(await connect(server.url));
      const back = await ok(phone, 'participant:join', { code: program.code, rejoinToken: m.token });
      const groupNo = groups.findIndex((g) => g.includes(m.id)) + 1;
      expect(back.member?.groups).toEqual([
        expect.objectContaining({
          groupingId: grouping.id,
          groupNo,
          seat: groups[groupNo - 1]!.indexOf(m.id),
        }),
      ]);
      expect(back.member?.rounds).toEqual([before.groups[groupNo - 1]]);
      const item = back.member?.counseling.find((c) => c.activity.id === activityId);
      const role = before.groups[groupNo - 1]!.roles.find((r) => r.memberId === m.id)!.role;
      expect(item?.personal).toMatchObject({ round: 2, role });
      if (m.id === interviewer) expect((item?.personal as MockInterviewPersonal).question).toEqual(question);
      // A resend of an acked answer (the phone never saw the ack) stores nothing new.
      for (const a of acked.filter((x) => x.observer === m.id)) {
        const resent = await request(phone, 'memberAnswer:submit', {
          activityId,
          answerId: a.answerId,
          subjectMemberId: a.candidate,
          round: 2,
          itemKey: a.itemKey,
          value: a.value,
        });
        expect(resent).toEqual({ ok: true, data: { answerId: a.answerId, duplicate: true } });
      }
    }
    expect((await ok(watcher, 'counseling:answers', { activityId })).answers).toHaveLength(acked.length);

    // The clocks go on from the stored state: group 1 resumes with the time it had left.
    const resumed = await ok(watcher, 'round:resume', { activityId, groupNo: 1 });
    expect(resumed.groups[0]).toMatchObject({ round: 2, pausedRemainingMs: null, endedAt: null });
    expect(resumed.groups[1]).toEqual(before.groups[1]);
  });
});
