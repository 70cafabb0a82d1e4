import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { groupSizes } from '../../../shared/grouping/sizes.js';
import type { GroupingView, GroupRoundView, RoundsView } from '../../../shared/protocol/views.js';
import {
  groupingsSlice,
  upsertGroupingView,
  type GroupingsSlice,
} from '../../../client/src/facilitator/state/groupings-slice.js';
import { densestRowLines, groupColumns } from '../../../client/src/screen/ui/groups-layout.js';
import { roundTimer } from '../../../client/src/facilitator/ui/groupings/round-timer.js';

const view = (id: string, version: number, shownOnScreen = false): GroupingView => ({
  id,
  programId: 'p',
  kind: 'triads',
  size: 3,
  label: '',
  version,
  groups: [],
  leftOut: [],
  shownOnScreen,
});

describe('upsertGroupingView (the console keeps the newest of each grouping)', () => {
  it('adds a new grouping first and replaces a known one by its newer version', () => {
    const list = [view('b', 1), view('a', 3)];
    expect(upsertGroupingView(list, view('c', 1)).map((g) => g.id)).toEqual(['c', 'b', 'a']);
    expect(upsertGroupingView(list, view('a', 4, true))).toEqual([view('b', 1), view('a', 4, true)]);
  });

  it('never goes back to an older version, whatever order the ack and the room event arrive in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 12 }), (versions) => {
        let list: GroupingView[] = [];
        for (const v of versions) list = upsertGroupingView(list, view('g', v));
        expect(list).toHaveLength(1);
        expect(list[0]!.version).toBe(Math.max(...versions));
      }),
    );
  });
});

describe("the projector's groups layout", () => {
  const groupsOf = (sizes: number[]) =>
    sizes.map((n, i) => ({ groupNo: i + 1, nicknames: Array.from({ length: n }, (_v, j) => `n${i}-${j}`) }));

  it('puts few groups side by side and many in at most six columns', () => {
    expect([1, 2, 4, 5, 8, 9, 15, 16, 20].map(groupColumns)).toEqual([1, 2, 4, 4, 4, 5, 5, 6, 6]);
  });

  it('counts a heading and the tallest card per row; a table of more than six in two columns', () => {
    expect(densestRowLines(groupsOf([4, 3]), 2)).toBe(5);
    expect(densestRowLines(groupsOf([3, 3, 2]), 2)).toBe(4 + 3);
    expect(densestRowLines(groupsOf([12, 11]), 2)).toBe(7);
  });

  it('keeps every room of up to 40 in pairs, triads or tables within 16 lines (fits 1080 at 32 px)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom(2, 3, 4, 5, 6, 8, 10, 12), (n, size) => {
        const groups = groupsOf(groupSizes(n, size));
        const columns = groupColumns(groups.length);
        expect(columns).toBeLessThanOrEqual(6);
        expect(densestRowLines(groups, columns)).toBeLessThanOrEqual(16);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a group's round timer on the console", () => {
  const round = (over: Partial<GroupRoundView>): GroupRoundView => ({
    activityId: 'a',
    groupNo: 1,
    round: 1,
    rounds: 3,
    endsAt: 10_000,
    pausedRemainingMs: null,
    endedAt: null,
    roles: [],
    ...over,
  });

  it('runs to the stored end, stands still while paused, and shows nothing once ended', () => {
    expect(roundTimer(round({}))).toEqual({ status: 'running', durationMs: 0, endsAt: 10_000 });
    expect(roundTimer(round({ pausedRemainingMs: 4_000 }))).toMatchObject({
      status: 'paused',
      remainingMs: 4_000,
    });
    expect(roundTimer(round({ pausedRemainingMs: 4_000, endedAt: 9_000 }))).toEqual({ status: 'idle' });
  });
});

describe("the console's rounds (groupings slice)", () => {
  const rounds = (activityId: string, round = 1): RoundsView => ({
    activityId,
    groups: [
      {
        activityId,
        groupNo: 1,
        round,
        rounds: 3,
        endsAt: 10_000,
        pausedRemainingMs: null,
        endedAt: null,
        roles: [],
      },
    ],
    progress: { m: { done: 0, total: round - 1 } },
  });

  it("keys the snapshot's rounds by activity and replaces what was kept (a closed activity's go)", () => {
    const store = create<GroupingsSlice>()((set) => groupingsSlice(set));
    store.getState().applyRounds(rounds('closed'));
    store.getState().applyRounds(rounds('a'));
    store.getState().setRounds([rounds('a', 2), rounds('b')]);
    expect(store.getState().rounds).toEqual({ a: rounds('a', 2), b: rounds('b') });
    // The events after the snapshot update one activity and leave the others.
    store.getState().applyRounds(rounds('b', 3));
    expect(store.getState().rounds).toEqual({ a: rounds('a', 2), b: rounds('b', 3) });
    store.getState().setRounds([]);
    expect(store.getState().rounds).toEqual({});
  });
});
