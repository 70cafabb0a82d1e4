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
  /** Months after a program's last day when its members are followed up (사후관리), ascending; default [1, 3, 6]. */
  followUpMonths: number[];
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
  /** The first join came more than LATE_AFTER_MINUTES after the day's start time (지각). */
  late: boolean;
  /** When a phone of the member was last in the day, epoch ms; null without a join. */
  lastSeenAt: number | null;
  /** A phone of the member is in the day's session now (from the socket rooms, when the roster was read). */
  connected: boolean;
  corrected: boolean;
  note: string | null;
  /** The name of the facilitator who corrected the day; null for no correction or one made before it was kept. */
  correctedBy: string | null;
}

export interface RosterMember {
  id: string;
  nickname: string;
  realName: string | null;
  createdAt: number;
  /** 'paper': added by the facilitator with consent on paper; takes part without a phone. */
  channel: 'phone' | 'paper';
  /** One entry per program day, in day order; null: no record (absent). */
  attendance: (DayAttendance | null)[];
  attendedHours: number;
  /** Attended ÷ scheduled hours of the whole program: what completion is judged on. */
  ratio: number;
  /** Attended ÷ scheduled hours of the days held so far (the attendance rate shown); null before any. */
  ratioSoFar: number | null;
  completed: boolean;
  /** Completion is still within reach if every day not yet held is attended in full. */
  reachable: boolean;
  intake: Intake | null;
}

export interface RosterView {
  programId: string;
  /** `held`: started, or its date is past at the center (shared/program/roster.ts); `running`: its session is on now. */
  days: {
    id: string;
    number: number;
    date: string;
    startTime: string;
    scheduledHours: number;
    held: boolean;
    running: boolean;
  }[];
  members: RosterMember[];
  /** Attendance over the days held so far: halfway through, full attendance is 100%. */
  attendance: {
    heldDays: number;
    heldHours: number;
    /** Attended ÷ scheduled member-hours of the held days; null before any. */
    rate: number | null;
  };
  completion: {
    threshold: number;
    scheduledHours: number;
    n: number;
    completedCount: number;
    rate: number | null;
    /** Every day held and none running (or the program ended): before that, completion is a forecast. */
    final: boolean;
    /** Members who complete if they attend every day not yet held in full. */
    expectedCount: number;
    expectedRate: number | null;
  };
}

export interface CenterProgramRow extends ProgramSummary {
  /** The roster's attendance rate: member-hours attended over the days held so far; null before any. */
  attendanceRate: number | null;
  /** How many days the attendance rate counts. */
  heldDays: number;
  /** Completed ÷ members once final, before that the forecast (expected ÷ members). */
  completionRate: number | null;
  completionFinal: boolean;
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
