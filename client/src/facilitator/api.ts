import type { ActivityType } from '../../../shared/activities/types.js';
import type { JobFamilyId } from '../../../shared/content/job-families.js';
import type { StaffEntryBody, WavePlanBody } from '../../../shared/assessment/views.js';
import type { DashboardQuery } from '../../../shared/figures/views.js';
import type { OutcomeInput } from '../../../shared/outcomes/schemas.js';
import type { ReferralBody, ReferralUpdateBody } from '../../../shared/referrals/schemas.js';
import type { ReferralRecorded, ReferralsView } from '../../../shared/referrals/views.js';
import type { PaperTestimonialBody } from '../../../shared/testimonials/schemas.js';
import type { ProgramApi } from '../../../shared/program/http.js';
import type {
  AttendanceCorrection,
  CreateProgramBody,
  PaperMemberBody,
  Role,
  StartDayBody,
  UpdateProgramBody,
} from '../../../shared/program/schemas.js';
import type { CenterView, UserView } from '../../../shared/program/views.js';
import type { WireError } from '../../../shared/protocol/errors.js';
import type { SessionListItem, SessionResults } from '../../../shared/protocol/views.js';
import { NETWORK_ERROR, SERVER_ERROR } from '../common/errors.js';
import type { ClientAck } from '../common/socket.js';

export interface ActivityDraft {
  type: ActivityType;
  title: string;
  config: unknown;
}

/** One anonymous paper form of the satisfaction survey (`paperSurveyBodySchema`): no member, a request id made once. */
export interface PaperSurveyBody {
  waveId: string;
  requestId: string;
  answers: Record<string, number | string>;
}

