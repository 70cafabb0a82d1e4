/**
 * How many groups, of which sizes, for n members and a target size. The rule, in order:
 *
 * 1. No group smaller than `minimumGroupSize(size)` = min(size, 3) while n allows it: a pair needs two,
 *    a triad three (never a group of one or two when avoidable), a table (조) of 4 or more at least three.
 *    With fewer members than that, they form one group.
 * 2. Sizes within one grouping differ by at most one (balanced).
 * 3. Among the group counts that satisfy 1 and 2, the one whose sizes are closest to the target: the
 *    largest distance first, then the summed distance; a tie goes to fewer (larger) groups, so an odd one
 *    out joins a group rather than making a small one.
 *
 * So pairs: 5 → 3+2, 7 → 3+2+2 (the odd one out makes one trio). Triads: 4 → 4, 5 → 5 (3+2 would leave a
 * pair), 7 → 4+3, 8 → 4+4, 10 → 4+3+3. Tables of 4: 6 → 3+3, 10 → 5+5.
 */

export const MIN_TARGET_SIZE = 2;

export function assertTargetSize(size: number): void {
  if (!Number.isInteger(size) || size < MIN_TARGET_SIZE)
    throw new RangeError(`group size must be an integer ≥ ${MIN_TARGET_SIZE}, got ${size}`);
}

export function minimumGroupSize(size: number): number {
  return Math.min(size, 3);
}

/** The group sizes for n members, larger groups first (group order is seat-neutral; see formGroups). */
export function groupSizes(n: number, size: number): number[] {
  assertTargetSize(size);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`member count must be an integer ≥ 0, got ${n}`);
  if (n === 0) return [];
  const floor = minimumGroupSize(size);
  const maxGroups = Math.max(1, Math.floor(n / floor));
  let best: { groups: number; maxDistance: number; totalDistance: number } | null = null;
  for (let g = 1; g <= maxGroups; g++) {
    const small = Math.floor(n / g);
    const bigCount = n % g;
    const distances = [Math.abs(small - size), ...(bigCount > 0 ? [Math.abs(small + 1 - size)] : [])];
    const maxDistance = Math.max(...distances);
    const totalDistance = (g - bigCount) * Math.abs(small - size) + bigCount * Math.abs(small + 1 - size);
    if (
      best === null ||
      maxDistance < best.maxDistance ||
      (maxDistance === best.maxDistance && totalDistance < best.totalDistance)
    )
      best = { groups: g, maxDistance, totalDistance };
  }
  const g = best!.groups;
  const small = Math.floor(n / g);
  return Array.from({ length: g }, (_, i) => (i < n % g ? small + 1 : small));
}
