import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formGroups, randomGroups } from '../../../shared/grouping/form.js';
import { repeatCost } from '../../../shared/grouping/history.js';
import { groupSizes } from '../../../shared/grouping/sizes.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`);

const members = fc.integer({ min: 0, max: 60 }).map(ids);
const size = fc.integer({ min: 2, max: 6 });
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Any earlier partition of the same members into groups of at most `max` (order from the arbitrary). */
function partition(people: string[], cuts: number[], max: number): string[][] {
  const groups: string[][] = [];
  let at = 0;
  for (const cut of cuts) {
    if (at >= people.length) break;
    groups.push(people.slice(at, (at += Math.min(cut, max))));
  }
  if (at < people.length) for (let i = at; i < people.length; i += max) groups.push(people.slice(i, i + max));
  return groups;
}

describe('formGroups', () => {
  it('places everyone once, in the sizes groupSizes gives', () => {
    fc.assert(
      fc.property(members, size, seed, (people, target, s) => {
        const groups = formGroups({ members: people, size: target, history: [], seed: s });
        expect(groups.flat().sort()).toEqual([...people].sort());
        expect(groups.map((g) => g.length).sort()).toEqual(groupSizes(people.length, target).sort());
      }),
    );
  });

  it('is deterministic for a seed and does not depend on the order members are listed in', () => {
    fc.assert(
      fc.property(
        members.chain((people) =>
          fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length })),
        ),
        size,
        seed,
        ([people, reordered], target, s) => {
          const history = [people.slice(0, 3), people.slice(3, 7)];
          const a = formGroups({ members: people, size: target, history, seed: s });
          expect(formGroups({ members: people, size: target, history, seed: s })).toEqual(a);
          expect(formGroups({ members: reordered, size: target, history, seed: s })).toEqual(a);
        },
      ),
    );
  });

  it('varies with the seed', () => {
    const people = ids(12);
    const arrangements = new Set(
      [1, 2, 3, 4, 5].map((s) =>
        JSON.stringify(formGroups({ members: people, size: 3, history: [], seed: s })),
      ),
    );
    expect(arrangements.size).toBeGreaterThan(1);
  });

  it('repeats nobody after one earlier grouping when no earlier group outnumbers the new groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }).map(ids),
        size,
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 60 }),
        seed,
        (people, target, cuts, s) => {
          const groupCount = groupSizes(people.length, target).length;
          const before = partition(people, cuts, groupCount);
          const groups = formGroups({ members: people, size: target, history: before, seed: s });
          expect(repeatCost(groups, before)).toBe(0);
        },
      ),
    );
  });

  it('is never worse than the random arrangement of the same seed', () => {
    fc.assert(
      fc.property(
        members,
        size,
        fc.array(fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 2, maxLength: 6 }), {
          maxLength: 40,
        }),
        seed,
        (people, target, rawHistory, s) => {
          const history = rawHistory.map((g) => g.map((i) => `m${String(i).padStart(3, '0')}`));
          const groups = formGroups({ members: people, size: target, history, seed: s });
          expect(repeatCost(groups, history)).toBeLessThanOrEqual(
            repeatCost(randomGroups(people, target, s), history),
          );
        },
      ),
    );
  });

  it('mixes two earlier triads of six as well as possible (each new triad repeats one pair)', () => {
    const history = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    for (let s = 0; s < 20; s++) {
      const groups = formGroups({ members: ['a', 'b', 'c', 'd', 'e', 'f'], size: 3, history, seed: s });
      expect(repeatCost(groups, history)).toBe(2);
    }
  });

  it('avoids a pair that met twice over pairs that met once', () => {
    const history = [
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
    ];
    for (let s = 0; s < 20; s++) {
      const groups = formGroups({ members: ['a', 'b', 'c', 'd'], size: 2, history, seed: s });
      expect(repeatCost(groups, history)).toBe(0); // a–d and b–c
    }
  });

  it('refuses a member listed twice', () => {
    expect(() => formGroups({ members: ['a', 'a', 'b'], size: 2, history: [], seed: 1 })).toThrow(RangeError);
  });

  it('forms 300 members into triads after four rounds without a repeat', () => {
    const people = ids(300);
    let history: string[][] = [];
    for (let round = 0; round < 5; round++) {
      const groups = formGroups({ members: people, size: 3, history, seed: round });
      expect(repeatCost(groups, history)).toBe(0);
      history = history.concat(groups);
    }
  });
});
