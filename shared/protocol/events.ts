import type { z } from 'zod';
import type { TimerState } from '../session/timer.js';
import type { Ack } from './errors.js';
import type * as S from './schemas.js';
import type {
  ActivityView,
  CounselingAnswers,
  CounselingCommentView,
  CounselingConsoleView,
  CounselingProgressUpdate,
  CounselingUpdate,
  PersonalUpdate,
  GroupRoundView,
  QuestionDrawn,
  RoundsView,
  AnswersUpdate,
  FacilitatorSnapshot,
  FacilitatorState,
  GroupingView,
  MemberGroupView,
  MemberConsents,
  ParticipantSnapshot,
  ParticipantState,
  ResultsView,
  ParticipantsUpdate,
  ScreenState,
  TimerUpdate,
} from './views.js';

import type * as P from '../program/schemas.js';
import type * as T from '../testimonials/schemas.js';
import type { MemberTestimonial, TestimonialView } from '../testimonials/views.js';
import type {
  AssessmentSubmitted,
  WaveProgressView,
  WaveReminder,
  WavesProgressUpdate,
} from './wave-views.js';
import type { MemberIdentity, ProgramIntro } from '../program/views.js';

type In<T extends z.ZodType> = z.input<T>;
type Cb<T> = (ack: Ack<T>) => void;

/** Participant events: a phone that has joined with a code. */
export interface ParticipantEvents {
  'participant:join': (p: In<typeof S.participantJoinSchema>, ack: Cb<ParticipantSnapshot>) => void;
  'answer:submit': (
    p: In<typeof S.answerSubmitSchema>,
    ack: Cb<{ answerId: string; duplicate: boolean }>,
  ) => void;
  /** A program's code: what the phone shows before registering (title, days, notice). */
  'program:intro': (p: In<typeof P.programIntroSchema>, ack: Cb<ProgramIntro>) => void;
  /** First join of a program: nickname, optional real name, consent, needs intake → identity + PIN. */
  'program:register': (p: In<typeof P.programRegisterSchema>, ack: Cb<MemberIdentity>) => void;
  /** A new phone: nickname + PIN from day 1 → the same identity. */
  'program:recover': (p: In<typeof P.programRecoverSchema>, ack: Cb<MemberIdentity>) => void;
}

/**
 * Member events: a phone that proved its program member token (joined a day, or waiting in the
 * program's lobby). They act on that member only, on every phone of theirs.
 */
export interface MemberEvents {
  /** The separate consent to sensitive information, to the notice version the phone showed. */
  'consent:give': (p: In<typeof S.consentGiveSchema>, ack: Cb<MemberConsents>) => void;
  /** Withdraws it; the member's sensitive answers are deleted with it. */
  'consent:withdraw': (p: In<typeof S.consentWithdrawSchema>, ack: Cb<MemberConsents>) => void;
  /**
   * A counseling answer (own, or about a group-mate), stored exactly once by `answerId`: a resend
   * of a stored id is acked `duplicate: true` and changes nothing.
   */
  'memberAnswer:submit': (
    p: In<typeof S.memberAnswerSubmitSchema>,
    ack: Cb<{ answerId: string; duplicate: boolean }>,
  ) => void;
  /** Hands in the member's answers to an instrument wave's task; a resend is acked `duplicate`. */
  'assessment:submit': (p: In<typeof S.assessmentSubmitSchema>, ack: Cb<AssessmentSubmitted>) => void;
  /**
   * The member's testimonial (참여 소감) for their program, and the `testimonial-quote` consent given
   * or withdrawn with it in one transaction; a resend of the last request id changes nothing.
   */
  'testimonial:save': (p: In<typeof T.testimonialSaveSchema>, ack: Cb<TestimonialView>) => void;
  /** Deletes the text and withdraws the quote consent. */
  'testimonial:delete': (p: In<typeof T.testimonialDeleteSchema>, ack: Cb<{ deleted: boolean }>) => void;
}

