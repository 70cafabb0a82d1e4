import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, startTestApp, type TestApp } from '../helpers/app.js';

const poll = {
  type: 'poll-single' as const,
  title: '기분',
  config: {
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
};

describe('group commit', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('one answer that cannot be stored does not fail the others written with it', async () => {
    const user = await createUser(t.storage);
    const session = await t.storage.sessions.create({
      facilitatorId: user.id,
      title: 's',
      activities: [poll],
    });
    const [activity] = await t.storage.activities.list(session.id);
    await t.storage.activities.open(session.id, activity!.id);
    const participant = (await t.storage.participants.create(session.id, '민지', 'token-hash'))!;
    const answer = (participantId: string) =>
      t.app.realtime.writer.submit({
        sessionId: session.id,
        participantId,
        activityId: activity!.id,
        answerId: crypto.randomUUID(),
        value: { optionId: 'a' },
      });
    // Same event-loop turn: one batch. The second names a participant row that no longer exists
    // (as after a merge), which the database refuses.
    const [good, gone] = await Promise.allSettled([answer(participant.id), answer(crypto.randomUUID())]);
    expect(good.status).toBe('fulfilled');
    expect(gone.status).toBe('rejected');
    expect(await t.storage.answers.countsBySession(session.id)).toEqual(new Map([[activity!.id, 1]]));
  });
});
