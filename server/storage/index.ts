import { sql } from 'kysely';
import { openDatabase, migrateToLatest, type Db } from '../db/database.js';
import { ActivityStore } from './activities.js';
import { AnswerStore } from './answers.js';
import { AssessmentStore } from './assessments.js';
import { ReferralStore } from './referrals.js';
import { SurveyStore } from './surveys.js';
import { AttendanceStore } from './attendance.js';
import { CenterStore } from './centers.js';
import { CommentStore } from './comments.js';
import { CounselingActivityStore } from './counseling-activities.js';
import { ExportLogStore } from './export-log.js';
import { ConsentStore } from './consents.js';
import { FacilitatorStore } from './facilitators.js';
import { FigureStore } from './figures/index.js';
import { GroupingStore } from './groupings.js';
import { MemberAnswerStore } from './member-answers.js';
import { MemberStore } from './members.js';
import { OutcomeStore } from './outcomes.js';
import { ProgramStore } from './programs.js';
import { ParticipantStore } from './participants.js';
import { RateLimitStore } from './rate-limits.js';
import { ReportTokenStore } from './report-tokens.js';
import { RoundStore } from './rounds.js';
import { SessionStore } from './sessions.js';
import { TestimonialStore } from './testimonials.js';

/**
 * The one storage layer. Every part of the server reads and writes through this object, the
 * same code on SQLite and PostgreSQL; nothing else imports Kysely tables.
 */
export interface Storage {
  dialect: Db['dialect'];
  facilitators: FacilitatorStore;
  centers: CenterStore;
  programs: ProgramStore;
  members: MemberStore;
  attendance: AttendanceStore;
  sessions: SessionStore;
  activities: ActivityStore;
  participants: ParticipantStore;
  answers: AnswerStore;
  /** Counts of the limiters that must hold across restarts and processes (PIN recovery, join codes). */
  rateLimits: RateLimitStore;
  /** Counseling (docs/design/counseling-engine.md §3, §4, §6): keyed by the program member. */
  memberAnswers: MemberAnswerStore;
  groupings: GroupingStore;
  rounds: RoundStore;
  consents: ConsentStore;
  comments: CommentStore;
  /** Counseling activities (their own reads: the engine's `activities` never returns them). */
  counselingActivities: CounselingActivityStore;
  /** Read-only take-home report links (hashes only). */
  reportTokens: ReportTokenStore;
  /** Assessment waves and their stored scores (docs/design/assessments-reports.md §2). */
  assessments: AssessmentStore;
  /** The anonymous survey: completions apart from responses, released in batches (design §3.1). */
  surveys: SurveyStore;
  /** Referrals (연계) and their updates (design §4.4). */
  referrals: ReferralStore;
  /** Follow-up outcomes (사후관리): insert-only history, corrections supersede. */
  outcomes: OutcomeStore;
  /** The download log (§7.5): one row per export, never its data. */
  exportLog: ExportLogStore;
  /** Report figures: SQL aggregates over the filtered programs (design §6.1). */
  figures: FigureStore;
  /** Testimonials (참여자 소감); quotable only under a current `testimonial-quote` consent (design §3.4). */
  testimonials: TestimonialStore;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStorage(
  url: string,
  onPoolError: (error: Error) => void = (error) => console.error('database connection error', error),
): Promise<Storage> {
  const db = openDatabase(url, onPoolError);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const k = db.kysely;
  const consents = new ConsentStore(k);
  return {
    dialect: db.dialect,
    facilitators: new FacilitatorStore(k),
    centers: new CenterStore(k),
    programs: new ProgramStore(k),
    members: new MemberStore(k),
    attendance: new AttendanceStore(k),
    sessions: new SessionStore(k),
    activities: new ActivityStore(k),
    participants: new ParticipantStore(k),
    answers: new AnswerStore(k, db.dialect, db.sqlite),
    rateLimits: new RateLimitStore(k),
    memberAnswers: new MemberAnswerStore(k),
    groupings: new GroupingStore(k),
    rounds: new RoundStore(k),
    consents,
    comments: new CommentStore(k),
    counselingActivities: new CounselingActivityStore(k),
    reportTokens: new ReportTokenStore(k),
    assessments: new AssessmentStore(k),
    surveys: new SurveyStore(k),
    referrals: new ReferralStore(k, consents),
    outcomes: new OutcomeStore(k),
    exportLog: new ExportLogStore(k),
    figures: new FigureStore(k),
    testimonials: new TestimonialStore(k, consents),
    ping: async () => {
      await sql`select 1`.execute(k);
    },
    close: () => db.close(),
  };
}

export type { StoredSession, StoredActivity } from './rows.js';
export type { StoredParticipant } from './participants.js';
export type {
  StoredAnswer,
  StoredAnswerRow,
  AnswerSubmission,
  SubmissionResult,
  AnswerValidator,
} from './answers.js';
export type { Facilitator } from './facilitators.js';
export type { ProgramRef, StoredDay } from './programs.js';
export type { StoredMember } from './members.js';
export type { MergeOutcome } from './member-merge.js';
export type { StoredAttendance } from './attendance.js';
export type { RateLimitRow } from './rate-limits.js';
export type {
  MemberAnswerSubmission,
  MemberAnswerResult,
  StoredMemberAnswer,
  NoteState,
  StoreTransaction,
} from './member-answers.js';
export type { StoredGrouping, NewGrouping, GroupingEditResult, GroupingEditCode } from './groupings.js';
export type { StoredRound, RoundRole, RoundStart, GroupScope } from './rounds.js';
export type { StoredConsent } from './consents.js';
export type { StoredComment } from './comments.js';
export type { StoredCounselingActivity } from './counseling-activities.js';
export type { ReportLinkTarget } from './report-tokens.js';
export type {
  StoredWave,
  StoredScore,
  WavePlanItem,
  WavePlan,
  PlanOutcome,
  SubmitOutcome,
  StaffEntry,
  StaffEntryOutcome,
} from './assessments.js';
export type { NewOutcome, RecordOutcome, StoredOutcome } from './outcomes.js';
export type { NewExportLogEntry } from './export-log.js';
