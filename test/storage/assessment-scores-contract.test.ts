import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage, SubmitOutcome } from '../../server/storage/index.js';
import { assessmentWorld, DATES, planItem } from './assessment-fixture.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { countRows, rawQuery } from './counseling-fixture.js';

/**
 * Scores of `storage.assessments` (docs/design/assessments-reports.md §2.4, §2.5, §9.2) on both
 * databases: written once, the race between an answer and a submit, staff entry by request id, and
 * the merge rule.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`assessment scores contract: ${backend.name}`, () =>
    contract(backend),
  );
}

const FULL = { 'swls-1': 5, 'swls-2': 5, 'swls-3': 5, 'swls-4': 5, 'swls-5': 5 };

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  it('a score is stored once: concurrent submits make one row, the others are duplicates', async () => {
    const w = await assessmentWorld(storage);
    await w.startDay(0);
    const act = await w.open(w.wave('swls', 'pre'));
    for (const m of w.ids) await w.answerSwls(act, m, 5, 3);
    const results = await Promise.all(
      w.ids.flatMap((memberId) =>
        Array.from({ length: 4 }, () => storage.assessments.submit({ activityId: act, memberId })),
      ),
    );
    for (const memberId of w.ids) {
      const mine = results.filter((r) => r.ok && r.score.memberId === memberId);
      expect(mine).toHaveLength(4);
      expect(mine.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
      expect(new Set(mine.map((r) => (r.ok ? r.score.submittedAt : 0))).size).toBe(1);
    }
    expect(await countRows(url, 'instrument_scores')).toBe(w.ids.length);
    const [score] = await storage.assessments.scores(w.wave('swls', 'pre').id);
    expect(score).toMatchObject({
      score: 15,
      answered: 5,
      missing: 0,
      prorated: false,
      instrumentId: 'swls',
      instrumentVersion: 1,
      kind: 'pre',
      takenDayNumber: 1,
      itemValues: { 'swls-1': 3, 'swls-5': 3 },
    });
    // Another program's activity answers like a made-up one; the survey is never a member's score.
    const other = await assessmentWorld(storage, ['남']);
    expect(await storage.assessments.submit({ activityId: act, memberId: other.ids[0]! })).toEqual({
      ok: false,
      code: 'activity_not_found',
    });
    const survey = await w.open(w.wave('program-satisfaction', 'once'));
    expect(await storage.assessments.submit({ activityId: survey, memberId: w.ids[0]! })).toEqual({
      ok: false,
      code: 'anonymous_activity',
    });
  });

  /** The answer path's transaction: the guard under the member's lock, then the answer (as step 4 wires it). */
  const guardedAnswer = (activityId: string, memberId: string, itemKey: string, value: unknown) =>
    storage.memberAnswers.transaction(async (trx) => {
      const refused = await storage.assessments.guardAnswer(trx, activityId, memberId);
      if (refused) return refused;
      const stored = await storage.memberAnswers.submit(
        { activityId, memberId, answerId: crypto.randomUUID(), itemKey, value },
        trx,
      );
      return stored.ok ? 'stored' : stored.code;
    });

  it('an answer committed before the submit is scored; one after it is refused', async () => {
    const w = await assessmentWorld(storage);
    const [A] = w.ids as [string];
    await w.startDay(0);
    const act = await w.open(w.wave('swls', 'pre'));
    await w.answerSwls(act, A, 4, 2);
    expect(await guardedAnswer(act, A, 'swls-5', 7)).toBe('stored');
    const submitted = await storage.assessments.submit({ activityId: act, memberId: A });
    expect(submitted).toMatchObject({ ok: true, score: { score: 15, itemValues: { 'swls-5': 7 } } });
    expect(await guardedAnswer(act, A, 'swls-5', 1)).toBe('wave_submitted');
    const [stored] = await rawQuery(
      url,
      "select value from member_answers where member_id = ? and item_key = 'swls-5'",
      [A],
    );
    expect(JSON.parse(String(stored!.value))).toBe(7);
    // An activity of no wave has nothing to guard.
    const room = await storage.sessions.create({
      facilitatorId: w.admin.id,
      title: 's',
      activities: [{ type: 'poll-single', title: 'q', config: { options: [{ id: 'a', label: 'A' }] } }],
    });
    const [poll] = await storage.activities.list(room.id);
    await storage.memberAnswers.transaction(async (trx) =>
      expect(await storage.assessments.guardAnswer(trx, poll!.id, A)).toBeNull(),
    );
  });

  it('racing an answer and a submit never stores the answer after a score that ignores it', async () => {
    const w = await assessmentWorld(
      storage,
      Array.from({ length: 8 }, (_, i) => `멤버${i}`),
    );
    await w.startDay(0);
    const act = await w.open(w.wave('swls', 'pre'));
    for (const m of w.ids) await w.answerSwls(act, m, 4, 2);
    const outcomes = await Promise.all(
      w.ids.map(async (memberId, i) => {
        // Half start the answer first, half the submit: both orders meet on the member's lock.
        let answered: Promise<string>;
        let submitted: Promise<SubmitOutcome>;
        if (i % 2 === 0) {
          answered = guardedAnswer(act, memberId, 'swls-5', 6);
          submitted = storage.assessments.submit({ activityId: act, memberId });
        } else {
          submitted = storage.assessments.submit({ activityId: act, memberId });
          answered = guardedAnswer(act, memberId, 'swls-5', 6);
        }
        return { memberId, answered: await answered, submitted: await submitted };
      }),
    );
    for (const { memberId, answered, submitted } of outcomes) {
      expect(submitted.ok).toBe(true);
      const score = submitted.ok ? submitted.score : null;
      const rows = await rawQuery(
        url,
        "select value from member_answers where member_id = ? and item_key = 'swls-5'",
        [memberId],
      );
      if (answered === 'stored') {
        // Committed before the submit read the answers: it is in the score.
        expect(score!.itemValues['swls-5']).toBe(6);
        expect(rows).toHaveLength(1);
      } else {
        expect(answered).toBe('wave_submitted');
        expect(score!.itemValues['swls-5']).toBeUndefined();
        expect(rows).toHaveLength(0);
      }
    }
  });

  it('staff entry: a resent request id answers as the first call did', async () => {
    const w = await assessmentWorld(storage);
    const [A, B] = w.ids as [string, string];
    const pre = w.wave('swls', 'pre');
    const enter = (
      memberId: string,
      requestId: string,
      answers: Record<string, unknown>,
      takenOn: string | null = DATES[1],
    ) =>
      storage.assessments.enterResponse({
        waveId: pre.id,
        memberId,
        requestId,
        takenOn,
        answers,
        enteredBy: w.admin.id,
      });
    // Three sends of one request at once: one writes, the others answer with what it wrote.
    const sends = await Promise.all([
      enter(A, 'req-1', FULL),
      enter(A, 'req-1', FULL),
      enter(A, 'req-1', FULL),
    ]);
    const first = sends.find((r) => r.ok && !r.replayed);
    expect(first).toMatchObject({
      ok: true,
      score: {
        score: 25,
        enteredBy: w.admin.id,
        requestId: 'req-1',
        takenDayId: w.program.days[1]!.id,
        takenDayNumber: 2,
        autoSubmitted: false,
      },
    });
    const firstScore = first!.ok ? first!.score : null;
    expect(sends.filter((r) => r !== first)).toEqual([
      { ok: true, score: firstScore, replayed: true },
      { ok: true, score: firstScore, replayed: true },
    ]);
    // Whatever the resend's body says, the first result.
    expect(await enter(A, 'req-1', { 'swls-1': 1 }, null)).toEqual({
      ok: true,
      score: firstScore,
      replayed: true,
    });
    expect(await enter(A, 'req-2', FULL)).toEqual({ ok: false, code: 'already_submitted' });
    expect(await enter(B, 'req-1', FULL)).toEqual({ ok: false, code: 'invalid_payload' });
    expect(await enter(B, 'req-3', { 'swls-1': 9 })).toEqual({ ok: false, code: 'invalid_answer' });
    expect(await enter(B, 'req-3', { 'swls-9': 1 })).toEqual({ ok: false, code: 'invalid_answer' });
    expect(await enter(B, 'req-3', { 'swls-1': 4 }, '2025-12-25')).toMatchObject({
      ok: true,
      replayed: false,
      score: { score: null, answered: 1, missing: 4, takenDayId: null, takenDayNumber: null },
    });
    const other = await assessmentWorld(storage, ['남']);
    expect(await enter(other.ids[0]!, 'req-4', FULL)).toEqual({ ok: false, code: 'member_not_found' });
    expect(
      await storage.assessments.enterResponse({
        waveId: w.wave('program-satisfaction', 'once').id,
        memberId: A,
        requestId: 'req-5',
        takenOn: null,
        answers: {},
        enteredBy: w.admin.id,
      }),
    ).toEqual({ ok: false, code: 'anonymous_activity' });
    expect(await countRows(url, 'instrument_scores')).toBe(2);
  });

  it('a merge keeps the earlier pre and the later post; a score only the duplicate has moves', async () => {
    const w = await assessmentWorld(
      storage,
      ['가람', '나래'],
      [
        planItem('swls', 'pre'),
        planItem('swls', 'post'),
        planItem('rosenberg-self-esteem', 'once'),
        planItem('life-satisfaction', 'pre'),
      ],
    );
    const [A, B] = w.ids as [string, string]; // A is kept, B is A's duplicate
    const enter = (
      kind: 'pre' | 'post' | 'once',
      instrument: string,
      memberId: string,
      now: number,
      answers: Record<string, unknown>,
    ) =>
      storage.assessments.enterResponse({
        waveId: w.wave(instrument, kind).id,
        memberId,
        requestId: `${instrument}-${kind}-${memberId}`,
        takenOn: null,
        answers,
        enteredBy: w.admin.id,
        now,
      });
    const swls = (v: number) => Object.fromEntries(Object.keys(FULL).map((k) => [k, v]));
    const rse = (v: number) => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`rse-${i + 1}`, v]));
    await enter('pre', 'swls', A, 2000, swls(2)); // later pre: goes
    await enter('pre', 'swls', B, 1000, swls(1)); // earlier pre: stays
    await enter('post', 'swls', A, 4000, swls(4)); // later post: stays
    await enter('post', 'swls', B, 3000, swls(3)); // earlier post: goes
    await enter('once', 'rosenberg-self-esteem', A, 5000, rse(1)); // earlier once: goes
    await enter('once', 'rosenberg-self-esteem', B, 6000, rse(2)); // later once: stays
    await enter('pre', 'life-satisfaction', B, 7000, { 'ls-1': 8 }); // only B: moves

    expect(await storage.members.merge(w.program.id, B, A)).not.toBeNull();
    const after = await storage.assessments.scoresForProgram(w.program.id);
    expect(after.every((s) => s.memberId === A)).toBe(true);
    expect(after.map((s) => [s.instrumentId, s.kind, s.submittedAt, s.requestId])).toEqual([
      ['life-satisfaction', 'pre', 7000, `life-satisfaction-pre-${B}`],
      ['rosenberg-self-esteem', 'once', 6000, `rosenberg-self-esteem-once-${B}`],
      ['swls', 'post', 4000, `swls-post-${A}`],
      ['swls', 'pre', 1000, `swls-pre-${B}`],
    ]);
    // A tie keeps the kept member's row.
    const c = await storage.members.register({
      programId: w.program.id,
      nickname: '다온',
      realName: null,
      intake: null,
      pinHash: 'p',
      tokenHash: 'c',
    });
    await enter('post', 'swls', c!.id, 4000, swls(7));
    await storage.members.merge(w.program.id, c!.id, A);
    expect(
      (await storage.assessments.scores(w.wave('swls', 'post').id)).map((s) => [s.memberId, s.score]),
    ).toEqual([[A, 20]]);
  });
}
