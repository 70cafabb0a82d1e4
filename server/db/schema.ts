import type { ReferralTables } from './schema-referrals.js';
import type { SurveyTables } from './schema-surveys.js';
import type { TestimonialTables } from './schema-testimonials.js';
import type { ColumnType, Generated } from 'kysely';

/**
 * Table types for Kysely. Portable across SQLite and PostgreSQL: timestamps are epoch
 * milliseconds (bigint), booleans are 0/1 integers, structured values are JSON text.
 */
export interface Database extends SurveyTables, ReferralTables, TestimonialTables {
  facilitators: FacilitatorsTable;
  auth_sessions: AuthSessionsTable;
  live_sessions: LiveSessionsTable;
  activities: ActivitiesTable;
  participants: ParticipantsTable;
  answers: AnswersTable;
  answer_receipts: AnswerReceiptsTable;
  app_milestones: AppMilestonesTable;
  centers: CentersTable;
  join_codes: JoinCodesTable;
  programs: ProgramsTable;
  program_facilitators: ProgramFacilitatorsTable;
  program_days: ProgramDaysTable;
  program_members: ProgramMembersTable;
  member_tokens: MemberTokensTable;
  attendance: AttendanceTable;
  rate_limits: RateLimitsTable;
  // Counseling (migration 008).
  member_answers: MemberAnswersTable;
  member_answer_receipts: MemberAnswerReceiptsTable;
  groupings: GroupingsTable;
  grouping_members: GroupingMembersTable;
  group_rounds: GroupRoundsTable;
  round_roles: RoundRolesTable;
  activity_state: ActivityStateTable;
  facilitator_comments: FacilitatorCommentsTable;
  consents: ConsentsTable;
  // Read-only report links (migration 011).
  report_tokens: ReportTokensTable;
  // Assessment waves and scores (migration 013).
  assessment_waves: AssessmentWavesTable;
  instrument_scores: InstrumentScoresTable;
  // Follow-up outcomes (migration 014).
  follow_up_outcomes: FollowUpOutcomesTable;
  // The download log (migration 015).
  export_log: ExportLogTable;
}

export interface FacilitatorsTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: number;
  /** Null only for accounts made before centers existed and never migrated (none after 003). */
  center_id: string | null;
  role: 'admin' | 'facilitator';
  active: number;
  must_change_password: number;
}

export interface AuthSessionsTable {
  token_hash: string;
  facilitator_id: string;
  created_at: number;
  expires_at: number;
}

export interface LiveSessionsTable {
  id: string;
  code: string;
  title: string;
  facilitator_id: string;
  status: 'draft' | 'live' | 'ended';
  current_activity_id: string | null;
  timer: string;
  created_at: number;
  ended_at: number | null;
  /** Set when this session runs one day of a program; null for a quick session. */
  program_day_id: string | null;
  /** When the server ends this program day's session if it is still running (epoch ms); null for quick sessions. */
  auto_end_at: number | null;
}

export interface ActivitiesTable {
  id: string;
  session_id: string;
  position: number;
  type: string;
  title: string;
  config: string;
  status: 'draft' | 'open' | 'closed';
  locked: number;
  results_visible: number;
  show_names: number;
  /** Open text "review before showing": entries reach the room only once approved. */
  review_entries: number;
  /** Bumped on every change, so cached parsed configs know when they are stale. */
  version: Generated<number>;
  created_at: number;
  /** The program whose day's session holds it; null in a quick session. */
  program_id: string | null;
  /** The agenda line it was made from (unique within the program); null for one added by hand. */
  agenda_key: string | null;
  /** The grouping a counseling activity runs in (migration 009); null when ungrouped. */
  grouping_id: string | null;
  /** live: opened by the facilitator, at most one open per session; self: each phone at its own pace. */
  pace: Generated<ActivityPace>;
}

export type ActivityPace = 'live' | 'self';

export interface ParticipantsTable {
  id: string;
  session_id: string;
  nickname: string;
  /** Case- and space-folded nickname: the unique key within a session. */
  nickname_key: string;
  rejoin_token_hash: string;
  created_at: number;
  /**
   * When a phone of this participant was last in the session: set on every join, on a disconnect and,
   * for phones still connected, when the day ends; never moved backwards (several processes write it).
   */
  last_seen_at: number;
  /** The program member this day's participant row belongs to (program sessions only). */
  member_id: string | null;
}

/** One current answer per participant per activity; `answer_id` is the client id of its latest version. */
export interface AnswersTable {
  activity_id: string;
  participant_id: string;
  answer_id: string;
  /** The first answer id of this entry; unlike answer_id it does not change when the answer does. */
  entry_id: string | null;
  value: string;
  hidden: number;
  /** Let through by the facilitator (matters while the activity's `review_entries` is on); an edit clears it. */
  approved: number;
  created_at: number;
  updated_at: number;
}

