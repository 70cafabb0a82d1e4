import { meetings, metWithin, repeatCost, type History, type Meetings } from './history.js';
import { seededRandom, shuffled } from './random.js';
import { groupSizes } from './sizes.js';

/**
 * Forming groups: sizes by `groupSizes` (see its rule), members placed so that as few pairs as possible
 * meet again in this program. Not optimal — a greedy start and pairwise swaps, which is plenty for a room
 * of up to a few hundred — but never worse than a random arrangement drawn from the same seed, because
 * that arrangement is improved too and the better of the two is returned.
 *
 * A group is an array of member ids; the index is the seat (0..n−1), which `rotation` turns into roles.
 * The result depends only on the set of members, the history and the seed (the input order of `members`
 * does not matter: the database may list them in any order).
 */
export interface FormGroupsInput {
  members: readonly string[];
  size: number;
  history: History;
  seed: number;
}

/** A swap pass over n members costs O(n² · size); a handful of passes settles any real room. */
const MAX_SWAP_PASSES = 8;

export function formGroups(input: FormGroupsInput): string[][] {
  const order = seededOrder(input.members, input.seed);
  const sizes = groupSizes(order.length, input.size);
  const met = meetings(input.history);
  const fromRandom = improveBySwaps(chunk(order, sizes), met);
  const fromGreedy = improveBySwaps(greedy(order, sizes, met), met);
  return repeatCost(fromGreedy, met) <= repeatCost(fromRandom, met) ? fromGreedy : fromRandom;
}

/** The random arrangement for a seed: the baseline formGroups is never worse than. */
export function randomGroups(members: readonly string[], size: number, seed: number): string[][] {
  const order = seededOrder(members, seed);
  return chunk(order, groupSizes(order.length, size));
}

function seededOrder(members: readonly string[], seed: number): string[] {
  if (new Set(members).size !== members.length) throw new RangeError('a member is listed twice');
  const sorted = [...members].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return shuffled(sorted, seededRandom(seed));
}

function chunk(order: readonly string[], sizes: readonly number[]): string[][] {
  let at = 0;
  return sizes.map((n) => order.slice(at, (at += n)));
}

/**
 * Those who have met the most people are placed first, each into the open group where they met the
 * fewest (then the emptiest, so the constrained ones spread out; then the first).
 */
function greedy(order: readonly string[], sizes: readonly number[], met: Meetings): string[][] {
  const groups: string[][] = sizes.map(() => []);
  const byConstraint = order
    .map((member, index) => ({ member, index, partners: met.partners(member) }))
    .sort((a, b) => b.partners - a.partners || a.index - b.index);
  for (const { member } of byConstraint) {
    let best = -1;
    let bestCost = Infinity;
    let bestFill = Infinity;
    groups.forEach((group, i) => {
      if (group.length >= sizes[i]!) return;
      const cost = metWithin(met, member, group);
      const fill = group.length / sizes[i]!;
      if (cost < bestCost || (cost === bestCost && fill < bestFill)) {
        best = i;
        bestCost = cost;
        bestFill = fill;
      }
    });
    groups[best]!.push(member);
  }
  return groups;
}

/** Swaps two members of different groups whenever that lowers the repeat cost, seat for seat. */
function improveBySwaps(groups: string[][], met: Meetings): string[][] {
  const seats = groups.flatMap((group, g) => group.map((_, s) => ({ g, s })));
  const at = (p: { g: number; s: number }) => groups[p.g]![p.s]!;
  for (let pass = 0; pass < MAX_SWAP_PASSES; pass++) {
    let improved = false;
    for (let i = 0; i < seats.length; i++) {
      const p = seats[i]!;
      for (let j = 0; j < seats.length; j++) {
        const q = seats[j]!;
        if (p.g === q.g) continue;
        const a = at(p);
        const aCost = metWithin(met, a, groups[p.g]!);
        // A swap lowers the cost only if one of the two met someone; with b first, it is found from b's seat.
        if (aCost === 0) break;
        const b = at(q);
        const before = aCost + metWithin(met, b, groups[q.g]!);
        const after =
          metWithin(met, a, groups[q.g]!) -
          met.count(a, b) +
          metWithin(met, b, groups[p.g]!) -
          met.count(b, a);
        if (after < before) {
          groups[p.g]![p.s] = b;
          groups[q.g]![q.s] = a;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return groups;
}
