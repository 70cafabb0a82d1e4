import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChoiceSummary } from '../../shared/activities/choice.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, waitFor } from '../helpers/sockets.js';

const unavailable = await postgresBackend.available();
if (unavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${unavailable}`);
if (unavailable) console.warn(`Skipping the app on PostgreSQL: ${unavailable}`);

/** The whole app, not only the storage layer, on a postgres:// DATABASE_URL. */
describe.skipIf(unavailable !== null)('the live session on PostgreSQL', () => {
  let t: TestApp;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    t = await startTestApp({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await t?.close();
    await drop?.();
  });

  it('reports PostgreSQL as healthy and runs a poll end to end', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'postgres' });
    const { cookie } = await loginFacilitator(t);
    const session = await createSession(t, cookie, {
      title: 'PostgreSQL',
      activities: [
        {
          type: 'poll-single',
          title: '질문',
          config: {
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        },
      ],
    });
    const facilitator = await connect(t.url, { cookie });
    const activityId = (await ok(facilitator, 'session:watch', { sessionId: session.id })).activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });
    const phones = await Promise.all([connect(t.url), connect(t.url)]);
    await ok(phones[0]!, 'participant:join', { code: session.code, nickname: '하나' });
    await ok(phones[1]!, 'participant:join', { code: session.code, nickname: '둘' });
    const both = waitFor(facilitator, 'results:updated', (r) => r.respondents === 2);
    const answerId = crypto.randomUUID();
    await ok(phones[0]!, 'answer:submit', { activityId, answerId, value: { optionId: 'a' } });
    await ok(phones[1]!, 'answer:submit', {
      activityId,
      answerId: crypto.randomUUID(),
      value: { optionId: 'a' },
    });
    expect(((await both).summary as ChoiceSummary).counts.map((c) => c.count)).toEqual([2, 0]);
    expect(
      (await ok(phones[0]!, 'answer:submit', { activityId, answerId, value: { optionId: 'a' } })).duplicate,
    ).toBe(true);
    for (const s of [facilitator, ...phones]) s.disconnect();
  });
});