/** Every client-generated answer id ever accepted, so a resend stores nothing new. */
export interface AnswerReceiptsTable {
  answer_id: string;
  activity_id: string;
  participant_id: string;
  received_at: number;
}

/** One-time events of the installation, e.g. `first-facilitator`: the primary key makes them happen once. */
export interface AppMilestonesTable {
  name: string;
  reached_at: number;
}

export interface CentersTable {
  id: string;
  name: string;
  completion_threshold: number;
  created_at: number;
  /** Counts 1..threshold−1 are shown as "fewer than threshold" on the projector and in reports (008). */
  small_count_threshold: Generated<number>;
  /** JSON: whole months after a program's last day when members are followed up (014), e.g. '[1,3,6]'. */
  follow_up_months: Generated<string>;
}

/** Who holds a join code; a released code may be claimed again. */
export interface JoinCodesTable {
  code: string;
  owner_id: string;
  claimed_at: number;
  released_at: number | null;
}

export interface ProgramsTable {
  id: string;
  center_id: string;
  title: string;
  group_label: string;
  code: string;
  status: 'active' | 'ended';
  template_id: string | null;
  track_id: string | null;
  version: number;
  created_by: string;
  created_at: number;
  ended_at: number | null;
  /** Epoch ms after which members' reports are refused; null while the program runs (008). */
  retain_until: Generated<number | null>;
  /** The assessment plan's version, bumped by every plan edit (013). */
  wave_plan_version: Generated<number>;
}

export interface ProgramFacilitatorsTable {
  program_id: string;
  facilitator_id: string;
}

export interface ProgramDaysTable {
  id: string;
  program_id: string;
  date: string;
  start_time: string;
  end_time: string;
  /** JSON: AgendaModule[] (shared/program/schemas.ts). */
  modules: string;
  planned_minutes: number;
}

