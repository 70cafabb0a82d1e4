import type { CounselingType, MemberProgress } from '../activities/counseling-module.js';
import type { Text } from '../i18n/text.js';
import type { ShownCell } from '../privacy/small-counts.js';

/**
 * What each audience is sent about counseling activities (docs/design/counseling-engine.md §8).
 * zod-free and type-only, so the phone imports it without cost. Re-exported by views.ts.
 */

export type CounselingStatus = 'draft' | 'open' | 'closed';

/** A counseling activity as a member's phone knows it (snapshot and `counseling:updated`). */
export interface CounselingActivityOnPhone {
  id: string;
  type: CounselingType;
  title: string;
  config: unknown;
  pace: 'live' | 'self';
  phase: string;
}

/** A facilitator's comment on the member's work (an action plan), as the member's phones see it. */
export interface CounselingCommentView {
  id: string;
  activityId: string;
  memberId: string;
  text: string;
  createdAt: number;
}

/** One open counseling activity on a member's phone: the activity, its personal view, the comments. */
export interface MemberCounselingItem {
  activity: CounselingActivityOnPhone;
  /** The module's `personalView` for this member (never another member's own answers). */
  personal: unknown;
  /** Facilitators' comments on this member's work in this activity, oldest first. */
  comments: CounselingCommentView[];
}

/** `counseling:updated` to `program:<id>:members`: the program's open counseling activities now. */
export interface CounselingUpdate {
  programId: string;
  activities: CounselingActivityOnPhone[];
}

/** `personal:updated` to `member:<id>` (the giver and the subject only): a fresh personal view. */
export interface PersonalUpdate {
  activityId: string;
  view: unknown;
  comments: CounselingCommentView[];
}

/** One cell of a group picture as it may be shown (after the small-count rule), with its label. */
export type PictureCell = ShownCell<string> & { label: Text };

/** A group picture after `suppressSmallCounts` with the center's threshold; no names, counts only. */
export interface ShownPicture {
  caption: Text;
  cells: PictureCell[];
}

/** The projector's counseling part: the session's open LIVE counseling activity, if any. */
export interface ScreenCounseling {
  activityId: string;
  type: CounselingType;
  title: string;
  /** null when the module draws none, or when even the total would disclose a hidden count. */
  picture: ShownPicture | null;
}

/** A counseling activity on the console (`counseling:*` acks, the snapshot, `counseling:activityUpdated`). */
export interface CounselingConsoleView {
  id: string;
  programId: string;
  sessionId: string;
  type: CounselingType;
  title: string;
  config: unknown;
  pace: 'live' | 'self';
  status: CounselingStatus;
  phase: string;
  /** The agenda line it was opened from; null when opened by hand. */
  agendaKey: string | null;
  groupingId: string | null;
  /** memberId → what is done of what is asked (never the content). */
  progress: Record<string, MemberProgress>;
  /** Suppressed like the projector's: the console is often on the wall too. */
  picture: ShownPicture | null;
  commentCount: number;
}

/** `counseling:progress` to `program:<id>:facilitators`, coalesced (at most one per activity per flush). */
export interface CounselingProgressUpdate {
  activityId: string;
  progress: Record<string, MemberProgress>;
  picture: ShownPicture | null;
}

/** One stored counseling answer as the program's facilitators read it (`counseling:answers`). */
export interface CounselingAnswerRow {
  answerId: string;
  memberId: string;
  nickname: string;
  subjectMemberId: string | null;
  round: number;
  itemKey: string;
  value: unknown;
  noteState: 'held' | 'shown' | null;
  signed: boolean;
  updatedAt: number;
}

/** The ack of `counseling:answers`: an activity's answers and comments, for the console. */
export interface CounselingAnswers {
  activityId: string;
  answers: CounselingAnswerRow[];
  comments: CounselingCommentView[];
}
