import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

const anonymousText = {
  type: 'open-text' as const,
  title: '솔직한 한 마디',
  config: { maxLength: 100, anonymous: true },
};

/** Everything one socket was sent, events and the acks of its own requests alike. */
function recorder(socket: TestSocket) {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
  return {
    seen,
    keep<T>(event: string, payload: T): T {
      seen.push({ event, payload });
      return payload;
    },
  };
}

/**
 * The presence list names everyone in the room, answered or not: that is who is here, not who wrote
 * what. Everything else a payload carries is searched for a person.
 */
function withoutPresence(payload: unknown): unknown {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const { participants: _everyone, ...rest } = payload as Record<string, unknown>;
  return rest;
}

function people(seen: { event: string; payload: unknown }[], secrets: string[]) {
  return seen.flatMap(({ event, payload }) => {
    const text = JSON.stringify(withoutPresence(payload));
    return secrets.filter((s) => text.includes(s)).map((secret) => ({ event, secret }));
  });
}

/**
 * Weakness 1 of issue 9: an observer with the facilitator's own socket tries every channel it has
 * (snapshots, each answer's update in a quiet room, replaced lists, hide and approve, a reconnect,
 * the results route and the CSV) and never finds who answered an anonymous activity, only how many.
 */
describe('anonymous open text: nothing the facilitator gets names who answered', () => {
  let t: TestApp;
  let cookie: string;
  const sockets: TestSocket[] = [];
  const track = async (s: Promise<TestSocket>) => {
    const socket = await s;
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    t = await startTestApp();
    ({ cookie } = await loginFacilitator(t));
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('carries no participant id or nickname of an answerer on any channel', async () => {
    const { id: sessionId, code } = await createSession(t, cookie, {
      title: '익명 모임',
      activities: [anonymousText],
    });
    const facilitator = await track(connect(t.url, { cookie }));
    const console = recorder(facilitator);
    const first = console.keep('session:watch', await ok(facilitator, 'session:watch', { sessionId }));
    const activityId = first.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId, activityId });
    const screen = await track(connect(t.url));
    const projector = recorder(screen);
    projector.keep('screen:watch', await ok(screen, 'screen:watch', { code }));

    const join = async (nickname: string) => {
      const socket = await track(connect(t.url));
      const phone = recorder(socket);
      const joined = phone.keep('participant:join', await ok(socket, 'participant:join', { code, nickname }));
      return { socket, phone, id: joined.participant.id, nickname };
    };
    const writer = await join('비밀작성자가');
    const other = await join('비밀작성자나');
    const quiet = await join('조용한관찰자');
    const everyone = [writer, other, quiet];
    const secrets = everyone.flatMap((p) => [p.id, p.nickname]);

    // A quiet room: each answer arrives alone, in its own update, long after the one before.
    const answer = async (p: typeof writer, text: string) => {
      const arrived = waitFor(facilitator, 'answers:updated', (u) =>
        u.answers.some((a) => (a.value as { text: string }).text === text),
      );
      const answerId = crypto.randomUUID();
      await ok(p.socket, 'answer:submit', { activityId, answerId, value: { text } });
      const update = await arrived;
      expect(update.answers).toHaveLength(1);
      return answerId;
    };
    const firstId = await answer(writer, '첫 번째 비밀');
    const secondId = await answer(other, '두 번째 비밀');

    // The snapshot after answers, and a whole list resent (the review switch replaces it).
    console.keep('session:watch', await ok(facilitator, 'session:watch', { sessionId }));
    const replaced = waitFor(facilitator, 'answers:updated', (u) => u.replace);
    await ok(facilitator, 'activity:review', { sessionId, activityId, review: true });
    await replaced;

    // Moderation: a hide and an approval each send the changed row.
    const hidden = waitFor(facilitator, 'answers:updated', (u) => u.answers.some((a) => a.hidden));
    await ok(facilitator, 'answer:hide', { sessionId, answerId: secondId, hidden: true });
    await hidden;
    const shown = waitFor(facilitator, 'answers:updated', (u) => u.answers.some((a) => !a.hidden));
    await ok(facilitator, 'answer:hide', { sessionId, answerId: secondId, hidden: false });
    await shown;
    const approved = waitFor(facilitator, 'answers:updated', (u) => u.answers.some((a) => a.approved));
    await ok(facilitator, 'answer:approve', { sessionId, answerIds: [firstId] });
    await approved;

    // Names on the projector cannot be turned on for it in effect, nor anonymity switched off.
    const revealed = waitFor(
      screen,
      'screen:stateChanged',
      (s) => s.activity?.showNames === true && s.results?.summary != null,
    );
    await ok(facilitator, 'activity:names', { sessionId, activityId, showNames: true });
    await ok(facilitator, 'activity:reveal', { sessionId, activityId, visible: true });
    await revealed;
    expect(
      await request(facilitator, 'activity:update', {
        sessionId,
        activityId,
        activity: { ...anonymousText, config: { ...anonymousText.config, anonymous: false } },
      }),
    ).toMatchObject({ ok: false, error: { code: 'activity_has_answers' } });

    // A reconnect: a new console's snapshot.
    const again = await track(connect(t.url, { cookie }));
    const reconnected = console.keep('session:watch', await ok(again, 'session:watch', { sessionId }));
    // What it does learn: how many answered, and the entries.
    expect(reconnected.activities[0]!.answerCount).toBe(2);
    expect(reconnected.answers.map((a) => (a.value as { text: string }).text).sort()).toEqual([
      '두 번째 비밀',
      '첫 번째 비밀',
    ]);

    // After the end: the results and the CSV.
    await ok(facilitator, 'session:end', { sessionId });
    const results = await fetch(`${t.url}/api/sessions/${sessionId}/results`, { headers: { cookie } });
    console.keep('GET results', await results.json());
    const csv = await fetch(`${t.url}/api/sessions/${sessionId}/answers.csv`, { headers: { cookie } });
    const csvText = await csv.text();
    expect(csvText).toContain('첫 번째 비밀');
    console.keep('GET answers.csv', csvText);

    expect(people(console.seen, secrets)).toEqual([]);
    expect(people(projector.seen, secrets)).toEqual([]);
    // A phone knows itself, and no one else.
    for (const p of everyone) {
      const others = everyone.filter((o) => o !== p).flatMap((o) => [o.id, o.nickname]);
      expect(people(p.phone.seen, others)).toEqual([]);
    }
  });
});
