import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../shared/grouping/form.js';
import { meetings, metWithin } from '../../../shared/grouping/history.js';
import { placeLateJoiner } from '../../../shared/grouping/late-joiner.js';
import type { GroupingResult } from '../../../shared/grouping/edit.js';
import { groupSizes } from '../../../shared/grouping/sizes.js';

function ok(result: GroupingResult): string[][] {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.groups;
}

describe('placeLateJoiner', () => {
  it('joins the smallest group, last seat, nobody else moving', () => {
    expect(
      ok(
        placeLateJoiner(
          [
            ['a', 'b', 'c'],
            ['d', 'e'],
          ],
          'z',
          [],
          3,
        ),
      ),
    ).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'z'],
    ]);
  });

  it('prefers, among the smallest, a group where they met nobody', () => {
    const history = [['z', 'a']];
    expect(
      ok(
        placeLateJoiner(
          [
            ['a', 'b'],
            ['c', 'd'],
            ['e', 'f', 'g'],
          ],
          'z',
          history,
          2,
        ),
      ),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd', 'z'],
      ['e', 'f', 'g'],
    ]);
  });

  it('splits a trio of pairs into two pairs when every group is already a trio', () => {
    const history = [
      ['z', 'a'],
      ['z', 'd'],
    ];
    const groups = ok(
      placeLateJoiner(
        [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
        ],
        'z',
        history,
        2,
      ),
    );
    expect(groups.map((g) => g.length)).toEqual([2, 3, 2]); // the second part is appended
    expect(groups[1]).toEqual(['d', 'e', 'f']);
    expect([groups[0], groups[2]].some((g) => g!.includes('z') && g!.includes('a'))).toBe(false);
  });

  it('lets a triad grow to five rather than leave a pair, and split at six', () => {
    const five = ok(placeLateJoiner([['a', 'b', 'c', 'd']], 'y', [], 3));
    expect(five).toEqual([['a', 'b', 'c', 'd', 'y']]);
    const six = ok(placeLateJoiner(five, 'z', [], 3));
    expect(six.map((g) => g.length)).toEqual([3, 3]);
  });

  it('starts the first group when there is none, and refuses someone already placed', () => {
    expect(ok(placeLateJoiner([], 'z', [], 3))).toEqual([['z']]);
    expect(placeLateJoiner([['a', 'b']], 'a', [], 2)).toEqual({ ok: false, code: 'already_in_group' });
    expect(placeLateJoiner([['a'], ['a']], 'z', [], 2)).toEqual({ ok: false, code: 'invalid_grouping' });
  });

  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('after any arrivals: everyone once, only the joined group changed, a smallest one, fewest acquaintances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.nat(29), fc.nat(11)), { maxLength: 30 }),
        fc.nat(),
        (n, size, arrivals, pairs, seed) => {
          const history = pairs.map(([a, b]) => [`m${a}`, `late${b}`]);
          const met = meetings(history);
          let groups = formGroups({ members: ids('m', n), size, history: [], seed });
          for (const joiner of ids('late', arrivals)) {
            const before = groups;
            const after = ok(placeLateJoiner(before, joiner, history, size));
            expect(after.flat().sort()).toEqual([...before.flat(), joiner].sort());
            const smallest = Math.min(...before.map((g) => g.length));
            const changed = before.map((g, i) => JSON.stringify(g) !== JSON.stringify(after[i]));
            expect(changed.filter(Boolean)).toHaveLength(1);
            const at = changed.indexOf(true);
            expect(before[at]!.length).toBe(smallest);
            const fewest = Math.min(
              ...before.filter((g) => g.length === smallest).map((g) => metWithin(met, joiner, g)),
            );
            expect(metWithin(met, joiner, before[at]!)).toBe(fewest);
            if (after.length === before.length) expect(after[at]).toEqual([...before[at]!, joiner]);
            for (const g of after)
              if (g.length > size + 1) expect(groupSizes(g.length, size)).toEqual([g.length]);
            groups = after;
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
