import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockInterview } from '../../shared/activities/mock-interview/index.js';
import { addDays } from '../../shared/program/dates.js';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../../shared/program/limits.js';
import { SENSITIVE_NOTICE_VERSION } from '../../shared/program/sensitive-notice.js';
import {
  COUNSELING_EVENT_NAMES,
  FACILITATOR_EVENT_NAMES,
  GROUPING_EVENT_NAMES,
  MEMBER_EVENT_NAMES,
  ROUND_FACILITATOR_EVENT_NAMES,
  ROUND_MEMBER_EVENT_NAMES,
  WAVE_EVENT_NAMES,
  type CounselingEventName,
  type FacilitatorEventName,
  type GroupingEventName,
  type MemberEventName,
  type RoundEventName,
  type WaveEventName,
} from '../../shared/protocol/events.js';
import type { MemberConsents } from '../../shared/protocol/views.js';
import { hashToken } from '../../server/auth/tokens.js';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import type { CenterOverview, ProgramDetail, ProgramSummary } from '../../shared/program/views.js';
import type { DueFollowUpsView, RecordedOutcome } from '../../shared/outcomes/views.js';
import type { WavesView } from '../../shared/assessment/views.js';
import type { ExportLogView } from '../../shared/export/views.js';
import { DATASETS } from '../../server/export/datasets.js';
import type { DashboardTestimonials, DashboardView } from '../../shared/figures/views.js';
import { createSession, login, loginFacilitator, type TestApp } from '../helpers/app.js';
import { parseCsv, readWithSheetJs } from '../helpers/export-readers.js';
import { registeredRoutes } from '../helpers/routes.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
  type Reply,
  APP_BACKENDS,
} from './program-fixtures.js';

/**
 * Attacker vs victim: center B's users try center A's ids on every endpoint and every facilitator
 * event. Each refusal must be exactly the one a made-up id gets, and A's data must be unchanged.
 */

/** The ids a route can name. */
interface Ids {
  programId: string;
  dayId: string;
  memberId: string;
  intoMemberId: string;
  userId: string;
  sessionId: string;
  /** An assessment wave of the program (swls pre). */
  waveId: string;
  /** A referral (연계) of the program's member. */
  referralId: string;
}

interface World {
  t: TestApp;
  a: { adminCookie: string; facilitatorCookie: string; userIds: string[]; emails: string[] };
  b: { adminCookie: string; facilitatorCookie: string; adminId: string; ids: Ids };
  victim: Ids & {
    code: string;
    sessionId: string;
    quickSessionId: string;
    /** A follow-up outcome of the victim member, and an ended program with a follow-up due. */
    outcomeId: string;
    followUp: { programId: string; memberId: string; title: string };
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** A route that names ids: refused with `refusal` for ids the caller may not reach. */
interface IdRoute {
  method: Method;
  path: string;
  body?: (ids: Ids, w: World) => unknown;
  refusal: ErrorCode;
}

/** A route that names no id of another center: what B gets must hold nothing of A's. */
interface OwnRoute {
  method: Method;
  path: string;
  /** Runs as center B against A's world; throws (expect) when anything of A leaks or changes. */
  check: (w: World) => Promise<void>;
}

/** Ids by name; an export's `:dataset` is a name, not an id (every dataset is tried in its own test). */
const fill = (path: string, ids: Ids) =>
  path.replace(/:(\w+)/g, (_m, name: string) => (name === 'dataset' ? 'roster' : ids[name as keyof Ids]));

/** A follow-up outcome; `supersedesId` names a record to correct (A's, in the attacks). */
const outcomeBody = (supersedesId?: string) => ({
  requestId: crypto.randomUUID(),
  checkpointMonths: 0,
  asOf: today(),
  status: 'seeking',
  ...(supersedesId ? { supersedesId } : {}),
});

/** A paper SWLS form, every item answered. */
const paperBody = () => ({
  requestId: crypto.randomUUID(),
  takenOn: today(),
  answers: Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`swls-${i}`, 1])),
});
const SWLS_PLAN = [
  { instrumentId: 'swls', kind: 'pre' },
  { instrumentId: 'swls', kind: 'post' },
];

const programBody = (ids: Ids, w: World) => ({
  title: '탈취',
  group: '',
  facilitatorIds: [w.b.adminId],
  version: 1,
  days: [{ id: ids.dayId, date: today(), startTime: '10:00', endTime: '12:00', modules: [] }],
});

