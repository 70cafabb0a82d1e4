import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeMemberQueues,
  slotOf,
  type QueuedMemberAnswer,
} from '../../../client/src/participant/member-queue.js';

const entry = fc.record({
  activityId: fc.constantFrom('a1', 'a2'),
  answerId: fc.uuid(),
  itemKey: fc.option(fc.constantFrom('goal', 'step:1', 'first-step'), { nil: undefined }),
  subjectMemberId: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
  round: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  value: fc.jsonValue(),
  queuedAt: fc.integer({ min: 0, max: 1000 }),
}) as fc.Arbitrary<QueuedMemberAnswer>;

describe('the phone’s queue of counseling answers', () => {
  it('keeps one answer per slot, the newest, none that left, oldest first', () => {
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), fc.array(fc.uuid()), (stored, mine, goneIds) => {
        const gone = new Set(goneIds);
        const merged = mergeMemberQueues(stored, mine, gone);
        const slots = merged.map(slotOf);
        expect(new Set(slots).size).toBe(slots.length);
        for (const e of merged) expect(gone.has(e.answerId)).toBe(false);
        for (let i = 1; i < merged.length; i++)
          expect(merged[i]!.queuedAt).toBeGreaterThanOrEqual(merged[i - 1]!.queuedAt);
        // Nothing newer to the same slot was dropped.
        for (const e of [...stored, ...mine]) {
          if (gone.has(e.answerId)) continue;
          const kept = merged.find((m) => slotOf(m) === slotOf(e));
          expect(kept).toBeDefined();
          expect(kept!.queuedAt).toBeGreaterThanOrEqual(e.queuedAt);
        }
      }),
    );
  });

  it('merging again changes nothing (two tabs writing in turn agree)', () => {
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), (stored, mine) => {
        const once = mergeMemberQueues(stored, mine, new Set());
        expect(mergeMemberQueues(once, once, new Set())).toEqual(once);
      }),
    );
  });

  it('tells slots apart by activity, subject, round and item, with absent parts as their defaults', () => {
    const base = { activityId: 'a', answerId: 'x', value: 1, queuedAt: 0 };
    expect(slotOf({ ...base, itemKey: 'goal' })).not.toBe(slotOf({ ...base, itemKey: 'step:1' }));
    expect(slotOf({ ...base, subjectMemberId: 'm1' })).not.toBe(slotOf({ ...base, subjectMemberId: 'm2' }));
    expect(slotOf({ ...base, round: 1 })).not.toBe(slotOf({ ...base, round: 2 }));
    expect(slotOf({ ...base, round: 0, itemKey: '' })).toBe(slotOf(base));
  });
});
