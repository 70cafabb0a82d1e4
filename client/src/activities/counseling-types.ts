import type { CounselingType } from '../../../shared/activities/counseling-module.js';

/** A counseling activity as a member's phone knows it (from the snapshot and `counseling:updated`). */
export interface CounselingActivityOnPhone<Config = unknown> {
  id: string;
  type: CounselingType;
  title: string;
  config: Config;
  pace: 'live' | 'self';
  phase: string;
}

/** The member's place in the activity's grouping this round (grouped types only). */
export interface GroupOnPhone {
  groupNo: number;
  /** Group-mates' nicknames in seat order, the member's own included. */
  members: { memberId: string; nickname: string; role: string | null }[];
  /** The member's own role this round; null when the type has no roles. */
  role: string | null;
  round: number;
  /** The group's timer: epoch ms it ends (null: not started), paused remaining ms (null: running). */
  endsAt: number | null;
  pausedRemainingMs: number | null;
}

/** One answer as a counseling phone component hands it to the outbox (the answer id is added there). */
export interface CounselingAnswerInput {
  itemKey?: string;
  subjectMemberId?: string;
  round?: number;
  value: unknown;
  signed?: boolean;
}

/**
 * Props of each type's phone component (`client/src/activities/<type>/Phone.tsx`, export `Phone`),
 * lazily loaded. `personal` is the module's `personalView` for this member, kept fresh by the server.
 */
export interface CounselingPhoneProps<Config = unknown, Personal = unknown> {
  idPrefix: string;
  activity: CounselingActivityOnPhone<Config>;
  personal: Personal | null;
  group: GroupOnPhone | null;
  /** Resolves once the server acknowledged (stored) it; rejects with a translated message and the refusal's `code`. */
  give: (answer: CounselingAnswerInput) => Promise<void>;
  /** Extra member actions a type needs (e.g. mock interview's `question:draw`), resolving on the ack. */
  act?: (action: string, payload: Record<string, unknown>) => Promise<unknown>;
}
