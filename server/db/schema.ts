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
}

export interface FacilitatorsTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: number;
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
  /** Bumped on every change, so cached parsed configs know when they are stale. */
  version: Generated<number>;
  created_at: number;
}

export interface ParticipantsTable {
  id: string;
  session_id: string;
  nickname: string;
  /** Case- and space-folded nickname: the unique key within a session. */
  nickname_key: string;
  rejoin_token_hash: string;
  created_at: number;
  last_seen_at: number;
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