export type Colleague = ProgramApi['colleagues']['users'][number];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** JSON over same-origin fetch; every outcome, network failure included, comes back as an ack. */
async function call<T>(method: Method, path: string, body?: unknown): Promise<ClientAck<T>> {
  try {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as (T & { error?: WireError }) | null;
    if (response.ok && json) return { ok: true, data: json };
    if (json?.error) return { ok: false, error: json.error };
    return { ok: false, error: SERVER_ERROR };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

const id = encodeURIComponent;
const program = (programId: string) => `/api/programs/${id(programId)}`;

export const api = {
  authState: () => call<ProgramApi['authState']>('GET', '/api/auth/state'),
  setup: (body: { centerName: string; email: string; password: string; name: string }) =>
    call<ProgramApi['user']>('POST', '/api/auth/setup', body),
  login: (body: { email: string; password: string }) =>
    call<ProgramApi['user']>('POST', '/api/auth/login', body),
  logout: () => call<{ ok: true }>('POST', '/api/auth/logout', {}),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    call<ProgramApi['user']>('POST', '/api/auth/password', body),

  listSessions: () => call<{ sessions: SessionListItem[] }>('GET', '/api/sessions'),
  sessionResults: (sessionId: string) =>
    call<SessionResults>('GET', `/api/sessions/${id(sessionId)}/results`),
  createSession: (body: { title: string; activities: ActivityDraft[] }) =>
    call<{ session: { id: string; code: string; title: string } }>('POST', '/api/sessions', body),

  center: () => call<ProgramApi['center']>('GET', '/api/center'),
  updateCenter: (body: CenterChange) => call<{ center: CenterView }>('PATCH', '/api/center', body),
  createUser: (body: { email: string; name: string; role: Role }) =>
    call<ProgramApi['createdUser']>('POST', '/api/center/users', body),
  updateUser: (userId: string, body: { role?: Role; active?: boolean }) =>
    call<{ user: UserView }>('PATCH', `/api/center/users/${id(userId)}`, body),
  resetPassword: (userId: string) =>
    call<ProgramApi['createdUser']>('POST', `/api/center/users/${id(userId)}/password-reset`, {}),
  colleagues: () => call<ProgramApi['colleagues']>('GET', '/api/center/colleagues'),

  listPrograms: () => call<ProgramApi['programs']>('GET', '/api/programs'),
  createProgram: (body: CreateProgramBody) => call<ProgramApi['program']>('POST', '/api/programs', body),
  getProgram: (programId: string) => call<ProgramApi['program']>('GET', program(programId)),
  updateProgram: (programId: string, body: UpdateProgramBody) =>
    call<ProgramApi['program']>('PUT', program(programId), body),
  copyProgram: (programId: string, body: { title: string; firstDate: string }) =>
    call<ProgramApi['program']>('POST', `${program(programId)}/copy`, body),
  endProgram: (programId: string) => call<ProgramApi['program']>('POST', `${program(programId)}/end`, {}),
  startDay: (programId: string, dayId: string, body: StartDayBody = {}) =>
    call<ProgramApi['startedDay']>('POST', `${program(programId)}/days/${id(dayId)}/start`, body),
  roster: (programId: string) => call<ProgramApi['roster']>('GET', `${program(programId)}/roster`),
  correctAttendance: (programId: string, dayId: string, memberId: string, body: AttendanceCorrection) =>
    call<ProgramApi['roster']>(
      'PUT',
      `${program(programId)}/days/${id(dayId)}/attendance/${id(memberId)}`,
      body,
    ),
  mergeMembers: (programId: string, memberId: string, intoMemberId: string) =>
    call<ProgramApi['roster']>('POST', `${program(programId)}/members/${id(memberId)}/merge`, {
      intoMemberId,
    }),
  setJobFamily: (programId: string, memberId: string, jobFamily: JobFamilyId | null) =>
    call<ProgramApi['roster']>('PUT', `${program(programId)}/members/${id(memberId)}/job-family`, {
      jobFamily,
    }),
  addPaperMember: (programId: string, body: PaperMemberBody) =>
    call<ProgramApi['paperMember']>('POST', `${program(programId)}/members`, body),
  newPin: (programId: string, memberId: string) =>
    call<ProgramApi['pin']>('POST', `${program(programId)}/members/${id(memberId)}/pin`, {}),

  outcomes: (programId: string) => call<ProgramApi['outcomes']>('GET', `${program(programId)}/outcomes`),
  programReport: (programId: string) =>
    call<ProgramApi['programReport']>('GET', `${program(programId)}/program-report`),
  dashboard: (query: DashboardQuery) =>
    call<ProgramApi['dashboard']>('GET', `/api/dashboard${dashboardParams(query)}`),
  dashboardTestimonials: (query: DashboardQuery) =>
    call<ProgramApi['dashboardTestimonials']>('GET', `/api/dashboard/testimonials${dashboardParams(query)}`),
  recordOutcome: (programId: string, memberId: string, body: OutcomeInput) =>
    call<ProgramApi['recordedOutcome']>(
      'POST',
      `${program(programId)}/members/${id(memberId)}/outcomes`,
      body,
    ),
  referrals: (programId: string) => call<ReferralsView>('GET', `${program(programId)}/referrals`),
  recordReferral: (programId: string, memberId: string, body: ReferralBody) =>
    call<ReferralRecorded>('POST', `${program(programId)}/members/${id(memberId)}/referrals`, body),
  revokeReferralReport: (programId: string, referralId: string) =>
    call<ReferralsView & { revoked: number }>(
      'POST',
      `${program(programId)}/referrals/${id(referralId)}/revoke-report`,
      {},
    ),
  withdrawReportConsent: (programId: string, memberId: string) =>
    call<ReferralsView & { revoked: number }>(
      'POST',
      `${program(programId)}/members/${id(memberId)}/referrals/withdraw-report-consent`,
      {},
    ),
  updateReferral: (programId: string, referralId: string, body: ReferralUpdateBody) =>
    call<ReferralsView>('POST', `${program(programId)}/referrals/${id(referralId)}/updates`, body),
  withdrawHealthConsent: (programId: string, memberId: string) =>
    call<ReferralsView & { deleted: number }>(
      'POST',
      `${program(programId)}/members/${id(memberId)}/referrals/withdraw-health-consent`,
      {},
    ),
  waves: (programId: string) => call<ProgramApi['waves']>('GET', `${program(programId)}/waves`),
  saveWaves: (programId: string, body: WavePlanBody) =>
    call<ProgramApi['waves']>('PUT', `${program(programId)}/waves`, body),
  assessments: (programId: string) =>
    call<ProgramApi['assessments']>('GET', `${program(programId)}/assessments`),
  enterResponse: (programId: string, waveId: string, memberId: string, body: StaffEntryBody) =>
    call<ProgramApi['staffEntry']>(
      'PUT',
      `${program(programId)}/waves/${id(waveId)}/members/${id(memberId)}/response`,
      body,
    ),
  satisfaction: (programId: string) =>
    call<ProgramApi['satisfaction']>('GET', `${program(programId)}/satisfaction`),
  enterSurveyPaper: (programId: string, body: PaperSurveyBody) =>
    call<ProgramApi['satisfaction']>('POST', `${program(programId)}/satisfaction/paper`, body),
  releaseSurvey: (programId: string, waveId: string) =>
    call<ProgramApi['satisfactionRelease']>('POST', `${program(programId)}/satisfaction/release`, {
      waveId,
    }),
  testimonials: (programId: string) =>
    call<ProgramApi['testimonials']>('GET', `${program(programId)}/testimonials`),
  enterTestimonial: (programId: string, memberId: string, body: PaperTestimonialBody) =>
    call<ProgramApi['testimonials']>(
      'POST',
      `${program(programId)}/members/${id(memberId)}/testimonial`,
      body,
    ),
  dueFollowUps: (scope?: 'center') =>
    call<ProgramApi['dueFollowUps']>('GET', `/api/follow-ups/due${scope ? `?scope=${scope}` : ''}`),
  exportLog: (month: string) =>
    call<ProgramApi['exportLog']>('GET', `/api/center/export-log?month=${encodeURIComponent(month)}`),
};

/** Where a program's dataset downloads from (a file, not JSON: see download.ts). */
export const programExportPath = (programId: string, dataset: string, format: 'xlsx' | 'csv') =>
  `${program(programId)}/exports/${id(dataset)}?format=${format}`;

export interface CenterChange {
  name?: string;
  completionThreshold?: number;
  smallCountThreshold?: number;
  followUpMonths?: number[];
}

function dashboardParams(query: DashboardQuery): string {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  return params.size ? `?${params}` : '';
}
