import type { AssessmentsView, StaffEntryView, WavesView } from '../assessment/views.js';
import type { ExportLogView } from '../export/views.js';
import type { DashboardTestimonials, DashboardView, ProgramReport } from '../figures/views.js';
import type { DueFollowUpsView, OutcomesView, RecordedOutcome } from '../outcomes/views.js';
import type { SatisfactionView } from '../satisfaction/view.js';
import type { ProgramTestimonialsView } from '../testimonials/views.js';
import type {
  CenterOverview,
  MemberIdentity,
  ProgramDetail,
  ProgramSummary,
  RosterView,
  UserView,
} from './views.js';

/**
 * The HTTP endpoints of centers, users, programs and the roster: path, body schema (in schemas.ts) and
 * response. JSON both ways; errors are `{error: {code, message: {ko, en}}}` with a 4xx status. Ids of
 * another center answer 404 exactly like ids that do not exist.
 *
 * Auth (any visitor):
 *   GET  /api/auth/state                      → {setupNeeded: boolean, user: UserView | null}
 *   POST /api/auth/setup    setupBodySchema   → 201 {user}        first run: first center + its admin
 *   POST /api/auth/login    loginBodySchema   → {user}            inactive account: 403 account_inactive
 *   POST /api/auth/logout                     → {ok: true}
 *   POST /api/auth/password changePasswordBodySchema → {user}     clears mustChangePassword
 *
 * Center (admin of the center only; a facilitator gets 403 forbidden):
 *   GET   /api/center                         → CenterOverview
 *   PATCH /api/center       updateCenterBodySchema → {center}   also the follow-up months (1..4 ascending,
 *        each ≤ retention months − 1)
 *   POST  /api/center/users createUserBodySchema → 201 {user, temporaryPassword}
 *   PATCH /api/center/users/:userId updateUserBodySchema → {user}   role, deactivate (active: false)
 *   POST  /api/center/users/:userId/password-reset → {user, temporaryPassword}
 *
 * Colleagues (any user): GET /api/center/colleagues → {users: {id, name, role}[]} active users of my center
 *
 * Programs (admin: every program of the center; facilitator: the programs they are on):
 *   GET  /api/programs                        → {programs: ProgramSummary[]}
 *   POST /api/programs      createProgramBodySchema → 201 {program: ProgramDetail}
 *   GET  /api/programs/:programId             → {program: ProgramDetail}
 *   PUT  /api/programs/:programId updateProgramBodySchema → {program}  409 version_conflict when stale
 *   POST /api/programs/:programId/copy copyProgramBodySchema → 201 {program}
 *   POST /api/programs/:programId/end         → {program}        its join code stops working
 *   POST /api/programs/:programId/days/:dayId/start startDayBodySchema → {sessionId}  creates (or resumes)
 *        the day's live session; 409 day_already_running while another day runs, unless {endRunning: true}:
 *        then that day ends and this one starts in one transaction
 *   GET  /api/programs/:programId/roster      → RosterView
 *   PUT  /api/programs/:programId/days/:dayId/attendance/:memberId attendanceCorrectionSchema → RosterView
 *   PUT  /api/programs/:programId/members/:memberId/job-family memberJobFamilyBodySchema → RosterView
 *        sets (null: clears) the target job family of the member's needs intake
 *   POST /api/programs/:programId/members/:memberId/merge mergeMembersBodySchema → RosterView
 *   POST /api/programs/:programId/members/:memberId/pin → {pin}   a new PIN, for linking a new phone by hand
 *   GET  /api/programs/:programId/outcomes    → OutcomesView   follow-up (사후관리) histories, checkpoints, rate
 *   POST /api/programs/:programId/members/:memberId/outcomes outcomeBodySchema → 201 RecordedOutcome
 *        insert-only; `supersedesId` corrects a record (404 outcome_not_found, 409 outcome_superseded); a
 *        resent `requestId` answers the record it first stored
 *   GET  /api/programs/:programId/waves       → WavesView   the assessment plan, its counts, the instruments
 *   PUT  /api/programs/:programId/waves wavePlanBodySchema → WavesView   409 version_conflict when stale,
 *        409 wave_has_responses for a removed wave with responses; no `anonymous` (set from the instrument)
 *   GET  /api/programs/:programId/assessments → AssessmentsView   pre/post group tables (shared/assessment/views.ts)
 *   PUT  /api/programs/:programId/waves/:waveId/members/:memberId/response staffEntryBodySchema → StaffEntryView
 *        a paper form; a resent `requestId` answers as the first call, another one 409 already_submitted
 *   GET  /api/programs/:programId/satisfaction → {surveys: SatisfactionView[]}   released figures only
 *   POST /api/programs/:programId/satisfaction/paper paperSurveyBodySchema → 201 {surveys}   one anonymous
 *        paper form, pending until released; a resent `requestId` stores nothing
 *   POST /api/programs/:programId/satisfaction/release releaseSurveyBodySchema → {released, surveys}
 *   GET  /api/programs/:programId/program-report → ProgramReport   the evidence page: figures under the
 *        small-count rule, no member named (shared/figures/views.ts)
 *
 * Dashboard (admin: the center; facilitator: own programs, another user's facilitatorId 403 forbidden):
 *   GET /api/dashboard?from&to&templateId&facilitatorId → DashboardView, with `Server-Timing: total;dur=<ms>`
 *   GET /api/dashboard/testimonials?(the same) → DashboardTestimonials (consented quotes only)
 *   GET  /api/programs/:programId/testimonials → ProgramTestimonialsView   every testimonial, nickname,
 *        quotable now (a current testimonial-quote consent), the signature it would print under
 *   POST /api/programs/:programId/members/:memberId/testimonial paperTestimonialBodySchema → 201
 *        ProgramTestimonialsView   a paper testimonial; quoteOnPaper records the consent as given on paper
 *
 * Follow-ups (any user): GET /api/follow-ups/due[?scope=center] → DueFollowUpsView   the user's programs,
 *   every program of the center for an admin with scope=center (a facilitator: 403 forbidden)
 *
 * Exports (files, `Content-Disposition: attachment; filename*=UTF-8''…`; every one logged):
 *   GET /api/programs/:programId/exports/:dataset?format=xlsx|csv   dataset: roster, instruments, outcomes
 *        (server/export/datasets.ts); 404 dataset_not_found; 429 export_busy (Retry-After) while another
 *        XLSX of the center is being written
 *   GET /api/center/exports/:dataset?format&from&to   the programs whose last day is in [from, to]: an
 *        admin's of the center, a facilitator's own
 *   GET /api/center/export-log?month=YYYY-MM → ExportLogView   admin only
 */
export interface ProgramApi {
  authState: { setupNeeded: boolean; user: UserView | null };
  user: { user: UserView };
  center: CenterOverview;
  createdUser: { user: UserView; temporaryPassword: string };
  colleagues: { users: { id: string; name: string; role: UserView['role'] }[] };
  programs: { programs: ProgramSummary[] };
  program: { program: ProgramDetail };
  startedDay: { sessionId: string };
  roster: RosterView;
  pin: { pin: string };
  /** POST /api/programs/:id/members: a participant on paper, and the roster with them. */
  paperMember: { memberId: string; roster: RosterView };
  identity: MemberIdentity;
  outcomes: OutcomesView;
  recordedOutcome: RecordedOutcome;
  dueFollowUps: DueFollowUpsView;
  waves: WavesView;
  assessments: AssessmentsView;
  testimonials: ProgramTestimonialsView;
  staffEntry: StaffEntryView;
  exportLog: ExportLogView;
  satisfaction: { surveys: SatisfactionView[] };
  satisfactionRelease: { released: number; surveys: SatisfactionView[] };
  programReport: ProgramReport;
  dashboard: DashboardView;
  dashboardTestimonials: DashboardTestimonials;
}
