import type { WaveProgressView } from './wave-views.js';
import type { ActivityType, ActivitySummary, AnswerValue } from '../activities/types.js';
import type { ProgramStanding } from '../program/standing.js';
import type { TimerState } from '../session/timer.js';
import type { CounselingConsoleView, MemberCounselingItem, ScreenCounseling } from './counseling-views.js';
import type { GroupRoundView, RoundsView } from './round-views.js';
import type { MemberTestimonial } from '../testimonials/views.js';

export type * from './counseling-views.js';
export type * from './round-views.js';

/** What everyone in the room may know about a session. */
export interface SessionInfo {
  code: string;
  title: string;
  status: SessionStatus;
}
export type SessionStatus = 'draft' | 'live' | 'ended';

export type ActivityStatus = 'draft' | 'open' | 'closed';

/** An activity as phones and the projector see it. */
export interface PublicActivity {
  id: string;
  type: ActivityType;
  title: string;
  config: unknown;
  status: ActivityStatus;
  /** Answers are frozen: visible, but no new or changed answers. */
  locked: boolean;
  resultsVisible: boolean;
  showNames: boolean;
}

export interface ActivityView extends PublicActivity {
  position: number;
  answerCount: number;
  /**
   * Open text "review before showing": entries reach the projector (and the phones after a reveal)
   * only once the facilitator approved them. Facilitator-only: the room never learns it.
   */
  review: boolean; /**
   * The program agenda line this activity was made from (the day start links each one); null for
   * one added by hand or in a quick session. The console finds a line's activity by it.
   */
  agendaKey: string | null;
}

export interface ResultsView {
  activityId: string;
  /**
   * The answers the room sees: not hidden and, under review, approved. The console and the
   * projector show this same number (the console adds hidden and waiting counts beside it).
   */
  respondents: number;
  /** null while the facilitator keeps results hidden (projector and phones see only the count). */
  summary: ActivitySummary | null;
}

export interface TimerView {
  timer: TimerState;
  /** Server clock when this was sent, so devices can correct their own clocks. */
  serverNow: number;
}

export interface ParticipantState extends TimerView {
  session: SessionInfo;
  activity: PublicActivity | null;
  results: ResultsView | null;
}

export interface MyAnswer {
  activityId: string;
  answerId: string;
  value: AnswerValue;
}

export interface ParticipantSnapshot extends ParticipantState {
  participant: { id: string; nickname: string };
  /**
   * Set when the code is a program's. While no day of it is running the session status is 'draft'
   * (the phone waits; `program:dayStarted` tells it to join again) and `dayNumber` is null.
   */
  program: {
    id: string;
    title: string;
    dayNumber: number | null;
    /** While no day runs: before the first day, between days (and what comes next), or after the last. */
    standing: ProgramStanding | null;
  } | null;
  /** Kept in the browser; proves "I am this participant" on every reconnect. */
  rejoinToken: string;
  myAnswer: MyAnswer | null;
  /** A program's member (day running or not): what holds on every phone of theirs; null in a quick session. */
  member: MemberState | null;
}

/** Purposes a member may consent to (the notice of each lives in shared/program). */
export type ConsentPurpose = 'sensitive-barriers' | 'testimonial-quote';

/** A consent the member holds now (withdrawn ones are history, never sent to phones). */
export interface ConsentView {
  purpose: ConsentPurpose;
  noticeVersion: string;
  givenAt: number;
}

/** Sent to every phone of a member (`member:<id>`) and in their snapshot. */
export interface MemberConsents {
  consents: ConsentView[];
}

export interface MemberState extends MemberConsents {
  /**
   * Their own group in each of the program's groupings they are part of (group 0 when left out),
   * newest first, at most SNAPSHOT_GROUPINGS: what `group:updated` sent, for a phone that (re)joins.
   */
  groups: MemberGroupView[];
  /**
   * The program's open counseling activities for this member (open self-paced tasks of the program,
   * then the running day's open live one), each with the member's personal view and comments.
   */
  counseling: MemberCounselingItem[];
  /** The member's group's current round in each open grouped counseling activity (role and timer back on reconnect). */
  rounds: GroupRoundView[];
  /** The testimonial card (참여 소감): whether it shows, and what the member saved. */
  testimonial: MemberTestimonial;
}

/** One member as the facilitator sees them in a grouping (nickname; real names stay on the roster). */
export interface GroupingMemberView {
  id: string;
  nickname: string;
}

