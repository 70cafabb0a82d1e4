import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUPING_ERROR_MESSAGES,
  isValidGrouping,
  leaveOut,
  moveMember,
  swapMembers,
  type GroupingResult,
} from '../../../shared/grouping/edit.js';

const groups = [['a', 'b', 'c'], ['d', 'e'], ['f']];

function ok(result: GroupingResult): string[][] {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.groups;
}

describe('moveMember', () => {
  it('moves a member to the last seat of another group; the others keep their order', () => {
    expect(ok(moveMember(groups, 'b', 1))).toEqual([['a', 'c'], ['d', 'e', 'b'], ['f']]);
  });

  it('places a left-out member', () => {
    expect(ok(moveMember(groups, 'z', 2))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
      ['f', 'z'],
    ]);
  });

  it('refuses to empty a group, a missing group and a move into the same group', () => {
    expect(moveMember(groups, 'f', 0)).toEqual({ ok: false, code: 'group_would_empty' });
    expect(moveMember(groups, 'a', 3)).toEqual({ ok: false, code: 'group_not_found' });
    expect(moveMember(groups, 'a', -1)).toEqual({ ok: false, code: 'group_not_found' });
    expect(moveMember(groups, 'a', 0)).toEqual({ ok: false, code: 'already_in_group' });
  });

  it('does not change what it was given', () => {
    const before = JSON.stringify(groups);
    moveMember(groups, 'b', 1);
    swapMembers(groups, 'a', 'd');
    leaveOut(groups, 'a');
    expect(JSON.stringify(groups)).toBe(before);
  });
});

describe('swapMembers', () => {
  it('exchanges seats across groups and within one', () => {
    expect(ok(swapMembers(groups, 'a', 'e'))).toEqual([['e', 'b', 'c'], ['d', 'a'], ['f']]);
    expect(ok(swapMembers(groups, 'a', 'c'))).toEqual([['c', 'b', 'a'], ['d', 'e'], ['f']]);
  });

  it('puts a left-out member in a placed one’s seat, leaving that one out', () => {
    expect(ok(swapMembers(groups, 'f', 'z'))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['z']]);
    expect(ok(swapMembers(groups, 'z', 'd'))).toEqual([['a', 'b', 'c'], ['z', 'e'], ['f']]);
  });

  it('refuses the same member twice and two left-out members', () => {
    expect(swapMembers(groups, 'a', 'a')).toEqual({ ok: false, code: 'same_member' });
    expect(swapMembers(groups, 'y', 'z')).toEqual({ ok: false, code: 'not_in_grouping' });
  });
});

describe('leaveOut', () => {
  it('removes a member, the others keeping their order', () => {
    expect(ok(leaveOut(groups, 'b'))).toEqual([['a', 'c'], ['d', 'e'], ['f']]);
  });

  it('refuses to empty a group and a member not placed', () => {
    expect(leaveOut(groups, 'f')).toEqual({ ok: false, code: 'group_would_empty' });
    expect(leaveOut(groups, 'z')).toEqual({ ok: false, code: 'not_in_grouping' });
  });
});

describe('a grouping read back invalid', () => {
  it('is refused by every edit', () => {
    const twice = [['a', 'b'], ['b']];
    const empty = [['a'], []];
    for (const bad of [twice, empty]) {
      expect(isValidGrouping(bad)).toBe(false);
      expect(moveMember(bad, 'a', 0)).toEqual({ ok: false, code: 'invalid_grouping' });
      expect(swapMembers(bad, 'a', 'b')).toEqual({ ok: false, code: 'invalid_grouping' });
      expect(leaveOut(bad, 'a')).toEqual({ ok: false, code: 'invalid_grouping' });
    }
  });
});

describe('any sequence of edits', () => {
  const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const person = fc.constantFrom(...people);
  const edit = fc.oneof(
    fc.record({ op: fc.constant('move' as const), who: person, to: fc.integer({ min: -1, max: 4 }) }),
    fc.record({ op: fc.constant('swap' as const), who: person, other: person }),
    fc.record({ op: fc.constant('leave' as const), who: person }),
  );

  it('keeps every group non-empty, nobody in two groups, the group count and everyone placed or left out', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let current: string[][] = [
          ['a', 'b', 'c'],
          ['d', 'e'],
          ['f', 'g'],
        ]; // h starts left out
        for (const e of edits) {
          const result =
            e.op === 'move'
              ? moveMember(current, e.who, e.to)
              : e.op === 'swap'
                ? swapMembers(current, e.who, e.other)
                : leaveOut(current, e.who);
          if (!result.ok) {
            expect(GROUPING_ERROR_MESSAGES[result.code].ko).not.toBe('');
            continue;
          }
          current = result.groups;
          expect(isValidGrouping(current)).toBe(true);
          expect(current).toHaveLength(3);
          for (const member of current.flat()) expect(people).toContain(member);
        }
      }),
    );
  });
});

describe('error messages', () => {
  it('say each code in Korean and English', () => {
    for (const text of Object.values(GROUPING_ERROR_MESSAGES)) {
      expect(text.ko).toMatch(/[가-힣]/);
      expect(text.en).toMatch(/[A-Za-z]/);
    }
  });
});
