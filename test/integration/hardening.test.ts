import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { hashToken } from '../../server/auth/tokens.js';
import { CODE_GUESSES_PER_WINDOW } from '../../server/realtime/socket-server.js';
import { rooms } from '../../server/realtime/rooms.js';
import { FACILITATOR_EVENT_NAMES, type FacilitatorEventName } from '../../shared/protocol/events.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

const anonymousText = {
  type: 'open-text',
  title: '솔직한 한 마디',
  config: { maxLength: 100, anonymous: true },
};
const poll = {
  type: 'poll-single',
  title: '질문',
  config: {
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
};

/** Speaks engine.io/socket.io v4 directly: open, connect to "/", one event with ack id 1, its ack. */
function rawEmitWithAck(url: string, eventJson: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const packet = data.toString();
      if (packet.startsWith('0')) ws.send('40');
      else if (packet.startsWith('40')) ws.send(`421${eventJson}`);
      else if (packet === '2') ws.send('3');
      else if (packet.startsWith('431')) {
        ws.close();
        resolve(JSON.parse(packet.slice(3)));
      }
    });
  });
}

describe('hostile and unlucky input', () => {
  let t: TestApp;
  let cookie: string;
  let facilitator: TestSocket;
  let session: { id: string; code: string };
  let activityIds: string[];
  const open: TestSocket[] = [];
  const track = (s: TestSocket) => (open.push(s), s);

  beforeEach(async () => {
    t = await startTestApp();
    ({ cookie } = await loginFacilitator(t));
    session = await createSession(t, cookie, { title: '방어', activities: [anonymousText, poll] });
    facilitator = track(await connect(t.url, { cookie }));
    activityIds = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities.map(
      (a) => a.id,
    );
  });
  afterEach(async () => {
    for (const s of open.splice(0)) s.disconnect();
    await t.close();
  });

  it('survives a payload nested deep enough to overflow the stack, with an error ack', async () => {
    // socket.io-client itself cannot encode this, so the packet is written by hand on a raw WebSocket.
    const nested = `${'['.repeat(25_000)}${']'.repeat(25_000)}`;
    const ack = await rawEmitWithAck(
      t.url,
      `["participant:join",{"code":"${session.code}","nickname":${nested}}]`,
    );
    expect(ack).toMatchObject([{ ok: false, error: { code: 'invalid_payload' } }]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('keeps anonymous open-text entries unlinked from people, even for the facilitator', async () => {
    const [textId] = activityIds as [string];
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: textId });
    const alice = track(await connect(t.url));
    const joined = await ok(alice, 'participant:join', { code: session.code, nickname: '지수' });
    const update = waitFor(facilitator, 'answers:updated', (u) => u.answers.length === 1);
    await ok(alice, 'answer:submit', {
      activityId: textId,
      answerId: crypto.randomUUID(),
      value: { text: '솔직히 힘들어요' },
    });
    const delta = await update;
    expect(delta.answers[0]).toMatchObject({
      participantId: null,
      nickname: null,
      value: { text: '솔직히 힘들어요' },
    });
    // Not even who answered: beside a single row it would say whose it is (only the count goes).
    expect(delta.answeredParticipantIds).toEqual([]);
    expect(delta.answerCount).toBe(1);
    const snapshot = await ok(facilitator, 'session:watch', { sessionId: session.id });
    expect(snapshot.answers[0]).toMatchObject({ participantId: null, nickname: null });
    expect(JSON.stringify(snapshot.answers)).not.toContain(joined.participant.id);
    expect(snapshot.answeredParticipantIds).toEqual([]);
    expect(snapshot.activities[0]!.answerCount).toBe(1);
  });

  it('lets one connection be one participant: no minting of extra people', async () => {
    const socket = track(await connect(t.url));
    await ok(socket, 'participant:join', { code: session.code, nickname: '하나' });
    expect(await request(socket, 'participant:join', { code: session.code, nickname: '둘' })).toMatchObject({
      error: { code: 'already_joined' },
    });
    expect(await t.storage.participants.count(session.id)).toBe(1);
  });

  it('refuses to remove an activity people answered', async () => {
    const [, pollId] = activityIds as [string, string];
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: pollId });
    const alice = track(await connect(t.url));
    await ok(alice, 'participant:join', { code: session.code, nickname: '지수' });
    await ok(alice, 'answer:submit', {
      activityId: pollId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    });
    await ok(facilitator, 'activity:close', { sessionId: session.id, activityId: pollId });
    expect(
      await request(facilitator, 'activity:remove', { sessionId: session.id, activityId: pollId }),
    ).toMatchObject({
      error: { code: 'activity_has_answers' },
    });
    expect(await t.storage.answers.countForActivity(pollId)).toBe(1);
  });

  it('a wrong-code guesser behind a shared address does not lock out phones that already belong', async () => {
    const member = track(await connect(t.url));
    const { rejoinToken } = await ok(member, 'participant:join', { code: session.code, nickname: '회원' });
    const wrong = session.code === '000000' ? '000001' : '000000';
    const codes: string[] = [];
    // Several connections from one address, each well under the per-socket event limit.
    let guesser = track(await connect(t.url));
    for (let i = 0; i <= CODE_GUESSES_PER_WINDOW; i++) {
      if (i % 10 === 9) guesser = track(await connect(t.url));
      const ack = await request(guesser, 'participant:join', { code: wrong, nickname: 'x' });
      if (!ack.ok) codes.push(ack.error.code);
    }
    expect(codes.slice(0, CODE_GUESSES_PER_WINDOW).every((c) => c === 'session_not_found')).toBe(true);
    expect(codes.at(-1)).toBe('rate_limited');
    // Even the right code is refused to a guesser now...
    const another = track(await connect(t.url));
    expect(
      await request(another, 'participant:join', { code: session.code, nickname: '새사람' }),
    ).toMatchObject({
      error: { code: 'rate_limited' },
    });
    // ...but a phone proving membership with its token gets back in.
    const back = track(await connect(t.url));
    await ok(back, 'participant:join', { code: session.code, rejoinToken });
  });

  it('a facilitator socket whose login is gone loses its powers at its next event', async () => {
    // Logging out closes the socket outright (facilitator-login.test.ts); a login that ends without
    // that (run out, or removed where this process did not hear it) is caught by the re-check.
    await t.storage.facilitators.deleteAuthSession(hashToken(cookie.slice(cookie.indexOf('=') + 1)));
    expect(
      await request(facilitator, 'activity:open', { sessionId: session.id, activityId: activityIds[0]! }),
    ).toMatchObject({
      error: { code: 'not_authenticated' },
    });
    expect((await t.storage.activities.list(session.id)).every((a) => a.status === 'draft')).toBe(true);
  });

  it('a console that switches sessions stops receiving the previous one', async () => {
    const other = await createSession(t, cookie, { title: '다른 세션', activities: [] });
    await ok(facilitator, 'session:watch', { sessionId: other.id });
    const inOld = await t.app.realtime.io.in(rooms.facilitators(session.id)).fetchSockets();
    const inNew = await t.app.realtime.io.in(rooms.facilitators(other.id)).fetchSockets();
    expect(inOld.map((s) => s.id)).not.toContain(facilitator.id);
    expect(inNew.map((s) => s.id)).toContain(facilitator.id);
  });

  it('answers an HTTP body over the limit with 413 and a translated error', async () => {
    const res = await fetch(`${t.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ title: 'x'.repeat(40_000), activities: [] }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: { code: 'payload_too_large', message: { ko: expect.any(String) } },
    });
  });

  it('creates exactly one first account when two first-run setups race', async () => {
    const fresh = await startTestApp();
    try {
      const setup = (email: string) =>
        fetch(`${fresh.url}/api/auth/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ centerName: '첫 센터', email, password: 'long enough', name: '첫 진행자' }),
        });
      const statuses = (
        await Promise.all([setup('a@center.kr'), setup('b@center.kr'), setup('c@center.kr')])
      ).map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(await fresh.storage.facilitators.count()).toBe(1);
      expect(await fresh.storage.centers.findByIdOrName('첫 센터')).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });
});

