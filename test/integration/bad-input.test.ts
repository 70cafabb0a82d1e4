import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';

describe('bad input gets a translated error and changes nothing', () => {
  let t: TestApp;
  let cookie: string;
  let facilitator: TestSocket;
  let participant: TestSocket;
  let session: { id: string; code: string };
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ cookie } = await loginFacilitator(t));
    session = await createSession(t, cookie, {
      title: '입력 검사',
      activities: [
        {
          type: 'poll-multi',
          title: '관심 분야',
          config: {
            options: [
              { id: 'a', label: '사무' },
              { id: 'b', label: 'IT' },
              { id: 'c', label: '돌봄' },
            ],
            maxPicks: 2,
          },
        },
      ],
    });
    facilitator = await connect(t.url, { cookie });
    activityId = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });
    participant = await connect(t.url);
    await ok(participant, 'participant:join', { code: session.code, nickname: '검사' });
  });
  afterAll(async () => {
    facilitator.disconnect();
    participant.disconnect();
    await t.close();
  });

  const answer = (value: unknown, answerId: string = crypto.randomUUID()) =>
    request(participant, 'answer:submit', { activityId, answerId, value });

  it('refuses malformed payloads with a Korean and English message', async () => {
    const ack = await request(participant, 'answer:submit', { activityId: 42 } as never);
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    if (!ack.ok) {
      expect(ack.error.message.ko).toMatch(/[가-힣]/);
      expect(ack.error.message.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses answers that do not fit the activity', async () => {
    expect(await answer({ optionIds: ['a', 'b', 'c'] })).toMatchObject({ error: { code: 'invalid_answer' } });
    expect(await answer({ optionIds: ['zz'] })).toMatchObject({ error: { code: 'invalid_answer' } });
    expect(await answer({ optionIds: ['a', 'a'] })).toMatchObject({ error: { code: 'invalid_answer' } });
    expect(await answer('a')).toMatchObject({ error: { code: 'invalid_answer' } });
    expect(await t.storage.answers.countForActivity(activityId)).toBe(0);
  });

  it('refuses an oversized payload with an error ack, and the socket stays usable', async () => {
    const ack = await answer({ optionIds: ['a'], padding: 'x'.repeat(20_000) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(await answer({ optionIds: ['a'] })).toMatchObject({ ok: true });
  });

  it('refuses an unknown join code and answers before joining', async () => {
    const stranger = await connect(t.url);
    expect(await request(stranger, 'participant:join', { code: '000000', nickname: 'x' })).toMatchObject({
      error: { code: 'session_not_found' },
    });
    expect(await request(stranger, 'participant:join', { code: 'abc', nickname: 'x' })).toMatchObject({
      error: { code: 'invalid_payload' },
    });
    expect(
      await request(stranger, 'answer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        value: { optionIds: ['a'] },
      }),
    ).toMatchObject({ error: { code: 'not_joined' } });
    stranger.disconnect();
  });

  it('refuses a taken nickname, case- and space-insensitively', async () => {
    const other = await connect(t.url);
    expect(
      await request(other, 'participant:join', { code: session.code, nickname: ' 검사 ' }),
    ).toMatchObject({
      error: { code: 'nickname_taken' },
    });
    other.disconnect();
  });

  it('answers an unknown event with an error ack', async () => {
    const ack = await (
      participant as unknown as { timeout: (ms: number) => { emitWithAck: (e: string) => Promise<unknown> } }
    )
      .timeout(5000)
      .emitWithAck('admin:dropTables');
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('rate-limits a flooding socket', async () => {
    const acks = await Promise.all(
      Array.from({ length: 40 }, () => request(participant, 'participant:join', { code: session.code })),
    );
    expect(acks.some((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);
  });

  it('refuses facilitator sockets and cookie requests from another origin', async () => {
    await expect(connect(t.url, { cookie, origin: 'https://evil.example' })).rejects.toThrow();
    const res = await fetch(`${t.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: 'https://evil.example' },
      body: JSON.stringify({ title: 'x', activities: [] }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross_origin');
  });

  it('refuses HTTP bodies that do not parse', async () => {
    const res = await fetch(`${t.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        title: '',
        activities: [{ type: 'poll-single', title: 'x', config: { options: [] } }],
      }),
    });
    expect(res.status).toBe(400);
    const broken = await fetch(`${t.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"title": ',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_payload');
  });

  it('sends security headers with a content security policy', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