export interface ProgramMembersTable {
  id: string;
  program_id: string;
  nickname: string;
  nickname_key: string;
  real_name: string | null;
  pin_hash: string;
  /** JSON: Intake, or null when never answered. */
  intake: string | null;
  consented_at: number;
  created_at: number;
  /** sha256 of the phone's registration id: never stored in plain text (it found the member again). */
  registration_hash: string | null;
  /** The first time the member came back with a token; a resent registration is refused after it. */
  returned_at: number | null;
  /** 'paper': added by a facilitator with consent on paper, no PIN (migration 018). */
  channel: ColumnType<'phone' | 'paper', 'phone' | 'paper' | undefined, 'phone' | 'paper'>;
  added_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AttendanceTable {
  day_id: string;
  member_id: string;
  present: number;
  joined_at: number | null;
  hours: number | null;
  corrected: number;
  note: string | null;
  updated_at: number;
  /** The facilitator who made the correction (migration 012); null before it or once they are removed. */
  corrected_by: Generated<string | null>;
}

/** One per phone a member has used (registration or PIN recovery). */
export interface MemberTokensTable {
  token_hash: string;
  member_id: string;
  created_at: number;
}

/** One limiter key's count in its current window (server/storage/rate-limits.ts). */
export interface RateLimitsTable {
  key: string;
  points: number;
  /** Epoch ms when the window ends; null for a window that never ends. */
  expire_at: number | null;
}

/**
 * A counseling answer, keyed by the program member who gave it (docs/design/counseling-engine.md §3):
 * one current answer per (activity, giver, subject, round, item).
 */
export interface MemberAnswersTable {
  activity_id: string;
  member_id: string;
  /** '' or the subject member's id (a peer card, interview feedback). */
  subject_key: string;
  round: number;
  item_key: string;
  /** The client id of the latest version. */
  answer_id: string;
  /** The first answer id of this entry; stays when the answer is edited. */
  entry_id: string;
  value: string;
  updated_at: number;
  /** For anything a receiver reads: held by the facilitator or shown; null otherwise. */
  note_state: 'held' | 'shown' | null;
  /** The giver chose to show their name to the receiver. */
  signed: number;
}

export interface MemberAnswerReceiptsTable {
  answer_id: string;
  activity_id: string;
  member_id: string;
}

export interface GroupingsTable {
  id: string;
  program_id: string;
  kind: 'pairs' | 'triads' | 'tables';
  size: number;
  label: string;
  made_for_activity_id: string | null;
  shown_on_screen: number;
  created_at: number;
  version: number;
}

/** group_no 0 = left out; groups are numbered from 1, seats from 0. */
export interface GroupingMembersTable {
  grouping_id: string;
  member_id: string;
  group_no: number;
  seat: number;
}

export interface GroupRoundsTable {
  activity_id: string;
  group_no: number;
  round: number;
  phase: string;
  started_at: number;
  paused_at: number | null;
  ends_at: number;
  ended_at: number | null;
}

export interface RoundRolesTable {
  activity_id: string;
  group_no: number;
  round: number;
  member_id: string;
  role: string;
}

export interface ActivityStateTable {
  activity_id: string;
  phase: string;
  /** JSON. */
  state: string;
}

export interface FacilitatorCommentsTable {
  id: string;
  activity_id: string;
  member_id: string;
  author_id: string;
  text: string;
  created_at: number;
}

/** At most one current (not withdrawn) consent per member and purpose. */
export interface ConsentsTable {
  id: string;
  member_id: string;
  purpose: string;
  notice_version: string;
  given_at: number;
  withdrawn_at: number | null;
  /** Where it was given (migration 017): on the phone, or on paper recorded by staff. */
  channel: Generated<'phone' | 'paper'>;
  recorded_by: string | null;
}

/** A read-only report link's token, stored as its sha256 (server/storage/report-tokens.ts). */
export interface ReportTokensTable {
  token_hash: string;
  member_id: string;
  program_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export type WaveKind = 'pre' | 'post' | 'once';
export type WaveStatus = 'planned' | 'open' | 'closed';

/** One instrument wave of a program's assessment plan (docs/design/assessments-reports.md §2.2). */
export interface AssessmentWavesTable {
  id: string;
  program_id: string;
  instrument_id: string;
  instrument_version: number;
  kind: WaveKind;
  /** Null = the default day of the kind (pre → first day, post/once → last day). */
  planned_day_id: string | null;
  /** The self-paced `instrument` activity made when the wave first opened. */
  activity_id: string | null;
  status: Generated<WaveStatus>;
  anonymous: Generated<number>;
  opened_at: number | null;
  due_at: number | null;
  closed_at: number | null;
  reminded_at: number | null;
  release_batches: Generated<number>;
  version: Generated<number>;
  created_at: number;
}

/** One member's submitted result of one wave, written once (§2.4). */
export interface InstrumentScoresTable {
  wave_id: string;
  member_id: string;
  program_id: string;
  instrument_id: string;
  instrument_version: number;
  kind: WaveKind;
  score: number | null;
  answered: number;
  missing: number;
  prorated: number;
  /** JSON {subscaleId: score | null}. */
  subscales: string;
  /** JSON {itemId: value}: the submitted answers, frozen. */
  item_values: string;
  submitted_at: number;
  taken_day_id: string | null;
  taken_day_number: number | null;
  auto_submitted: Generated<number>;
  /** The facilitator who entered a paper form; null for a phone's submit. */
  entered_by: string | null;
  request_id: string | null;
}

/**
 * A follow-up outcome (사후관리), insert-only: a correction is a new row whose `supersedes_id` names the
 * wrong one, which stays as history (server/storage/outcomes.ts; the checks are migration 014's).
 */
export interface FollowUpOutcomesTable {
  id: string;
  program_id: string;
  member_id: string;
  /** 0 = at completion, else months after the last day (0..24). */
  checkpoint_months: number;
  /** 'YYYY-MM-DD': the day the outcome held. */
  as_of: string;
  status: 'employed' | 'training' | 'seeking' | 'unreachable' | 'declined';
  /** Set exactly when employed, with `placement`. */
  employed_on: string | null;
  company: string | null;
  occupation: string | null;
  employment_type: 'regular' | 'fixed-term' | 'part-time' | 'daily' | 'self-employed' | 'other' | null;
  /** 본인취업 (self) or 알선취업 (placed). */
  placement: 'self' | 'placed' | null;
  training_name: string | null;
  note: string | null;
  supersedes_id: string | null;
  recorded_by: string | null;
  recorded_at: number;
  request_id: string;
}

/** One export as it left the server (§7.5): who, what and how many rows; never the data itself. */
export interface ExportLogTable {
  id: string;
  /** Null once the account is removed; `user_name` keeps who it was. */
  user_id: string | null;
  user_name: string;
  center_id: string;
  /** The program of a program export; null for a center export, or once the program is deleted. */
  program_id: string | null;
  scope: 'program' | 'center';
  dataset: string;
  format: 'xlsx' | 'csv';
  /** JSON: {programTitle?, from?, to?, programs}. */
  filters: string;
  rows: number;
  created_at: number;
}
