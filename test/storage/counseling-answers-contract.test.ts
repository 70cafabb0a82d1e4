import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberAnswerSubmission, Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom, countRows, rawQuery } from './counseling-fixture.js';

/**
 * The counseling stores (docs/design/counseling-engine.md §3, §4) on every backend: migration 008's
 * columns, member answers stored exactly once and keyed by subject, round and item, groupings edited
 * under concurrency without breaking their invariants.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`counseling answers and groupings contract: ${backend.name}`, () =>
    contract(backend),
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

  describe('migration 008', () => {
    it('gives centers a small-count threshold of 3 and programs an empty retention date', async () => {
      const room = await counselingRoom(storage, ['가']);
      const [center] = await rawQuery(url, 'select small_count_threshold from centers where id = ?', [
        room.centerId,
      ]);
      expect(Number(center!.small_count_threshold)).toBe(3);
      const [program] = await rawQuery(url, 'select retain_until from programs where id = ?', [
        room.program.id,
      ]);
      expect(program!.retain_until).toBeNull();
    });
  });

  describe('member answers', () => {
    const submission = (
      over: Partial<MemberAnswerSubmission> & { activityId: string; memberId: string },
    ) => ({
      answerId: crypto.randomUUID(),
      value: { text: '성실함' },
      ...over,
    });

    it('stores an answer sent many times at once exactly once, and acknowledges every resend', async () => {
      const room = await counselingRoom(storage, ['가', '나']);
      const s = submission({
        activityId: room.activities[0],
        memberId: room.ids[0]!,
        subjectMemberId: room.ids[1],
      });
      const results = await Promise.all(Array.from({ length: 12 }, () => storage.memberAnswers.submit(s)));
      expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
      expect(results.filter((r) => r.ok && r.duplicate)).toHaveLength(11);
      expect(await countRows(url, 'member_answers')).toBe(1);
      expect(await countRows(url, 'member_answer_receipts')).toBe(1);
      // Someone else sending that id stores nothing and is refused as a taken id.
      expect(await storage.memberAnswers.submit({ ...s, memberId: room.ids[1]! })).toEqual({
        ok: false,
        code: 'invalid_payload',
      });
      expect(await countRows(url, 'member_answers')).toBe(1);
    });

    it('keeps one row per subject, round and item; an edit keeps its entry id', async () => {
      const room = await counselingRoom(storage, ['가', '나', '다']);
      const [giver, c, d] = room.ids as [string, string, string];
      const activityId = room.activities[0];
      const keys = [
        { subjectMemberId: c, round: 1, itemKey: 'rubric:a' },
        { subjectMemberId: c, round: 2, itemKey: 'rubric:a' },
        { subjectMemberId: d, round: 1, itemKey: 'rubric:a' },
        { subjectMemberId: c, round: 1, itemKey: 'rubric:b' },
        { itemKey: 'goal' },
      ];
      const first = [];
      for (const [i, key] of keys.entries()) {
        const r = await storage.memberAnswers.submit(
          submission({ activityId, memberId: giver, value: i, ...key }),
        );
        expect(r).toMatchObject({ ok: true, duplicate: false });
        first.push(r);
      }
      expect(await countRows(url, 'member_answers')).toBe(5);
      const edit = await storage.memberAnswers.submit(
        submission({
          activityId,
          memberId: giver,
          value: 'edited',
          signed: true,
          noteState: 'held',
          ...keys[0],
        }),
      );
      expect(edit).toMatchObject({
        ok: true,
        stored: { value: 'edited', signed: true, noteState: 'held', round: 1, subjectKey: c },
      });
      const firstStored = (first[0] as { stored: { answerId: string } }).stored;
      expect((edit as { stored: { entryId: string } }).stored.entryId).toBe(firstStored.answerId);
      expect(await countRows(url, 'member_answers')).toBe(5);
      expect((await storage.memberAnswers.listForActivity(activityId)).map((a) => a.value).sort()).toEqual(
        [1, 2, 3, 4, 'edited'].sort(),
      );
      expect((await storage.memberAnswers.listAboutSubject(activityId, c)).map((a) => a.value)).toEqual([
        1,
        3,
        'edited',
      ]);
      expect((await storage.memberAnswers.listAboutSubject(activityId, c, 2)).map((a) => a.value)).toEqual([
        1,
      ]);
      expect(await storage.memberAnswers.listForMember(giver)).toHaveLength(5);
      expect(await storage.memberAnswers.listForMember(c)).toHaveLength(0);
      // The facilitator shows the held note; an entry without a note state is not a note.
      expect(await storage.memberAnswers.setNoteState(activityId, firstStored.answerId, 'shown')).toBe(true);
      const goal = (first[4] as { stored: { entryId: string } }).stored.entryId;
      expect(await storage.memberAnswers.setNoteState(activityId, goal, 'shown')).toBe(false);
      expect(
        (await storage.memberAnswers.listAboutSubject(activityId, c, 1)).map((a) => a.noteState),
      ).toContain('shown');
    });

    it('deletes a member’s sensitive items and nothing else; a resend of one stores nothing', async () => {
      const room = await counselingRoom(storage, ['가', '나']);
      const [a, b] = room.ids as [string, string];
      const answer = (memberId: string, itemKey: string) =>
        submission({ activityId: room.activities[0], memberId, itemKey });
      const sensitive = answer(a, 'barrier:health');
      for (const s of [
        sensitive,
        answer(a, 'barrier:skills'),
        answer(a, 'plan:health'),
        answer(b, 'barrier:health'),
      ]) {
        expect(await storage.memberAnswers.submit(s)).toMatchObject({ ok: true, duplicate: false });
      }
      const withdrawn = await storage.memberAnswers.transaction(async (trx) => {
        await storage.consents.withdraw(a, 'sensitive-barriers', trx);
        return storage.memberAnswers.deleteSensitive(a, ['barrier:health', 'plan:health'], trx);
      });
      expect(withdrawn).toBe(2);
      expect((await storage.memberAnswers.listForMember(a)).map((x) => x.itemKey)).toEqual([
        'barrier:skills',
      ]);
      expect(await storage.memberAnswers.listForMember(b)).toHaveLength(1);
      expect(await storage.memberAnswers.submit(sensitive)).toMatchObject({ ok: true, duplicate: true });
      expect(await storage.memberAnswers.listForMember(a)).toHaveLength(1);
    });

    it('runs a caller’s transaction: a refusal after the answer rolls the answer and its receipt back', async () => {
      const room = await counselingRoom(storage, ['가']);
      const s = submission({ activityId: room.activities[0], memberId: room.ids[0]! });
      await expect(
        storage.memberAnswers.transaction(async (trx) => {
          await storage.memberAnswers.submit(s, trx);
          throw new Error('consent_required');
        }),
      ).rejects.toThrow('consent_required');
      expect(await countRows(url, 'member_answer_receipts')).toBe(0);
      expect(await storage.memberAnswers.submit(s)).toMatchObject({ ok: true, duplicate: false });
    });
  });

  describe('groupings', () => {
    it('creates, reads and lists a grouping with left-out members, and refuses invalid ones', async () => {
      const room = await counselingRoom(storage, ['가', '나', '다', '라', '마', '바']);
      const [a, b, c, d, e, f] = room.ids as [string, string, string, string, string, string];
      const g = await storage.groupings.create({
        programId: room.program.id,
        kind: 'triads',
        size: 3,
        label: '1일차 3인조',
        madeForActivityId: room.activities[0],
        groups: [
          [a, b, c],
          [d, e],
        ],
        leftOut: [f],
      });
      expect(g).toMatchObject({
        groups: [
          [a, b, c],
          [d, e],
        ],
        leftOut: [f],
        version: 1,
        shownOnScreen: false,
      });
      expect(await storage.groupings.get(room.program.id, g!.id)).toEqual(g);
      expect(await storage.groupings.get(crypto.randomUUID(), g!.id)).toBeNull();
      const base = { programId: room.program.id, kind: 'pairs' as const, size: 2, label: 'x' };
      expect(
        await storage.groupings.create({
          ...base,
          groups: [
            [a, b],
            [b, c],
          ],
        }),
      ).toBeNull();
      expect(await storage.groupings.create({ ...base, groups: [[a], []] })).toBeNull();
      const other = await counselingRoom(storage, ['외부']);
      expect(await storage.groupings.create({ ...base, groups: [[a, other.ids[0]!]] })).toBeNull();
      expect(await storage.groupings.setShownOnScreen(room.program.id, g!.id, true)).toBe(true);
      const second = await storage.groupings.create({
        ...base,
        groups: [
          [a, d],
          [b, e],
          [c, f],
        ],
      });
      expect(
        (await storage.groupings.listForProgram(room.program.id)).map((x) => [x.id, x.shownOnScreen]),
      ).toEqual([
        [g!.id, true],
        [second!.id, false],
      ]);
      const history = await storage.groupings.history(room.program.id);
      expect(history).toHaveLength(5);
      expect(history).toEqual(
        expect.arrayContaining([
          [a, b, c],
          [d, e],
          [a, d],
          [b, e],
          [c, f],
        ]),
      );
      expect(await storage.groupings.history(room.program.id, second!.id)).toHaveLength(2);
    });

    it('moves, swaps and leaves out under the row lock, bumping the version; refusals change nothing', async () => {
      const room = await counselingRoom(storage, ['가', '나', '다', '라', '마', '바']);
      const [a, b, c, d, e, f] = room.ids as [string, string, string, string, string, string];
      const p = room.program.id;
      const g = (await storage.groupings.create({
        programId: p,
        kind: 'triads',
        size: 3,
        label: 'x',
        groups: [
          [a, b, c],
          [d, e],
        ],
        leftOut: [f],
      }))!;
      expect(await storage.groupings.move(p, g.id, f, 2)).toMatchObject({
        ok: true,
        grouping: {
          groups: [
            [a, b, c],
            [d, e, f],
          ],
          leftOut: [],
          version: 2,
        },
      });
      expect(await storage.groupings.swap(p, g.id, a, d)).toMatchObject({
        ok: true,
        grouping: {
          groups: [
            [d, b, c],
            [a, e, f],
          ],
          version: 3,
        },
      });
      expect(await storage.groupings.leaveOut(p, g.id, b)).toMatchObject({
        ok: true,
        grouping: {
          groups: [
            [d, c],
            [a, e, f],
          ],
          leftOut: [b],
          version: 4,
        },
      });
      expect(await storage.groupings.move(p, g.id, a, 2)).toEqual({ ok: false, code: 'already_in_group' });
      expect(await storage.groupings.move(p, g.id, a, 3)).toEqual({ ok: false, code: 'group_not_found' });
      expect(await storage.groupings.move(p, g.id, a, 1, 3)).toEqual({ ok: false, code: 'version_conflict' });
      const outsider = (await counselingRoom(storage, ['외부'])).ids[0]!;
      expect(await storage.groupings.move(p, g.id, outsider, 1)).toEqual({
        ok: false,
        code: 'member_not_found',
      });
      expect(await storage.groupings.move(crypto.randomUUID(), g.id, a, 1)).toBeNull();
      expect((await storage.groupings.get(p, g.id))!.version).toBe(4);
      expect(await storage.groupings.move(p, g.id, a, 1, 4)).toMatchObject({
        ok: true,
        grouping: { version: 5 },
      });
    });

    it('keeps its invariants under concurrent edits: everyone once, no empty group, one success per version', async () => {
      const room = await counselingRoom(storage, ['가', '나', '다', '라', '마', '바', '사']);
      const ids = room.ids;
      const p = room.program.id;
      const g = (await storage.groupings.create({
        programId: p,
        kind: 'triads',
        size: 3,
        label: 'x',
        groups: [ids.slice(0, 3), ids.slice(3, 6)],
        leftOut: [ids[6]!],
      }))!;
      const edits = Array.from({ length: 24 }, (_, i) => {
        const m = ids[i % ids.length]!;
        const n = ids[(i * 3 + 1) % ids.length]!;
        if (i % 3 === 0) return storage.groupings.move(p, g.id, m, (i % 2) + 1);
        if (i % 3 === 1) return storage.groupings.swap(p, g.id, m, n);
        return storage.groupings.leaveOut(p, g.id, m);
      });
      const results = await Promise.all(edits);
      const succeeded = results.filter((r) => r?.ok).length;
      const after = (await storage.groupings.get(p, g.id))!;
      expect(after.version).toBe(1 + succeeded);
      expect([...after.groups.flat(), ...after.leftOut].sort()).toEqual([...ids].sort());
      expect(after.groups.every((group) => group.length > 0)).toBe(true);
      expect(await countRows(url, 'grouping_members', 'grouping_id = ?', [g.id])).toBe(ids.length);
      // Two editors who read the same version: exactly one of them changes it.
      const fresh = (await storage.groupings.create({
        programId: p,
        kind: 'pairs',
        size: 2,
        label: 'y',
        groups: [ids.slice(0, 2), ids.slice(2, 4)],
      }))!;
      const [x, y] = await Promise.all([
        storage.groupings.swap(p, fresh.id, ids[0]!, ids[2]!, fresh.version),
        storage.groupings.swap(p, fresh.id, ids[1]!, ids[3]!, fresh.version),
      ]);
      expect([x, y].filter((r) => r?.ok)).toHaveLength(1);
      expect([x, y].filter((r) => r && !r.ok && r.code === 'version_conflict')).toHaveLength(1);
    });
  });
}
