import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerValidator, Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * The same cases against every backend: whatever runs on SQLite on a laptop runs the same on
 * PostgreSQL in production. Under CI=true an unreachable PostgreSQL fails the run.
 */
const acceptAll: AnswerValidator = (_activity, value) => ({ ok: true, value });
const poll = {
  type: 'poll-single' as const,
  title: '질문',
  config: {
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
};

for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} storage contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`storage contract: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let facilitatorId: string;
  let centerId: string;

  beforeEach(async () => {
    ({ storage, cleanup } = await backend.open());
    centerId = (await storage.centers.create('센터')).id;
    facilitatorId = (await storage.facilitators.create({
      centerId,
      role: 'admin',
      email: 'Lead@Center.kr',
      name: '김진행',
      passwordHash: 'h',
    }))!.id;
  });
  afterEach(async () => cleanup());

  async function sessionWith(count = 2) {
    const session = await storage.sessions.create({
      facilitatorId,
      title: '세션',
      activities: Array.from({ length: count }, (_, i) => ({ ...poll, title: `질문 ${i + 1}` })),
    });
    const activities = await storage.activities.list(session.id);
    return { session, activities };
  }

  it('creates the first-run account once', async () => {
    const fresh = await backend.open();
    try {
      const results = await Promise.all(
        ['a', 'b', 'c'].map((x) =>
          fresh.storage.facilitators.createFirst({
            centerName: x,
            email: `${x}@c.kr`,
            name: x,
            passwordHash: 'h',
          }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(
        await fresh.storage.facilitators.createFirst({
          centerName: 'd',
          email: 'd@c.kr',
          name: 'd',
          passwordHash: 'h',
        }),
      ).toBeNull();
    } finally {
      await fresh.cleanup();
    }
  });

  it('keeps facilitator emails unique regardless of case', async () => {
    expect(
      await storage.facilitators.create({
        centerId,
        role: 'facilitator',
        email: 'lead@center.kr',
        name: 'x',
        passwordHash: 'h',
      }),
    ).toBeNull();
    expect((await storage.facilitators.findByEmail('LEAD@center.kr'))?.id).toBe(facilitatorId);
    expect(await storage.facilitators.count()).toBe(1);
  });

  it('finds a facilitator by an unexpired auth session only, with when it expires', async () => {
    const expiresAt = Date.now() + 60_000;
    await storage.facilitators.createAuthSession(facilitatorId, 'live', expiresAt);
    await storage.facilitators.createAuthSession(facilitatorId, 'expired', Date.now() - 1);
    expect((await storage.facilitators.findByAuthSession('live', Date.now()))?.id).toBe(facilitatorId);
    const login = await storage.facilitators.findAuthSession('live', Date.now());
    expect(login?.facilitator.id).toBe(facilitatorId);
    expect(login?.expiresAt).toBe(expiresAt);
    expect(await storage.facilitators.findAuthSession('expired', Date.now())).toBeNull();
    expect(await storage.facilitators.findByAuthSession('expired', Date.now())).toBeNull();
    await storage.facilitators.deleteAuthSession('live');
    expect(await storage.facilitators.findByAuthSession('live', Date.now())).toBeNull();
  });

  it('creates a session with a 6-digit code and its activities in order', async () => {
    const { session, activities } = await sessionWith(3);
    expect(session.code).toMatch(/^\d{6}$/);
    expect(session.timer).toEqual({ status: 'idle' });
    expect(activities.map((a) => a.title)).toEqual(['질문 1', '질문 2', '질문 3']);
    expect(activities.every((a) => a.status === 'draft')).toBe(true);
    expect((await storage.sessions.findByCode(session.code))?.id).toBe(session.id);
    const [listed] = await storage.sessions.listForFacilitator(facilitatorId);
    expect(listed).toMatchObject({ id: session.id, activityCount: 3, participantCount: 0 });
  });

  it('keeps exactly one activity open and tracks the current one', async () => {
    const { session, activities } = await sessionWith(3);
    const [a, b] = activities;
    await storage.activities.open(session.id, a!.id);
    await storage.activities.open(session.id, b!.id);
    const states = (await storage.activities.list(session.id)).map((x) => x.status);
    expect(states).toEqual(['closed', 'open', 'draft']);
    expect((await storage.sessions.findById(session.id))?.currentActivityId).toBe(b!.id);
    await storage.activities.close(session.id, b!.id);
    expect((await storage.sessions.findById(session.id))?.currentActivityId).toBeNull();
  });

  it('keeps one activity open when two opens race', async () => {
    const { session, activities } = await sessionWith(4);
    for (let round = 0; round < 5; round++) {
      await Promise.all(activities.map((a) => storage.activities.open(session.id, a.id)));
      const open = (await storage.activities.list(session.id)).filter((a) => a.status === 'open');
      expect(open).toHaveLength(1);
      expect((await storage.sessions.findById(session.id))?.currentActivityId).toBe(open[0]!.id);
    }
  });

  it('scopes activities to their session', async () => {
    const one = await sessionWith(1);
    const two = await sessionWith(1);
    expect(await storage.activities.get(two.session.id, one.activities[0]!.id)).toBeNull();
    await storage.activities.open(two.session.id, one.activities[0]!.id);
    expect((await storage.activities.list(one.session.id))[0]!.status).toBe('draft');
  });

  it('adds, updates, reorders, flags and removes activities', async () => {
    const { session, activities } = await sessionWith(2);
    const added = (await storage.activities.add(session.id, { ...poll, title: '추가' }))!;
    expect(added.position).toBe(2);
    expect(
      await storage.activities.update(
        session.id,
        added.id,
        { ...poll, title: '고침' },
        { onlyIfUnanswered: true },
      ),
    ).toBe(true);
    const updated = await storage.activities.get(session.id, added.id);
    expect(updated).toMatchObject({ title: '고침', version: added.version + 1 });
    await storage.activities.reorder(session.id, [added.id, activities[1]!.id, activities[0]!.id]);
    expect((await storage.activities.list(session.id)).map((a) => a.id)).toEqual([
      added.id,
      activities[1]!.id,
      activities[0]!.id,
    ]);
    await storage.activities.setFlags(session.id, added.id, { locked: true, resultsVisible: true });
    expect(await storage.activities.get(session.id, added.id)).toMatchObject({
      locked: true,
      resultsVisible: true,
      showNames: false,
    });
    expect(await storage.activities.removeIfUnanswered(session.id, added.id)).toBe(true);
    expect(await storage.activities.list(session.id)).toHaveLength(2);
  });

  it('keeps nicknames unique per session, case-insensitively, and finds participants by token', async () => {
    const one = await sessionWith(1);
    const two = await sessionWith(1);
    const p = await storage.participants.create(one.session.id, 'Mina', 'token-1');
    expect(p).not.toBeNull();
    expect(await storage.participants.create(one.session.id, 'mina', 'token-2')).toBeNull();
    expect(await storage.participants.create(two.session.id, 'Mina', 'token-3')).not.toBeNull();
    expect((await storage.participants.findByToken(one.session.id, 'token-1'))?.id).toBe(p!.id);
    expect(await storage.participants.findByToken(two.session.id, 'token-1')).toBeNull();
  });

  it('stores an answer id once, replaces a changed answer, and refuses closed or locked activities', async () => {
    const { session, activities } = await sessionWith(2);
    const [open, other] = activities;
    const p = (await storage.participants.create(session.id, '참여자', 't'))!;
    const q = (await storage.participants.create(session.id, '다른 사람', 't2'))!;
    await storage.activities.open(session.id, open!.id);
    const base = { sessionId: session.id, participantId: p.id, activityId: open!.id };
    const first = crypto.randomUUID();
    const [r1, r2] = await storage.answers.writeBatch(
      [
        { ...base, answerId: first, value: { optionId: 'a' } },
        { ...base, answerId: first, value: { optionId: 'a' } },
      ],
      acceptAll,
    );
    expect(r1).toMatchObject({
      ok: true,
      duplicate: false,
      activityId: open!.id,
      stored: { answerId: first, value: { optionId: 'a' } },
    });
    expect(r2).toEqual({ ok: true, duplicate: true, activityId: open!.id });

    const changed = crypto.randomUUID();
    await storage.answers.writeBatch([{ ...base, answerId: changed, value: { optionId: 'b' } }], acceptAll);
    const rows = await storage.answers.listForActivity(open!.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ answerId: changed, value: { optionId: 'b' }, nickname: '참여자' });

    const [stolen] = await storage.answers.writeBatch(
      [{ ...base, participantId: q.id, answerId: changed, value: { optionId: 'a' } }],
      acceptAll,
    );
    expect(stolen).toEqual({ ok: false, code: 'invalid_payload' });

    const [closed] = await storage.answers.writeBatch(
      [{ ...base, activityId: other!.id, answerId: crypto.randomUUID(), value: {} }],
      acceptAll,
    );
    expect(closed).toEqual({ ok: false, code: 'activity_not_open' });
    await storage.activities.setFlags(session.id, open!.id, { locked: true });
    const [locked] = await storage.answers.writeBatch(
      [{ ...base, participantId: q.id, answerId: crypto.randomUUID(), value: {} }],
      acceptAll,
    );
    expect(locked).toEqual({ ok: false, code: 'activity_locked' });
    expect(await storage.answers.countForActivity(open!.id)).toBe(1);
  });

  it('acknowledges a resend as a duplicate even after the activity closed', async () => {
    const { session, activities } = await sessionWith(1);
    const p = (await storage.participants.create(session.id, 'A', 'tr'))!;
    await storage.activities.open(session.id, activities[0]!.id);
    const submission = {
      sessionId: session.id,
      participantId: p.id,
      activityId: activities[0]!.id,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    };
    await storage.answers.writeBatch([submission], acceptAll);
    await storage.activities.close(session.id, activities[0]!.id);
    expect(await storage.answers.writeBatch([submission], acceptAll)).toEqual([
      { ok: true, duplicate: true, activityId: activities[0]!.id },
    ]);
  });

  it('rolls nothing back but the refused answer when a batch mixes good and bad', async () => {
    const { session, activities } = await sessionWith(1);
    const p = (await storage.participants.create(session.id, 'A', 'ta'))!;
    await storage.activities.open(session.id, activities[0]!.id);
    const refuseB: AnswerValidator = (_a, value) =>
      (value as { optionId: string }).optionId === 'b'
        ? { ok: false, code: 'invalid_answer' }
        : { ok: true, value };
    const results = await storage.answers.writeBatch(
      [
        {
          sessionId: session.id,
          participantId: p.id,
          activityId: activities[0]!.id,
          answerId: crypto.randomUUID(),
          value: { optionId: 'b' },
        },
        {
          sessionId: session.id,
          participantId: p.id,
          activityId: activities[0]!.id,
          answerId: crypto.randomUUID(),
          value: { optionId: 'a' },
        },
      ],
      refuseB,
    );
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(await storage.answers.countForActivity(activities[0]!.id)).toBe(1);
  });

  it('hides answers only within their own session and counts answers per activity', async () => {
    const one = await sessionWith(1);
    const two = await sessionWith(1);
    const p = (await storage.participants.create(one.session.id, 'A', 'tx'))!;
    await storage.activities.open(one.session.id, one.activities[0]!.id);
    const answerId = crypto.randomUUID();
    await storage.answers.writeBatch(
      [
        {
          sessionId: one.session.id,
          participantId: p.id,
          activityId: one.activities[0]!.id,
          answerId,
          value: { optionId: 'a' },
        },
      ],
      acceptAll,
    );
    expect(await storage.answers.setHidden(two.session.id, answerId, true)).toBeNull();
    expect(await storage.answers.setHidden(one.session.id, answerId, true)).toEqual({
      activityId: one.activities[0]!.id,
      participantId: p.id,
    });
    expect((await storage.answers.findOwn(one.activities[0]!.id, p.id))?.hidden).toBe(true);
    expect(await storage.answers.countsBySession(one.session.id)).toEqual(
      new Map([[one.activities[0]!.id, 1]]),
    );
  });

  it('approves entries by version within their own session; an edit or a review switch decides again', async () => {
    const one = await sessionWith(1);
    const two = await sessionWith(1);
    const activityId = one.activities[0]!.id;
    expect(one.activities[0]!.review).toBe(false);
    const p = (await storage.participants.create(one.session.id, 'A', 'tr1'))!;
    const q = (await storage.participants.create(one.session.id, 'B', 'tr2'))!;
    await storage.activities.open(one.session.id, activityId);
    const submit = async (participantId: string) => {
      const answerId = crypto.randomUUID();
      const base = {
        sessionId: one.session.id,
        activityId,
        participantId,
        answerId,
        value: { optionId: 'a' },
      };
      const [result] = await storage.answers.writeBatch([base], acceptAll);
      expect(result).toMatchObject({ ok: true, stored: { approved: false } });
      return answerId;
    };
    const first = await submit(p.id);
    expect(await storage.answers.approve(two.session.id, [first])).toEqual([]);
    expect(await storage.answers.approve(one.session.id, [first])).toEqual([
      { activityId, participantId: p.id },
    ]);
    expect((await storage.answers.findOwn(activityId, p.id))?.approved).toBe(true);
    // An edit is a new version: it waits again, and the old version's id approves nothing.
    const edited = await submit(p.id);
    expect((await storage.answers.findOwn(activityId, p.id))?.approved).toBe(false);
    expect(await storage.answers.approve(one.session.id, [first])).toEqual([]);
    // Switching review on lets through what was already in the room; another session is untouched.
    await submit(q.id);
    await storage.activities.setReview(two.session.id, activityId, true);
    expect((await storage.activities.get(one.session.id, activityId))?.review).toBe(false);
    await storage.activities.setReview(one.session.id, activityId, true);
    expect((await storage.activities.get(one.session.id, activityId))?.review).toBe(true);
    expect((await storage.answers.listForActivity(activityId)).map((a) => a.approved)).toEqual([true, true]);
    expect((await storage.answers.listForSession(one.session.id)).map((a) => a.answerId).sort()).toEqual(
      [edited, (await storage.answers.findOwn(activityId, q.id))!.answerId].sort(),
    );
    expect(await storage.answers.listForSession(two.session.id)).toEqual([]);
  });

  it('keeps the review choice while the type stays, and gives a new type its own default', async () => {
    const { session, activities } = await sessionWith(1);
    const id = activities[0]!.id;
    const text = {
      type: 'open-text' as const,
      title: '한 마디',
      config: { maxLength: 200, anonymous: true },
    };
    const retype = (draft: typeof poll | typeof text) =>
      storage.activities.update(session.id, id, draft, { onlyIfUnanswered: true });
    const review = async () => (await storage.activities.get(session.id, id))?.review;
    await retype(text);
    expect(await review()).toBe(false); // a quick session shows entries at once
    await storage.activities.setReview(session.id, id, true);
    await retype({ ...text, title: '두 마디' });
    expect(await review()).toBe(true);
    // A poll is never reviewed: a flag kept from open text would keep every answer off the screen.
    await retype(poll);
    expect(await review()).toBe(false);
  });

  it('ends a session: closes the open activity, stops the timer, frees the code', async () => {
    const { session, activities } = await sessionWith(1);
    await storage.activities.open(session.id, activities[0]!.id);
    await storage.sessions.setTimer(session.id, {
      status: 'running',
      durationMs: 1000,
      endsAt: Date.now() + 1000,
    });
    await storage.sessions.end(session.id);
    const ended = await storage.sessions.findById(session.id);
    expect(ended).toMatchObject({ status: 'ended', timer: { status: 'idle' } });
    expect((await storage.activities.list(session.id))[0]!.status).toBe('closed');
    expect((await storage.sessions.findByCode(session.code))?.status).toBe('ended');
  });
}