export type MemberEventName = keyof MemberEvents;
export const MEMBER_EVENT_NAMES = [
  'consent:give',
  'consent:withdraw',
  'memberAnswer:submit',
  'assessment:submit',
  'testimonial:save',
  'testimonial:delete',
] as const satisfies readonly MemberEventName[];

/** Projector events: anyone with the join code may watch the anonymous room view. */
export interface ScreenEvents {
  'screen:watch': (p: In<typeof S.screenWatchSchema>, ack: Cb<ScreenState>) => void;
}

/** Facilitator events: only a logged-in facilitator, only on their own sessions. */
export interface FacilitatorEvents {
  'session:watch': (p: In<typeof S.sessionWatchSchema>, ack: Cb<FacilitatorSnapshot>) => void;
  'session:end': (p: In<typeof S.sessionEndSchema>, ack: Cb<null>) => void;
  'activity:add': (p: In<typeof S.activityAddSchema>, ack: Cb<ActivityView>) => void;
  'activity:update': (p: In<typeof S.activityUpdateSchema>, ack: Cb<ActivityView>) => void;
  'activity:remove': (p: In<typeof S.activityRemoveSchema>, ack: Cb<null>) => void;
  'activity:reorder': (p: In<typeof S.activityReorderSchema>, ack: Cb<null>) => void;
  'activity:open': (p: In<typeof S.activityOpenSchema>, ack: Cb<null>) => void;
  'activity:close': (p: In<typeof S.activityCloseSchema>, ack: Cb<null>) => void;
  'activity:lock': (p: In<typeof S.activityLockSchema>, ack: Cb<null>) => void;
  'activity:reveal': (p: In<typeof S.activityRevealSchema>, ack: Cb<null>) => void;
  'activity:names': (p: In<typeof S.activityNamesSchema>, ack: Cb<null>) => void;
  'activity:review': (p: In<typeof S.activityReviewSchema>, ack: Cb<null>) => void;
  'timer:start': (p: In<typeof S.timerStartSchema>, ack: Cb<TimerState>) => void;
  'timer:pause': (p: In<typeof S.timerControlSchema>, ack: Cb<TimerState>) => void;
  'timer:resume': (p: In<typeof S.timerControlSchema>, ack: Cb<TimerState>) => void;
  'timer:reset': (p: In<typeof S.timerControlSchema>, ack: Cb<TimerState>) => void;
  'answer:hide': (p: In<typeof S.answerHideSchema>, ack: Cb<null>) => void;
  /** Returns how many entries were let through (an entry edited meanwhile is not). */
  'answer:approve': (p: In<typeof S.answerApproveSchema>, ack: Cb<{ approved: number }>) => void;
}

/**
 * Facilitator events on a program object rather than a session (a grouping outlives its days):
 * authorized by the program, another's program or grouping answered like an unknown one.
 */
export interface GroupingEvents {
  /** Forms groups of all the program's members (shared/grouping `formGroups`, the program's history). */
  'grouping:form': (p: In<typeof S.groupingFormSchema>, ack: Cb<GroupingView>) => void;
  'grouping:move': (p: In<typeof S.groupingMoveSchema>, ack: Cb<GroupingView>) => void;
  'grouping:swap': (p: In<typeof S.groupingSwapSchema>, ack: Cb<GroupingView>) => void;
  'grouping:leaveOut': (p: In<typeof S.groupingLeaveOutSchema>, ack: Cb<GroupingView>) => void;
  /** Places the program's members who are in no group of it yet (joined later): smallest groups first. */
  'grouping:placeNew': (p: In<typeof S.groupingPlaceNewSchema>, ack: Cb<GroupingView>) => void;
  /** Who is in which group on the projector of the program's running day (nicknames only), or not. */
  'grouping:showOnScreen': (p: In<typeof S.groupingShowOnScreenSchema>, ack: Cb<GroupingView>) => void;
}

export type GroupingEventName = keyof GroupingEvents;
export const GROUPING_EVENT_NAMES = [
  'grouping:form',
  'grouping:move',
  'grouping:swap',
  'grouping:leaveOut',
  'grouping:placeNew',
  'grouping:showOnScreen',
] as const satisfies readonly GroupingEventName[];

