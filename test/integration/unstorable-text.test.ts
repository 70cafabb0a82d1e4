import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import { openDatabase } from '../../server/db/database.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';

/**
 * PostgreSQL cannot hold U+0000 in text; SQLite can. A string with one used to be stored on SQLite
 * and to fail on PostgreSQL as `internal` with an error log (in an answer, failing the group commit
 * its neighbours shared). Every string is now refused at the schema, so both databases answer alike.
 */
const NUL = '\u0000';

const postgresUnavailable = await postgresBackend.available();
if (postgresUnavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${postgresUnavailable}`);
if (postgresUnavailable) console.warn(`Skipping the PostgreSQL half: ${postgresUnavailable}`);

const BACKENDS = [
  { name: 'SQLite', database: async () => ({ url: undefined, drop: async () => undefined }) },
  ...(postgresUnavailable ? [] : [{ name: 'PostgreSQL', database: createPostgresDatabase }]),
];

/** Everything the app logs at warn or above, so a refusal that reached the database shows up. */
function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  return { logger: pino({ level: 'warn', base: undefined }, stream), lines };
}

/** Rows per table, read beside the app: a refusal must leave every count as it was. */
async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const db = openDatabase(databaseUrl, () => undefined);
  try {
    const counts: Record<string, number> = {};
    for (const table of await db.kysely.introspection.getTables()) {
      const row = await db.kysely
        .selectFrom(table.name as never)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table.name] = Number(row.n);
    }
    return counts;
  } finally {
    await db.close();
  }
}

describe.each(BACKENDS)('a string with U+0000 on $name', ({ database }) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let lines: { level: number; msg: string }[];
  let cookie: string;
  let centerId: string;
  let session: { id: string; code: string };
  let activityId: string;
  let programId: string;
  let programCode: string;
  let facilitator: TestSocket;
  const phones: TestSocket[] = [];
  /** A phone joined nowhere yet (one that joined is refused before its payload is read), one per try. */
  const newcomers: TestSocket[] = [];
  const newcomer = async () => {
    const socket = await connect(t.url);
    newcomers.push(socket);
    return socket;
  };
  let userId: string;

  beforeAll(async () => {
    const db = await database();
    drop = db.drop;
    const captured = capturedLogger();
    lines = captured.lines;
    t = await startTestApp({ databaseUrl: db.url, logger: captured.logger });
    const login = await loginFacilitator(t);
    cookie = login.cookie;
    centerId = login.user.centerId;
    userId = login.user.id;
    const created = await fetch(`${t.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        title: '문자 검사',
        activities: [{ type: 'open-text', title: '한마디', config: { maxLength: 200, anonymous: false } }],
      }),
    });
    session = ((await created.json()) as { session: { id: string; code: string } }).session;
    facilitator = await connect(t.url, { cookie });
    activityId = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });
    const program = await t.storage.programs.create({
      centerId,
      createdBy: login.user.id,
      body: {
        title: '문자 검사 프로그램',
        group: '청년',
        facilitatorIds: [login.user.id],
        templateId: null,
        trackId: null,
        days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '10:00', endTime: '12:00', modules: [] }],
      },
    });
    programId = program.id;
    programCode = program.code;
    for (const nickname of ['하나', '둘', '셋']) {
      const phone = await connect(t.url);
      await ok(phone, 'participant:join', { code: session.code, nickname });
      phones.push(phone);
    }
    // Only what the hostile strings cause counts (a start-up warning, e.g. no built client, does not).
    lines.splice(0);
  });
  afterAll(async () => {
    for (const s of [facilitator, ...phones, ...newcomers]) s?.disconnect();
    await t?.close();
    await drop?.();
  });

  const http = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${t.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { error?: { code: ErrorCode } };
    return `${res.status} ${json.error?.code ?? 'ok'}`;
  };
  const socketCode = (ack: { ok: boolean; error?: { code: ErrorCode } }) => (ack.ok ? 'ok' : ack.error!.code);
  const register = async (fields: Record<string, unknown>) =>
    request(await newcomer(), 'program:register', {
      code: programCode,
      registrationId: crypto.randomUUID(),
      nickname: '넷',
      realName: '',
      consent: true,
      intake: { desiredJob: '', worry: '', hope: '' },
      ...fields,
    } as never);

  it('is refused with the same code, stores nothing and logs nothing', async () => {
    const before = await rowCounts(t.databaseUrl);
    const outcomes: Record<string, string> = {
      'participant:join nickname': socketCode(
        await request(await newcomer(), 'participant:join', { code: session.code, nickname: `a${NUL}b` }),
      ),
      'program:register nickname': socketCode(await register({ nickname: `넷${NUL}` })),
      'program:register realName': socketCode(await register({ realName: `김${NUL}넷` })),
      'program:register intake': socketCode(
        await register({ intake: { desiredJob: '', worry: NUL, hope: '' } }),
      ),
      'program:recover nickname': socketCode(
        await request(await newcomer(), 'program:recover', {
          code: programCode,
          nickname: `넷${NUL}`,
          pin: '1234',
        }),
      ),
      'answer:submit activityId': socketCode(
        await request(phones[0]!, 'answer:submit', {
          activityId: `${activityId}${NUL}`,
          answerId: crypto.randomUUID(),
          value: { text: '안녕' },
        }),
      ),
      'answer:submit value': socketCode(
        await request(phones[0]!, 'answer:submit', {
          activityId,
          answerId: crypto.randomUUID(),
          value: { text: `안${NUL}녕` },
        }),
      ),
      'session:watch sessionId': socketCode(
        await request(facilitator, 'session:watch', { sessionId: `${session.id}${NUL}` }),
      ),
      'activity:add title': socketCode(
        await request(facilitator, 'activity:add', {
          sessionId: session.id,
          activity: { type: 'word-cloud', title: `단어${NUL}`, config: { maxWords: 3 } },
        }),
      ),
      'activity:add option label': socketCode(
        await request(facilitator, 'activity:add', {
          sessionId: session.id,
          activity: {
            type: 'poll-single',
            title: '투표',
            config: {
              options: [
                { id: 'a', label: `가${NUL}` },
                { id: 'b', label: '나' },
              ],
            },
          },
        }),
      ),
      'POST /api/sessions title': await http('POST', '/api/sessions', {
        title: `제목${NUL}`,
        activities: [],
      }),
      'POST /api/programs title': await http('POST', '/api/programs', {
        title: `프로그램${NUL}`,
        group: '청년',
        facilitatorIds: [userId],
        templateId: null,
        trackId: null,
        days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '10:00', endTime: '12:00', modules: [] }],
      }),
      'PATCH /api/center name': await http('PATCH', '/api/center', { name: `센터${NUL}` }),
      'POST /api/center/users name': await http('POST', '/api/center/users', {
        email: 'new@moim.test',
        name: `김${NUL}`,
        role: 'facilitator',
      }),
      'POST /api/auth/login email': await http('POST', '/api/auth/login', {
        email: `a${NUL}@moim.test`,
        password: 'whatever password',
      }),
      'GET /api/programs/:programId': await http(
        'GET',
        `/api/programs/${programId}${encodeURIComponent(NUL)}`,
      ),
      'GET /api/sessions/:sessionId/results': await http(
        'GET',
        `/api/sessions/${encodeURIComponent(NUL)}/results`,
      ),
    };
    expect(outcomes).toEqual({
      'participant:join nickname': 'invalid_payload',
      'program:register nickname': 'invalid_payload',
      'program:register realName': 'invalid_payload',
      'program:register intake': 'invalid_payload',
      'program:recover nickname': 'invalid_payload',
      'answer:submit activityId': 'invalid_payload',
      'answer:submit value': 'invalid_answer',
      'session:watch sessionId': 'invalid_payload',
      'activity:add title': 'invalid_payload',
      'activity:add option label': 'invalid_payload',
      'POST /api/sessions title': '400 invalid_payload',
      'POST /api/programs title': '400 invalid_payload',
      'PATCH /api/center name': '400 invalid_payload',
      'POST /api/center/users name': '400 invalid_payload',
      'POST /api/auth/login email': '400 invalid_payload',
      // An id that cannot exist is not found, like any other unknown id.
      'GET /api/programs/:programId': '404 program_not_found',
      'GET /api/sessions/:sessionId/results': '404 session_not_found',
    });
    expect(await rowCounts(t.databaseUrl)).toEqual(before);
    expect((await t.storage.centers.findById(centerId))?.name).not.toContain(NUL);
    expect(lines).toEqual([]);
  });

  it("does not fail a neighbour's answer sent in the same turn", async () => {
    const [hostileId, hostileValue, legit] = await Promise.all([
      request(phones[0]!, 'answer:submit', {
        activityId: `${activityId}${NUL}`,
        answerId: crypto.randomUUID(),
        value: { text: '하나' },
      }),
      request(phones[1]!, 'answer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        value: { text: `둘${NUL}` },
      }),
      request(phones[2]!, 'answer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        value: { text: '셋' },
      }),
    ]);
    expect([socketCode(hostileId), socketCode(hostileValue), socketCode(legit)]).toEqual([
      'invalid_payload',
      'invalid_answer',
      'ok',
    ]);
    const stored = await t.storage.answers.listForActivity(activityId);
    expect(stored.map((a) => a.value)).toEqual([{ text: '셋' }]);
    expect(lines).toEqual([]);
  });
});
