import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom, countRows, sleep } from './counseling-fixture.js';

/**
 * Merging a duplicate member moves its counseling rows (docs/design/counseling-engine.md §3) instead
 * of letting the delete of its `program_members` row cascade them away; checked by rows per table.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`counseling merge contract: ${backend.name}`, () =>
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

  it('moves answers, receipts, seats, roles, consents and comments to the kept member by the design’s rules', async () => {
    // A is kept, B is A's duplicate; C, D, E are others.
    const room = await counselingRoom(storage, ['에이', '비', '씨', '디', '이']);
    const [A, B, C, D, E] = room.ids as [string, string, string, string, string];
    const [act1, act2] = room.activities;
    const p = room.program.id;
    const give = async (memberId: string, subject: string | undefined, itemKey: string, value: string) => {
      const r = await storage.memberAnswers.submit({
        activityId: act1,
        memberId,
        answerId: crypto.randomUUID(),
        subjectMemberId: subject,
        itemKey,
        value,
        noteState: subject ? 'shown' : null,
      });
      expect(r).toMatchObject({ ok: true, duplicate: false });
      await sleep(5); // the next answer is later
    };
    await give(A, C, 'card:x', 'A→C x'); // earlier…
    await give(B, C, 'card:x', 'B→C x'); // …later: B's stays as A's
    await give(B, A, 'card:y', 'B→A y'); // would be A's card to A: dropped
    await give(A, B, 'card:z', 'A→B z'); // likewise
    await give(C, B, 'card:w', 'C→B w'); // becomes C→A
    await give(C, A, 'card:v', 'C→A v'); // earlier…
    await give(C, B, 'card:v', 'C→B v'); // …later: stays as C→A
    await give(B, undefined, 'goal', 'B goal'); // earlier…
    await give(A, undefined, 'goal', 'A goal'); // …later: A's stays
    await give(B, undefined, 'step:1', 'B step'); // only B: moves
    expect(await countRows(url, 'member_answers')).toBe(10);

    const grouping = (groups: string[][], leftOut: string[] = []) =>
      storage.groupings.create({ programId: p, kind: 'triads', size: 3, label: 'x', groups, leftOut });
    const both = (await grouping([
      [A, B, C],
      [D, E],
    ]))!; // A keeps their seat
    const aLeftOut = (await grouping(
      [
        [B, D],
        [C, E],
      ],
      [A],
    ))!; // A takes B's seat
    const onlyB = (await grouping([
      [B, C],
      [D, E],
    ]))!; // B's seat becomes A's

    const roles = (groupNo: number, round: number, r: [string, string][]) =>
      storage.rounds.start({
        activityId: act2,
        groupNo,
        round,
        durationMs: 60_000,
        roles: r.map(([memberId, role]) => ({ memberId, role })),
      });
    await roles(1, 1, [
      [A, 'interviewer'],
      [B, 'candidate'],
      [C, 'observer'],
    ]); // both in round 1: A's role stays
    await roles(2, 2, [
      [B, 'candidate'],
      [D, 'interviewer'],
    ]); // only B in round 2: moves

    await storage.consents.give(A, 'sensitive-barriers', 'v1');
    await storage.consents.withdraw(A, 'sensitive-barriers');
    await storage.consents.give(B, 'sensitive-barriers', 'v1'); // current beats A's withdrawn
    const aTestimonial = await storage.consents.give(A, 'testimonial', 'v1'); // both current: A's stays
    await storage.consents.give(B, 'testimonial', 'v1');

    await storage.comments.add({ activityId: act1, memberId: A, authorId: room.admin.id, text: 'A에게' });
    await storage.comments.add({ activityId: act1, memberId: B, authorId: room.admin.id, text: 'B에게 1' });
    await storage.comments.add({ activityId: act2, memberId: B, authorId: room.admin.id, text: 'B에게 2' });

    expect(await storage.members.merge(p, B, A)).not.toBeNull();

    // Member answers: 10 → 5, none left of B, the later of each collision.
    const answers = await storage.memberAnswers.listForActivity(act1);
    expect(answers.map((a) => [a.memberId, a.subjectKey, a.itemKey, a.value]).sort()).toEqual(
      [
        [A, C, 'card:x', 'B→C x'],
        [C, A, 'card:w', 'C→B w'],
        [C, A, 'card:v', 'C→B v'],
        [A, '', 'goal', 'A goal'],
        [A, '', 'step:1', 'B step'],
      ].sort(),
    );
    expect(await countRows(url, 'member_answers', 'member_id = ? or subject_key = ?', [B, B])).toBe(0);
    // Receipts: all 10 kept (resends stay duplicates), B's now A's.
    expect(await countRows(url, 'member_answer_receipts')).toBe(10);
    expect(await countRows(url, 'member_answer_receipts', 'member_id = ?', [A])).toBe(7);
    expect(await countRows(url, 'member_answer_receipts', 'member_id = ?', [B])).toBe(0);

    // Seats: 14 → 12.
    expect(await countRows(url, 'grouping_members')).toBe(12);
    expect(await storage.groupings.get(p, both.id)).toMatchObject({
      groups: [
        [A, C],
        [D, E],
      ],
      leftOut: [],
    });
    expect(await storage.groupings.get(p, aLeftOut.id)).toMatchObject({
      groups: [
        [A, D],
        [C, E],
      ],
      leftOut: [],
    });
    expect(await storage.groupings.get(p, onlyB.id)).toMatchObject({
      groups: [
        [A, C],
        [D, E],
      ],
    });
    for (const g of [both, aLeftOut, onlyB]) {
      expect((await storage.groupings.get(p, g.id))!.version).toBeGreaterThan(g.version);
    }

    // Stored roles: 5 → 4; A's round-1 role stays, B's round-2 role is A's.
    expect(await countRows(url, 'round_roles')).toBe(4);
    expect(await storage.rounds.rolesOf(act2, A)).toEqual([
      { groupNo: 1, round: 1, role: 'interviewer' },
      { groupNo: 2, round: 2, role: 'candidate' },
    ]);

    // Consents: 4 → 3; a current consent for each purpose, A's withdrawn one kept as history.
    expect(await countRows(url, 'consents')).toBe(3);
    expect(await countRows(url, 'consents', 'member_id = ?', [A])).toBe(3);
    expect(await countRows(url, 'consents', 'member_id = ? and withdrawn_at is not null', [A])).toBe(1);
    expect(await storage.consents.current(A, 'sensitive-barriers')).not.toBeNull();
    expect((await storage.consents.current(A, 'testimonial'))!.id).toBe(aTestimonial.id);

    // Comments: all 3 on A.
    expect(await countRows(url, 'facilitator_comments', 'member_id = ?', [A])).toBe(3);
    expect(await countRows(url, 'program_members', 'id = ?', [B])).toBe(0);
  });

  it('report links move to the kept member (a link handed over must survive the merge)', async () => {
    const room = await counselingRoom(storage, ['에이', '비', '씨']);
    const [A, B, C] = room.ids as [string, string, string];
    const p = room.program.id;
    await storage.reportTokens.issue('hash-a', A, p);
    await storage.reportTokens.issue('hash-b', B, p);
    await storage.reportTokens.issue('hash-c', C, p);
    await storage.members.merge(p, B, A);
    expect(await storage.reportTokens.find('hash-b')).toMatchObject({ memberId: A, programId: p });
    expect(await storage.reportTokens.find('hash-a')).toMatchObject({ memberId: A });
    expect(await storage.reportTokens.find('hash-c')).toMatchObject({ memberId: C });
    expect(await countRows(url, 'report_tokens')).toBe(3);
  });

  it('a merge and concurrent grouping edits go one after the other: the kept member has the duplicate’s seat', async () => {
    const room = await counselingRoom(storage, ['에이', '비', '씨', '디', '이', '에프']);
    const [A, B, C, D, E, F] = room.ids as [string, string, string, string, string, string];
    const p = room.program.id;
    const g = (await storage.groupings.create({
      programId: p,
      kind: 'triads',
      size: 3,
      label: 'x',
      groups: [
        [B, C, D],
        [E, F],
      ],
    }))!;
    await Promise.all([
      storage.members.merge(p, B, A),
      storage.groupings.swap(p, g.id, B, E),
      storage.groupings.move(p, g.id, C, 2),
    ]);
    const after = (await storage.groupings.get(p, g.id))!;
    const everyone = [...after.groups.flat(), ...after.leftOut].sort();
    expect(everyone).toEqual([A, C, D, E, F].sort());
    expect(await countRows(url, 'grouping_members', 'grouping_id = ?', [g.id])).toBe(5);
  });
}