/**
 * Facilitator events on counseling activities (program objects, like groupings): authorized by the
 * activity's program; another center's or program's ids are answered like unknown ones.
 */
export interface CounselingEvents {
  /** Creates once per agenda line (or reopens) and opens; a live one closes the session's open live activity. */
  'counseling:open': (p: In<typeof S.counselingOpenSchema>, ack: Cb<CounselingConsoleView>) => void;
  'counseling:close': (p: In<typeof S.counselingCloseSchema>, ack: Cb<CounselingConsoleView>) => void;
  /** Moves the activity to another of its module's phases. */
  'counseling:phase': (p: In<typeof S.counselingPhaseSchema>, ack: Cb<CounselingConsoleView>) => void;
  /** The activity's answers (every member's) and comments, for the console only. */
  'counseling:answers': (p: In<typeof S.counselingAnswersSchema>, ack: Cb<CounselingAnswers>) => void;
  /** Lets notes through to their receivers; returns how many changed. */
  'note:show': (p: In<typeof S.noteStateSchema>, ack: Cb<{ changed: number }>) => void;
  /** Holds notes back from their receivers; returns how many changed. */
  'note:hold': (p: In<typeof S.noteStateSchema>, ack: Cb<{ changed: number }>) => void;
  /** A comment on one member's work; it reaches that member's phones only. */
  'comment:add': (p: In<typeof S.commentAddSchema>, ack: Cb<CounselingCommentView>) => void;
}

export type CounselingEventName = keyof CounselingEvents;
export const COUNSELING_EVENT_NAMES = [
  'counseling:open',
  'counseling:close',
  'counseling:phase',
  'counseling:answers',
  'note:show',
  'note:hold',
  'comment:add',
] as const satisfies readonly CounselingEventName[];

/**
 * Rounds of a grouped counseling activity (mock interview; design §4): the facilitator's round
 * events (authorized by the activity's program, like `CounselingEvents`) and the interviewer's
 * `question:draw` (member audience: only this round's interviewer of the sender's group).
 */
export interface RoundEvents {
  /** The next round for every group of the activity's grouping, roles from `rotation`, stored once. */
  'round:start': (p: In<typeof S.roundStartSchema>, ack: Cb<RoundsView>) => void;
  /** One group's current round (`groupNo`) or every group's. */
  'round:pause': (p: In<typeof S.roundScopeSchema>, ack: Cb<RoundsView>) => void;
  'round:resume': (p: In<typeof S.roundScopeSchema>, ack: Cb<RoundsView>) => void;
  'round:end': (p: In<typeof S.roundScopeSchema>, ack: Cb<RoundsView>) => void;
  'round:extend': (p: In<typeof S.roundExtendSchema>, ack: Cb<RoundsView>) => void;
  /** The interviewer's next question, stored for the group's round; the group's phones get fresh views. */
  'question:draw': (p: In<typeof S.questionDrawSchema>, ack: Cb<QuestionDrawn>) => void;
}

export type RoundEventName = keyof RoundEvents;
export const ROUND_FACILITATOR_EVENT_NAMES = [
  'round:start',
  'round:pause',
  'round:resume',
  'round:end',
  'round:extend',
] as const satisfies readonly RoundEventName[];
export const ROUND_MEMBER_EVENT_NAMES = ['question:draw'] as const satisfies readonly RoundEventName[];

/**
 * Assessment waves (docs/design/assessments-reports.md §2.3): the facilitator opens, reminds, extends
 * and closes a wave of the program's plan. Authorized by the wave's program: another center's wave is
 * answered `wave_not_found`, exactly like a made-up id.
 */
