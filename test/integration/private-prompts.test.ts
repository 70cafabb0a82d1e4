import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineConfig } from '../../shared/content/engine-config.js';
import { modules } from '../../shared/content/index.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';

/** The library's own flagged prompts, opened with the config their agenda line carries. */
function libraryActivity(ko: string) {
  const found = modules.flatMap((m) => m.activities).find((a) => a.prompt.ko.includes(ko));
  if (!found || found.type !== 'open-text') throw new Error(`no open-text prompt "${ko}"`);
  return { type: 'open-text' as const, title: found.prompt.ko, config: lineConfig(found, 'ko') };
}
const selfOnly = libraryActivity('일자리 소식을 물어볼 수 있는 사람');
const facilitatorOnly = libraryActivity('나에게 자주 하는 부정적인 말');

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

function mentions(seen: { event: string; payload: unknown }[], secret: string): string[] {
  return seen.filter(({ payload }) => JSON.stringify(payload).includes(secret)).map((s) => s.event);
}

describe('prompts flagged private keep their entries from the room', () => {
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

  /** A session of one activity: the console, the projector and two phones, each recorded. */
  async function room(activity: { type: 'open-text'; title: string; config: unknown }) {
    const { id: sessionId, code } = await createSession(t, cookie, {
      title: '비공개',
      activities: [activity],
    });
    const facilitator = await track(connect(t.url, { cookie }));
    const console = recorder(facilitator);
    const watched = console.keep('session:watch', await ok(facilitator, 'session:watch', { sessionId }));
    const activityId = watched.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId, activityId });
    const screen = await track(connect(t.url));
    const projector = recorder(screen);
    projector.keep('screen:watch', await ok(screen, 'screen:watch', { code }));
    const join = async (nickname: string) => {
      const socket = await track(connect(t.url));
      const phone = recorder(socket);
      const joined = phone.keep('participant:join', await ok(socket, 'participant:join', { code, nickname }));
      return { socket, phone, rejoinToken: joined.rejoinToken };
    };
    const author = await join('작성자');
    const other = await join('옆사람');
    /** The author answers; resolves once the projector has the new count (the flush went out). */
    const answer = async (text: string) => {
      const counted = waitFor(screen, 'results:updated', (r) => r.respondents === 1);
      await ok(author.socket, 'answer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        value: { text },
      });
      await counted;
    };
    /** A state change every audience hears after anything sent before it. */
    const settle = async () => {
      const phoneHeard = waitFor(
        other.socket,
        'participant:stateChanged',
        (s) => s.activity?.locked === true,
      );
      const screenHeard = waitFor(screen, 'screen:stateChanged', (s) => s.activity?.locked === true);
      await ok(facilitator, 'activity:lock', { sessionId, activityId, locked: true });
      await Promise.all([phoneHeard, screenHeard]);
    };
    return {
      sessionId,
      code,
      activityId,
      facilitator,
      console,
      screen,
      projector,
      author,
      other,
      answer,
      settle,
    };
  }

  it("'facilitator': the console reads the entry; the projector and the other phone never do", async () => {
    const r = await room(facilitatorOnly);
    const secret = '나는 늘 안 된다고 말한다';
    await r.answer(secret);
    expect(
      await request(r.facilitator, 'activity:reveal', {
        sessionId: r.sessionId,
        activityId: r.activityId,
        visible: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'private_activity' } });
    // Hiding is always allowed.
    await ok(r.facilitator, 'activity:reveal', {
      sessionId: r.sessionId,
      activityId: r.activityId,
      visible: false,
    });
    // Locked once answered: the flag cannot be taken off to reveal it after all.
    expect(
      await request(r.facilitator, 'activity:update', {
        sessionId: r.sessionId,
        activityId: r.activityId,
        activity: { ...facilitatorOnly, config: { maxLength: 300, anonymous: true, visibility: 'room' } },
      }),
    ).toMatchObject({ ok: false, error: { code: 'activity_has_answers' } });
    await r.settle();
    // A late phone's and projector's snapshots.
    const late = await track(connect(t.url));
    const lateJoin = await ok(late, 'participant:join', { code: r.code, nickname: '늦은사람' });
    expect(lateJoin.results?.summary ?? null).toBeNull();
    const snapshot = r.console.keep(
      'session:watch',
      await ok(r.facilitator, 'session:watch', { sessionId: r.sessionId }),
    );

    expect(mentions(r.console.seen, secret).length).toBeGreaterThan(0);
    expect(snapshot.answers.map((a) => (a.value as { text: string }).text)).toEqual([secret]);
    expect(mentions(r.projector.seen, secret)).toEqual([]);
    expect(mentions(r.other.phone.seen, secret)).toEqual([]);
    expect(JSON.stringify(lateJoin)).not.toContain(secret);
  });

  it("'facilitator' set on an activity already revealed (before any answer) still shows nothing", async () => {
    const r = await room({ ...facilitatorOnly, config: { maxLength: 300, anonymous: true } });
    await ok(r.facilitator, 'activity:reveal', {
      sessionId: r.sessionId,
      activityId: r.activityId,
      visible: true,
    });
    await ok(r.facilitator, 'activity:update', {
      sessionId: r.sessionId,
      activityId: r.activityId,
      activity: facilitatorOnly,
    });
    const secret = '공개된 줄 알았던 비밀';
    await r.answer(secret);
    await r.settle();
    expect(mentions(r.projector.seen, secret)).toEqual([]);
    expect(mentions(r.other.phone.seen, secret)).toEqual([]);
  });

  it("'self': only the author's phone has the entry; the console gets how many answered", async () => {
    const r = await room(selfOnly);
    const secret = '김철수 삼촌, 이영희 선배';
    await r.answer(secret);
    expect(
      await request(r.facilitator, 'activity:reveal', {
        sessionId: r.sessionId,
        activityId: r.activityId,
        visible: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'private_activity' } });
    await r.settle();

    // The author's phone, back after a reconnect, has its own answer.
    r.author.socket.disconnect();
    const back = await track(connect(t.url));
    const rejoined = await ok(back, 'participant:join', { code: r.code, rejoinToken: r.author.rejoinToken });
    expect(rejoined.myAnswer?.value).toEqual({ text: secret });
    expect(rejoined.results?.summary ?? null).toBeNull();

    // The console: a count, no entry, on every channel.
    const snapshot = r.console.keep(
      'session:watch',
      await ok(r.facilitator, 'session:watch', { sessionId: r.sessionId }),
    );
    expect(snapshot.activities[0]!.answerCount).toBe(1);
    expect(snapshot.answers).toEqual([]);
    expect(snapshot.results?.respondents).toBe(1);
    await ok(r.facilitator, 'session:end', { sessionId: r.sessionId });
    const results = await fetch(`${t.url}/api/sessions/${r.sessionId}/results`, { headers: { cookie } });
    const body = r.console.keep(
      'GET results',
      (await results.json()) as { activities: { respondents: number }[] },
    );
    expect(body.activities[0]!.respondents).toBe(1);
    const csv = await fetch(`${t.url}/api/sessions/${r.sessionId}/answers.csv`, { headers: { cookie } });
    r.console.keep('GET answers.csv', await csv.text());

    expect(r.console.seen.some((s) => s.event === 'results:updated')).toBe(true);
    expect(mentions(r.console.seen, secret)).toEqual([]);
    expect(mentions(r.projector.seen, secret)).toEqual([]);
    expect(mentions(r.other.phone.seen, secret)).toEqual([]);
  });
});
