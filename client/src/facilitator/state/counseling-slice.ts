import type { CounselingConsoleView, CounselingProgressUpdate } from '../../../../shared/protocol/views.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * The program's counseling activities on the console (from the watch snapshot, the acks of
 * `counseling:*` and the program room's `counseling:activityUpdated` / `counseling:progress`).
 */
export interface CounselingConsoleSlice {
  counseling: CounselingConsoleView[];
  setCounselingViews: (views: CounselingConsoleView[]) => void;
  /** One activity opened, closed or changed phase: replaces it, or adds it. */
  upsertCounseling: (view: CounselingConsoleView) => void;
  applyCounselingProgress: (update: CounselingProgressUpdate) => void;
}

export const counselingConsoleSlice = (set: SliceSet<CounselingConsoleSlice>): CounselingConsoleSlice => ({
  counseling: [],
  setCounselingViews: (counseling) => set({ counseling }),
  upsertCounseling: (view) =>
    set((state) => ({
      counseling: state.counseling.some((c) => c.id === view.id)
        ? state.counseling.map((c) => (c.id === view.id ? view : c))
        : [...state.counseling, view],
    })),
  applyCounselingProgress: ({ activityId, progress, picture }) =>
    set((state) => ({
      counseling: state.counseling.map((c) => (c.id === activityId ? { ...c, progress, picture } : c)),
    })),
});
