import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../server/storage/index.js';
import { createSession, loginFacilitator, startTestApp } from '../helpers/app.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';

const PARTICIPANTS = 12;

describe('nothing acknowledged is lost when the server is killed', () => {
  let dir: string;
  let databaseUrl: string;
  let server: ChildServer | null = null;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'moim-kill-'));
    databaseUrl = join(dir, 'moim.sqlite');
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGKILL right after the acks, restart on the same file: every answer is there and clients resume', async () => {
    server = await startChildServer({ DATABASE_URL: databaseUrl });
    // Set-up data goes through the server's own HTTP API; the facilitator row is seeded via storage.
    const seed = await openStorage(databaseUrl);
    const { cookie } = await loginFacilitator({ storage: seed, url: server.url });
    await seed.close();
    const session = await createSession(server, cookie, {
      title: '재시작 확인',
      activities: [
        { type: 'scale', title: '오늘의 만족도', config: { min: 0, max: 10, minLabel: '0', maxLabel: '10' } },
      ],
    });
    const facilitator = await connect(server.url, { cookie });
    const activityId = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });

    const people: { socket: TestSocket; token: string; id: string; answerId: string; value: number }[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const socket = await connect(server.url);
      const joined = await ok(socket, 'participant:join', { code: session.code, nickname: `사람${i}` });
      people.push({
        socket,
        token: joined.rejoinToken,
        id: joined.participant.id,
        answerId: crypto.randomUUID(),
        value: i % 11,
      });
    }
    // All answers in flight at once, then the process dies the moment the last ack arrives.
    await Promise.all(
      people.map((p) =>
        ok(p.socket, 'answer:submit', { activityId, answerId: p.answerId, value: { value: p.value } }),
      ),
    );
    server.child.kill('SIGKILL');
    await server.exited;
    for (const p of people) p.socket.disconnect();
    facilitator.disconnect();

    server = await startChildServer({ DATABASE_URL: databaseUrl });
    const watcher = await connect(server.url, { cookie });
    const snapshot = await ok(watcher, 'session:watch', { sessionId: session.id });
    expect(snapshot.answers).toHaveLength(PARTICIPANTS);
    expect(snapshot.session.currentActivityId).toBe(activityId);
    for (const p of people) {
      const socket = await connect(server.url);
      const back = await ok(socket, 'participant:join', { code: session.code, rejoinToken: p.token });
      expect(back.participant.id).toBe(p.id);
      expect(back.myAnswer).toEqual({ activityId, answerId: p.answerId, value: { value: p.value } });
      // A resend after the restart (the phone never saw the ack) stores nothing new.
      const resent = await ok(socket, 'answer:submit', {
        activityId,
        answerId: p.answerId,
        value: { value: p.value },
      });
      expect(resent.duplicate).toBe(true);
      socket.disconnect();
    }
    watcher.disconnect();
  });
});

describe('a participant keeps one identity across reconnects', () => {
  it('rejoins with the token as the same participant with their answer; a changed answer replaces it', async () => {
    const t = await startTestApp();
    try {
      const { cookie } = await loginFacilitator(t);
      const session = await createSession(t, cookie, {
        title: '재접속',
        activities: [{ type: 'word-cloud', title: '떠오르는 단어', config: { maxWords: 3 } }],
      });
      const facilitator = await connect(t.url, { cookie });
      const activityId = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities[0]!
        .id;
      await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });

      const first = await connect(t.url);
      const joined = await ok(first, 'participant:join', { code: session.code, nickname: '하늘' });
      await ok(first, 'answer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        value: { words: ['  Teamwork! ', '성실'] },
      });
      first.disconnect();

      const second = await connect(t.url);
      const back = await ok(second, 'participant:join', {
        code: session.code,
        rejoinToken: joined.rejoinToken,
      });
      expect(back.participant).toEqual(joined.participant);
      expect(back.myAnswer?.value).toEqual({ words: ['teamwork', '성실'] });

      const changedId = crypto.randomUUID();
      await ok(second, 'answer:submit', { activityId, answerId: changedId, value: { words: ['끈기'] } });
      const rows = await t.storage.answers.listForActivity(activityId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ answerId: changedId, value: { words: ['끈기'] } });
      second.disconnect();
      facilitator.disconnect();
    } finally {
      await t.close();
    }
  });
});
