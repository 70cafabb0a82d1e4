import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom, countRows, rawQuery, sleep } from './counseling-fixture.js';

/**
 * The counseling stores (docs/design/counseling-engine.md §4, §6) on every backend: rounds with stored
 * roles and per-group timers, one current consent per member and purpose, facilitator comments.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(
    `counseling rounds, consents and comments contract: ${backend.name}`,
    () => contract(backend),
  );
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  describe('rounds', () => {
    it('starts a group’s round once with its stored roles; pause, resume, extend and end per group or all', async () => {
      const room = await counselingRoom(storage, ['가', '나', '다', '라', '마']);
      const [a, b, c, d, e] = room.ids as [string, string, string, string, string];
      const activityId = room.activities[0];
      const t = 1_000_000;
      const start = (groupNo: number, round: number, roles: { memberId: string; role: string }[], now = t) =>
        storage.rounds.start({ activityId, groupNo, round, roles, durationMs: 60_000, now });
      const first = await start(1, 1, [
        { memberId: a, role: 'interviewer' },
        { memberId: b, role: 'candidate' },
        { memberId: c, role: 'observer' },
      ]);
      expect(first).toMatchObject({
        started: true,
        round: { groupNo: 1, round: 1, endsAt: t + 60_000, pausedAt: null },
      });
      expect(first.round.roles).toHaveLength(3);
      // Started again (a resend, a second facilitator): nothing changes, the stored roles stay.
      const again = await start(1, 1, [{ memberId: a, role: 'candidate' }], t + 5);
      expect(again).toEqual({ started: false, round: first.round });
      await start(2, 1, [
        { memberId: d, role: 'interviewer' },
        { memberId: e, role: 'candidate' },
      ]);

      expect(await storage.rounds.pause(activityId, 1, t + 10_000)).toBe(1);
      expect(await storage.rounds.pause(activityId, 1, t + 11_000)).toBe(0); // already paused
      expect(await storage.rounds.extend(activityId, 'all', 30_000)).toBe(2);
      expect(await storage.rounds.resume(activityId, 1, t + 20_000)).toBe(1);
      const [g1, g2] = await storage.rounds.current(activityId);
      expect(g1).toMatchObject({ groupNo: 1, pausedAt: null, endsAt: t + 60_000 + 30_000 + 10_000 });
      expect(g2).toMatchObject({ groupNo: 2, endsAt: t + 90_000 });
      expect(await storage.rounds.extend(activityId, 2, -5_000)).toBe(1);
      expect((await storage.rounds.current(activityId))[1]!.endsAt).toBe(t + 85_000);

      // The next round of group 1 ends its first; the current round is the latest per group.
      await start(
        1,
        2,
        [
          { memberId: b, role: 'interviewer' },
          { memberId: c, role: 'candidate' },
          { memberId: a, role: 'observer' },
        ],
        t + 100_000,
      );
      const current = await storage.rounds.current(activityId);
      expect(current.map((r) => [r.groupNo, r.round, r.endedAt])).toEqual([
        [1, 2, null],
        [2, 1, null],
      ]);
      const all = await storage.rounds.list(activityId);
      expect(all.find((r) => r.groupNo === 1 && r.round === 1)!.endedAt).toBe(t + 100_000);
      expect(await storage.rounds.rolesOf(activityId, a)).toEqual([
        { groupNo: 1, round: 1, role: 'interviewer' },
        { groupNo: 1, round: 2, role: 'observer' },
      ]);
      expect(await storage.rounds.end(activityId, 'all', t + 200_000)).toBe(2);
      expect((await storage.rounds.current(activityId)).every((r) => r.endedAt === t + 200_000)).toBe(true);
      expect(await storage.rounds.pause(activityId, 'all')).toBe(0);
    });

    it('stores an activity’s phase and state', async () => {
      const room = await counselingRoom(storage, ['가']);
      const activityId = room.activities[0];
      expect(await storage.rounds.state(activityId)).toBeNull();
      await storage.rounds.setState(activityId, 'rounds', { questions: { 1: 'q-7' } });
      await storage.rounds.setState(activityId, 'rounds', { questions: { 1: 'q-7', 2: 'q-3' } });
      expect(await storage.rounds.state(activityId)).toEqual({
        phase: 'rounds',
        state: { questions: { 1: 'q-7', 2: 'q-3' } },
      });
    });
  });

  describe('consents', () => {
    it('keeps one current consent per member and purpose, even when phones give it at once', async () => {
      const room = await counselingRoom(storage, ['가', '나']);
      const [a, b] = room.ids as [string, string];
      const given = await Promise.all(
        Array.from({ length: 8 }, () => storage.consents.give(a, 'sensitive-barriers', 'v1')),
      );
      expect(new Set(given.map((c) => c.id)).size).toBe(1);
      expect(await countRows(url, 'consents', 'member_id = ?', [a])).toBe(1);
      expect(await storage.consents.current(b, 'sensitive-barriers')).toBeNull();
      // The database itself refuses a second current record.
      await expect(
        rawQuery(
          url,
          'insert into consents (id, member_id, purpose, notice_version, given_at) values (?, ?, ?, ?, ?)',
          [crypto.randomUUID(), a, 'sensitive-barriers', 'v1', 1],
        ),
      ).rejects.toThrow();
      // Another purpose is another record; a newer notice replaces the current one.
      await storage.consents.give(a, 'testimonial', 'v1');
      const renewed = await storage.consents.give(a, 'sensitive-barriers', 'v2');
      expect(renewed).toMatchObject({ noticeVersion: 'v2', withdrawnAt: null });
      expect((await storage.consents.current(a, 'sensitive-barriers'))!.id).toBe(renewed.id);

      const withdrawn = await storage.consents.withdraw(a, 'sensitive-barriers');
      expect(withdrawn).toMatchObject({ id: renewed.id, withdrawnAt: expect.any(Number) });
      expect(await storage.consents.withdraw(a, 'sensitive-barriers')).toBeNull();
      expect(await storage.consents.current(a, 'sensitive-barriers')).toBeNull();
      expect(await storage.consents.current(a, 'testimonial')).not.toBeNull();
      await storage.consents.give(a, 'sensitive-barriers', 'v2');
      const history = await storage.consents.listForMember(a);
      expect(
        history.filter((c) => c.purpose === 'sensitive-barriers').map((c) => c.withdrawnAt === null),
      ).toEqual([false, false, true]);
    });
  });

  describe('comments', () => {
    it('adds, lists and removes a facilitator’s comments on a member’s work', async () => {
      const room = await counselingRoom(storage, ['가', '나']);
      const [a, b] = room.ids as [string, string];
      const [first, second] = room.activities;
      const one = await storage.comments.add({
        activityId: first,
        memberId: a,
        authorId: room.admin.id,
        text: '좋아요',
      });
      await sleep(2);
      await storage.comments.add({ activityId: second, memberId: a, authorId: room.admin.id, text: '둘째' });
      await storage.comments.add({
        activityId: first,
        memberId: b,
        authorId: room.admin.id,
        text: '다른 사람',
      });
      expect((await storage.comments.listForMember(a)).map((c) => c.text)).toEqual(['좋아요', '둘째']);
      expect(await storage.comments.listForMember(a, first)).toEqual([one]);
      expect(await storage.comments.listForActivity(first)).toHaveLength(2);
      expect(await storage.comments.remove(second, one.id)).toBe(false);
      expect(await storage.comments.remove(first, one.id)).toBe(true);
      expect(await storage.comments.listForMember(a, first)).toEqual([]);
    });
  });
}
