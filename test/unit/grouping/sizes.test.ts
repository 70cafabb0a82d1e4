import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSizes, minimumGroupSize } from '../../../shared/grouping/sizes.js';

describe('groupSizes', () => {
  it('makes pairs, the odd one out joining one pair as a trio', () => {
    expect(groupSizes(2, 2)).toEqual([2]);
    expect(groupSizes(3, 2)).toEqual([3]);
    expect(groupSizes(5, 2)).toEqual([3, 2]);
    expect(groupSizes(7, 2)).toEqual([3, 2, 2]);
    expect(groupSizes(8, 2)).toEqual([2, 2, 2, 2]);
  });

  it('makes triads without a group of one or two when that is avoidable', () => {
    expect(groupSizes(4, 3)).toEqual([4]);
    expect(groupSizes(5, 3)).toEqual([5]); // 3 + 2 would leave a pair
    expect(groupSizes(7, 3)).toEqual([4, 3]);
    expect(groupSizes(8, 3)).toEqual([4, 4]);
    expect(groupSizes(10, 3)).toEqual([4, 3, 3]);
    expect(groupSizes(2, 3)).toEqual([2]); // unavoidable: only two people
  });

  it('makes tables of three or more, near the target', () => {
    expect(groupSizes(6, 4)).toEqual([3, 3]);
    expect(groupSizes(10, 4)).toEqual([5, 5]);
    expect(groupSizes(11, 4)).toEqual([4, 4, 3]);
    expect(groupSizes(9, 6)).toEqual([5, 4]);
  });

  it('makes nothing of nobody and refuses a target below two', () => {
    expect(groupSizes(0, 3)).toEqual([]);
    expect(() => groupSizes(4, 1)).toThrow(RangeError);
    expect(() => groupSizes(4, 2.5)).toThrow(RangeError);
  });

  const n = fc.integer({ min: 0, max: 400 });
  const size = fc.integer({ min: 2, max: 12 });

  it('adds up to n, balanced within one, never below the minimum while n allows', () => {
    fc.assert(
      fc.property(n, size, (count, target) => {
        const sizes = groupSizes(count, target);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
        if (count === 0) return;
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        if (count >= minimumGroupSize(target))
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(minimumGroupSize(target));
        else expect(sizes).toEqual([count]);
      }),
    );
  });

  it('keeps pairs and triads at the target or one more, except five in triads', () => {
    fc.assert(
      fc.property(n, fc.constantFrom(2, 3), (count, target) => {
        fc.pre(count >= target && !(target === 3 && count === 5));
        for (const s of groupSizes(count, target)) expect([target, target + 1]).toContain(s);
      }),
    );
  });

  it('has no balanced split, above the minimum, closer to the target', () => {
    fc.assert(
      fc.property(n, size, (count, target) => {
        fc.pre(count >= minimumGroupSize(target));
        const distance = (sizes: number[]) => Math.max(...sizes.map((s) => Math.abs(s - target)));
        const chosen = distance(groupSizes(count, target));
        for (let g = 1; g * minimumGroupSize(target) <= count; g++) {
          const split = Array.from({ length: g }, (_, i) => Math.floor(count / g) + (i < count % g ? 1 : 0));
          expect(distance(split)).toBeGreaterThanOrEqual(chosen);
        }
      }),
    );
  });
});
