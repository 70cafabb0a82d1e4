import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../server/storage/index.js';
import { templateBody } from '../integration/program-fixtures.js';
import { assessmentWorld, DEFAULT_PLAN, planItem } from './assessment-fixture.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { countRows, rawQuery } from './counseling-fixture.js';

/**
 * Migration 013 and `storage.assessments` (docs/design/assessments-reports.md §2.2–§2.3, §9.1): the
 * plan and each wave's lifecycle, on both databases. The tables' checks and cascades are in
 * assessment-tables-contract.test.ts; scores, staff entry and the merge in
 * assessment-scores-contract.test.ts.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`assessments contract: ${backend.name}`, () => contract(backend));
}

const T = Date.parse('2025-03-10T01:00:00Z');
const MIN = 60_000;

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  it('a program created or copied from a template starts with the plan its agenda implies', async () => {
    const w = await assessmentWorld(storage, ['가람'], []);
    const created = await storage.programs.create({
      centerId: w.centerId,
      createdBy: w.admin.id,
      body: templateBody([w.admin.id], '2025-03-10'),
    });
    const copied = (await storage.programs.copy(created.id, {
      title: '다음 기수',
      firstDate: '2025-06-02',
      createdBy: w.admin.id,
    }))!;
    for (const program of [created, copied]) {
      const plan = (await storage.assessments.plan(program.id))!;
      expect(plan.version).toBe(0);
      expect(plan.waves.map((x) => [x.instrumentId, x.kind, x.plannedDayId, x.anonymous, x.status])).toEqual([
        ['job-search-readiness', 'pre', null, false, 'planned'],
        ['job-search-readiness', 'post', null, false, 'planned'],
        ['life-satisfaction', 'pre', null, false, 'planned'],
        ['life-satisfaction', 'post', null, false, 'planned'],
        ['program-satisfaction', 'once', null, true, 'planned'],
      ]);
    }
  });

  it('the plan: a stale version is refused, a post takes its pre’s version, the server’s flags hold', async () => {
    const w = await assessmentWorld(storage, ['가람'], []);
    const p = w.program.id;
    const replace = (version: number, waves = DEFAULT_PLAN) =>
      storage.assessments.replacePlan({ programId: p, version, waves });
    expect(await storage.assessments.plan(p)).toEqual({ version: 1, waves: [] });
    const first = await replace(1, [planItem('swls', 'pre', { instrumentVersion: 1 })]);
    expect(first).toMatchObject({ ok: true, version: 2 });
    expect(await replace(1)).toEqual({ ok: false, code: 'version_conflict' });
    // A post planned later pairs with the pre's pinned version, whatever is current now.
    const second = await replace(2, [
      planItem('swls', 'pre', { instrumentVersion: 3 }),
      planItem('swls', 'post', { instrumentVersion: 3 }),
    ]);
    expect(second.ok && second.waves.map((x) => [x.kind, x.instrumentVersion])).toEqual([
      ['pre', 1],
      ['post', 1],
    ]);
    const preId = second.ok ? second.waves[0]!.id : '';
    // Refusals roll the version bump back.
    expect(await replace(3, [planItem('swls', 'pre', { anonymous: true })])).toEqual({
      ok: false,
      code: 'invalid_payload',
    });
    expect(await replace(3, [planItem('swls', 'pre'), planItem('swls', 'pre')])).toEqual({
      ok: false,
      code: 'invalid_payload',
    });
    const stranger = await assessmentWorld(storage, ['남']);
    expect(
      await replace(3, [planItem('swls', 'pre', { plannedDayId: stranger.program.days[0]!.id })]),
    ).toEqual({
      ok: false,
      code: 'day_not_found',
    });
    expect(
      await storage.assessments.replacePlan({ programId: crypto.randomUUID(), version: 0, waves: [] }),
    ).toEqual({
      ok: false,
      code: 'program_not_found',
    });
    // A kept wave keeps its id; only its day changes.
    const third = await replace(3, [planItem('swls', 'pre', { plannedDayId: w.program.days[1]!.id })]);
    expect(third).toMatchObject({
      ok: true,
      version: 4,
      waves: [{ id: preId, plannedDayId: w.program.days[1]!.id }],
    });
    await storage.programs.end(p);
    expect(await replace(4)).toEqual({ ok: false, code: 'program_ended' });
  });

  it('a wave with responses cannot be removed; an opened one nobody answered can, with its task', async () => {
    const w = await assessmentWorld(storage);
    const p = w.program.id;
    const pre = w.wave('swls', 'pre');
    await w.startDay(0);
    const activityId = await w.open(pre);
    const onlyPost = [DEFAULT_PLAN[1]!];
    await w.answer(activityId, w.ids[0]!, 'swls-1', 3); // an answer, nothing submitted yet
    expect(await storage.assessments.replacePlan({ programId: p, version: 1, waves: onlyPost })).toEqual({
      ok: false,
      code: 'wave_has_responses',
    });
    await rawQuery(url, 'delete from member_answers where activity_id = ?', [activityId]);
    expect(
      await storage.assessments.enterResponse({
        waveId: pre.id,
        memberId: w.ids[1]!,
        requestId: 'r',
        takenOn: null,
        answers: { 'swls-1': 1 },
        enteredBy: w.admin.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await storage.assessments.replacePlan({ programId: p, version: 1, waves: onlyPost })).toEqual({
      ok: false,
      code: 'wave_has_responses',
    });
    expect((await storage.assessments.plan(p))!.version).toBe(1);
    await rawQuery(url, 'delete from instrument_scores where wave_id = ?', [pre.id]);
    const removed = await storage.assessments.replacePlan({ programId: p, version: 1, waves: onlyPost });
    expect(removed).toMatchObject({ ok: true, version: 2, closedActivityIds: [activityId] });
    expect(await countRows(url, 'activities', "id = ? and status = 'closed'", [activityId])).toBe(1);
  });

  it('open, extend, remind, close and reopen under the wave’s lock', async () => {
    const w = await assessmentWorld(storage);
    const [pre, post, once] = [
      w.wave('swls', 'pre'),
      w.wave('swls', 'post'),
      w.wave('program-satisfaction', 'once'),
    ];
    const a = storage.assessments;
    expect(await a.open({ waveId: pre.id, title: 'SWLS', now: T })).toEqual({
      ok: false,
      code: 'no_day_running',
    });
    expect(await a.open({ waveId: crypto.randomUUID(), title: 'x' })).toEqual({
      ok: false,
      code: 'wave_not_found',
    });
    const day1 = await w.startDay(0);
    const opened = await a.open({ waveId: pre.id, title: 'SWLS 사전', minutes: 10, now: T });
    expect(opened).toMatchObject({
      ok: true,
      createdActivity: true,
      closed: [],
      wave: { status: 'open', openedAt: T, dueAt: T + 10 * MIN, closedAt: null },
    });
    const activityId = opened.ok ? opened.wave.activityId! : '';
    const [activity] = await rawQuery(url, 'select * from activities where id = ?', [activityId]);
    expect(activity).toMatchObject({
      session_id: day1.id,
      program_id: w.program.id,
      type: 'instrument',
      status: 'open',
      pace: 'self',
      title: 'SWLS 사전',
    });
    expect(JSON.parse(String(activity!.config))).toEqual({
      waveId: pre.id,
      instrumentId: 'swls',
      instrumentVersion: 1,
      kind: 'pre',
      anonymous: false,
    });
    // Opening an open wave changes nothing (two facilitators, a resend).
    expect(await a.open({ waveId: pre.id, title: 'x', now: T + MIN })).toMatchObject({
      ok: true,
      createdActivity: false,
      wave: { openedAt: T, version: opened.ok ? opened.wave.version : 0 },
    });

    expect(await a.extend(pre.id, 5, T + MIN)).toMatchObject({ ok: true, wave: { dueAt: T + 15 * MIN } });
    // Past due: counted from now.
    expect(await a.extend(pre.id, 5, T + 20 * MIN)).toMatchObject({
      ok: true,
      wave: { dueAt: T + 25 * MIN },
    });

    expect(await a.remind(pre.id, T)).toMatchObject({ ok: true, memberIds: [...w.ids].sort() });
    // Another process (its own store on the same database) within the minute: refused.
    const second = await openStorage(url);
    try {
      expect(await second.assessments.remind(pre.id, T + 59_999)).toEqual({
        ok: false,
        code: 'remind_too_soon',
      });
      await w.answerSwls(activityId, w.ids[0]!, 5);
      expect(await a.submit({ activityId, memberId: w.ids[0]! })).toMatchObject({
        ok: true,
        duplicate: false,
      });
      expect(await second.assessments.remind(pre.id, T + 60_000)).toMatchObject({
        ok: true,
        memberIds: w.ids.slice(1).sort(),
      });
    } finally {
      await second.close();
    }

    const closed = await a.close(pre.id, T + 30 * MIN);
    expect(closed).toMatchObject({ ok: true, wave: { status: 'closed', closedAt: T + 30 * MIN } });
    expect(await countRows(url, 'activities', "id = ? and status = 'closed'", [activityId])).toBe(1);
    expect(await a.close(pre.id, T + 31 * MIN)).toMatchObject({
      ok: true,
      autoSubmitted: [],
      wave: { closedAt: T + 30 * MIN },
    });
    expect(await a.extend(pre.id, 5)).toEqual({ ok: false, code: 'wave_not_open' });
    expect(await a.remind(pre.id)).toEqual({ ok: false, code: 'wave_not_open' });
    expect(await a.close(once.id)).toEqual({ ok: false, code: 'wave_not_open' });

    // A later day reopens the same task for a latecomer.
    await w.startDay(1);
    const reopened = await a.open({ waveId: pre.id, title: 'x', now: T + 1440 * MIN });
    expect(reopened).toMatchObject({
      ok: true,
      createdActivity: false,
      wave: { status: 'open', activityId, closedAt: null, dueAt: null },
    });
    // The post opening closes its pre; the pre cannot come back after that.
    await w.startDay(2);
    const postOpened = await a.open({ waveId: post.id, title: 'SWLS 사후', now: T + 2880 * MIN });
    expect(postOpened).toMatchObject({
      ok: true,
      createdActivity: true,
      closed: [{ wave: { id: pre.id, status: 'closed' } }],
    });
    expect(await a.open({ waveId: pre.id, title: 'x' })).toEqual({ ok: false, code: 'post_already_open' });
    await storage.programs.end(w.program.id);
    expect(await a.open({ waveId: once.id, title: 'x' })).toEqual({ ok: false, code: 'program_ended' });
  });

  it('a close hands in every scorable unsubmitted member, and leaves the rest their answers', async () => {
    const w = await assessmentWorld(storage);
    const [A, B, C, D] = w.ids as [string, string, string, string];
    const pre = w.wave('swls', 'pre');
    await w.startDay(0);
    const act = await w.open(pre);
    await w.answerSwls(act, A, 4, 6); // 4 of 5: scorable (one missing allowed), prorated
    await w.answerSwls(act, B, 3, 6); // 3 of 5: not scorable
    await w.answerSwls(act, D, 5, 2);
    const manual = await storage.assessments.submit({ activityId: act, memberId: D, now: T });
    expect(manual).toMatchObject({ ok: true, duplicate: false, score: { score: 10, autoSubmitted: false } });

    const closed = await storage.assessments.close(pre.id, T + MIN);
    expect(closed).toMatchObject({ ok: true, autoSubmitted: [A] });
    const scores = await storage.assessments.scores(pre.id);
    expect(scores.map((s) => s.memberId).sort()).toEqual([A, D].sort());
    expect(scores.find((s) => s.memberId === A)).toMatchObject({
      score: 30,
      answered: 4,
      missing: 1,
      prorated: true,
      autoSubmitted: true,
      submittedAt: T + MIN,
      takenDayNumber: 1,
      enteredBy: null,
    });
    expect(scores.find((s) => s.memberId === D)).toMatchObject({ submittedAt: T, autoSubmitted: false });
    expect(await countRows(url, 'member_answers', 'member_id = ?', [B])).toBe(3);
    expect(await countRows(url, 'instrument_scores', 'member_id in (?, ?)', [B, C])).toBe(0);
    // Closed: a submit is refused; reopened, B goes on and hands in.
    expect(await storage.assessments.submit({ activityId: act, memberId: B })).toEqual({
      ok: false,
      code: 'activity_not_open',
    });
    await w.startDay(1);
    await w.open(pre);
    await w.answer(act, B, 'swls-4', 6);
    expect(await storage.assessments.submit({ activityId: act, memberId: B })).toMatchObject({
      ok: true,
      score: { score: 30, autoSubmitted: false, takenDayNumber: 2 },
    });
  });

  it('ending the program closes its open waves in the same transaction, handing in what can be scored', async () => {
    const w = await assessmentWorld(storage);
    const [A, B] = w.ids as [string, string];
    const pre = w.wave('swls', 'pre');
    await w.startDay(0);
    const act = await w.open(pre);
    await w.answerSwls(act, A, 5, 7);
    await w.answerSwls(act, B, 2, 7);
    await storage.programs.end(w.program.id);
    expect(await storage.assessments.get(pre.id)).toMatchObject({ status: 'closed' });
    expect(await storage.assessments.get(w.wave('swls', 'post').id)).toMatchObject({ status: 'planned' });
    expect(await storage.assessments.scores(pre.id)).toMatchObject([
      { memberId: A, score: 35, autoSubmitted: true, takenDayId: null },
    ]);
    expect(await countRows(url, 'activities', "id = ? and status = 'closed'", [act])).toBe(1);
  });
}