const ID_ROUTES: IdRoute[] = [
  { method: 'GET', path: '/api/programs/:programId', refusal: 'program_not_found' },
  { method: 'PUT', path: '/api/programs/:programId', body: programBody, refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/copy',
    body: () => ({ title: '복사', firstDate: today() }),
    refusal: 'program_not_found',
  },
  { method: 'POST', path: '/api/programs/:programId/end', body: () => ({}), refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/days/:dayId/start',
    // The strongest ask: end the victim's running day 1 and start day 2 (nothing of A's may change).
    body: () => ({ endRunning: true }),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/roster', refusal: 'program_not_found' },
  {
    method: 'PUT',
    path: '/api/programs/:programId/days/:dayId/attendance/:memberId',
    body: () => ({ present: false, hours: null, note: '탈취' }),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/merge',
    body: (ids) => ({ intoMemberId: ids.intoMemberId }),
    refusal: 'program_not_found',
  },
  {
    method: 'PUT',
    path: '/api/programs/:programId/members/:memberId/job-family',
    body: () => ({ jobFamily: 'it' }),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/pin',
    body: () => ({}),
    refusal: 'program_not_found',
  },
  {
    method: 'PATCH',
    path: '/api/center/users/:userId',
    body: () => ({ active: false, role: 'facilitator' }),
    refusal: 'user_not_found',
  },
  {
    method: 'POST',
    path: '/api/center/users/:userId/password-reset',
    body: () => ({}),
    refusal: 'user_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/members/:memberId/report', refusal: 'program_not_found' },
  { method: 'GET', path: '/api/programs/:programId/outcomes', refusal: 'program_not_found' },
  { method: 'GET', path: '/api/programs/:programId/program-report', refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/outcomes',
    body: (_ids, w) => outcomeBody(w.victim.outcomeId),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/waves', refusal: 'program_not_found' },
  {
    method: 'PUT',
    path: '/api/programs/:programId/waves',
    // The strongest ask: an empty plan at the victim's current version.
    body: () => ({ version: 1, waves: [] }),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/assessments', refusal: 'program_not_found' },
  {
    method: 'PUT',
    path: '/api/programs/:programId/waves/:waveId/members/:memberId/response',
    body: paperBody,
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/members',
    body: () => ({ requestId: crypto.randomUUID(), nickname: '침입자', realName: '', consentOnPaper: true }),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/referrals', refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/referrals',
    body: () => ({ requestId: crypto.randomUUID(), serviceId: 'work24', referredOn: today() }),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/referrals/withdraw-health-consent',
    body: () => ({}),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/referrals/:referralId/updates',
    body: () => ({ requestId: crypto.randomUUID(), status: 'connected', on: today() }),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/referrals/:referralId/revoke-report',
    body: () => ({}),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/referrals/withdraw-report-consent',
    body: () => ({}),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/satisfaction', refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/satisfaction/paper',
    body: (ids) => ({ waveId: ids.waveId, requestId: crypto.randomUUID(), answers: { content: 1 } }),
    refusal: 'program_not_found',
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/satisfaction/release',
    body: (ids) => ({ waveId: ids.waveId }),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/programs/:programId/exports/:dataset', refusal: 'program_not_found' },
  { method: 'GET', path: '/api/programs/:programId/testimonials', refusal: 'program_not_found' },
  {
    method: 'POST',
    path: '/api/programs/:programId/members/:memberId/testimonial',
    body: () => ({ requestId: crypto.randomUUID(), text: '탈취', quoteOnPaper: true, attribution: 'none' }),
    refusal: 'program_not_found',
  },
  { method: 'GET', path: '/api/sessions/:sessionId/results', refusal: 'session_not_found' },
  { method: 'GET', path: '/api/sessions/:sessionId/answers.csv', refusal: 'session_not_found' },
];

/** Inside B's own program, A's day and member ids must be as unknown as made-up ones. */
const INNER_REFUSAL: Partial<Record<keyof Ids, ErrorCode>> = {
  dayId: 'day_not_found',
  waveId: 'wave_not_found',
  referralId: 'referral_not_found',
  memberId: 'member_not_found',
  intoMemberId: 'member_not_found',
};

const listedTitles = (programs: { title: string }[]) => programs.map((p) => p.title);

/** What A's programs and members are called: none of it may be in a file B downloads. */
const A_WORDS = ['A의 프로그램', 'A의 지난 프로그램', '민지', '준호', '지난참여자'];

/** An export downloaded and read back as text: every cell of every sheet, or the CSV's fields. */
async function exportText(w: World, cookie: string, path: string): Promise<string> {
  const res = await fetch(`${w.t.url}${path}`, { headers: { cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  const cells = path.includes('format=csv')
    ? parseCsv(body.toString('utf8')).flat()
    : readWithSheetJs(body).flatMap((sheet) => [
        sheet.name,
        ...sheet.rows.flat().map((v) => JSON.stringify(v)),
      ]);
  return cells.join('\n');
}

const OWN_ROUTES: OwnRoute[] = [
  {
    method: 'GET',
    path: '/api/programs',
    check: async (w) => {
      for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
        const r = await expectStatus<{ programs: ProgramSummary[] }>(
          200,
          call(w.t, cookie, 'GET', '/api/programs'),
        );
        expect(r.programs.map((p) => p.id)).not.toContain(w.victim.programId);
        expect(JSON.stringify(r)).not.toContain(w.victim.code);
      }
    },
  },
  {
    method: 'POST',
    path: '/api/programs',
    check: async (w) => {
      // A's users cannot be put on B's program: refused exactly like made-up ids.
      const body = (facilitatorIds: string[]) => scratchBody([w.b.adminId, ...facilitatorIds], [today()]);
      const withVictims = await call(w.t, w.b.adminCookie, 'POST', '/api/programs', body(w.a.userIds));
      const withMadeUp = await call(
        w.t,
        w.b.adminCookie,
        'POST',
        '/api/programs',
        body([crypto.randomUUID()]),
      );
      expect(withVictims).toEqual(withMadeUp);
      expect(withVictims).toEqual({ status: 400, body: errorBody('invalid_program') });
    },
  },
  {
    method: 'GET',
    path: '/api/center',
    check: async (w) => {
      const r = await expectStatus<CenterOverview>(200, call(w.t, w.b.adminCookie, 'GET', '/api/center'));
      const text = JSON.stringify(r);
      for (const id of [...w.a.userIds, w.victim.programId]) expect(text).not.toContain(id);
      for (const email of w.a.emails) expect(text).not.toContain(email);
    },
  },
  {
    method: 'PATCH',
    path: '/api/center',
    check: async (w) => {
      const r = await expectStatus<{ center: { id: string } }>(
        200,
        call(w.t, w.b.adminCookie, 'PATCH', '/api/center', {
          name: 'B가 바꾼 이름',
          completionThreshold: 0.5,
          smallCountThreshold: 2,
          followUpMonths: [2, 4],
        }),
      );
      const aCenterId = (await w.t.storage.facilitators.findById(w.a.userIds[0]!))?.centerId;
      expect(r.center.id).not.toBe(aCenterId);
      // A's small-count threshold (what A's projector and reports hide below) is untouched.
      expect(await w.t.storage.centers.smallCountThreshold(aCenterId!)).toBe(DEFAULT_SMALL_COUNT_THRESHOLD);
      // …and so are A's follow-up points.
      expect((await w.t.storage.centers.findById(aCenterId!))?.followUpMonths).toEqual([1, 3, 6]);
    },
  },
  {
    method: 'POST',
    path: '/api/center/users',
    check: async (w) => {
      const r = await expectStatus<{ user: { centerId: string } }>(
        201,
        call(w.t, w.b.adminCookie, 'POST', '/api/center/users', {
          email: `new-${crypto.randomUUID().slice(0, 6)}@b.kr`,
          name: 'B의 새 사람',
          role: 'admin',
        }),
      );
      expect(r.user.centerId).not.toBe((await w.t.storage.facilitators.findById(w.a.userIds[0]!))?.centerId);
      expect(r.user.centerId).toBe((await w.t.storage.facilitators.findById(w.b.adminId))?.centerId);
    },
  },
  {
    method: 'GET',
    path: '/api/center/colleagues',
    check: async (w) => {
      const r = await expectStatus<{ users: { id: string }[] }>(
        200,
        call(w.t, w.b.facilitatorCookie, 'GET', '/api/center/colleagues'),
      );
      for (const id of w.a.userIds) expect(r.users.map((u) => u.id)).not.toContain(id);
    },
  },
  {
    method: 'GET',
    path: '/api/sessions',
    check: async (w) => {
      const r = await expectStatus<{ sessions: { id: string }[] }>(
        200,
        call(w.t, w.b.adminCookie, 'GET', '/api/sessions'),
      );
      expect(r.sessions.map((s) => s.id)).not.toContain(w.victim.quickSessionId);
      expect(r.sessions.map((s) => s.id)).not.toContain(w.victim.sessionId);
    },
  },
  {
    method: 'POST',
    path: '/api/sessions',
    check: async (w) => {
      const created = await createSession(w.t, w.b.adminCookie, { title: 'B의 세션', activities: [] });
      expect((await w.t.storage.sessions.findById(created.id))?.facilitatorId).toBe(w.b.adminId);
    },
  },
  {
    method: 'GET',
    path: '/api/auth/state',
    check: async (w) => {
      const r = await call<{ user: { id: string } }>(w.t, w.b.adminCookie, 'GET', '/api/auth/state');
      expect(r.body.user.id).toBe(w.b.adminId);
    },
  },
  {
    method: 'POST',
    path: '/api/auth/setup',
    check: async (w) => {
      const r = await call(w.t, w.b.adminCookie, 'POST', '/api/auth/setup', {
        centerName: '가짜',
        email: 'setup@b.kr',
        password: 'long enough',
        name: '가짜',
      });
      expect(r).toEqual({ status: 409, body: errorBody('setup_done') });
    },
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    check: async (w) => {
      // Logging in needs the password; names no center. A's user with a wrong password learns nothing.
      const r = await call(w.t, null, 'POST', '/api/auth/login', {
        email: w.a.emails[0],
        password: 'guess guess',
      });
      expect(r).toEqual({ status: 401, body: errorBody('invalid_credentials') });
    },
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    check: async (w) => {
      // Logging out ends one's own login only (checked again at the end: A's cookies still work).
      const cookie = await login(w.t, (await w.t.storage.facilitators.findById(w.b.adminId))!.email);
      expect((await call(w.t, cookie, 'POST', '/api/auth/logout', {})).status).toBe(200);
    },
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    check: async (w) => {
      // One's own password only; the body names no user.
      const r = await call(w.t, w.b.adminCookie, 'POST', '/api/auth/password', {
        currentPassword: 'not mine',
        newPassword: 'long enough 2',
      });
      expect(r).toEqual({ status: 400, body: errorBody('wrong_password') });
    },
  },
  {
    method: 'GET',
    path: '/api/report',
    check: async (w) => {
      // A member's report opens with their member token only: B's login cookie opens no one's.
      const r = await call(w.t, w.b.adminCookie, 'GET', '/api/report');
      expect(r).toEqual({ status: 404, body: errorBody('report_not_found') });
    },
  },
  {
    method: 'GET',
    path: '/api/report/by-link',
    check: async (w) => {
      const r = await call(w.t, w.b.adminCookie, 'GET', '/api/report/by-link');
      expect(r).toEqual({ status: 404, body: errorBody('report_not_found') });
    },
  },
  {
    method: 'POST',
    path: '/api/report/links',
    check: async (w) => {
      // A link to A's member's report is refused exactly like one to a made-up program, and none is stored.
      for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
        const victim = await call(w.t, cookie, 'POST', '/api/report/links', {
          programId: w.victim.programId,
          memberId: w.victim.memberId,
        });
        const madeUp = await call(w.t, cookie, 'POST', '/api/report/links', {
          programId: crypto.randomUUID(),
          memberId: crypto.randomUUID(),
        });
        expect(victim).toEqual(madeUp);
        expect(victim).toEqual({ status: 404, body: errorBody('program_not_found') });
      }
      expect(await w.t.storage.reportTokens.revokeAll(w.victim.memberId)).toBe(0);
    },
  },
  {
    method: 'POST',
    path: '/api/report/links/revoke',
    check: async (w) => {
      // Revoking takes the member's own token: a login cookie revokes no one's links.
      const r = await call(w.t, w.b.adminCookie, 'POST', '/api/report/links/revoke', {});
      expect(r).toEqual({ status: 404, body: errorBody('report_not_found') });
    },
  },
  {
    method: 'GET',
    path: '/api/dashboard',
    check: async (w) => {
      // A's admin sees A's program (the control); B's users, with any filter, see nothing of A's.
      const own = await expectStatus<DashboardView>(200, call(w.t, w.a.adminCookie, 'GET', '/api/dashboard'));
      expect(own.programs.map((p) => p.id)).toContain(w.victim.programId);
      const asked: [string, string][] = [
        [w.b.adminCookie, '/api/dashboard'],
        [w.b.facilitatorCookie, '/api/dashboard'],
      ];
      for (const [cookie, path] of asked) {
        const text = JSON.stringify(await expectStatus(200, call(w.t, cookie, 'GET', path)));
        for (const leak of [w.victim.programId, 'A의 프로그램', 'A의 지난 프로그램', ...w.a.userIds])
          expect({ path, leak, found: text.includes(leak) }).toEqual({ path, leak, found: false });
      }
      // Naming A's user as the filter answers like a made-up id: B's facilitator may name no one else,
      // B's admin only users of B.
      for (const [cookie, refusal] of [
        [w.b.facilitatorCookie, 'forbidden'],
        [w.b.adminCookie, 'user_not_found'],
      ] as const) {
        const ask = (id: string) => call(w.t, cookie, 'GET', `/api/dashboard?facilitatorId=${id}`);
        const victim = await ask(w.a.userIds[0]!);
        expect(victim).toEqual(await ask(crypto.randomUUID()));
        expect(victim).toEqual({ status: refusal === 'forbidden' ? 403 : 404, body: errorBody(refusal) });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/dashboard/testimonials',
    check: async (w) => {
      // A's admin sees A's consented quote (the control); B's users, with any filter, see nothing of A's.
      const own = await expectStatus<DashboardTestimonials>(
        200,
        call(w.t, w.a.adminCookie, 'GET', '/api/dashboard/testimonials'),
      );
      expect(own.testimonials.map((q) => q.text)).toContain('A의 소감');
      for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
        const body = await expectStatus<DashboardTestimonials>(
          200,
          call(w.t, cookie, 'GET', '/api/dashboard/testimonials'),
        );
        const text = JSON.stringify(body);
        for (const leak of [
          w.victim.programId,
          'A의 소감',
          'A의 프로그램',
          'A의 지난 프로그램',
          ...w.a.userIds,
        ])
          expect({ leak, found: text.includes(leak) }).toEqual({ leak, found: false });
      }
      for (const [cookie, refusal] of [
        [w.b.facilitatorCookie, 'forbidden'],
        [w.b.adminCookie, 'user_not_found'],
      ] as const) {
        const ask = (id: string) =>
          call(w.t, cookie, 'GET', `/api/dashboard/testimonials?facilitatorId=${id}`);
        const victim = await ask(w.a.userIds[0]!);
        expect(victim).toEqual(await ask(crypto.randomUUID()));
        expect(victim).toEqual({ status: refusal === 'forbidden' ? 403 : 404, body: errorBody(refusal) });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/follow-ups/due',
    check: async (w) => {
      // A's admin sees A's follow-up due (the control); B's users, by either scope, see nothing of A's.
      const own = await expectStatus<DueFollowUpsView>(
        200,
        call(w.t, w.a.adminCookie, 'GET', '/api/follow-ups/due?scope=center'),
      );
      expect([...own.due, ...own.overdue].map((f) => f.programId)).toContain(w.victim.followUp.programId);
      const asked: [string, string][] = [
        [w.b.adminCookie, '/api/follow-ups/due?scope=center'],
        [w.b.adminCookie, '/api/follow-ups/due'],
        [w.b.facilitatorCookie, '/api/follow-ups/due'],
      ];
      for (const [cookie, path] of asked) {
        const text = JSON.stringify(await expectStatus(200, call(w.t, cookie, 'GET', path)));
        for (const leak of [
          w.victim.followUp.programId,
          w.victim.followUp.memberId,
          w.victim.followUp.title,
          w.victim.programId,
          w.victim.memberId,
        ])
          expect({ path, leak, found: text.includes(leak) }).toEqual({ path, leak, found: false });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/center/exports/:dataset',
    check: async (w) => {
      // Control: A's admin's own center export holds A's program, so the search below can find it.
      const own = await exportText(w, w.a.adminCookie, '/api/center/exports/roster?format=csv');
      expect(own).toContain('A의 프로그램');
      for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie])
        for (const dataset of DATASETS)
          for (const format of dataset.formats) {
            const text = await exportText(w, cookie, `/api/center/exports/${dataset.id}?format=${format}`);
            for (const leak of A_WORDS)
              expect({ dataset: dataset.id, format, leak, found: text.includes(leak) }).toEqual({
                dataset: dataset.id,
                format,
                leak,
                found: false,
              });
          }
    },
  },
  {
    method: 'GET',
    path: '/api/center/export-log',
    check: async (w) => {
      // Control: A's export is in A's log; B's admin reads B's log only, B's facilitator none.
      await exportText(
        w,
        w.a.facilitatorCookie,
        `/api/programs/${w.victim.programId}/exports/roster?format=csv`,
      );
      const logOf = (cookie: string) =>
        expectStatus<ExportLogView>(200, call(w.t, cookie, 'GET', '/api/center/export-log'));
      // The log row is written as the response finishes, so the test's next request may come first.
      await expect.poll(async () => JSON.stringify(await logOf(w.a.adminCookie))).toContain('A의 프로그램');
      const text = JSON.stringify(await logOf(w.b.adminCookie));
      for (const leak of [...A_WORDS, w.victim.programId, 'runner@a.kr']) expect(text).not.toContain(leak);
      expect(await call(w.t, w.b.facilitatorCookie, 'GET', '/api/center/export-log')).toEqual({
        status: 403,
        body: errorBody('forbidden'),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/qr/:code.svg',
    check: async (w) => {
      // Public by design: a QR picture of whatever code is asked, saying nothing about whether it exists.
      const victim = await fetch(`${w.t.url}/api/qr/${w.victim.code}.svg`);
      const madeUp = await fetch(`${w.t.url}/api/qr/000000.svg`);
      expect([victim.status, madeUp.status]).toEqual([200, 200]);
      expect(victim.headers.get('content-type')).toBe(madeUp.headers.get('content-type'));
    },
  },
];

/**
 * Rows with an id in id order, at every depth: lists ordered by a timestamp have no order between
 * rows made in the same millisecond, and a snapshot must not differ for that.
 */
function normalize<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    const id = (x: unknown) => (typeof x === 'object' && x !== null ? (x as { id?: unknown }).id : undefined);
    return (
      items.every((x) => typeof id(x) === 'string')
        ? items.sort((a, b) => String(id(a)).localeCompare(String(id(b))))
        : items
    ) as T;
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)])) as T;
  return value;
}

const poll = {
  type: 'poll-single',
  title: '질문',
  config: {
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
};

describe.each(APP_BACKENDS)('center B cannot reach anything of center A on $name', ({ start: startApp }) => {
  let w: World;
  let aAdminCookie: string;
  let coFacilitator: string;
  let aOutsider: string;
  let activityId: string;
  let answerId: string;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  /** Everything of A that an attack could change, read back by A's admin and from storage. */
  async function snapshotA() {
    const read = (path: string) => call(w.t, aAdminCookie, 'GET', path);
    const users = await Promise.all(w.a.userIds.map((id) => w.t.storage.facilitators.findWithHash(id)));
    const members = await w.t.storage.members.list(w.victim.programId);
    const pins = await Promise.all(
      members.map((m) => w.t.storage.members.findByNickname(w.victim.programId, m.nickname)),
    );
    const owner = track(await connect(w.t.url, { cookie: w.a.facilitatorCookie }));
    const live = await ok(owner, 'session:watch', { sessionId: w.victim.sessionId });
    owner.disconnect();
    const programs = await read('/api/programs');
    return normalize({
      program: await read(`/api/programs/${w.victim.programId}`),
      roster: await read(`/api/programs/${w.victim.programId}/roster`),
      outcomes: await read(`/api/programs/${w.victim.programId}/outcomes`),
      waves: await read(`/api/programs/${w.victim.programId}/waves`),
      assessments: await read(`/api/programs/${w.victim.programId}/assessments`),
      satisfaction: await read(`/api/programs/${w.victim.programId}/satisfaction`),
      referrals: await read(`/api/programs/${w.victim.programId}/referrals`),
      memberConsents: await w.t.storage.consents.listForMember(w.victim.intoMemberId),
      testimonials: await read(`/api/programs/${w.victim.programId}/testimonials`),
      followUpOutcomes: await read(`/api/programs/${w.victim.followUp.programId}/outcomes`),
      dueFollowUps: await read('/api/follow-ups/due?scope=center'),
      center: await read('/api/center'),
      programs,
      users,
      live: { ...live, serverNow: 0 },
      facilitatorState: (await call(w.t, w.a.facilitatorCookie, 'GET', '/api/auth/state')).body,
      pinsByMember: members.map((m, i) => [m.id, pins[i]?.pinHash]).sort(),
    });
  }

  beforeAll(async () => {
    const t = await startApp();
    // Center A: an admin, a facilitator running a program with a co-facilitator, one colleague not on it.
    const aAdmin = await loginFacilitator(t, 'admin@a.kr', { role: 'admin' });
    aAdminCookie = aAdmin.cookie;
    const centerId = aAdmin.user.centerId;
    const aFac = await loginFacilitator(t, 'runner@a.kr', { role: 'facilitator', centerId });
    const co = await loginFacilitator(t, 'co@a.kr', { role: 'facilitator', centerId });
    const outsider = await loginFacilitator(t, 'outsider@a.kr', { role: 'facilitator', centerId });
    coFacilitator = co.cookie;
    aOutsider = outsider.cookie;
    const program = await createProgram(
      t,
      aFac.cookie,
      scratchBody([aFac.user.id, co.user.id], [today(), addDays(today(), 1)], 'A의 프로그램'),
    );
    const [m1, m2] = [
      await addMember(t.storage, program.id, '민지'),
      await addMember(t.storage, program.id, '준호'),
    ];
    await t.storage.attendance.recordJoin(program.days[0]!.id, m1.id);
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, aFac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const quick = await createSession(t, aFac.cookie, { title: 'A의 빠른 세션', activities: [poll] });
    // A follow-up outcome of A's member, and an ended program of yesterday whose follow-up is due.
    const { outcome } = await expectStatus<RecordedOutcome>(
      201,
      call(t, aFac.cookie, 'POST', `/api/programs/${program.id}/members/${m1.id}/outcomes`, outcomeBody()),
    );
    // A paper testimonial of A's member, quotable (a consent on paper).
    await expectStatus(
      201,
      call(t, aFac.cookie, 'POST', `/api/programs/${program.id}/members/${m1.id}/testimonial`, {
        requestId: crypto.randomUUID(),
        text: 'A의 소감',
        quoteOnPaper: true,
        attribution: 'none',
      }),
    );
    // A referral of A's other member with the report handed over, to target the update and revoke routes.
    const aReferral = await expectStatus<{ referralId: string }>(
      201,
      call(t, aFac.cookie, 'POST', `/api/programs/${program.id}/members/${m2.id}/referrals`, {
        requestId: crypto.randomUUID(),
        serviceId: 'work24',
        referredOn: today(),
        shareReport: true,
        reportConsentOnPaper: true,
      }),
    );
    // A's assessment plan (SWLS pre and post) with one paper pre of A's member.
    const aPlan = await expectStatus<WavesView>(
      200,
      call(t, aFac.cookie, 'PUT', `/api/programs/${program.id}/waves`, { version: 0, waves: SWLS_PLAN }),
    );
    const aWave = aPlan.waves.find((x) => x.kind === 'pre')!.id;
    await expectStatus(
      200,
      call(
        t,
        aFac.cookie,
        'PUT',
        `/api/programs/${program.id}/waves/${aWave}/members/${m1.id}/response`,
        paperBody(),
      ),
    );
    const followUpProgram = await createProgram(
      t,
      aFac.cookie,
      scratchBody([aFac.user.id], [addDays(today(), -1)], 'A의 지난 프로그램'),
    );
    const followUpMember = await addMember(t.storage, followUpProgram.id, '지난참여자');
    await expectStatus(200, call(t, aFac.cookie, 'POST', `/api/programs/${followUpProgram.id}/end`, {}));
    // The day's session has an open poll with one answer, so every event has a real target.
    const owner = track(await connect(t.url, { cookie: aFac.cookie }));
    activityId = (await ok(owner, 'session:watch', { sessionId })).activities[0]!.id;
    await ok(owner, 'activity:open', { sessionId, activityId });
    const phone = track(await connect(t.url));
    await ok(phone, 'participant:join', { code: program.code, rejoinToken: m1.token });
    answerId = crypto.randomUUID();
    await ok(phone, 'answer:submit', { activityId, answerId, value: { optionId: 'o1' } });

    // Center B: an admin and a facilitator with a program and member of their own.
    const bAdmin = await loginFacilitator(t, 'admin@b.kr', { role: 'admin' });
    const bFac = await loginFacilitator(t, 'fac@b.kr', {
      role: 'facilitator',
      centerId: bAdmin.user.centerId,
    });
    const bProgram = await createProgram(
      t,
      bAdmin.cookie,
      scratchBody([bAdmin.user.id, bFac.user.id], [today()]),
    );
    const [b1, b2] = [
      await addMember(t.storage, bProgram.id, '가'),
      await addMember(t.storage, bProgram.id, '나'),
    ];
    const bReferral = await expectStatus<{ referralId: string }>(
      201,
      call(t, bAdmin.cookie, 'POST', `/api/programs/${bProgram.id}/members/${b1.id}/referrals`, {
        requestId: crypto.randomUUID(),
        serviceId: 'work24',
        referredOn: today(),
      }),
    );
    const bPlan = await expectStatus<WavesView>(
      200,
      call(t, bAdmin.cookie, 'PUT', `/api/programs/${bProgram.id}/waves`, { version: 0, waves: SWLS_PLAN }),
    );

    w = {
      t,
      a: {
        adminCookie: aAdmin.cookie,
        facilitatorCookie: aFac.cookie,
        userIds: [aAdmin.user.id, aFac.user.id, co.user.id, outsider.user.id],
        emails: ['admin@a.kr', 'runner@a.kr', 'co@a.kr', 'outsider@a.kr'],
      },
      b: {
        adminCookie: bAdmin.cookie,
        facilitatorCookie: bFac.cookie,
        adminId: bAdmin.user.id,
        ids: {
          programId: bProgram.id,
          dayId: bProgram.days[0]!.id,
          memberId: b1.id,
          intoMemberId: b2.id,
          userId: bFac.user.id,
          sessionId: crypto.randomUUID(),
          waveId: bPlan.waves.find((x) => x.kind === 'pre')!.id,
          referralId: bReferral.referralId,
        },
      },
      victim: {
        programId: program.id,
        dayId: program.days[1]!.id,
        memberId: m1.id,
        intoMemberId: m2.id,
        userId: aFac.user.id,
        waveId: aWave,
        referralId: aReferral.referralId,
        code: program.code,
        sessionId,
        quickSessionId: quick.id,
        outcomeId: outcome.id,
        followUp: {
          programId: followUpProgram.id,
          memberId: followUpMember.id,
          title: followUpProgram.title,
        },
      },
    };
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await w.t.close();
  });

  const madeUp = (): Ids => ({
    programId: crypto.randomUUID(),
    dayId: crypto.randomUUID(),
    memberId: crypto.randomUUID(),
    intoMemberId: crypto.randomUUID(),
    userId: crypto.randomUUID(),
    sessionId: crypto.randomUUID(),
    waveId: crypto.randomUUID(),
    referralId: crypto.randomUUID(),
  });
  const send = (cookie: string, route: IdRoute, ids: Ids): Promise<Reply> =>
    call(w.t, cookie, route.method, fill(route.path, ids), route.body?.(ids, w));

  it('lists every registered /api route in the isolation table', () => {
    const table = [...ID_ROUTES, ...OWN_ROUTES].map((r) => `${r.method} ${r.path}`);
    expect(new Set(table).size).toBe(table.length);
    expect(registeredRoutes(w.t.app.express).sort()).toEqual(table.sort());
  });

  it("refuses A's ids on every id route exactly like made-up ids, and changes nothing of A's", async () => {
    const before = await snapshotA();
    for (const route of ID_ROUTES) {
      for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
        const victim = await send(cookie, route, w.victim);
        const unknown = await send(cookie, route, madeUp());
        expect({ route: route.path, victim }).toEqual({ route: route.path, victim: unknown });
        // A facilitator of B is refused admin routes as `forbidden` before any id is looked at.
        const expected =
          route.path.startsWith('/api/center') && cookie === w.b.facilitatorCookie
            ? 'forbidden'
            : route.refusal;
        expect({ route: route.path, status: victim.status, body: victim.body }).toEqual({
          route: route.path,
          status: expected === 'forbidden' ? 403 : 404,
          body: errorBody(expected),
        });
      }
      // Inside B's own program, each of A's inner ids (day, member) is as unknown as a made-up one.
      for (const [key, refusal] of Object.entries(INNER_REFUSAL) as [keyof Ids, ErrorCode][]) {
        if (!route.path.includes(`:${key}`) && !(key === 'intoMemberId' && route.path.endsWith('/merge')))
          continue;
        const withVictim = await send(w.b.adminCookie, route, { ...w.b.ids, [key]: w.victim[key] });
        const withMadeUp = await send(w.b.adminCookie, route, { ...w.b.ids, [key]: crypto.randomUUID() });
        expect({ route: route.path, key, r: withVictim }).toEqual({ route: route.path, key, r: withMadeUp });
        expect({ route: route.path, key, r: withVictim }).toEqual({
          route: route.path,
          key,
          r: { status: 404, body: errorBody(refusal) },
        });
      }
    }
    expect(await snapshotA()).toEqual(before);
  });

  it("refuses A's program on every dataset and format of the program export, like a made-up id", async () => {
    for (const dataset of DATASETS)
      for (const format of dataset.formats)
        for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
          const path = (programId: string) =>
            `/api/programs/${programId}/exports/${dataset.id}?format=${format}`;
          const victim = await call(w.t, cookie, 'GET', path(w.victim.programId));
          expect({ dataset: dataset.id, format, victim }).toEqual({
            dataset: dataset.id,
            format,
            victim: await call(w.t, cookie, 'GET', path(crypto.randomUUID())),
          });
          expect(victim).toEqual({ status: 404, body: errorBody('program_not_found') });
        }
  });

  it('answers the routes that name no id with nothing of A’s', async () => {
    const before = await snapshotA();
    for (const route of OWN_ROUTES) await route.check(w);
    const after = await snapshotA();
    expect(after).toEqual(before);
    const programs = after.programs.body as { programs: ProgramSummary[] };
    expect(listedTitles(programs.programs).sort()).toEqual(['A의 지난 프로그램', 'A의 프로그램'].sort());
    expect((after.program.body as { program: ProgramDetail }).program.title).toBe('A의 프로그램');
  });

  it("in B's own program, A's follow-up record is corrected like a made-up one: refused, nothing stored", async () => {
    const before = await snapshotA();
    const path = `/api/programs/${w.b.ids.programId}/members/${w.b.ids.memberId}/outcomes`;
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie]) {
      const victim = await call(w.t, cookie, 'POST', path, outcomeBody(w.victim.outcomeId));
      const madeUp = await call(w.t, cookie, 'POST', path, outcomeBody(crypto.randomUUID()));
      expect(victim).toEqual(madeUp);
      expect(victim).toEqual({ status: 404, body: errorBody('outcome_not_found') });
    }
    expect((await w.t.storage.outcomes.listForProgram(w.b.ids.programId)).length).toBe(0);
    expect(await snapshotA()).toEqual(before);
  });

  it("refuses every facilitator event on A's program-day session with session_not_found", async () => {
    const before = await snapshotA();
    const sessionId = w.victim.sessionId;
    const payloads: Record<FacilitatorEventName, unknown> = {
      'session:watch': { sessionId },
      'session:end': { sessionId },
      'activity:add': { sessionId, activity: poll },
      'activity:update': { sessionId, activityId, activity: { ...poll, title: '탈취' } },
      'activity:remove': { sessionId, activityId },
      'activity:reorder': { sessionId, activityIds: [activityId] },
      'activity:open': { sessionId, activityId },
      'activity:close': { sessionId, activityId },
      'activity:lock': { sessionId, activityId, locked: true },
      'activity:reveal': { sessionId, activityId, visible: true },
      'activity:names': { sessionId, activityId, showNames: true },
      'timer:start': { sessionId, durationMs: 60_000 },
      'timer:pause': { sessionId },
      'timer:resume': { sessionId },
      'timer:reset': { sessionId },
      'answer:hide': { sessionId, answerId, hidden: true },
      // The victim's answer is not approved yet: an approval that got through would show in the snapshot.
      'answer:approve': { sessionId, answerIds: [answerId] },
      'activity:review': { sessionId, activityId, review: true },
    };
    expect(Object.keys(payloads).sort()).toEqual([...FACILITATOR_EVENT_NAMES].sort());
    // B's admin, B's facilitator, and A's own facilitator who is not on the program.
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of FACILITATOR_EVENT_NAMES) {
        const ack = await request(intruder, event, payloads[event] as never);
        expect({ event, ack }).toMatchObject({
          event,
          ack: { ok: false, error: { code: 'session_not_found' } },
        });
      }
      intruder.disconnect();
    }
    expect(await snapshotA()).toEqual(before);
  });

  it("lets a co-facilitator and the center's admin run A's day session", async () => {
    for (const cookie of [coFacilitator, aAdminCookie]) {
      const socket = track(await connect(w.t.url, { cookie }));
      const snapshot = await ok(socket, 'session:watch', { sessionId: w.victim.sessionId });
      expect(snapshot.session.id).toBe(w.victim.sessionId);
      expect(snapshot.activities[0]!.id).toBe(activityId);
      await ok(socket, 'timer:start', { sessionId: w.victim.sessionId, durationMs: 60_000 });
      await ok(socket, 'timer:reset', { sessionId: w.victim.sessionId });
      socket.disconnect();
    }
    // A's quick session stays its creator's alone, even for the admin.
    const admin = track(await connect(w.t.url, { cookie: aAdminCookie }));
    const quick = await request(admin, 'session:watch', { sessionId: w.victim.quickSessionId });
    expect(quick.ok ? null : quick.error.code).toBe('session_not_found');
  });
  it("grouping events answer A's program and grouping like made-up ids, and A's members are unknown in B's grouping", async () => {
    const owner = track(await connect(w.t.url, { cookie: w.a.facilitatorCookie }));
    const formed = await ok(owner, 'grouping:form', {
      programId: w.victim.programId,
      kind: 'pairs',
      seed: 1,
    });
    const memberId = w.victim.memberId;
    const payloads = (programId: string, groupingId: string): Record<GroupingEventName, unknown> => ({
      'grouping:form': { programId, kind: 'triads' },
      'grouping:move': { groupingId, memberId, toGroup: 1 },
      'grouping:swap': { groupingId, a: memberId, b: w.victim.intoMemberId },
      'grouping:leaveOut': { groupingId, memberId },
      'grouping:showOnScreen': { groupingId, shown: true },
      'grouping:placeNew': { groupingId },
    });
    const victim = payloads(w.victim.programId, formed.id);
    const madeUp = payloads(crypto.randomUUID(), crypto.randomUUID());
    expect(Object.keys(victim).sort()).toEqual([...GROUPING_EVENT_NAMES].sort());
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of GROUPING_EVENT_NAMES) {
        const ack = await request(intruder, event, victim[event] as never);
        expect({ event, ack }).toEqual({
          event,
          ack: await request(intruder, event, madeUp[event] as never),
        });
        const code = event === 'grouping:form' ? 'program_not_found' : 'grouping_not_found';
        expect({ event, ack }).toMatchObject({ event, ack: { ok: false, error: { code } } });
      }
    }
    // In B's own grouping, A's member is as unknown as a made-up one.
    const bConsole = track(await connect(w.t.url, { cookie: w.b.adminCookie }));
    const own = await ok(bConsole, 'grouping:form', { programId: w.b.ids.programId, kind: 'pairs', seed: 1 });
    for (const id of [memberId, crypto.randomUUID()]) {
      const ack = await request(bConsole, 'grouping:move', { groupingId: own.id, memberId: id, toGroup: 1 });
      expect(ack.ok ? null : ack.error.code).toBe('member_not_found');
    }
    expect(await w.t.storage.groupings.get(w.victim.programId, formed.id)).toMatchObject({
      version: formed.version,
      groups: formed.groups.map((g) => g.members.map((m) => m.id)),
    });
    expect(await w.t.storage.groupings.listForProgram(w.victim.programId)).toHaveLength(1);
  });

  it("member events act on the sender's own member only: B's member and B's users cannot touch A's member's consents", async () => {
    const payloads: Record<MemberEventName, unknown> = {
      'consent:give': { purpose: 'sensitive-barriers', noticeVersion: SENSITIVE_NOTICE_VERSION },
      'consent:withdraw': { purpose: 'sensitive-barriers' },
      'memberAnswer:submit': { activityId: crypto.randomUUID(), answerId: crypto.randomUUID(), value: {} },
      'assessment:submit': { activityId: crypto.randomUUID() },
      'testimonial:save': {
        programId: w.victim.programId,
        requestId: crypto.randomUUID(),
        text: '탈취',
        quote: true,
        attribution: 'none',
      },
      'testimonial:delete': { programId: w.victim.programId },
    };
    expect(Object.keys(payloads).sort()).toEqual([...MEMBER_EVENT_NAMES].sort());
    const consentEvents = ['consent:give', 'consent:withdraw'] as const;
    // The victim: A's member, on a phone of their own.
    const victimToken = `token-${crypto.randomUUID()}`;
    await w.t.storage.members.addToken(w.victim.memberId, hashToken(victimToken));
    const victim = track(await connect(w.t.url));
    await ok(victim, 'participant:join', { code: w.victim.code, rejoinToken: victimToken });
    const heard: MemberConsents[] = [];
    victim.on('consents:updated', (u) => heard.push(u));
    // The attacker: a member of B's program, proven there; A's code does not take B's token.
    const attacker = await addMember(w.t.storage, w.b.ids.programId, '공격자');
    const phone = track(await connect(w.t.url));
    await ok(phone, 'participant:join', {
      code: (await w.t.storage.programs.ref(w.b.ids.programId))!.code,
      rejoinToken: attacker.token,
    });
    const crossed = await request(phone, 'participant:join', {
      code: w.victim.code,
      rejoinToken: attacker.token,
    });
    expect(crossed.ok ? null : crossed.error.code).toBe('registration_required');
    for (const event of consentEvents) await ok(phone, event, payloads[event] as never);
    // B's member naming A's program: answered exactly like a made-up program, and nothing of A's moves.
    const aTestimonial = await w.t.storage.testimonials.get(w.victim.programId, w.victim.memberId);
    for (const event of ['testimonial:save', 'testimonial:delete'] as const) {
      const victimAck = await request(phone, event, payloads[event] as never);
      const madeUp = await request(phone, event, {
        ...(payloads[event] as object),
        programId: crypto.randomUUID(),
      } as never);
      expect({ event, victimAck }).toEqual({ event, victimAck: madeUp });
      expect({ event, victimAck }).toMatchObject({
        event,
        victimAck: { ok: false, error: { code: 'program_not_found' } },
      });
    }
    expect(await w.t.storage.testimonials.get(w.victim.programId, w.victim.memberId)).toEqual(aTestimonial);
    expect(await w.t.storage.testimonials.listForProgram(w.victim.programId)).toHaveLength(
      aTestimonial ? 1 : 0,
    );
    // B's admin, B's facilitator and A's outsider act for no member at all.
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of MEMBER_EVENT_NAMES) {
        const ack = await request(intruder, event, payloads[event] as never);
        expect({ event, ack }).toMatchObject({ event, ack: { ok: false, error: { code: 'not_joined' } } });
      }
    }
    // A's member holds only the quote consent A's staff recorded on paper.
    const victimConsents = await w.t.storage.consents.listForMember(w.victim.memberId);
    expect(victimConsents.map((c) => [c.purpose, c.channel, c.withdrawnAt])).toEqual([
      ['testimonial-quote', 'paper', null],
    ]);
    expect(await w.t.storage.consents.listForMember(attacker.id)).toHaveLength(1);
    // The victim's own (empty) withdrawal is the first update their phone hears: nothing of B's reached it.
    const own = waitFor(victim, 'consents:updated');
    const acked = await ok(victim, 'consent:withdraw', payloads['consent:withdraw'] as never);
    await own;
    expect(heard).toEqual([acked]);
    expect(acked.consents.map((c) => c.purpose)).toEqual(['testimonial-quote']);
  });
  it("counseling events answer A's program and activities like made-up ids; B's member cannot answer A's activity", async () => {
    const owner = track(await connect(w.t.url, { cookie: w.a.facilitatorCookie }));
    const opened = await ok(owner, 'counseling:open', {
      programId: w.victim.programId,
      sessionId: w.victim.sessionId,
      type: 'action-plan',
      title: 'A의 실행 계획',
    });
    const memberId = w.victim.memberId;
    const payloads = (programId: string, sessionId: string, activityId: string) =>
      ({
        'counseling:open': { programId, sessionId, type: 'action-plan', title: '침입' },
        'counseling:close': { activityId },
        'counseling:phase': { activityId, phase: 'plan' },
        'counseling:answers': { activityId },
        'note:show': { activityId, answerIds: [crypto.randomUUID()] },
        'note:hold': { activityId, answerIds: [crypto.randomUUID()] },
        'comment:add': { activityId, memberId, text: '침입' },
      }) satisfies Record<CounselingEventName, unknown>;
    const victim = payloads(w.victim.programId, w.victim.sessionId, opened.id);
    const madeUp = payloads(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());
    expect(Object.keys(victim).sort()).toEqual([...COUNSELING_EVENT_NAMES].sort());
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of COUNSELING_EVENT_NAMES) {
        const ack = await request(intruder, event, victim[event] as never);
        expect({ event, ack }).toEqual({
          event,
          ack: await request(intruder, event, madeUp[event] as never),
        });
        const code = event === 'counseling:open' ? 'program_not_found' : 'activity_not_found';
        expect({ event, ack }).toMatchObject({ event, ack: { ok: false, error: { code } } });
      }
    }
    // B's own program day cannot host an activity in A's session either.
    const bConsole = track(await connect(w.t.url, { cookie: w.b.adminCookie }));
    const crossed = await request(bConsole, 'counseling:open', {
      programId: w.b.ids.programId,
      sessionId: w.victim.sessionId,
      type: 'action-plan',
      title: '침입',
    });
    expect(crossed.ok ? null : crossed.error.code).toBe('session_not_found');
    // B's member, on a proven phone, answers A's activity like a made-up one.
    const attacker = await addMember(w.t.storage, w.b.ids.programId, '공격자2');
    const phone = track(await connect(w.t.url));
    await ok(phone, 'participant:join', {
      code: (await w.t.storage.programs.ref(w.b.ids.programId))!.code,
      rejoinToken: attacker.token,
    });
    for (const activityId of [opened.id, crypto.randomUUID()]) {
      const ack = await request(phone, 'memberAnswer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        itemKey: 'goal',
        value: { job: '침입', by: '내일' },
      });
      expect(ack.ok ? null : ack.error.code).toBe('activity_not_found');
    }
    expect(await w.t.storage.counselingActivities.get(opened.id)).toMatchObject({
      status: 'open',
      phase: 'plan',
    });
    expect(await w.t.storage.memberAnswers.listForActivity(opened.id)).toEqual([]);
    expect(await w.t.storage.comments.listForActivity(opened.id)).toEqual([]);
  });

  it("wave events answer A's waves like made-up ids; B's member cannot hand in A's wave", async () => {
    const plan = await w.t.storage.assessments.plan(w.victim.programId);
    const replaced = await w.t.storage.assessments.replacePlan({
      programId: w.victim.programId,
      version: plan!.version,
      waves: [
        ...plan!.waves.map((v) => ({ ...v })),
        {
          instrumentId: 'rosenberg',
          kind: 'pre',
          plannedDayId: null,
          instrumentVersion: 1,
          anonymous: false,
        },
      ],
    });
    if (!replaced.ok) throw new Error(replaced.code);
    const wave = replaced.waves.find((v) => v.instrumentId === 'rosenberg')!;
    const owner = track(await connect(w.t.url, { cookie: w.a.facilitatorCookie }));
    const opened = await ok(owner, 'wave:open', { waveId: wave.id, minutes: 10 });
    const before = await w.t.storage.assessments.get(wave.id);
    const payloads = (waveId: string) =>
      ({
        'wave:open': { waveId, minutes: 5 },
        'wave:close': { waveId },
        'wave:remind': { waveId },
        'wave:extend': { waveId, minutes: 5 },
      }) satisfies Record<WaveEventName, unknown>;
    const victim = payloads(wave.id);
    const madeUp = payloads(crypto.randomUUID());
    expect(Object.keys(victim).sort()).toEqual([...WAVE_EVENT_NAMES].sort());
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of WAVE_EVENT_NAMES) {
        const ack = await request(intruder, event, victim[event] as never);
        expect({ event, ack }).toEqual({
          event,
          ack: await request(intruder, event, madeUp[event] as never),
        });
        expect({ event, ack }).toMatchObject({
          event,
          ack: { ok: false, error: { code: 'wave_not_found' } },
        });
      }
    }
    // B's member, on a proven phone, hands in A's wave like a made-up one, and cannot answer it.
    const attacker = await addMember(w.t.storage, w.b.ids.programId, '공격자4');
    const phone = track(await connect(w.t.url));
    await ok(phone, 'participant:join', {
      code: (await w.t.storage.programs.ref(w.b.ids.programId))!.code,
      rejoinToken: attacker.token,
    });
    for (const activityId of [opened.activityId!, crypto.randomUUID()]) {
      const ack = await request(phone, 'assessment:submit', { activityId });
      expect(ack.ok ? null : ack.error.code).toBe('activity_not_found');
    }
    // A's wave is as A left it: same row (version, due time, no reminder), no score, no answer.
    expect(await w.t.storage.assessments.get(wave.id)).toEqual(before);
    expect(await w.t.storage.assessments.scores(wave.id)).toEqual([]);
    expect(await w.t.storage.memberAnswers.listForActivity(opened.activityId!)).toEqual([]);
    await ok(owner, 'wave:close', { waveId: wave.id });
  });

  // Last: the live mock interview it opens closes the day's open poll.
  it("round events answer A's activity like a made-up one; B's member cannot draw A's question", async () => {
    const owner = track(await connect(w.t.url, { cookie: w.a.facilitatorCookie }));
    const grouping = await ok(owner, 'grouping:form', {
      programId: w.victim.programId,
      kind: 'pairs',
      seed: 2,
    });
    const opened = await ok(owner, 'counseling:open', {
      programId: w.victim.programId,
      sessionId: w.victim.sessionId,
      type: 'mock-interview',
      title: 'A의 모의면접',
      config: mockInterview.defaultConfig(),
      groupingId: grouping.id,
    });
    const started = await ok(owner, 'round:start', { activityId: opened.id });
    expect(started.groups).toHaveLength(1);
    const before = await w.t.storage.rounds.list(opened.id);
    const payloads = (activityId: string) =>
      ({
        'round:start': { activityId },
        'round:pause': { activityId },
        'round:resume': { activityId, groupNo: 1 },
        'round:end': { activityId, groupNo: 1 },
        'round:extend': { activityId, seconds: 60 },
        'question:draw': { activityId },
      }) satisfies Record<RoundEventName, unknown>;
    const victim = payloads(opened.id);
    const madeUp = payloads(crypto.randomUUID());
    expect(Object.keys(victim).sort()).toEqual(
      [...ROUND_FACILITATOR_EVENT_NAMES, ...ROUND_MEMBER_EVENT_NAMES].sort(),
    );
    for (const cookie of [w.b.adminCookie, w.b.facilitatorCookie, aOutsider]) {
      const intruder = track(await connect(w.t.url, { cookie }));
      for (const event of ROUND_FACILITATOR_EVENT_NAMES) {
        const ack = await request(intruder, event, victim[event] as never);
        expect({ event, ack }).toEqual({
          event,
          ack: await request(intruder, event, madeUp[event] as never),
        });
        expect({ event, ack }).toMatchObject({
          event,
          ack: { ok: false, error: { code: 'activity_not_found' } },
        });
      }
      // A facilitator acts for no member: the interviewer's draw is not theirs.
      const draw = await request(intruder, 'question:draw', victim['question:draw']);
      expect(draw.ok ? null : draw.error.code).toBe('not_joined');
    }
    // B's member, on a proven phone, draws for A's activity like for a made-up one.
    const attacker = await addMember(w.t.storage, w.b.ids.programId, '공격자3');
    const phone = track(await connect(w.t.url));
    await ok(phone, 'participant:join', {
      code: (await w.t.storage.programs.ref(w.b.ids.programId))!.code,
      rejoinToken: attacker.token,
    });
    for (const payload of [victim['question:draw'], madeUp['question:draw']]) {
      const ack = await request(phone, 'question:draw', payload);
      expect(ack.ok ? null : ack.error.code).toBe('activity_not_found');
    }
    // A's rounds are as A left them: same rounds, roles, clocks, no question drawn.
    expect(await w.t.storage.rounds.list(opened.id)).toEqual(before);
  });
});
