import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Portable across SQLite and PostgreSQL: timestamps are epoch
 * milliseconds (bigint), booleans are 0/1 integers, structured values are JSON text.
 */
export interface Database {
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
