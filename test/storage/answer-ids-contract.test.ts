import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerSubmission, AnswerValidator, Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * Weakness 9 of issue 9: an answer id someone else stored must be indistinguishable from an id
 * nobody stored, whatever state the activity is in, while the phone that stored it still gets its
 * resend acknowledged as a duplicate after the activity closed (exactly once).
 */
const refuseB: AnswerValidator = (_activity, value) =>
  (value as { optionId?: string }).optionId === 'b'
    ? { ok: false, code: 'invalid_answer' }
    : { ok: true, value };
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
  describe.skipIf(unavailable !== null)(`answer ids are no oracle: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  /** Two activities (the first answered by `owner`, then in the given state) and an outsider. */
  async function room() {
    const centerId = (await storage.centers.create('센터')).id;
    const facilitatorId = (await storage.facilitators.create({
      centerId,
      role: 'admin',
      email: `${crypto.randomUUID()}@center.kr`,
      name: '진행자',
      passwordHash: 'h',
    }))!.id;
    const session = await storage.sessions.create({
      facilitatorId,
      title: '세션',
      activities: [poll, { ...poll, title: '둘째' }],
    });
    const [first, second] = await storage.activities.list(session.id);
    const owner = (await storage.participants.create(session.id, '주인', 'token-owner'))!;
    const outsider = (await storage.participants.create(session.id, '엿보기', 'token-outsider'))!;
    await storage.activities.open(session.id, first!.id);
    const own: AnswerSubmission = {
      sessionId: session.id,
      participantId: owner.id,
      activityId: first!.id,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    };
    expect(await storage.answers.writeBatch([own], refuseB)).toMatchObject([{ ok: true, duplicate: false }]);
    /** What the outsider hears for the owner's id and for a fresh one, sent the same way. */
    const both = async (change: Partial<AnswerSubmission>) => {
      const base = { ...own, participantId: outsider.id, ...change };
      const [foreign, unknown] = await storage.answers.writeBatch(
        [
          { ...base, answerId: own.answerId },
          { ...base, answerId: crypto.randomUUID() },
        ],
        refuseB,
      );
      return { foreign, unknown };
    };
    return { session, first: first!, second: second!, own, both };
  }

  it('refuses someone else’s id to a closed activity exactly like an unknown one', async () => {
    const r = await room();
    await storage.activities.close(r.session.id, r.first.id);
    const { foreign, unknown } = await r.both({});
    expect(unknown).toEqual({ ok: false, code: 'activity_not_open' });
    expect(foreign).toEqual(unknown);
    // Another closed (never opened) activity, and an activity of no session of theirs: the same.
    const other = await r.both({ activityId: r.second.id });
    expect(other.foreign).toEqual(other.unknown);
    const nowhere = await r.both({ activityId: crypto.randomUUID() });
    expect(nowhere.unknown).toEqual({ ok: false, code: 'activity_not_found' });
    expect(nowhere.foreign).toEqual(nowhere.unknown);
  });

  it('refuses someone else’s id to a locked activity, or with a refused value, like an unknown one', async () => {
    const r = await room();
    const refused = await r.both({ value: { optionId: 'b' } });
    expect(refused.unknown).toEqual({ ok: false, code: 'invalid_answer' });
    expect(refused.foreign).toEqual(refused.unknown);
    await storage.activities.setFlags(r.session.id, r.first.id, { locked: true });
    const locked = await r.both({});
    expect(locked.unknown).toEqual({ ok: false, code: 'activity_locked' });
    expect(locked.foreign).toEqual(locked.unknown);
  });

  it('still acknowledges the owner’s own resend after the activity closed, storing nothing twice', async () => {
    const r = await room();
    await storage.activities.close(r.session.id, r.first.id);
    expect(await storage.answers.writeBatch([r.own, r.own], refuseB)).toEqual([
      { ok: true, duplicate: true, activityId: r.first.id },
      { ok: true, duplicate: true, activityId: r.first.id },
    ]);
    expect(await storage.answers.countForActivity(r.first.id)).toBe(1);
  });
}
