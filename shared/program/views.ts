import type { Text } from '../i18n/text.js';
import type { SessionStatus } from '../protocol/views.js';
import type { AgendaModule, Intake, Role } from './schemas.js';

/** A logged-in user (center admin or facilitator) as the client knows them. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  centerId: string;
  centerName: string;
  active: boolean;
  /** Set after an admin created the account or reset its password: the user picks a new one. */
  mustChangePassword: boolean;
}

export interface CenterView {
  id: string;
  name: string;
  /** Share of scheduled hours a participant must attend to complete (수료), e.g. 0.8. */
  completionThreshold: number;
  /** Counts below this show as "3명 미만" on the big screen and in reports (2..10, default 3). */
  smallCountThreshold: number;
}

export type ProgramStatus = 'active' | 'ended';

export interface ProgramDayView {
  id: string;
  /** 1-based, in date order. */
  number: number;
  date: string;
  startTime: string;
  endTime: string;
  modules: AgendaModule[];
  /** Sum of the modules' minutes: the hours completion counts for this day. */
  plannedMinutes: number;
  /** The live session of this day once started; its status tells whether it is running or over. */
  session: { id: string; status: SessionStatus } | null;
}

export interface ProgramSummary {
  id: string;
  title: string;
  group: string;
  code: string;
  status: ProgramStatus;
  templateId: string | null;
  trackId: string | null;
  facilitators: { id: string; name: string }[];
  days: Omit<ProgramDayView, 'modules'>[];
  memberCount: number;
  createdAt: number;
}

export interface ProgramDetail extends Omit<ProgramSummary, 'days'> {
  days: ProgramDayView[];
  /** Bumped on every edit; an update carrying an older one is refused, so co-facilitators never overwrite each other. */
  version: number;
  /** The catalog's hours for this program, to show planned hours against (null from scratch). */
  templateHours: { min: number; max: number } | null;
  completionThreshold: number;
  /** Epoch ms until which its personal data is kept (shared/program/retention.ts); null while it runs. */
  retainUntil: number | null;
}

export interface DayAttendance {
  present: boolean;
  /** Hours counted for completion: as corrected, else the day's planned hours when present. */
  hours: number;
  /** First join of the day, epoch ms; null when a facilitator marked them present by hand. */
  joinedAt: number | null;
  corrected: boolean;
  note: string | null;
}

export interface RosterMember {
  id: string;
  nickname: string;
  realName: string | null;
  createdAt: number;
  /** One entry per program day, in day order; null: no record (absent). */
  attendance: (DayAttendance | null)[];
  attendedHours: number;
  ratio: number;
  completed: boolean;
  intake: Intake | null;
}

export interface RosterView {
  programId: string;
  days: { id: string; number: number; date: string; scheduledHours: number }[];
  members: RosterMember[];
  completion: {
    threshold: number;
    scheduledHours: number;
    n: number;
    completedCount: number;
    rate: number | null;
  };
}

export interface CenterProgramRow extends ProgramSummary {
  /** Share of member-days attended over days already held; null before any day was held. */
  attendanceRate: number | null;
  completionRate: number | null;
}

export interface CenterOverview {
  center: CenterView;
  users: UserView[];
  programs: CenterProgramRow[];
}

/** What a phone is shown before it registers for a program. */
export interface ProgramIntro {
  code: string;
  title: string;
  group: string;
  centerName: string;
  days: { number: number; date: string; startTime: string; endTime: string }[];
  /** The notice and consent text (개인정보 수집·이용 안내) the participant accepts. */
  notice: Text;
}

/** The answer to a registration or a recovery: who the phone is now. */
export interface MemberIdentity {
  nickname: string;
  /** Kept in the browser; proves "I am this member" on every later join, on every day. */
  rejoinToken: string;
  /** Only at registration: shown once, for recovering on another phone. */
  pin?: string;
}
