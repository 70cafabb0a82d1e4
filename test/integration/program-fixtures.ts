import { moduleById, programById } from '../../shared/content/index.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule, CreateProgramBody } from '../../shared/program/schemas.js';
import { programFromTemplate } from '../../shared/program/template.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { wireError, type ErrorCode } from '../../shared/protocol/errors.js';
import { hashToken } from '../../server/auth/tokens.js';
import type { Storage, StoredMember } from '../../server/storage/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';

export const today = () => todayIn(CENTER_TIME_ZONE);

const postgresUnavailable = await postgresBackend.available();
if (postgresUnavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${postgresUnavailable}`);

/** The whole app on each database: SQLite always, PostgreSQL when it answers (required under CI). */
export const APP_BACKENDS: { name: string; start: () => Promise<TestApp> }[] = [
  { name: 'SQLite', start: () => startTestApp() },
  ...(postgresUnavailable
    ? []
    : [
        {
          name: 'PostgreSQL',
          start: async () => {
            const database = await createPostgresDatabase();
            const t = await startTestApp({ databaseUrl: database.url });
            return {
              ...t,
              close: async () => {
                await t.close();
                await database.drop();
              },
            };
          },
        },
      ]),
];

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

/** One JSON request with a session cookie; the status and the parsed body come back. */
export async function call<T = unknown>(
  t: { url: string },
  cookie: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Like `call`, but fails unless the status is the expected one. */
export async function expectStatus<T = unknown>(status: number, reply: Promise<Reply<unknown>>): Promise<T> {
  const r = await reply;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/** The body of a refusal: its code with the shared Korean and English message. */
export function errorBody(code: ErrorCode) {
  return { error: wireError(code) };
}

/** A module with one poll (the library's "(a / b)" choices), one scale and one facilitator-led activity. */
export function sampleModule(title: string, minutes = 120): AgendaModule {
  return {
    key: `m-${title}`,
    moduleId: null,
    title,
    minutes,
    activities: [
      {
        key: `p-${title}`,
        type: 'poll-single',
        title: `${title} 기분은? (좋아요 / 그저 그래요)`,
        minutes: 10,
      },
      { key: `c-${title}`, type: 'strength-cards', title: '강점 카드 고르기', minutes: 30 },
      { key: `s-${title}`, type: 'scale', title: `${title} 자신감`, minutes: 5 },
    ],
  };
}

/** A program from scratch: one 2-hour module per day on the given dates. */
export function scratchBody(
  facilitatorIds: string[],
  dates: string[],
  title = '직접 만든 프로그램',
): CreateProgramBody {
  return {
    title,
    group: '청년',
    facilitatorIds,
    templateId: null,
    trackId: null,
    days: dates.map((date, i) => ({
      date,
      startTime: '10:00',
      endTime: '12:30',
      modules: [sampleModule(`${i + 1}일차`)],
    })),
  };
}

export function templateBody(facilitatorIds: string[], firstDate = addDays(today(), 7)): CreateProgramBody {
  const template = programById.get('seongchwi');
  if (!template) throw new Error('seongchwi is missing from the catalog');
  return programFromTemplate({ template, modules: moduleById, trackId: null, firstDate, facilitatorIds });
}

export async function createProgram(
  t: { url: string },
  cookie: string,
  body: CreateProgramBody,
): Promise<ProgramDetail> {
  return (await expectStatus<{ program: ProgramDetail }>(201, call(t, cookie, 'POST', '/api/programs', body)))
    .program;
}

/** A member straight in storage (the participant side has its own tests), with a known token. */
export async function addMember(
  storage: Storage,
  programId: string,
  nickname: string,
): Promise<StoredMember & { token: string }> {
  const token = `token-${crypto.randomUUID()}`;
  const member = await storage.members.register({
    programId,
    nickname,
    realName: `${nickname} 실명`,
    intake: { desiredJob: '사무직', worry: '면접', hope: '자신감' },
    pinHash: 'unused',
    tokenHash: hashToken(token),
  });
  if (!member) throw new Error(`member ${nickname} not registered`);
  return { ...member, token };
}
