import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenTextSummary } from '../../shared/activities/open-text/index.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

const openText = { type: 'open-text', title: '오늘 한 마디', config: { maxLength: 100, anonymous: false } };
const scale = {
  type: 'scale' as const,
  title: '자신감',
  config: { min: 1, max: 5, minLabel: '낮음', maxLabel: '높음' },
};

describe('facilitator controls reach every device', () => {
  let t: TestApp;
  let facilitator: TestSocket;
  let screen: TestSocket;
  let alice: TestSocket;
  let bob: TestSocket;
  let sessionId: string;
  let code: string;
  let textId: string;
  let scaleId: string;

  beforeEach(async () => {
    t = await startTestApp();
    const { cookie } = await loginFacilitator(t);
    ({ id: sessionId, code } = await createSession(t, cookie, {
      title: '진행 도구',
      activities: [openText, scale],
    }));
    facilitator = await connect(t.url, { cookie });
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    [textId, scaleId] = snapshot.activities.map((a) => a.id) as [string, string];
    screen = await connect(t.url);
    await ok(screen, 'screen:watch', { code });
    alice = await connect(t.url);
    bob = await connect(t.url);
    await ok(alice, 'participant:join', { code, nickname: '지수' });
    await ok(bob, 'participant:join', { code, nickname: '민호' });
  });
  afterEach(async () => {
    for (const s of [facilitator, screen, alice, bob]) s.disconnect();
    await t.close();
  });

  it('starts, pauses, resumes and resets one timer on server time for every device', async () => {
    const onPhone = waitFor(alice, 'timer:updated', (v) => v.timer.status === 'running');
    const onScreen = waitFor(screen, 'timer:updated', (v) => v.timer.status === 'running');
    await ok(facilitator, 'timer:start', { sessionId, durationMs: 120_000 });
    const [phone, projector] = await Promise.all([onPhone, onScreen]);
    expect(phone.timer).toEqual(projector.timer);
    if (phone.timer.status !== 'running') throw new Error('not running');
    expect(phone.timer.endsAt - phone.serverNow).toBeGreaterThan(110_000);

    const paused = waitFor(bob, 'timer:updated', (v) => v.timer.status === 'paused');
    await ok(facilitator, 'timer:pause', { sessionId });
    const pausedView = await paused;
    if (pausedView.timer.status !== 'paused') throw new Error('not paused');
    expect(pausedView.timer.remainingMs).toBeLessThanOrEqual(120_000);

    const resumed = waitFor(bob, 'timer:updated', (v) => v.timer.status === 'running');
    await ok(facilitator, 'timer:resume', { sessionId });
    await resumed;
    const reset = waitFor(screen, 'timer:updated', (v) => v.timer.status === 'idle');
    await ok(facilitator, 'timer:reset', { sessionId });
    await reset;
    // A phone that (re)joins now gets the timer in its snapshot.
    const late = await connect(t.url);
    expect((await ok(late, 'participant:join', { code, nickname: '늦게' })).timer).toEqual({
      status: 'idle',
    });
    late.disconnect();
  });

  it('hides an inappropriate entry from the projector, and shows names only when turned on', async () => {
    await ok(facilitator, 'activity:open', { sessionId, activityId: textId });
    await ok(facilitator, 'activity:reveal', { sessionId, activityId: textId, visible: true });
    const twoEntries = waitFor(
      screen,
      'results:updated',
      (r) => (r.summary as OpenTextSummary | null)?.entries.length === 2,
    );
    const badId = crypto.randomUUID();
    await ok(alice, 'answer:submit', {
      activityId: textId,
      answerId: crypto.randomUUID(),
      value: { text: '좋았어요' },
    });
    await ok(bob, 'answer:submit', { activityId: textId, answerId: badId, value: { text: '부적절한 말' } });
    const shown = (await twoEntries).summary as OpenTextSummary;
    expect(shown.entries.every((e) => e.author === null)).toBe(true);

    const oneEntry = waitFor(
      screen,
      'results:updated',
      (r) => (r.summary as OpenTextSummary | null)?.entries.length === 1,
    );
    const facilitatorRow = waitFor(facilitator, 'answers:updated', (u) =>
      u.answers.some((a) => a.answerId === badId && a.hidden),
    );
    await ok(facilitator, 'answer:hide', { sessionId, answerId: badId, hidden: true });
    expect(((await oneEntry).summary as OpenTextSummary).entries[0]?.text).toBe('좋았어요');
    await facilitatorRow;

    const named = waitFor(screen, 'screen:stateChanged', (s) => s.activity?.showNames === true);
    await ok(facilitator, 'activity:names', { sessionId, activityId: textId, showNames: true });
    expect(((await named).results?.summary as OpenTextSummary).entries[0]?.author).toBe('지수');
  });

  it('locks answers, closes the activity, and opening another closes the first', async () => {
    await ok(facilitator, 'activity:open', { sessionId, activityId: scaleId });
    const locked = waitFor(alice, 'participant:stateChanged', (s) => s.activity?.locked === true);
    await ok(facilitator, 'activity:lock', { sessionId, activityId: scaleId, locked: true });
    await locked;
    expect(
      await request(alice, 'answer:submit', {
        activityId: scaleId,
        answerId: crypto.randomUUID(),
        value: { value: 3 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'activity_locked' } });
    await ok(facilitator, 'activity:lock', { sessionId, activityId: scaleId, locked: false });
    await ok(alice, 'answer:submit', {
      activityId: scaleId,
      answerId: crypto.randomUUID(),
      value: { value: 3 },
    });

    const switched = waitFor(bob, 'participant:stateChanged', (s) => s.activity?.id === textId);
    await ok(facilitator, 'activity:open', { sessionId, activityId: textId });
    await switched;
    const state = await ok(facilitator, 'session:watch', { sessionId });
    expect(state.activities.map((a) => [a.id, a.status])).toEqual([
      [textId, 'open'],
      [scaleId, 'closed'],
    ]);
    expect(state.activities.find((a) => a.id === scaleId)?.answerCount).toBe(1);

    const cleared = waitFor(screen, 'screen:stateChanged', (s) => s.activity === null);
    await ok(facilitator, 'activity:close', { sessionId, activityId: textId });
    await cleared;
  });

  it('edits, reorders and removes activities during the session, and protects answered options', async () => {
    const added = await ok(facilitator, 'activity:add', {
      sessionId,
      activity: { type: 'word-cloud', title: '단어', config: { maxWords: 2 } },
    });
    const reordered = waitFor(
      facilitator,
      'facilitator:stateChanged',
      (s) => s.activities[0]?.id === added.id,
    );
    await ok(facilitator, 'activity:reorder', { sessionId, activityIds: [added.id, textId, scaleId] });
    await reordered;
    expect(
      await request(facilitator, 'activity:reorder', { sessionId, activityIds: [textId] }),
    ).toMatchObject({
      error: { code: 'invalid_payload' },
    });

    await ok(facilitator, 'activity:open', { sessionId, activityId: scaleId });
    await ok(alice, 'answer:submit', {
      activityId: scaleId,
      answerId: crypto.randomUUID(),
      value: { value: 4 },
    });
    const renamed = await ok(facilitator, 'activity:update', {
      sessionId,
      activityId: scaleId,
      activity: { ...scale, title: '지금의 자신감' },
    });
    expect(renamed.title).toBe('지금의 자신감');
    expect(
      await request(facilitator, 'activity:update', {
        sessionId,
        activityId: scaleId,
        activity: { ...scale, config: { ...scale.config, max: 7 } },
      }),
    ).toMatchObject({ error: { code: 'activity_has_answers' } });
    expect(await request(facilitator, 'activity:remove', { sessionId, activityId: scaleId })).toMatchObject({
      error: { code: 'activity_is_open' },
    });
    await ok(facilitator, 'activity:remove', { sessionId, activityId: added.id });
    expect((await ok(facilitator, 'session:watch', { sessionId })).activities).toHaveLength(2);
  });

  it('ends the session: phones see it ended, the code no longer admits anyone, nothing more changes', async () => {
    const ended = waitFor(alice, 'participant:stateChanged', (s) => s.session.status === 'ended');
    await ok(facilitator, 'session:end', { sessionId });
    await ended;
    const late = await connect(t.url);
    expect(await request(late, 'participant:join', { code, nickname: '늦음' })).toMatchObject({
      error: { code: 'session_ended' },
    });
    late.disconnect();
    expect(await request(facilitator, 'activity:open', { sessionId, activityId: textId })).toMatchObject({
      error: { code: 'session_ended' },
    });
  });

  it("refuses another facilitator's session as if it did not exist", async () => {
    const { cookie: otherCookie } = await loginFacilitator(t);
    const intruder = await connect(t.url, { cookie: otherCookie });
    expect(await request(intruder, 'session:watch', { sessionId })).toMatchObject({
      error: { code: 'session_not_found' },
    });
    expect(await request(intruder, 'activity:open', { sessionId, activityId: textId })).toMatchObject({
      error: { code: 'session_not_found' },
    });
    intruder.disconnect();
  });
});
