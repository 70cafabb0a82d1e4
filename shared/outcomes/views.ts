import type { BreakdownFigure, CountFigure, Figure } from '../privacy/figures.js';
import type { EmploymentFigures, Placement } from './employment.js';
import type { OutcomeStatus } from './latest.js';
import type { EmploymentType } from './schemas.js';

/**
 * What the follow-up (사후관리) routes answer (docs/design/assessments-reports.md §4, §8.2). Staff only:
 * outcomes name employers and never reach a phone.
 */

/** One stored outcome as the history shows it. */
export interface OutcomeView {
  id: string;
  checkpointMonths: number;
  asOf: string;
  status: OutcomeStatus;
  employedOn: string | null;
  company: string | null;
  occupation: string | null;
  employmentType: EmploymentType | null;
  placement: Placement | null;
  trainingName: string | null;
  note: string | null;
  /** The record this one corrects. */
  supersedesId: string | null;
  /** The record that corrects this one: it stays in the history, struck through, and counts no more. */
  supersededBy: string | null;
  /** Who recorded it; null once that user is removed. */
  recordedBy: string | null;
  recordedAt: number;
}

/**
 * Where one checkpoint stands: `done` (a current record carries it), `due` (this week, Monday–Sunday at
 * the center), `overdue` (before this week, at most MAX_DAYS_OVERDUE days), `missed` (older and open),
 * `upcoming` (later, or the program has not ended), `stopped` (the member declined follow-up).
 */
export type CheckpointState = 'done' | 'due' | 'overdue' | 'missed' | 'upcoming' | 'stopped';

export interface CheckpointView {
  months: number;
  dueOn: string;
  state: CheckpointState;
}

export interface MemberOutcomesView {
  memberId: string;
  nickname: string;
  realName: string | null;
  /** Completed the program by the roster's rule: only completers enter the employment rate. */
  completed: boolean;
  /** Every record, newest entry first, superseded ones included. */
  history: OutcomeView[];
  /** The current record with the latest (as-of date, entry time); null without one. */
  latest: OutcomeView | null;
  checkpoints: CheckpointView[];
}

/**
 * The employment rate line under the small-count rule (shared/privacy/figures.ts), as a report prints
 * it: the rate over completers reached with both numbers, completers and training as counts, and
 * 본인/알선 as a breakdown of the employed.
 */
export interface EmploymentLine {
  threshold: number;
  rate: Figure;
  completers: CountFigure;
  training: CountFigure;
  placement: BreakdownFigure<Placement>;
}

export interface OutcomesView {
  programId: string;
  /** 'YYYY-MM-DD': the checkpoints are counted from it. */
  lastDay: string;
  /** Ended (or its last day is past): only then are its checkpoints due. */
  ended: boolean;
  /** The center's date the states were computed on, and its week. */
  today: string;
  week: { from: string; to: string };
  /** The center's follow-up points, months after the last day (checkpoint 0 is always there). */
  followUpMonths: number[];
  members: MemberOutcomesView[];
  /** `employmentRate` of what is recorded: every number, for the staff who recorded them. */
  employment: EmploymentFigures;
  /** The same figures as they may leave the room. */
  employmentLine: EmploymentLine;
}

/** A follow-up call to make, for the facilitator home. */
export interface DueFollowUpView {
  programId: string;
  programTitle: string;
  memberId: string;
  nickname: string;
  realName: string | null;
  checkpointMonths: number;
  dueOn: string;
  /** Days past the due date, for overdue ones. */
  daysLate?: number;
}

export interface DueFollowUpsView {
  week: { from: string; to: string };
  due: DueFollowUpView[];
  overdue: DueFollowUpView[];
}

/** The answer to recording an outcome: the stored record (the first one for a resent request) and the page. */
export interface RecordedOutcome {
  outcome: OutcomeView;
  outcomes: OutcomesView;
}
