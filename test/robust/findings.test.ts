import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../helpers/app.js';
import { call } from '../integration/program-fixtures.js';
import { mintCookie } from './fuzz-world.js';
import { DATABASES, startRobustApp, type RobustApp } from './robust-app.js';

/** What the fuzz suites found, each pinned where it lives, on both databases. */
describe.each(DATABASES)('fuzz findings on $name', (db) => {
  let r: RobustApp;
  beforeAll(async () => {
    if (db.unavailable) return;
    r = await startRobustApp(await db.create());
  });
  afterAll(async () => {
    await r?.close();
  });

  it.skipIf(db.unavailable !== null)(
    'a user update that changes nothing answers the user as they are (was: an empty UPDATE, HTTP 500)',
    async () => {
      const admin = await createUser(r.storage, { role: 'admin' });
      const colleague = await createUser(r.storage, { role: 'facilitator', centerId: admin.centerId });
      const cookie = await mintCookie(r, admin);
      for (const body of [{}, { unknown: 1 }]) {
        const reply = await call<{ user: { id: string; role: string; active: boolean } }>(
          r,
          cookie,
          'PATCH',
          `/api/center/users/${colleague.id}`,
          body,
        );
        expect(reply.status).toBe(200);
        expect(reply.body.user).toMatchObject({ id: colleague.id, role: 'facilitator', active: true });
      }
      expect(r.errors).toEqual([]);
    },
  );
});
