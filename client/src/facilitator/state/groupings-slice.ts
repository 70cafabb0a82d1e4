import type { GroupingView, RoundsView } from '../../../../shared/protocol/views.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * The program's groupings on a program day's console: from the watch snapshot (newest first), then
 * every ack of a grouping event and every `groupings:updated` of the program room.
 */
export interface GroupingsSlice {
  /** Newest first, like the snapshot. */
  groupings: GroupingView[];
  setGroupings: (views: GroupingView[]) => void;
  /** A grouping formed (added first) or changed (replaced, unless what is kept is newer). */
  upsertGrouping: (view: GroupingView) => void;
  /**
   * Each grouped activity's rounds (mock interview), by activity id: from the watch snapshot (every
   * open activity whose module has roles), then the acks of the round events and `rounds:updated`.
   */
  rounds: Record<string, RoundsView>;
  /** The snapshot's rounds replace what was kept: a closed activity's rounds go with it. */
  setRounds: (views: readonly RoundsView[]) => void;
  applyRounds: (view: RoundsView) => void;
}

export const groupingsSlice = (set: SliceSet<GroupingsSlice>): GroupingsSlice => ({
  groupings: [],
  setGroupings: (groupings) => set({ groupings }),
  upsertGrouping: (view) => set((state) => ({ groupings: upsertGroupingView(state.groupings, view) })),
  rounds: {},
  setRounds: (views) => set({ rounds: Object.fromEntries(views.map((v) => [v.activityId, v])) }),
  applyRounds: (view) => set((state) => ({ rounds: { ...state.rounds, [view.activityId]: view } })),
});

/**
 * Pure: the list with `view` in it. An ack and the room's event carry the same view and may arrive in
 * either order, and two consoles' edits may cross: a version never goes back.
 */
export function upsertGroupingView(list: readonly GroupingView[], view: GroupingView): GroupingView[] {
  const kept = list.find((g) => g.id === view.id);
  if (!kept) return [view, ...list];
  if (kept.version > view.version) return [...list];
  return list.map((g) => (g.id === view.id ? view : g));
}
