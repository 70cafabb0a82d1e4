import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChoiceSummary } from '../../shared/activities/choice.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

const poll = {
  type: 'poll-single',
  title: '오늘 기분은?',
  config: {
    options: [
      { id: 'good', label: '좋아요' },
      { id: 'soso', label: '그저 그래요' },
    ],
  },
};
const openText = { type: 'open-text', title: '한 마디', config: { maxLength: 100, anonymous: false } };

describe('a live session end to end', () => {
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
    const { cookie } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '강점 찾기', activities: [poll, openText] });
    const facilitator = track(await connect(t.url, { cookie }));
    const snapshot = await ok(facilitator, 'session:watch', { sessionId: session.id });
    const [pollActivity, textActivity] = snapshot.activities;
    return { cookie, session, facilitator, pollId: pollActivity!.id, textId: textActivity!.id };
  }

  it('facilitator, projector and two participants run a poll through to revealed results', async () => {
    const { session, facilitator, pollId } = await setup();
    const screen = track(await connect(t.url));
    await ok(screen, 'screen:watch', { code: session.code });
    const alice = track(await connect(t.url));
    const bob = track(await connect(t.url));
    const a = await ok(alice, 'participant:join', { code: session.code, nickname: '지수' });
    await ok(bob, 'participant:join', { code: session.code, nickname: '민호' });
    expect(a.activity).toBeNull();

    const opened = waitFor(alice, 'participant:stateChanged', (s) => s.activity?.id === pollId);
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: pollId });
    expect((await opened).activity?.status).toBe('open');

    const facilitatorSees = waitFor(facilitator, 'results:updated', (r) => r.respondents === 2);
    const screenCount = waitFor(screen, 'results:updated', (r) => r.respondents === 2);
    await ok(alice, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'good' },
    });
    await ok(bob, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'soso' },
    });
    const summary = (await facilitatorSees).summary as ChoiceSummary;
    expect(summary.counts.map((c) => c.count)).toEqual([1, 1]);
    // Hidden until revealed: the projector knows how many answered, not what.
    expect((await screenCount).summary).toBeNull();

    const revealed = waitFor(screen, 'screen:stateChanged', (s) => s.results?.summary !== null);
    const aliceSees = waitFor(alice, 'participant:stateChanged', (s) => s.results?.summary !== null);
    await ok(facilitator, 'activity:reveal', { sessionId: session.id, activityId: pollId, visible: true });
    expect(((await revealed).results?.summary as ChoiceSummary).counts.map((c) => c.count)).toEqual([1, 1]);
    expect((await aliceSees).results?.respondents).toBe(2);
  });

  it('stores a resent answer id once and rejects answers to a closed activity', async () => {
    const { session, facilitator, pollId, textId } = await setup();
    const alice = track(await connect(t.url));
    await ok(alice, 'participant:join', { code: session.code, nickname: '지수' });
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: pollId });
    const answerId = crypto.randomUUID();
    const first = await ok(alice, 'answer:submit', {
      activityId: pollId,
      answerId,
      value: { optionId: 'good' },
    });
    const again = await ok(alice, 'answer:submit', {
      activityId: pollId,
      answerId,
      value: { optionId: 'good' },
    });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(await t.storage.answers.countForActivity(pollId)).toBe(1);

    const closedAnswer = await request(alice, 'answer:submit', {
      activityId: textId,
      answerId: crypto.randomUUID(),
      value: { text: '안녕' },
    });
    expect(closedAnswer).toMatchObject({ ok: false, error: { code: 'activity_not_open' } });
    expect(await t.storage.answers.countForActivity(textId)).toBe(0);
  });
});
