import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

/** The last refused action, announced in an alert until dismissed or replaced. */
export interface NoticeSlice {
  actionError: ClientError | null;
  setActionError: (error: ClientError | null) => void;
}

export const noticeSlice = (set: SliceSet<NoticeSlice>): NoticeSlice => ({
  actionError: null,
  setActionError: (actionError) => set({ actionError }),
});
