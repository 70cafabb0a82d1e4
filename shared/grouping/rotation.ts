/**
 * Roles per round for one group: `rotation(n, roles)[round][seat]` is the role of the member in that
 * seat in that round. `roles` lists the interviewer (who asks) first, the candidate (the one in focus)
 * second, then any others (e.g. observer).
 *
 * There are n rounds, one per member; in round r, seat r asks and seat r + 1 (mod n) is the candidate,
 * and seat s holds roles[(s − r) mod n]: a Latin square, so each member is candidate exactly once and
 * interviewer exactly once. A pair swaps (2 rounds); a trio with [interviewer, candidate, observer] has
 * each role once each (3 rounds); a four has 4 rounds and the seat past the last role takes the last role
 * (observes). A group smaller than the role list drops roles from the end; a group of one has no rounds
 * (nobody to ask them).
 *
 * Roles are computed here once and stored per round (`round_roles`), so a later move never rewrites them.
 */
export function rotation<R extends string>(groupSize: number, roles: readonly [R, R, ...R[]]): R[][] {
  if (!Number.isInteger(groupSize) || groupSize < 1)
    throw new RangeError(`group size must be an integer ≥ 1, got ${groupSize}`);
  if (new Set(roles).size !== roles.length) throw new RangeError('roles must be different');
  if (groupSize > roles.length && roles.length < 3)
    throw new RangeError('a group larger than the role list needs a third role for the extra seats');
  if (groupSize === 1) return [];
  const last = roles[roles.length - 1]!;
  return Array.from({ length: groupSize }, (_, round) =>
    Array.from({ length: groupSize }, (_, seat) => roles[(seat - round + groupSize) % groupSize] ?? last),
  );
}
