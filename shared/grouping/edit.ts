import type { Text } from '../i18n/text.js';

/**
 * Changing a grouping by hand: move a person, swap two, leave someone out. Each returns the new groups
 * or an error with a stable code (never throws), so a handler can answer the facilitator with it.
 *
 * Invariants kept: a member is in one group at most; a group never empties (group numbers are stored
 * with rounds and roles, so a group cannot silently disappear — form the grouping again instead).
 * Groups are numbered by their index here (0-based; the stored `group_no` is index + 1, 0 = left out).
 * Members not in any group are "left out" (absent today, no phone); moving one places them.
 */
export type Groups = readonly (readonly string[])[];

export type GroupingErrorCode =
  | 'invalid_grouping'
  | 'not_in_grouping'
  | 'already_in_group'
  | 'group_not_found'
  | 'group_would_empty'
  | 'same_member';

export type GroupingResult = { ok: true; groups: string[][] } | { ok: false; code: GroupingErrorCode };

export const GROUPING_ERROR_MESSAGES: Record<GroupingErrorCode, Text> = {
  invalid_grouping: {
    ko: '조 편성이 올바르지 않습니다. 다시 편성해 주세요.',
    en: 'The grouping is not valid. Please form the groups again.',
  },
  not_in_grouping: { ko: '이 사람은 어느 조에도 없습니다.', en: 'This person is not in any group.' },
  already_in_group: { ko: '이미 그 조에 있습니다.', en: 'Already in that group.' },
  group_not_found: { ko: '그런 조가 없습니다.', en: 'No such group.' },
  group_would_empty: {
    ko: '조에 아무도 남지 않게 됩니다. 바꾸기를 쓰거나 다시 편성해 주세요.',
    en: 'The group would be left empty. Swap people or form the groups again.',
  },
  same_member: { ko: '같은 사람끼리는 바꿀 수 없습니다.', en: 'Cannot swap a person with themselves.' },
};

function fail(code: GroupingErrorCode): GroupingResult {
  return { ok: false, code };
}

/** Where a member sits, or null when left out. */
export function seatOf(groups: Groups, member: string): { group: number; seat: number } | null {
  for (let g = 0; g < groups.length; g++) {
    const seat = groups[g]!.indexOf(member);
    if (seat >= 0) return { group: g, seat };
  }
  return null;
}

/** A grouping read back from storage is checked before it is changed: no empty group, nobody twice. */
export function isValidGrouping(groups: Groups): boolean {
  const seen = new Set<string>();
  for (const group of groups) {
    if (group.length === 0) return false;
    for (const member of group) {
      if (seen.has(member)) return false;
      seen.add(member);
    }
  }
  return true;
}

function copy(groups: Groups): string[][] {
  return groups.map((g) => [...g]);
}

/** Moves a member to the end of group `to` (the last seat); a left-out member is placed there. */
export function moveMember(groups: Groups, member: string, to: number): GroupingResult {
  if (!isValidGrouping(groups)) return fail('invalid_grouping');
  if (!Number.isInteger(to) || to < 0 || to >= groups.length) return fail('group_not_found');
  const from = seatOf(groups, member);
  if (from?.group === to) return fail('already_in_group');
  if (from && groups[from.group]!.length === 1) return fail('group_would_empty');
  const next = copy(groups);
  if (from) next[from.group]!.splice(from.seat, 1);
  next[to]!.push(member);
  return { ok: true, groups: next };
}

/**
 * Exchanges two members' seats (in two groups, or within one, which changes who has which role).
 * If one of them is left out, they take the other's seat and the other is left out: "put her in his place".
 */
export function swapMembers(groups: Groups, a: string, b: string): GroupingResult {
  if (!isValidGrouping(groups)) return fail('invalid_grouping');
  if (a === b) return fail('same_member');
  const seatA = seatOf(groups, a);
  const seatB = seatOf(groups, b);
  if (!seatA && !seatB) return fail('not_in_grouping');
  const next = copy(groups);
  if (seatA) next[seatA.group]![seatA.seat] = b;
  if (seatB) next[seatB.group]![seatB.seat] = a;
  return { ok: true, groups: next };
}

/** Leaves a member out of the grouping (absent today, no phone); the others in the group keep their order. */
export function leaveOut(groups: Groups, member: string): GroupingResult {
  if (!isValidGrouping(groups)) return fail('invalid_grouping');
  const seat = seatOf(groups, member);
  if (!seat) return fail('not_in_grouping');
  if (groups[seat.group]!.length === 1) return fail('group_would_empty');
  const next = copy(groups);
  next[seat.group]!.splice(seat.seat, 1);
  return { ok: true, groups: next };
}