/** A grouping for the facilitators (`groupings:updated`, the acks of the grouping events). */
export interface GroupingView {
  id: string;
  programId: string;
  kind: 'pairs' | 'triads' | 'tables';
  size: number;
  label: string;
  /** Sent back as `expectedVersion`: an edit made on an older view is refused (`version_conflict`). */
  version: number;
  /** Group number `groupNo` (from 1), its members in seat order. */
  groups: { groupNo: number; members: GroupingMemberView[] }[];
  /** Placed in no group (absent today, no phone). */
  leftOut: GroupingMemberView[];
  /** The projector shows who is in which group (nicknames only); at most one grouping of a program is. */
  shownOnScreen: boolean;
}

/**
 * The projector's "who is in which group": the program's grouping the facilitator chose to show,
 * nicknames only (in seat order), so people find each other. Never an id, a real name or an answer.
 */
export interface ScreenGroups {
  kind: 'pairs' | 'triads' | 'tables';
  label: string;
  groups: { groupNo: number; nicknames: string[] }[];
}

/**
 * To each phone of one member (`member:<id>`): their own group in a grouping and nothing else —
 * group-mates' nicknames in seat order (their own included, at `seat`). Left out: `groupNo` 0,
 * `seat` null, no members.
 */
export interface MemberGroupView {
  groupingId: string;
  groupNo: number;
  seat: number | null;
  members: string[];
}

export interface ScreenState extends TimerView {
  session: SessionInfo;
  participantCount: number;
  activity: PublicActivity | null;
  results: ResultsView | null;
  /** The session's open live counseling activity (counts only, small counts suppressed), else null. */
  counseling: ScreenCounseling | null;
  /** A program day's grouping shown on the projector (`grouping:showOnScreen`), else null. */
  groups: ScreenGroups | null;
}

export interface ParticipantRow {
  id: string;
  nickname: string;
  online: boolean;
}

export interface AnswerRow {
  answerId: string;
  /** Stable while the participant edits their answer: the key to merge updates by. */
  entryId: string;
  activityId: string;
  /**
   * Both null for an activity whose module hides its authors (anonymous open text): the facilitator
   * sees the entries and how many answered, never who.
   */
  participantId: string | null;
  nickname: string | null;
  value: AnswerValue;
  hidden: boolean;
  /** Let through to the room; only matters while the activity's `review` is on. */
  approved: boolean;
  updatedAt: number;
}

export interface FacilitatorSession extends SessionInfo {
  id: string;
  /** Set for a program day's session: which program and day it runs. */
  program: { id: string; title: string; dayId: string; dayNumber: number } | null;
  currentActivityId: string | null;
  createdAt: number;
}

export interface FacilitatorState extends TimerView {
  session: FacilitatorSession;
  activities: ActivityView[];
  participants: ParticipantRow[];
}

export interface FacilitatorSnapshot extends FacilitatorState {
  /** Every answer to the current activity, then `answers:updated` deltas. */
  answers: AnswerRow[];
  /**
   * Who has answered the current activity, sorted. Empty when its module hides authors: the count
   * is the activity's `answerCount`.
   */
  answeredParticipantIds: string[];
  results: ResultsView | null;
  /**
   * A program day's console: the program's groupings (as `groupings:updated` sends them), newest
   * first, at most SNAPSHOT_GROUPINGS; empty for a quick session.
   */
  groupings: GroupingView[];
  /** A program day's console: the program's counseling activities (open first); empty for a quick session. */
  counseling: CounselingConsoleView[];
  /**
   * A program day's console: the rounds of each open counseling activity whose module has roles
   * (mock interview), as a round event's ack and `rounds:updated` send them, so a reloaded console
   * shows the running rounds; empty for a quick session.
   */
  rounds: RoundsView[];
  /** A program day's console: every wave of the program's assessment plan with its counts; empty for a quick session. */
  waves: WaveProgressView[];
}

export interface AnswersUpdate {
  sessionId: string;
  activityId: string;
  /** true: this list is the whole set (after opening another activity); false: rows changed since the last update. */
  replace: boolean;
  answers: AnswerRow[];
  /**
   * Participants who have answered: all of them when `replace`, else those who answered since the
   * last update. Always empty when the activity's module hides authors: beside a single new row in a
   * quiet room an id would say whose entry it is; `answerCount` is all the console gets.
   */
  answeredParticipantIds: string[];
  answerCount: number;
}

export interface ParticipantsUpdate {
  sessionId: string;
  participants: ParticipantRow[];
}

export interface TimerUpdate extends TimerView {
  sessionId: string;
}

/** Every activity's results (hidden entries left out): the console after a session ended. */
export interface SessionResults {
  sessionId: string;
  activities: {
    activityId: string;
    type: ActivityType;
    title: string;
    config: unknown;
    respondents: number;
    summary: ActivitySummary;
  }[];
}

export interface SessionListItem {
  id: string;
  code: string;
  title: string;
  status: SessionStatus;
  activityCount: number;
  participantCount: number;
  createdAt: number;
}
