import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferralsView } from '../../shared/referrals/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

/** Referrals (연계, design §4.4) over HTTP on both databases: history, consent for health services, resends. */
describe.each(APP_BACKENDS)('referrals on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => t.close());

  it('records referrals once, appends their outcome, and keeps a health one only with its consent', async () => {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today()], '연계 프로그램'),
    );
    const member = await addMember(t.storage, program.id, '하늘');
    const base = `/api/programs/${program.id}`;
    const refer = (body: unknown) =>
      call(t, fac.cookie, 'POST', `${base}/members/${member.id}/referrals`, body);

    const first = {
      requestId: crypto.randomUUID(),
      serviceId: 'national-employment-support',
      referredOn: today(),
    };
    const made = await expectStatus<ReferralsView & { referralId: string }>(201, refer(first));
    const again = await expectStatus<ReferralsView & { referralId: string }>(201, refer(first));
    expect(again.referralId).toBe(made.referralId);
    expect(made.referrals).toHaveLength(1);
    expect(made.referrals[0]).toMatchObject({
      serviceName: '국민취업지원제도',
      healthRelated: false,
      status: 'pending',
      createdByName: fac.user.name,
    });

    // 'other' needs a name; an unknown service and a date ahead are refused.
    expect((await refer({ ...first, requestId: crypto.randomUUID(), serviceId: 'other' })).status).toBe(400);
    expect((await refer({ ...first, requestId: crypto.randomUUID(), serviceId: 'made-up' })).status).toBe(
      400,
    );
    const ahead = { ...first, requestId: crypto.randomUUID(), referredOn: '2999-01-01' };
    expect((await refer(ahead)).status).toBe(400);
    await expectStatus(
      201,
      refer({
        requestId: crypto.randomUUID(),
        serviceId: 'other',
        serviceName: '지역 자활센터',
        referredOn: today(),
      }),
    );

    // A health-related service needs the separate consent, recorded as given on paper.
    const health = { requestId: crypto.randomUUID(), serviceId: 'mental-health-center', referredOn: today() };
    const refused = await refer(health);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'consent_required' } });
    const withConsent = await expectStatus<ReferralsView>(
      201,
      refer({ ...health, healthConsentOnPaper: true }),
    );
    expect(withConsent.referrals.filter((r) => r.healthRelated)).toHaveLength(1);

    // Outcomes append; the latest is the status; a resent update stores nothing new.
    const update = { requestId: crypto.randomUUID(), status: 'connected', on: today(), note: '첫 상담 완료' };
    const path = `${base}/referrals/${made.referralId}/updates`;
    await expectStatus(201, call(t, fac.cookie, 'POST', path, update));
    const updated = await expectStatus<ReferralsView>(201, call(t, fac.cookie, 'POST', path, update));
    const referral = updated.referrals.find((r) => r.id === made.referralId)!;
    expect(referral.status).toBe('connected');
    expect(referral.updates).toHaveLength(1);
    const unknown = await call(t, fac.cookie, 'POST', `${base}/referrals/${crypto.randomUUID()}/updates`, {
      ...update,
      requestId: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(404);

    // Withdrawing the consent deletes the health-related referral; the others stay.
    const withdrawn = await expectStatus<ReferralsView & { deleted: number }>(
      200,
      call(t, fac.cookie, 'POST', `${base}/members/${member.id}/referrals/withdraw-health-consent`, {}),
    );
    expect(withdrawn.deleted).toBe(1);
    expect(withdrawn.referrals.map((r) => r.serviceName).sort()).toEqual(
      ['국민취업지원제도', '지역 자활센터'].sort(),
    );

    // A member of another program is unknown here.
    const other = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '다른 프로그램'));
    const stranger = await addMember(t.storage, other.id, '손님');
    const crossed = await call(t, fac.cookie, 'POST', `${base}/members/${stranger.id}/referrals`, {
      ...first,
      requestId: crypto.randomUUID(),
    });
    expect(crossed.status).toBe(404);
  });
});
