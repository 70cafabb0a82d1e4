import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.js';
import { FACILITATOR_EVENT_NAMES } from '../../shared/protocol/events.js';
import { connect, ok, request } from '../helpers/sockets.js';
import { judgeAck } from './acks.js';
import { buildWorld, type FuzzWorld } from './fuzz-world.js';
import { countFromEnv, DATABASES, seedFromEnv, startRobustApp, type RobustApp } from './robust-app.js';
import { planFuzz, runFuzz, serverEventNames } from './socket-fuzz.js';

/**
 * Hostile payloads to every client event as every audience. `npm test` runs a fixed seed and a
 * count that takes a few seconds; `FUZZ_RUNS=100000 npm run fuzz` runs long, `FUZZ_SEED=n`
 * reproduces a run (the seed is printed with every failure).
 */
const RUNS = countFromEnv('FUZZ_RUNS', 2_000);
const SEED = seedFromEnv('FUZZ_SEED', 9_2026);

describe.each(DATABASES)('hostile socket payloads on $name', (db) => {
  let r: RobustApp;
  let world: FuzzWorld;

  beforeAll(async () => {
    if (db.unavailable) return;
    r = await startRobustApp(await db.create());
    world = await buildWorld(r);
  });
  afterAll(async () => {
    world?.close();
    await r?.close();
  });

  it.skipIf(db.unavailable !== null)(
    'every event as every audience: an ack from the contract, never internal, never silence, and the server keeps serving',
    { timeout: Math.max(60_000, RUNS * 20) },
    async () => {
      const events = await serverEventNames(r);
      // The handler map is what is fuzzed; it must be the whole contract, not a partial read.
      expect(events).toEqual(
        expect.arrayContaining([...FACILITATOR_EVENT_NAMES, 'answer:submit', 'participant:join']),
      );

      const plan = planFuzz(events, world, RUNS, SEED);
      const outcome = await runFuzz(world, plan);
      console.info(
        `fuzz on ${db.name}: ${outcome.sent} calls over ${events.length} events, seed ${SEED}; answers:`,
        JSON.stringify(outcome.codes),
      );
      if (process.env.FUZZ_VERBOSE) console.info(JSON.stringify(outcome.byEvent, null, 1));
      expect(outcome.failures, `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`).toEqual([]);

      // Nothing the fuzz sent changed a prototype of this process (the server runs in it).
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(Object.keys(Object.prototype)).toEqual([]);

      // The server stays up: health, a fresh socket, and a legitimate participant's answer.
      expect(await (await fetch(`${r.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      const fresh = await connect(r.url);
      expect(judgeAck(await request(fresh, 'participant:join', { code: '000000' })).kind).toBe('error');
      fresh.disconnect();
      // A newcomer (from another address: the fuzz may have spent its own address's join-code
      // limit, as one guesser in a venue does) still joins and answers.
      const newcomer = await connect(r.url, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      await ok(newcomer, 'participant:join', { code: world.control.code, nickname: '새로 온 사람' });
      expect(
        await request(newcomer, 'answer:submit', {
          activityId: world.control.activityId,
          answerId: crypto.randomUUID(),
          value: { value: 3 },
        }),
      ).toMatchObject({ ok: true });
      newcomer.disconnect();
      expect(
        await request(world.control.phone, 'answer:submit', {
          activityId: world.control.activityId,
          answerId: crypto.randomUUID(),
          value: { value: 7 },
        }),
      ).toMatchObject({ ok: true });

      // A handler or a broadcast that threw is logged even when its ack was fine.
      expect(
        r.errors.map((e) => `${e.msg}: ${e.err?.message ?? ''}`),
        `FUZZ_SEED=${SEED}`,
      ).toEqual([]);
      expect(Object.keys(outcome.codes).every((c) => c === 'ok' || c in ERROR_MESSAGES)).toBe(true);
    },
  );
});