export interface WaveEvents {
  /** Makes (the first time) or reopens the wave's task in the running day; closes its pre when a post opens. */
  'wave:open': (p: In<typeof S.waveOpenSchema>, ack: Cb<WaveProgressView>) => void;
  /** Closes the wave; answers that can be scored are handed in ("자동 제출"). */
  'wave:close': (p: In<typeof S.waveCloseSchema>, ack: Cb<WaveProgressView>) => void;
  /** `wave:reminder` to every member who has not handed in; at most once a minute per wave. */
  'wave:remind': (p: In<typeof S.waveRemindSchema>, ack: Cb<{ reminded: number }>) => void;
  /** Moves the soft due time by some minutes. */
  'wave:extend': (p: In<typeof S.waveExtendSchema>, ack: Cb<WaveProgressView>) => void;
}

export type WaveEventName = keyof WaveEvents;
export const WAVE_EVENT_NAMES = [
  'wave:open',
  'wave:close',
  'wave:remind',
  'wave:extend',
] as const satisfies readonly WaveEventName[];

export type ClientToServerEvents = ParticipantEvents &
  MemberEvents &
  ScreenEvents &
  FacilitatorEvents &
  GroupingEvents &
  CounselingEvents &
  RoundEvents &
  WaveEvents;
export type FacilitatorEventName = keyof FacilitatorEvents;

export const FACILITATOR_EVENT_NAMES = [
  'session:watch',
  'session:end',
  'activity:add',
  'activity:update',
  'activity:remove',
  'activity:reorder',
  'activity:open',
  'activity:close',
  'activity:lock',
  'activity:reveal',
  'activity:names',
  'activity:review',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:reset',
  'answer:hide',
  'answer:approve',
] as const satisfies readonly FacilitatorEventName[];

/** Server → client, past tense. Each audience listens to its own state event. */
export interface ServerToClientEvents {
  'participant:stateChanged': (state: ParticipantState) => void;
  'screen:stateChanged': (state: ScreenState) => void;
  'facilitator:stateChanged': (state: FacilitatorState) => void;
  /** Coalesced: at most one per activity per flush interval, however many answers arrived. */
  'results:updated': (results: ResultsView) => void;
  'answers:updated': (update: AnswersUpdate) => void;
  'participants:updated': (update: ParticipantsUpdate) => void;
  'timer:updated': (timer: TimerUpdate) => void;
  /** To phones waiting in a program whose day had not started: it has; send `participant:join` again. */
  'program:dayStarted': (info: { code: string }) => void;
  /** To every phone of a member (`member:<id>`): their consents changed (on this phone or another). */
  'consents:updated': (update: MemberConsents) => void;
  /** To every phone of a member: their testimonial card changed (saved or deleted on one of them). */
  'testimonial:updated': (update: MemberTestimonial) => void;
  /** To the program's facilitators (`program:<id>:facilitators`): a grouping was formed or changed. */
  'groupings:updated': (grouping: GroupingView) => void;
  /** To every phone of a member whose group, seat or group-mates changed: their own group only. */
  'group:updated': (group: MemberGroupView) => void;
  /** To every phone of the program's members (`program:<id>:members`): the open counseling activities. */
  'counseling:updated': (update: CounselingUpdate) => void;
  /** To `member:<id>` of the giver and of the subject only: their own personal view of one activity. */
  'personal:updated': (update: PersonalUpdate) => void;
  /** To the program's facilitators: per-member progress and the suppressed picture, coalesced. */
  'counseling:progress': (update: CounselingProgressUpdate) => void;
  /** To the program's facilitators: a counseling activity opened, closed or changed phase. */
  'counseling:activityUpdated': (view: CounselingConsoleView) => void;
  /** To `member:<id>` of each member of a group whose round started, paused, resumed, was extended or ended. */
  'round:updated': (round: GroupRoundView) => void;
  /** To the program's facilitators: every group's current round and the feedback progress. */
  'rounds:updated': (rounds: RoundsView) => void;
  /** To the program's facilitators: every wave of the program with its counts, coalesced. */
  'waves:progress': (update: WavesProgressUpdate) => void;
  /** To `member:<id>` of a member who has not handed in a wave: the facilitator's reminder. */
  'wave:reminder': (reminder: WaveReminder) => void;
}
