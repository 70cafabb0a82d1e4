/**
 * Who has already been together in this program. `history` is the list of earlier groups (member ids
 * per group, from `grouping_members`); two members "met" once for every earlier group they shared.
 */
export type History = readonly (readonly string[])[];

export interface Meetings {
  /** How many earlier groups a and b shared (0 if never). */
  count(a: string, b: string): number;
  /** How many different people `member` has met. */
  partners(member: string): number;
}

export function meetings(history: History): Meetings {
  const met = new Map<string, Map<string, number>>();
  const bump = (a: string, b: string) => {
    let row = met.get(a);
    if (!row) met.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const group of history) {
    const unique = [...new Set(group)];
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        bump(unique[i]!, unique[j]!);
        bump(unique[j]!, unique[i]!);
      }
  }
  return {
    count: (a, b) => met.get(a)?.get(b) ?? 0,
    partners: (member) => met.get(member)?.size ?? 0,
  };
}

/** Sum over `group` of how often `member` met each of its members (itself excluded). */
export function metWithin(met: Meetings, member: string, group: readonly string[]): number {
  let sum = 0;
  for (const other of group) if (other !== member) sum += met.count(member, other);
  return sum;
}

/**
 * The repeat cost of a grouping: for every two members sharing a group, how many earlier groups they
 * already shared. Zero means nobody meets anyone again; a pair who met twice weighs twice.
 */
export function repeatCost(groups: readonly (readonly string[])[], history: History | Meetings): number {
  const met = 'count' in history ? history : meetings(history);
  let cost = 0;
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) cost += met.count(group[i]!, group[j]!);
  return cost;
}