describe("another facilitator's session is out of reach through every event", () => {
  it('answers session_not_found to each facilitator event and changes nothing', async () => {
    const t = await startTestApp();
    try {
      const victim = await loginFacilitator(t);
      const session = await createSession(t, victim.cookie, { title: '피해자', activities: [poll] });
      const owner = await connect(t.url, { cookie: victim.cookie });
      const activityId = (await ok(owner, 'session:watch', { sessionId: session.id })).activities[0]!.id;
      await ok(owner, 'activity:open', { sessionId: session.id, activityId });
      const phone = await connect(t.url);
      await ok(phone, 'participant:join', { code: session.code, nickname: '참여' });
      const answerId = crypto.randomUUID();
      await ok(phone, 'answer:submit', { activityId, answerId, value: { optionId: 'a' } });
      const before = await ok(owner, 'session:watch', { sessionId: session.id });

      const attacker = await loginFacilitator(t);
      const intruder = await connect(t.url, { cookie: attacker.cookie });
      const sessionId = session.id;
      const payloads: Record<FacilitatorEventName, unknown> = {
        'session:watch': { sessionId },
        'session:end': { sessionId },
        'activity:add': { sessionId, activity: poll },
        'activity:update': { sessionId, activityId, activity: { ...poll, title: '탈취' } },
        'activity:remove': { sessionId, activityId },
        'activity:reorder': { sessionId, activityIds: [activityId] },
        'activity:open': { sessionId, activityId },
        'activity:close': { sessionId, activityId },
        'activity:lock': { sessionId, activityId, locked: true },
        'activity:reveal': { sessionId, activityId, visible: true },
        'activity:names': { sessionId, activityId, showNames: true },
        'timer:start': { sessionId, durationMs: 60_000 },
        'timer:pause': { sessionId },
        'timer:resume': { sessionId },
        'timer:reset': { sessionId },
        'answer:hide': { sessionId, answerId, hidden: true },
        'answer:approve': { sessionId, answerIds: [answerId] },
        'activity:review': { sessionId, activityId, review: true },
      };
      for (const event of FACILITATOR_EVENT_NAMES) {
        const ack = await request(intruder, event, payloads[event] as never);
        expect({ event, ack }).toMatchObject({
          event,
          ack: { ok: false, error: { code: 'session_not_found' } },
        });
      }
      const after = await ok(owner, 'session:watch', { sessionId: session.id });
      expect({ ...after, serverNow: 0 }).toEqual({ ...before, serverNow: 0 });
      for (const s of [owner, phone, intruder]) s.disconnect();
    } finally {
      await t.close();
    }
  });
});
