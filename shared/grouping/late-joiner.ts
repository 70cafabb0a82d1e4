import { formGroups } from './form.js';
import { meetings, metWithin, type History } from './history.js';
import { isValidGrouping, seatOf, type GroupingResult, type Groups } from './edit.js';
import { groupSizes } from './sizes.js';

/**
 * Placing someone who arrives after the groups were formed. The rule:
 *
 * 1. They join a smallest group (so sizes stay balanced as `formGroups` made them); among the smallest,
 *    the one where they met the fewest people before (ideally nobody), then the lowest group number.
 *    They take the last seat; nobody else moves.
 * 2. Only when every group is already full (size + 1) does the joined group grow past size + 1; if
 *    `groupSizes` would then make two groups of those people (pairs: 4 → 2 + 2; triads: 6 → 3 + 3; tables
 *    of 4: 6 → 3 + 3), that one group splits — formed again with `formGroups` (seed 0, so the split is
 *    the same on every process), the first part keeping its group number and the rest appended as new
 *    groups. Otherwise it stays one group (triads: 5 stays 5, never 3 + 2). Other groups never change.
 *
 * With no groups at all, the joiner makes the first one.
 */
export function placeLateJoiner(
  groups: Groups,
  member: string,
  history: History,
  size: number,
): GroupingResult {
  if (!isValidGrouping(groups)) return { ok: false, code: 'invalid_grouping' };
  if (seatOf(groups, member)) return { ok: false, code: 'already_in_group' };
  const next = groups.map((g) => [...g]);
  if (next.length === 0) return { ok: true, groups: [[member]] };

  const met = meetings(history);
  const smallest = Math.min(...next.map((g) => g.length));
  let chosen = -1;
  let fewest = Infinity;
  next.forEach((group, i) => {
    if (group.length !== smallest) return;
    const cost = metWithin(met, member, group);
    if (cost < fewest) {
      chosen = i;
      fewest = cost;
    }
  });
  const joined = [...next[chosen]!, member];
  if (joined.length > size + 1 && groupSizes(joined.length, size).length > 1) {
    const [first, ...rest] = formGroups({ members: joined, size, history, seed: 0 });
    next[chosen] = first!;
    next.push(...rest);
  } else {
    next[chosen] = joined;
  }
  return { ok: true, groups: next };
}
