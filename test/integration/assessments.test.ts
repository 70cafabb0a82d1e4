import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstrumentPersonal } from '../../shared/activities/instrument/index.js';
import { scoreWave } from '../../shared/assessment/score.js';
import { addDays } from '../../shared/program/dates.js';
import type { WaveProgressView } from '../../shared/protocol/wave-views.js';
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

/** SWLS: five items on 1..7, at most one missing for a score. */
const SWLS = ['swls-1', 'swls-2', 'swls-3', 'swls-4', 'swls-5'];

/**
 * Instrument waves end to end (docs/design/assessments-reports.md §2.3, §2.4, §11 step 4a): a real
 * server, a console and members' phones take SWLS before and after through sockets.
 */
describe.each(APP_BACKENDS)('assessment waves on $name', (backend) => {
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

  async function world(names: string[]) {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today(), addDays(today(), 1), addDays(today(), 2)], '자기 점검 프로그램'),
    );
    const plan = await t.storage.assessments.replacePlan({
      programId: program.id,
      version: (await t.storage.assessments.plan(program.id))!.version,
      waves: (['pre', 'post'] as const).map((kind) => ({
        instrumentId: 'swls',
        kind,
        plannedDayId: null,
        instrumentVersion: 1,
        anonymous: false,
      })),
    });
    if (!plan.ok) throw new Error(plan.code);
    const pre = plan.waves.find((w) => w.kind === 'pre')!;
    const post = plan.waves.find((w) => w.kind === 'post')!;
    const members = await Promise.all(names.map((n) => addMember(t.storage, program.id, n)));
    const startDay = async (index: number) =>
      (
        await expectStatus<{ sessionId: string }>(
          200,
          call(
            t,
            fac.cookie,
            'POST',
            `/api/programs/${program.id}/days/${program.days[index]!.id}/start`,
            {},
          ),
        )
      ).sessionId;
    const console_ = track(await connect(t.url, { cookie: fac.cookie }));
    const phone = async (token: string) => {
      const socket = track(await connect(t.url));
      const snapshot = await ok(socket, 'participant:join', { code: program.code, rejoinToken: token });
      return { socket, snapshot };
    };
    return { fac, program, pre, post, members, startDay, console_, phone };
  }

  const answer = (socket: TestSocket, activityId: string, itemKey: string, value: number | null) =>
    request(socket, 'memberAnswer:submit', { activityId, answerId: crypto.randomUUID(), itemKey, value });

  async function answerAll(socket: TestSocket, activityId: string, values: readonly (number | null)[]) {
    for (const [i, value] of values.entries()) {
      const ack = await answer(socket, activityId, SWLS[i]!, value);
      if (!ack.ok) throw new Error(ack.error.code);
    }
  }

  it('members take pre and post; late, recovered, resent, raced, auto-submitted and reminded as the design says', async () => {
    const w = await world(['가온', '나래', '다온', '라온', '마루', '바다']);
    type M = (typeof w.members)[number];
    const [gaon, narae, daon, raon, maru, bada] = w.members as [M, M, M, M, M, M];
    const day1 = await w.startDay(0);
    const watched = await ok(w.console_, 'session:watch', { sessionId: day1 });
    expect(watched.waves.map((v) => [v.kind, v.status, v.dayNumber, v.submitted, v.total])).toEqual([
      ['pre', 'planned', 1, 0, 6],
      ['post', 'planned', 3, 0, 6],
    ]);

    // Day 1: the pre opens; every phone of the program hears the task, with its own (empty) view.
    const phones = new Map<string, TestSocket>();
    for (const m of [gaon, narae, daon, maru, bada]) phones.set(m.id, (await w.phone(m.token)).socket);
    const listed = waitFor(phones.get(gaon.id)!, 'counseling:updated', (u) => u.activities.length === 1);
    const opened = await ok(w.console_, 'wave:open', { waveId: w.pre.id, minutes: 15 });
    expect(opened).toMatchObject({ status: 'open', kind: 'pre', submitted: 0, started: 0, total: 6 });
    const activityId = opened.activityId!;
    expect((await listed).activities[0]).toMatchObject({ id: activityId, type: 'instrument', pace: 'self' });
    // A line cannot open (or close) a wave's task: only the wave can.
    const byLine = await request(w.console_, 'counseling:open', {
      programId: w.program.id,
      sessionId: day1,
      type: 'instrument',
      title: '직접 열기',
    });
    expect(byLine.ok ? null : byLine.error.code).toBe('use_wave_open');
    const closeByLine = await request(w.console_, 'counseling:close', { activityId });
    expect(closeByLine.ok ? null : closeByLine.error.code).toBe('use_wave_open');

    // 가온 answers everything and hands in; a resent hand-in stores nothing new.
    const gaonPhone = phones.get(gaon.id)!;
    const counted = waitFor(w.console_, 'waves:progress', (u) => u.waves[0]!.submitted === 1);
    await answerAll(gaonPhone, activityId, [5, 6, 5, 4, 3]);
    const handed = await ok(gaonPhone, 'assessment:submit', { activityId });
    expect(handed.duplicate).toBe(false);
    expect((await ok(gaonPhone, 'assessment:submit', { activityId })).duplicate).toBe(true);
    expect((await counted).waves[0]).toMatchObject({ submitted: 1, members: { [gaon.id]: 'done' } });
    const refused = await answer(gaonPhone, activityId, 'swls-1', 1);
    expect(refused.ok ? null : refused.error.code).toBe('wave_submitted');
    const gaonScores = await t.storage.assessments.scores(w.pre.id);
    expect(gaonScores).toHaveLength(1);
    expect(gaonScores[0]).toMatchObject({
      memberId: gaon.id,
      score: 23,
      takenDayNumber: 1,
      autoSubmitted: false,
      itemValues: { 'swls-1': 5, 'swls-2': 6, 'swls-3': 5, 'swls-4': 4, 'swls-5': 3 },
    });

    // An answer racing the hand-in is scored or refused, never stored after the score.
    const naraePhone = phones.get(narae!.id)!;
    await answerAll(naraePhone, activityId, [2, 2, 2, 2]);
    const [late, submitted] = await Promise.all([
      answer(naraePhone, activityId, 'swls-5', 7),
      ok(naraePhone, 'assessment:submit', { activityId }),
    ]);
    expect(submitted.duplicate).toBe(false);
    const [naraeScore] = (await t.storage.assessments.scores(w.pre.id)).filter(
      (s) => s.memberId === narae!.id,
    );
    if (late.ok) expect(naraeScore!.itemValues['swls-5']).toBe(7);
    else {
      expect(late.error.code).toBe('wave_submitted');
      expect(naraeScore!.itemValues['swls-5']).toBeUndefined();
    }
    const stored = await t.storage.memberAnswers.listForMember(narae!.id, activityId);
    expect(stored.map((a) => a.itemKey).sort()).toEqual(Object.keys(naraeScore!.itemValues).sort());

    // 다온 answers three items on one phone, loses it, and recovers on a new one: the answers are there.
    const daonPhone = phones.get(daon!.id)!;
    await answerAll(daonPhone, activityId, [4, 4, 4]);
    daonPhone.disconnect();
    const recovered = await w.phone(daon.token);
    const item = recovered.snapshot.member!.counseling.find((c) => c.activity.id === activityId)!;
    const personal = item.personal as InstrumentPersonal;
    expect(personal.answers).toEqual({ 'swls-1': 4, 'swls-2': 4, 'swls-3': 4 });
    expect(personal.submitted).toBeNull();
    expect(personal.dueAt).toBe(opened.dueAt);
    expect(personal.instrument?.items.map((i) => i.id)).toEqual(SWLS);
    expect(personal.instrument?.credit?.ko).toContain('Diener');
    await answerAll(recovered.socket, activityId, [4, 4, 4, 4, 4]);

    // 마루 answers one item only (cannot be scored); 바다 answers nothing.
    await answerAll(phones.get(maru!.id)!, activityId, [6]);

    // The reminder reaches only those who have not handed in (and a second one within a minute is refused).
    const reminded = waitFor(phones.get(bada!.id)!, 'wave:reminder');
    const gaonHeard: unknown[] = [];
    gaonPhone.on('wave:reminder', (r) => gaonHeard.push(r));
    expect(await ok(w.console_, 'wave:remind', { waveId: w.pre.id })).toEqual({ reminded: 4 });
    expect(await reminded).toEqual({ activityId, title: '삶의 만족 척도 (SWLS)' });
    const again = await request(w.console_, 'wave:remind', { waveId: w.pre.id });
    expect(again.ok ? null : again.error.code).toBe('remind_too_soon');

    // Extend moves the due time; every open phone gets its view with it.
    const dueMoved = waitFor(phones.get(bada!.id)!, 'personal:updated');
    const extended = await ok(w.console_, 'wave:extend', { waveId: w.pre.id, minutes: 10 });
    expect(extended.dueAt).toBe(opened.dueAt! + 10 * 60_000);
    expect(((await dueMoved).view as InstrumentPersonal).dueAt).toBe(extended.dueAt);

    // Day 1 ends with the pre still open; day 2: 라온 (absent on day 1) takes the pre, stored as day 2.
    await ok(w.console_, 'session:end', { sessionId: day1 });
    expect(gaonHeard).toEqual([]);
    const day2 = await w.startDay(1);
    const raonPhone = (await w.phone(raon.token)).socket;
    await answerAll(raonPhone, activityId, [3, 3, 3, 3, 3]);
    await ok(raonPhone, 'assessment:submit', { activityId });

    // The close hands in 다온 (scorable, "자동 제출") and leaves 마루 (one item) with their answer.
    const closed = await ok(w.console_, 'wave:close', { waveId: w.pre.id });
    expect(closed).toMatchObject({ status: 'closed', submitted: 4, started: 1 });
    expect(closed.members[maru!.id]).toBe('started');
    expect(closed.members[bada!.id]).toBe('none');
    const pre = await t.storage.assessments.scores(w.pre.id);
    expect(pre.find((s) => s.memberId === daon!.id)).toMatchObject({ score: 20, autoSubmitted: true });
    expect(pre.find((s) => s.memberId === raon!.id)).toMatchObject({ score: 15, takenDayNumber: 2 });
    expect(pre.find((s) => s.memberId === maru!.id)).toBeUndefined();
    expect(await t.storage.memberAnswers.listForMember(maru!.id, activityId)).toHaveLength(1);
    const afterClose = await answer(raonPhone, activityId, 'swls-1', 1);
    expect(afterClose.ok ? null : afterClose.error.code).toBe('activity_not_open');
    // The guard inside the answer's transaction sees the close too (an answer checked open just before it).
    const guarded = await t.storage.memberAnswers.transaction((trx) =>
      t.storage.assessments.guardAnswer(trx, activityId, maru.id),
    );
    expect(guarded).toBe('activity_not_open');

    // Day 3: the post; 바다 misses it. Scores are those the instrument's own scoring gives.
    await ok(w.console_, 'session:end', { sessionId: day2 });
    await w.startDay(2);
    const post = await ok(w.console_, 'wave:open', { waveId: w.post.id });
    const postActivity = post.activityId!;
    expect(postActivity).not.toBe(activityId);
    const postValues: Record<string, number[]> = {
      [gaon.id]: [6, 6, 6, 5, 5],
      [narae!.id]: [3, 3, 3, 3, 3],
      [daon!.id]: [5, 5, 5, 5, 5],
      [raon!.id]: [4, 4, 4, 4, 4],
    };
    for (const m of [gaon, narae, daon, raon]) {
      const socket = (await w.phone(m.token)).socket;
      await answerAll(socket, postActivity, postValues[m.id]!);
      await ok(socket, 'assessment:submit', { activityId: postActivity });
    }
    const postScores = await t.storage.assessments.scores(w.post.id);
    expect(postScores.map((s) => [s.memberId, s.score]).sort()).toEqual(
      [gaon, narae, daon, raon]
        .map((m) => {
          const answers = Object.fromEntries(SWLS.map((id, i) => [id, postValues[m.id]![i]!]));
          return [m.id, scoreWave({ instrumentId: 'swls', instrumentVersion: 1 }, answers)!.score];
        })
        .sort(),
    );
    // Reopening a pre after its post opened is refused.
    const reopen = await request(w.console_, 'wave:open', { waveId: w.pre.id });
    expect(reopen.ok ? null : reopen.error.code).toBe('post_already_open');
  });

  it("refuses what is not the sender's: unknown waves, a member of another program, a closed wave", async () => {
    const w = await world(['가온']);
    const other = await createProgram(
      t,
      w.fac.cookie,
      scratchBody([w.fac.user.id], [today()], '다른 프로그램'),
    );
    const stranger = await addMember(t.storage, other.id, '손님');
    await w.startDay(0);
    const unknown = await request(w.console_, 'wave:open', { waveId: crypto.randomUUID() });
    expect(unknown.ok ? null : unknown.error.code).toBe('wave_not_found');
    const planned = await request(w.console_, 'wave:close', { waveId: w.pre.id });
    expect(planned.ok ? null : planned.error.code).toBe('wave_not_open');
    const opened: WaveProgressView = await ok(w.console_, 'wave:open', { waveId: w.pre.id });
    const strangerPhone = track(await connect(t.url));
    await ok(strangerPhone, 'participant:join', { code: other.code, rejoinToken: stranger.token });
    for (const activityId of [opened.activityId!, crypto.randomUUID()]) {
      const submit = await request(strangerPhone, 'assessment:submit', { activityId });
      expect(submit.ok ? null : submit.error.code).toBe('activity_not_found');
    }
    const answerOk = await answer(strangerPhone, opened.activityId!, 'swls-1', 3);
    expect(answerOk.ok ? null : answerOk.error.code).toBe('activity_not_found');
    // Off the scale, an unknown item, or about someone: refused and nothing stored.
    const own = (await w.phone(w.members[0]!.token)).socket;
    for (const [itemKey, value] of [
      ['swls-1', 8],
      ['swls-1', 2.5],
      ['rosenberg-1', 3],
    ] as const) {
      const bad = await answer(own, opened.activityId!, itemKey, value);
      expect(bad.ok ? null : bad.error.code).toBe('invalid_answer');
    }
    expect(await t.storage.memberAnswers.listForActivity(opened.activityId!)).toEqual([]);
    // A named wave's answers are the program's counseling data (its group table names members).
    const read = await ok(w.console_, 'counseling:answers', { activityId: opened.activityId! });
    expect(read.answers).toEqual([]);
  });
});
