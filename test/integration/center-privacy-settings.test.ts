import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/program/dates.js';
import { DEFAULT_RETENTION_MONTHS, DEFAULT_SMALL_COUNT_THRESHOLD } from '../../shared/program/limits.js';
import { addMonths, retainUntil, retentionDate } from '../../shared/program/retention.js';
import type { CenterOverview, CenterView, ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import {
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
  APP_BACKENDS,
} from './program-fixtures.js';

/** The center's small-count threshold and a program's retention date, over HTTP, on each database. */
describe.each(APP_BACKENDS)('privacy settings on $name', ({ start: startApp }) => {
  let t: TestApp;
  let admin: { cookie: string; user: { id: string; centerId: string } };

  beforeEach(async () => {
    t = await startApp();
    admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
  });
  afterEach(async () => {
    await t.close();
  });

  const threshold = async (cookie: string) =>
    (await expectStatus<CenterOverview>(200, call(t, cookie, 'GET', '/api/center'))).center
      .smallCountThreshold;

  it('lets the admin read and set the small-count threshold; the store reads what was set', async () => {
    expect(await threshold(admin.cookie)).toBe(DEFAULT_SMALL_COUNT_THRESHOLD);
    const r = await expectStatus<{ center: CenterView }>(
      200,
      call(t, admin.cookie, 'PATCH', '/api/center', { smallCountThreshold: 5 }),
    );
    expect(r.center.smallCountThreshold).toBe(5);
    expect(await threshold(admin.cookie)).toBe(5);
    expect(await t.storage.centers.smallCountThreshold(admin.user.centerId)).toBe(5);
    // Setting the threshold alone leaves the other settings as they were.
    expect(r.center.completionThreshold).toBe(0.8);
  });

  it('refuses a threshold outside 2..10 or not whole, with a translated error, and keeps the old one', async () => {
    for (const value of [1, 11, 0, -3, 2.5, '4', null]) {
      expect(await call(t, admin.cookie, 'PATCH', '/api/center', { smallCountThreshold: value })).toEqual({
        status: 400,
        body: errorBody('invalid_payload'),
      });
    }
    expect(errorBody('invalid_payload').error.message.ko).toMatch(/요청/);
    for (const value of [2, 10]) {
      expect(
        (await call(t, admin.cookie, 'PATCH', '/api/center', { smallCountThreshold: value })).status,
      ).toBe(200);
    }
    expect(await t.storage.centers.smallCountThreshold(admin.user.centerId)).toBe(10);
  });

  it("refuses a facilitator; another center's admin changes only their own center", async () => {
    const facilitator = await loginFacilitator(t, 'runner@center.kr', {
      role: 'facilitator',
      centerId: admin.user.centerId,
    });
    expect(await call(t, facilitator.cookie, 'PATCH', '/api/center', { smallCountThreshold: 9 })).toEqual({
      status: 403,
      body: errorBody('forbidden'),
    });
    expect((await call(t, facilitator.cookie, 'GET', '/api/center')).status).toBe(403);

    // The admin routes name no center: the session's own center is the only one they can reach.
    const other = await loginFacilitator(t, 'admin@other.kr', { role: 'admin' });
    expect(other.user.centerId).not.toBe(admin.user.centerId);
    await expectStatus(200, call(t, other.cookie, 'PATCH', '/api/center', { smallCountThreshold: 8 }));
    expect(await t.storage.centers.smallCountThreshold(other.user.centerId)).toBe(8);
    expect(await t.storage.centers.smallCountThreshold(admin.user.centerId)).toBe(
      DEFAULT_SMALL_COUNT_THRESHOLD,
    );
    expect(await threshold(admin.cookie)).toBe(DEFAULT_SMALL_COUNT_THRESHOLD);
  });

  it('stores retain_until when a program ends: its end date + the notice’s months, shown to facilitators', async () => {
    // Ended early: day 2 was still ahead. The clock starts at the end, not at the planned last day.
    const program = await createProgram(
      t,
      admin.cookie,
      scratchBody([admin.user.id], [addDays(today(), -1), addDays(today(), 30)]),
    );
    expect(program.retainUntil).toBeNull();
    const before = Date.now();
    await expectStatus(200, call(t, admin.cookie, 'POST', `/api/programs/${program.id}/end`, {}));
    const after = Date.now();

    // Read back from the row (detail selects programs.retain_until), then over HTTP.
    const stored = (await t.storage.programs.detail(program.id))?.retainUntil;
    expect([retainUntil(before), retainUntil(after)]).toContain(stored);
    const detail = await expectStatus<{ program: ProgramDetail }>(
      200,
      call(t, admin.cookie, 'GET', `/api/programs/${program.id}`),
    );
    expect(detail.program.retainUntil).toBe(stored);
    // The notice's months after today (the end), not after the planned last day 30 days on.
    expect(retentionDate(stored!)).toBe(addMonths(today(), DEFAULT_RETENTION_MONTHS));

    // Ending again changes nothing: the first end stays the one the clock counts from.
    await call(t, admin.cookie, 'POST', `/api/programs/${program.id}/end`, {});
    expect((await t.storage.programs.detail(program.id))?.retainUntil).toBe(stored);
  });
});
