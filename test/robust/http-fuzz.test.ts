import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.js';
import { registeredRoutes } from '../helpers/routes.js';
import { excerpt } from './acks.js';
import { buildWorld, type FuzzWorld } from './fuzz-world.js';
import { hostile } from './hostile-values.js';
import { keyBag, type IdPool } from './payloads.js';
import { countFromEnv, DATABASES, seedFromEnv, startRobustApp, type RobustApp } from './robust-app.js';

/**
 * Every route the express app registers, with hostile path parameters and bodies, as an anonymous
 * visitor, a user of another center and a user of the owning center: never a 5xx, an error body
 * only from the contract's codes, and the server keeps serving. `FUZZ_HTTP_RUNS` per route and
 * audience (default 4), `FUZZ_SEED` as for the socket fuzz.
 */
const PER_ROUTE = countFromEnv('FUZZ_HTTP_RUNS', 4);
const SEED = seedFromEnv('FUZZ_SEED', 9_2026);
const AUDIENCES = ['anonymous', 'otherCenter', 'ownCenter'] as const;

/** Percent-encodes every UTF-8 byte (a lone surrogate, which encodeURIComponent refuses, becomes U+FFFD). */
const encodeAll = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Segments sent as they are: broken percent-escapes, dot segments, an encoded NUL. */
const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%00', '%2e%2e', '..%2f..%2f', '%C0%AF', 'a%2Fb', '%F0%9F%98'];

const segment = (pool: IdPool, param: string): fc.Arbitrary<string> => {
  const kind = Object.keys(pool.ids).find((k) => param.toLowerCase().startsWith(k));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(kind ? pool.ids[kind]! : Object.values(pool.ids).flat())) },
    { weight: 2, arbitrary: fc.constantFrom(...pool.codes) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encodeAll) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 1, arbitrary: fc.constantFrom(3_000, 9_000).map((n) => 'a'.repeat(n)) },
  );
};

/** A body: a JSON value, a key-bag of contract fields, or bytes that are not the JSON they claim to be. */
const body = (pool: IdPool): fc.Arbitrary<{ text: string; type: string } | null> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 5,
      arbitrary: keyBag(pool).map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: hostile.map((v) => ({ text: JSON.stringify(v) ?? 'undefined', type: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { text: '{"a":', type: 'application/json' },
        { text: '\u0000', type: 'application/json' },
        { text: '{"__proto__":{"polluted":"yes"}}', type: 'application/json' },
        { text: 'a=1&__proto__[polluted]=yes', type: 'application/x-www-form-urlencoded' },
        { text: '<x/>', type: 'text/xml' },
        { text: '{}', type: 'application/json; charset=utf-16' },
        { text: `"${'a'.repeat(40_000)}"`, type: 'application/json' },
      ),
    },
  );

interface Probe {
  audience: (typeof AUDIENCES)[number];
  method: string;
  path: string;
  body: { text: string; type: string } | null;
}

function plan(routes: string[], pool: IdPool): Probe[] {
  return routes.flatMap((route, r) => {
    const [method, template] = route.split(' ') as [string, string];
    const params = [...template.matchAll(/[:*](\w+)/g)].map((m) => m[1]!);
    const probe = fc.record({
      audience: fc.constantFrom(...AUDIENCES),
      values: fc.tuple(...params.map((p) => segment(pool, p))),
      body: body(pool),
    });
    return fc.sample(probe, { seed: SEED + r, numRuns: PER_ROUTE * AUDIENCES.length }).map((p, k) => {
      let i = 0;
      const path = template.replace(/\{?[:*]\w+\}?/g, () => p.values[i++] ?? '');
      // Each audience gets its share; the sampled audience is only a tie-break for the order.
      return {
        audience: AUDIENCES[k % AUDIENCES.length]!,
        method,
        path,
        body: method === 'GET' ? null : p.body,
      };
    });
  });
}

describe.each(DATABASES)('hostile HTTP requests on $name', (db) => {
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
    'every route as every audience: never a 5xx, errors from the contract, the server keeps serving',
    { timeout: 120_000 },
    async () => {
      const routes = registeredRoutes(r.app.express, '/');
      expect(routes).toEqual(
        expect.arrayContaining(['GET /healthz', 'POST /api/auth/login', 'GET /api/programs']),
      );
      const failures: string[] = [];
      const statuses: Record<number, number> = {};
      for (const p of plan(routes, world.pool)) {
        const headers: Record<string, string> = {};
        // A fresh login per request: a fuzzed logout or deactivation must not blunt the rest of the run.
        if (p.audience !== 'anonymous')
          headers.cookie = await world.cookieOf(p.audience === 'ownCenter' ? 'own' : 'other');
        if (p.body) headers['content-type'] = p.body.type;
        const res = await fetch(`${r.url}${p.path}`, { method: p.method, headers, body: p.body?.text });
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const where = `${p.audience} ${p.method} ${excerpt(p.path, 120)} ${excerpt(p.body?.text ?? '', 120)}`;
        // Outside `npm test` (which builds first) the pages answer that the client is not built.
        if (res.status === 503 && text.startsWith('Moim client is not built')) continue;
        if (res.status >= 500) {
          failures.push(`${where}: ${res.status} ${excerpt(text, 200)}`);
          continue;
        }
        if (res.status >= 400 && res.headers.get('content-type')?.includes('json')) {
          const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          if (!code || !(code in ERROR_MESSAGES))
            failures.push(`${where}: ${res.status} outside the contract: ${excerpt(text, 200)}`);
        }
      }
      console.info(
        `http fuzz on ${db.name}: ${routes.length} routes, seed ${SEED}; statuses:`,
        JSON.stringify(statuses),
      );
      expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await (await fetch(`${r.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      expect(
        r.errors.map((e) => `${e.msg}: ${e.err?.message ?? ''}`),
        `FUZZ_SEED=${SEED}`,
      ).toEqual([]);
    },
  );
});
