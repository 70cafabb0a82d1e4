import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITATOR_EVENT_NAMES, type FacilitatorEventName } from '../../shared/protocol/events.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';

/**
 * A participant's socket tries every facilitator event with a well-formed payload for a real
 * session and activity. Each must be refused with `forbidden` and change nothing.
 */
describe('participants cannot call facilitator events', () => {
  let t: TestApp;
  let participant: TestSocket;
  let facilitator: TestSocket;
  let sessionId: string;
  let activityId: string;
  let answerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { cookie } = await loginFacilitator(t);
    const session = await createSession(t, cookie, {
      title: '권한 확인',
      activities: [{ type: 'open-text', title: '한 마디', config: { maxLength: 100, anonymous: false } }],
    });
    sessionId = session.id;
    facilitator = await connect(t.url, { cookie });
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    activityId = snapshot.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId, activityId });
    participant = await connect(t.url);
    await ok(participant, 'participant:join', { code: session.code, nickname: '참여자' });
    answerId = crypto.randomUUID();
    await ok(participant, 'answer:submit', { activityId, answerId, value: { text: '안녕하세요' } });
  });
  afterAll(async () => {
    participant.disconnect();
    facilitator.disconnect();
    await t.close();
  });

  const draft = {
    type: 'scale',
    title: '척도',
    config: { min: 1, max: 5, minLabel: '낮음', maxLabel: '높음' },
  };
  const payloads: Record<FacilitatorEventName, () => unknown> = {
    'session:watch': () => ({ sessionId }),
    'session:end': () => ({ sessionId }),
    'activity:add': () => ({ sessionId, activity: draft }),
    'activity:update': () => ({ sessionId, activityId, activity: draft }),
    'activity:remove': () => ({ sessionId, activityId }),
    'activity:reorder': () => ({ sessionId, activityIds: [activityId] }),
    'activity:open': () => ({ sessionId, activityId }),
    'activity:close': () => ({ sessionId, activityId }),
    'activity:lock': () => ({ sessionId, activityId, locked: true }),
    'activity:reveal': () => ({ sessionId, activityId, visible: true }),
    'activity:names': () => ({ sessionId, activityId, showNames: true }),
    'timer:start': () => ({ sessionId, durationMs: 60_000 }),
    'timer:pause': () => ({ sessionId }),
    'timer:resume': () => ({ sessionId }),
    'timer:reset': () => ({ sessionId }),
    'answer:hide': () => ({ sessionId, answerId, hidden: true }),
    'answer:approve': () => ({ sessionId, answerIds: [answerId] }),
    'activity:review': () => ({ sessionId, activityId, review: true }),
  };

  for (const event of FACILITATOR_EVENT_NAMES) {
    it(`refuses ${event}`, async () => {
      const before = await ok(facilitator, 'session:watch', { sessionId });
      const ack = await request(participant, event, payloads[event]() as never);
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const after = await ok(facilitator, 'session:watch', { sessionId });
      const { serverNow: _b, ...stateBefore } = before;
      const { serverNow: _a, ...stateAfter } = after;
      expect(stateAfter).toEqual(stateBefore);
    });
  }

  it('covers every facilitator event', () => {
    expect(Object.keys(payloads).sort()).toEqual([...FACILITATOR_EVENT_NAMES].sort());
  });
});
