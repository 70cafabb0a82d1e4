import type { Selectable } from 'kysely';
import type { ActivityType } from '../../shared/activities/types.js';
import type { TimerState } from '../../shared/session/timer.js';
import type { ActivityView, FacilitatorSession, SessionInfo } from '../../shared/protocol/views.js';
import type { ActivitiesTable, ActivityPace, LiveSessionsTable } from '../db/schema.js';

/** Mapping between stored rows and the shapes the rest of the server works with. */
export type SessionRow = Selectable<LiveSessionsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;

export interface StoredSession extends Omit<FacilitatorSession, 'program'> {
  facilitatorId: string;
  timer: TimerState;
  /** The program day this session runs; null for a quick session. */
  programDayId: string | null;
}

export interface StoredActivity extends Omit<ActivityView, 'answerCount'> {
  sessionId: string;
  version: number;
  /** The program of the day whose session holds it; null in a quick session. */
  programId: string | null;
  pace: ActivityPace;
}

export function toSession(row: SessionRow): StoredSession {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    currentActivityId: row.current_activity_id,
    createdAt: Number(row.created_at),
    facilitatorId: row.facilitator_id,
    timer: JSON.parse(row.timer) as TimerState,
    programDayId: row.program_day_id,
  };
}

export function sessionInfo(session: SessionInfo): SessionInfo {
  return { code: session.code, title: session.title, status: session.status };
}

export function toActivity(row: ActivityRow): StoredActivity {
  return {
    id: row.id,
    sessionId: row.session_id,
    position: row.position,
    type: row.type as ActivityType,
    title: row.title,
    config: JSON.parse(row.config) as unknown,
    status: row.status,
    locked: row.locked === 1,
    resultsVisible: row.results_visible === 1,
    showNames: row.show_names === 1,
    review: row.review_entries === 1,
    version: row.version,
    agendaKey: row.agenda_key,
    programId: row.program_id,
    pace: row.pace,
  };
}

export const flag = (value: boolean): number => (value ? 1 : 0);
