import type { WaveReminder } from '../../../../shared/protocol/wave-views.js';
import type {
  CounselingCommentView,
  GroupRoundView,
  PersonalUpdate,
} from '../../../../shared/protocol/views.js';
import type { MemberTestimonial } from '../../../../shared/testimonials/views.js';
import type { CounselingActivityOnPhone } from '../../activities/counseling-types.js';
import type { SliceSet } from '../../common/slices.js';
import type { QueuedMemberAnswer } from '../member-queue.js';

/**
 * One open counseling activity as the phone holds it: the activity, this member's own view of it
 * and the facilitators' comments on their work (the wire's `MemberCounselingItem`).
 */
export interface CounselingOnPhone {
  activity: CounselingActivityOnPhone;
  /** The module's `personalView` for this member; null until the server sent one. */
  personal: unknown;
  comments: CounselingCommentView[];
}

/**
 * The member's open counseling activities (a program's self-paced tasks and the day's live one) and
 * their personal views, by activity id. Written by the connection module from the snapshot,
 * `counseling:updated` and `personal:updated`; counseling answers not yet acked wait in `memberQueue`.
 */
export interface CounselingSlice {
  counseling: CounselingOnPhone[];
  memberQueue: QueuedMemberAnswer[];
  /** The task the member opened from "내 할 일" (null: the list). Not kept across reloads. */
  openTaskId: string | null;
  /** The facilitator's last `wave:reminder` not yet answered by a hand-in on this phone. */
  reminder: WaveReminder | null;
  setReminder: (reminder: WaveReminder | null) => void;
  /** The member's group's current round per grouped activity (mock interview): timer and cast. */
  rounds: Record<string, GroupRoundView>;
  /** A full list (snapshot): replaces every round. */
  setRounds: (rounds: GroupRoundView[]) => void;
  /** `round:updated`: one group's round started, paused, resumed, was extended or ended. */
  applyRound: (round: GroupRoundView) => void;
  /** A full list (snapshot): replaces everything, personal views included. */
  setCounseling: (entries: CounselingOnPhone[]) => void;
  /** The open activities changed: keeps the personal views of those still open. */
  applyCounselingActivities: (activities: CounselingActivityOnPhone[]) => void;
  applyPersonal: (update: PersonalUpdate) => void;
  setMemberQueue: (queue: QueuedMemberAnswer[]) => void;
  setOpenTask: (activityId: string | null) => void;
  /** The testimonial card (참여 소감): from the snapshot, `testimonial:updated` and the card's acks. */
  testimonial: MemberTestimonial | null;
  setTestimonial: (testimonial: MemberTestimonial | null) => void;
}

/** `openTaskId` of the testimonial card (activity ids are uuids, so it names no activity). */
export const TESTIMONIAL_TASK = 'testimonial';

/** Live first (it is what the room does now), then tasks in the order the server lists them. */
export function orderForPhone<T extends { activity: { pace: 'live' | 'self' } }>(entries: readonly T[]): T[] {
  return [
    ...entries.filter((e) => e.activity.pace === 'live'),
    ...entries.filter((e) => e.activity.pace !== 'live'),
  ];
}

export const counselingSlice = (set: SliceSet<CounselingSlice>): CounselingSlice => ({
  counseling: [],
  memberQueue: [],
  openTaskId: null,
  reminder: null,
  setReminder: (reminder) => set({ reminder }),
  rounds: {},
  setRounds: (rounds) => set({ rounds: Object.fromEntries(rounds.map((r) => [r.activityId, r])) }),
  applyRound: (round) =>
    set((state) => {
      const known = state.rounds[round.activityId];
      // An older round arriving late (a resend after a reconnect) never replaces a newer one.
      if (known && known.round > round.round) return {};
      return { rounds: { ...state.rounds, [round.activityId]: round } };
    }),
  setCounseling: (entries) =>
    set((state) => ({
      counseling: orderForPhone(entries),
      openTaskId:
        state.openTaskId === TESTIMONIAL_TASK || entries.some((e) => e.activity.id === state.openTaskId)
          ? state.openTaskId
          : null,
    })),
  applyCounselingActivities: (activities) =>
    set((state) => {
      const known = new Map(state.counseling.map((e) => [e.activity.id, e]));
      const counseling = orderForPhone(
        activities.map((activity) => ({
          activity,
          personal: known.get(activity.id)?.personal ?? null,
          comments: known.get(activity.id)?.comments ?? [],
        })),
      );
      const stillOpen =
        state.openTaskId === TESTIMONIAL_TASK || activities.some((a) => a.id === state.openTaskId);
      return { counseling, openTaskId: stillOpen ? state.openTaskId : null };
    }),
  applyPersonal: ({ activityId, view, comments }) =>
    set((state) =>
      state.counseling.some((e) => e.activity.id === activityId)
        ? {
            counseling: state.counseling.map((e) =>
              e.activity.id === activityId ? { ...e, personal: view, comments } : e,
            ),
          }
        : {},
    ),
  setMemberQueue: (memberQueue) => set({ memberQueue }),
  setOpenTask: (openTaskId) => set({ openTaskId }),
  testimonial: null,
  setTestimonial: (testimonial) =>
    set((state) => ({
      testimonial,
      openTaskId: state.openTaskId === TESTIMONIAL_TASK && !testimonial?.open ? null : state.openTaskId,
    })),
});
