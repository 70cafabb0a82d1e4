import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenTextSummary } from '../../shared/activities/open-text/index.js';
import type { AnswerRow } from '../../shared/protocol/views.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import { call, createProgram, expectStatus, scratchBody, today } from './program-fixtures.js';

const openText = (anonymous: boolean) => ({
  type: 'open-text' as const,
  title: '오늘 한 마디',
  config: { maxLength: 100, anonymous },
});
const entriesOf = (summary: unknown) => (summary as OpenTextSummary).entries.map((e) => e.text).sort();

describe('open text: one room count, review before showing', () => {
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

  /** A quick session with one open-text activity, open, watched by a console and a projector. */
  async function room(anonymous: boolean) {
    const { id: sessionId, code } = await createSession(t, cookie, {
      title: '자유 응답',
      activities: [openText(anonymous)],
    });
    const facilitator = await track(connect(t.url, { cookie }));
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    const activityId = snapshot.activities[0]!.id;
    expect(snapshot.activities[0]!.review).toBe(false);
    await ok(facilitator, 'activity:open', { sessionId, activityId });
    const screen = await track(connect(t.url));
    await ok(screen, 'screen:watch', { code });
    const answer = async (nickname: string, text: string) => {
      const phone = await track(connect(t.url));
      await ok(phone, 'participant:join', { code, nickname });
      const answerId = crypto.randomUUID();
      await ok(phone, 'answer:submit', { activityId, answerId, value: { text } });
      return { phone, answerId };
    };
    return { sessionId, code, activityId, facilitator, screen, answer };
  }

  it('gives the console and the projector the same count after an entry is hidden', async () => {
    const r = await room(false);
    const given: { answerId: string }[] = [];
    for (let i = 1; i <= 7; i++) {
      const counted = [
        waitFor(r.facilitator, 'results:updated', (v) => v.respondents === i),
        waitFor(r.screen, 'results:updated', (v) => v.respondents === i),
      ];
      given.push(await r.answer(`참여자${i}`, `답변 ${i}`));
      await Promise.all(counted);
    }
    const console = waitFor(r.facilitator, 'results:updated', (v) => v.respondents !== 7);
    const projector = waitFor(r.screen, 'results:updated', (v) => v.respondents !== 7);
    const rows = waitFor(r.facilitator, 'answers:updated', (u) => u.answers.some((a) => a.hidden));
    await ok(r.facilitator, 'answer:hide', {
      sessionId: r.sessionId,
      answerId: given[2]!.answerId,
      hidden: true,
    });
    const [c, p] = await Promise.all([console, projector]);
    expect({ console: c.respondents, projector: p.respondents }).toEqual({ console: 6, projector: 6 });
    // The hidden row still reaches the console, marked, and the snapshot agrees on the count.
    expect((await rows).answers.map((a) => a.hidden)).toEqual([true]);
    const again = await ok(r.facilitator, 'session:watch', { sessionId: r.sessionId });
    const screenState = await ok(r.screen, 'screen:watch', { code: r.code });
    expect(again.results?.respondents).toBe(6);
    expect(screenState.results?.respondents).toBe(6);
    expect(again.answers.filter((a) => a.hidden)).toHaveLength(1);
  });

  it('shows an entry on the projector, and on phones after a reveal, only once approved', async () => {
    const r = await room(true);
    const reviewOn = waitFor(r.facilitator, 'facilitator:stateChanged', (s) => s.activities[0]!.review);
    await ok(r.facilitator, 'activity:review', {
      sessionId: r.sessionId,
      activityId: r.activityId,
      review: true,
    });
    await reviewOn;
    await ok(r.facilitator, 'activity:reveal', {
      sessionId: r.sessionId,
      activityId: r.activityId,
      visible: true,
    });

    const arrived = waitFor(r.facilitator, 'answers:updated', (u) => u.answers.length === 1);
    const first = await r.answer('미나', '좋은 말');
    const waitingRow = (await arrived).answers[0]!;
    expect(waitingRow).toMatchObject({ approved: false, hidden: false, participantId: null, nickname: null });
    // The second answer's own update first, so the next update awaited below is the approval's.
    const secondArrived = waitFor(r.facilitator, 'answers:updated', (u) =>
      u.answers.some((a) => a.entryId !== waitingRow.entryId),
    );
    const second = await r.answer('준호', '아직 검토 전');
    await secondArrived;

    // Not on the projector, nor on a phone, though results are revealed.
    const state = await ok(r.screen, 'screen:watch', { code: r.code });
    expect(state.results).toMatchObject({ respondents: 0 });
    expect(entriesOf(state.results?.summary)).toEqual([]);
    const late = await track(connect(t.url));
    const phone = await ok(late, 'participant:join', { code: r.code, nickname: '늦은 사람' });
    expect(entriesOf(phone.results?.summary)).toEqual([]);

    const onScreen = waitFor(r.screen, 'results:updated', (v) => v.respondents === 1);
    const onPhone = waitFor(second.phone, 'results:updated', (v) => v.respondents === 1);
    const approvedRow = waitFor(r.facilitator, 'answers:updated', (u) => u.answers.some((a) => a.approved));
    const ack = await ok(r.facilitator, 'answer:approve', {
      sessionId: r.sessionId,
      answerIds: [first.answerId],
    });
    expect(ack).toEqual({ approved: 1 });
    expect(entriesOf((await onScreen).summary)).toEqual(['좋은 말']);
    expect(entriesOf((await onPhone).summary)).toEqual(['좋은 말']);
    // The moderation update carries the row, never who wrote it.
    const update = await approvedRow;
    expect(update.answeredParticipantIds).toEqual([]);
    expect(update.answers.map((a: AnswerRow) => [a.entryId, a.participantId, a.approved])).toEqual([
      [waitingRow.entryId, null, true],
    ]);

    // An approved entry edited afterwards waits again; approving the old version lets nothing through.
    const edited = waitFor(r.facilitator, 'answers:updated', (u) =>
      u.answers.some((a) => a.entryId === waitingRow.entryId && !a.approved),
    );
    const editId = crypto.randomUUID();
    const gone = waitFor(r.screen, 'results:updated', (v) => v.respondents === 0);
    await ok(first.phone, 'answer:submit', {
      activityId: r.activityId,
      answerId: editId,
      value: { text: '바꾼 말' },
    });
    await Promise.all([edited, gone]);
    expect(
      await ok(r.facilitator, 'answer:approve', { sessionId: r.sessionId, answerIds: [first.answerId] }),
    ).toEqual({ approved: 0 });
    const both = waitFor(r.screen, 'results:updated', (v) => v.respondents === 2);
    await ok(r.facilitator, 'answer:approve', {
      sessionId: r.sessionId,
      answerIds: [editId, second.answerId],
    });
    expect(entriesOf((await both).summary)).toEqual(['바꾼 말', '아직 검토 전']);
  });

  it('reviews open text by default in a program day, not in a quick session', async () => {
    const { user } = await loginFacilitator(t, 'runner@center.kr').then(async (f) => {
      cookie = f.cookie;
      return f;
    });
    const body = scratchBody([user.id], [today()]);
    body.days[0]!.modules[0]!.activities.push({
      key: 'o',
      type: 'open-text',
      title: '소감 한 줄',
      minutes: 5,
    });
    const program = await createProgram(t, cookie, body);
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const facilitator = await track(connect(t.url, { cookie }));
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    const byType = (type: string) => snapshot.activities.filter((a) => a.type === type).map((a) => a.review);
    expect(byType('open-text')).toEqual([true]);
    expect(byType('poll-single')).toEqual([false]);
    const added = await ok(facilitator, 'activity:add', { sessionId, activity: openText(false) });
    expect(added.review).toBe(true);
    // Only reviewable types take the switch.
    const poll = snapshot.activities.find((a) => a.type === 'poll-single')!;
    const refused = await request(facilitator, 'activity:review', {
      sessionId,
      activityId: poll.id,
      review: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});
