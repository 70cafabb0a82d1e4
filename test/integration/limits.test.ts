import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FACILITATORS_PER_PROGRAM } from '../../shared/program/limits.js';
import type { AgendaModule, CreateProgramBody, UpdateProgramBody } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { MAX_ACTIVITIES_PER_SESSION } from '../../shared/protocol/limits.js';
import { createSession, createUser, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
import {
  APP_BACKENDS,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

const poll = (title: string) => ({
  type: 'poll-single' as const,
  title,
  config: {
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
});

/** A day's agenda with `engine` activities that run on phones and `led` ones the facilitator leads. */
function agenda(engine: number, led = 0): AgendaModule[] {
  const items = [
    ...Array.from({ length: engine }, (_, i) => ({ type: 'scale' as const, title: `척도 ${i + 1}` })),
    ...Array.from({ length: led }, (_, i) => ({
      type: 'strength-cards' as const,
      title: `강점 카드 ${i + 1}`,
    })),
  ];
  const modules: AgendaModule[] = [];
  for (let i = 0; i < items.length; i += 20) {
    modules.push({
      key: `m${i}`,
      moduleId: null,
      title: `모듈 ${i / 20 + 1}`,
      minutes: 60,
      activities: items.slice(i, i + 20).map((a, j) => ({ key: `a${i + j}`, minutes: 1, ...a })),
    });
  }
  return modules;
}

/**
 * Weakness 12 of issue 9: every limit the forms and schemas assume is held by the server, whichever
 * way in (one more `activity:add`, a day's agenda, a copied program).
 */
describe.each(APP_BACKENDS)('the server holds the limits its schemas assume, on $name', ({ start }) => {
  let t: TestApp;
  let cookie: string;
  let me: { id: string; centerId: string };
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    t = await start();
    const login = await loginFacilitator(t);
    cookie = login.cookie;
    me = login.user;
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('refuses activities past the session cap, even added at once, and all of them still reorder', async () => {
    const { id: sessionId } = await createSession(t, cookie, {
      title: '가득 찬 모임',
      activities: Array.from({ length: MAX_ACTIVITIES_PER_SESSION - 1 }, (_, i) => poll(`질문 ${i + 1}`)),
    });
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    await ok(facilitator, 'session:watch', { sessionId });
    const acks = await Promise.all(
      [1, 2, 3].map((n) => request(facilitator, 'activity:add', { sessionId, activity: poll(`추가 ${n}`) })),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    for (const refused of acks.filter((a) => !a.ok)) {
      expect(refused).toEqual({ ok: false, ...errorBody('too_many_activities') });
    }
    const all = (await t.storage.activities.list(sessionId)).map((a) => a.id);
    expect(all).toHaveLength(MAX_ACTIVITIES_PER_SESSION);
    await ok(facilitator, 'activity:reorder', { sessionId, activityIds: [...all].reverse() });
    expect((await t.storage.activities.list(sessionId)).map((a) => a.id)).toEqual([...all].reverse());
  });

  it('refuses a day whose agenda puts more activities on phones than a session holds', async () => {
    const body = (engine: number, led: number): CreateProgramBody => {
      const b = scratchBody([me.id], [today()]);
      b.days[0]!.modules = agenda(engine, led);
      return b;
    };
    // Facilitator-led activities never reach the phones: they do not count.
    await createProgram(t, cookie, body(MAX_ACTIVITIES_PER_SESSION, 60));
    const over = await call(t, cookie, 'POST', '/api/programs', body(MAX_ACTIVITIES_PER_SESSION + 1, 0));
    expect(over).toEqual({ status: 400, body: errorBody('invalid_payload') });
  });

  it('refuses to start a stored day whose agenda would overflow the session, starting nothing', async () => {
    // A day stored before the schema held the cap: written straight into storage.
    const body = scratchBody([me.id], [today()]);
    body.days[0]!.modules = agenda(MAX_ACTIVITIES_PER_SESSION + 1);
    const program = await t.storage.programs.create({ centerId: me.centerId, createdBy: me.id, body });
    const started = await call(
      t,
      cookie,
      'POST',
      `/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
      {},
    );
    expect(started).toEqual({ status: 400, body: errorBody('too_many_activities') });
    expect(await t.storage.sessions.findByCode(program.code)).toBeNull();
  });

  it('copies a program with a full facilitator list without going over the cap', async () => {
    const colleagues = await Promise.all(
      Array.from({ length: MAX_FACILITATORS_PER_PROGRAM }, () =>
        createUser(t.storage, { role: 'facilitator', centerId: me.centerId }),
      ),
    );
    // An admin may make a program they do not run; copying it brings them along.
    const program = await createProgram(
      t,
      cookie,
      scratchBody(
        colleagues.map((c) => c.id),
        [today()],
      ),
    );
    const { program: copy } = await expectStatus<{ program: ProgramDetail }>(
      201,
      call(t, cookie, 'POST', `/api/programs/${program.id}/copy`, { title: '다음 기수', firstDate: today() }),
    );
    const ids = copy.facilitators.map((f) => f.id);
    expect(ids).toHaveLength(MAX_FACILITATORS_PER_PROGRAM);
    expect(ids).toContain(me.id);
    // The copy saves as it came: nothing in it is beyond what the editor may send back.
    const update: UpdateProgramBody = {
      title: copy.title,
      group: copy.group,
      facilitatorIds: ids,
      version: copy.version,
      days: copy.days.map((d) => ({
        id: d.id,
        date: d.date,
        startTime: d.startTime,
        endTime: d.endTime,
        modules: d.modules,
      })),
    };
    await expectStatus(200, call(t, cookie, 'PUT', `/api/programs/${copy.id}`, update));
  });
});
