import type { Placement } from '../outcomes/employment.js';
import type { OutcomeStatus } from '../outcomes/latest.js';
import type { PrePostGroup } from '../scoring/prepost.js';

/**
 * What the figure store (server/storage/figures/) answers: group sums and means, or narrow rows per
 * member, never a name. The pure builders beside this file turn them into figures with the rules of
 * shared/scoring, so SQL never decides who completed or what a test says (design §6.1).
 */

/** Which programs a report or the dashboard covers. */
export interface FigureScope {
  centerId: string;
  /** The center's date today ('YYYY-MM-DD'): a day before it counts as held. */
  today: string;
  /** Only these programs (one program's report, the admin's overview); absent: every program of the center. */
  programIds?: readonly string[];
  /** A program is in [from, to] by its last day ('YYYY-MM-DD', both ends included; design Q1). */
  from?: string;
  to?: string;
  templateId?: string;
  /** Only programs this user is on (a facilitator's own, or the admin's filter). */
  facilitatorId?: string;
}

export interface ScopedProgram {
  id: string;
  title: string;
  group: string;
  templateId: string | null;
  trackId: string | null;
  status: 'active' | 'ended';
  /** 'YYYY-MM-DD', null for a program with no days. */
  firstDay: string | null;
  lastDay: string | null;
}

/** A program day with what was attended on it; hours capped per member at the day's planned hours. */
export interface DayHours {
  programId: string;
  dayId: string;
  date: string;
  plannedMinutes: number;
  /** Started, or its date is before today at the center (the roster's rule). */
  held: boolean;
  /** Its session is on now. */
  running: boolean;
  /** Members present that day. */
  present: number;
  /** Member-hours attended that day, each member's capped at the day's planned hours. */
  attendedHours: number;
}

/** One member's attended hours, capped per day, over all days and over the days held so far. */
export interface MemberHours {
  programId: string;
  memberId: string;
  attended: number;
  attendedHeld: number;
}

/** Pre/post pairs of one instrument version in one program: the two-pass group numbers (§2.7). */
export interface PrePostGroupRow extends PrePostGroup {
  programId: string;
  instrumentId: string;
  instrumentVersion: number;
  /** Members of the program; those without both scores are missing, never dropped. */
  members: number;
  /** Has a post score but no pre, a pre but no post. */
  missingPre: number;
  missingPost: number;
}

/** A member's latest current outcome within the employment window (checkpoints 0..6 months). */
export interface LatestOutcomeRow {
  programId: string;
  memberId: string;
  status: OutcomeStatus;
  placement: Placement | null;
}

/**
 * One rating item of a satisfaction instrument over released responses: how many answered it, their
 * mean, Σ(x − x̄)² (two-pass) and the answers per rating. Raw ratings, before any reverse keying.
 */
export interface SatisfactionItemRow {
  itemId: string;
  n: number;
  mean: number | null;
  ss: number | null;
  counts: { rating: number; count: number }[];
}

/** Released responses (`batch is not null`) of one instrument version in one program (§3.3). */
export interface SatisfactionGroupRow {
  programId: string;
  instrumentId: string;
  instrumentVersion: number;
  /** Released responses, scored or not. */
  respondents: number;
  /** Those with a score, and the scores' mean and Σ(x − x̄)². */
  n: number;
  mean: number | null;
  ss: number | null;
  items: SatisfactionItemRow[];
}

/** Referrals of a program by service (the health-related ones as one group) and latest status (§4.4). */
export interface ReferralCountRow {
  programId: string;
  /** A service id, `other`, or `HEALTH_GROUP` for every health-related service. */
  service: string;
  referrals: number;
  /** Whose latest update is `connected`. */
  connected: number;
}

/** Everything the figures of some programs are made of. */
export interface FigureRows {
  programs: ScopedProgram[];
  days: DayHours[];
  members: MemberHours[];
  prePost: PrePostGroupRow[];
  employment: LatestOutcomeRow[];
  satisfaction: SatisfactionGroupRow[];
  referrals: ReferralCountRow[];
}

/** The one group every health-related service is counted in outside the program's own pages. */
export const HEALTH_GROUP = 'health-related';
