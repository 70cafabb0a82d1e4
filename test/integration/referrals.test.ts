import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_SHARE, REPORT_SHARE_NOTICE_VERSION } from '../../shared/program/report-share-notice.js';
import type { ReportResponse } from '../../shared/report/build.js';
import type { ReferralRecorded, ReferralsView } from '../../shared/referrals/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  errorBody,
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

  it('hands the report over with a referral only with the paper consent, once, and closes the link on revoke and withdrawal', async () => {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today()], '전달 프로그램'),
    );
    const member = await addMember(t.storage, program.id, '하늘');
    const other = await addMember(t.storage, program.id, '바다');
    const base = `/api/programs/${program.id}`;
    const refer = (memberId: string, body: unknown) =>
      call<ReferralRecorded>(t, fac.cookie, 'POST', `${base}/members/${memberId}/referrals`, body);
    const byLink = async (token: string) => {
      const res = await fetch(`${t.url}/api/report/by-link`, {
        headers: { authorization: `ReportLink ${token}` },
      });
      return { status: res.status, body: (await res.json()) as ReportResponse };
    };
    const share = {
      requestId: crypto.randomUUID(),
      serviceId: 'national-employment-support',
      referredOn: today(),
      shareReport: true,
    };

    // Without the paper confirmation nothing is stored: no referral, no consent, no link.
    expect(await refer(member.id, share)).toEqual({ status: 400, body: errorBody('consent_required') });
    expect(await t.storage.consents.current(member.id, REPORT_SHARE)).toBeNull();

    const body = { ...share, reportConsentOnPaper: true };
    const made = await expectStatus<ReferralRecorded>(201, refer(member.id, body));
    expect(made.duplicate).toBe(false);
    expect(made.reportLink?.token).toMatch(/^[\w-]{40,}$/);
    const referral = made.referrals.find((r) => r.id === made.referralId)!;
    expect(referral.reportLink).toEqual({ expiresAt: made.reportLink!.expiresAt, revoked: false });
    expect(await t.storage.consents.current(member.id, REPORT_SHARE)).toMatchObject({
      noticeVersion: REPORT_SHARE_NOTICE_VERSION,
      channel: 'paper',
      recordedBy: fac.user.id,
    });
    const token = made.reportLink!.token;
    // The link opens exactly that member's report and nothing else.
    const read = await byLink(token);
    expect(read.status).toBe(200);
    expect(read.body.report.member.nickname).toBe('하늘');
    const asBearer = await fetch(`${t.url}/api/report`, { headers: { authorization: `Bearer ${token}` } });
    expect(asBearer.status).toBe(404);
    const asStaff = await fetch(`${t.url}${base}/members/${member.id}/report`, {
      headers: { authorization: `ReportLink ${token}` },
    });
    expect(asStaff.status).toBe(401);

    // A resend answers the same referral without a link, and makes no second one.
    const again = await expectStatus<ReferralRecorded>(201, refer(member.id, body));
    expect(again).toMatchObject({ referralId: made.referralId, duplicate: true, reportLink: null });
    expect(again.referrals.filter((r) => r.reportLink)).toHaveLength(1);

    // Staff revoke the link: it is refused from then on; the list shows it revoked.
    const revokePath = `${base}/referrals/${made.referralId}/revoke-report`;
    const revoked = await expectStatus<ReferralsView & { revoked: number }>(
      200,
      call(t, fac.cookie, 'POST', revokePath, {}),
    );
    expect(revoked.revoked).toBe(1);
    expect(revoked.referrals.find((r) => r.id === made.referralId)!.reportLink?.revoked).toBe(true);
    expect(await byLink(token)).toEqual({ status: 404, body: errorBody('report_not_found') });
    expect(
      (await call(t, fac.cookie, 'POST', `${base}/referrals/${crypto.randomUUID()}/revoke-report`, {}))
        .status,
    ).toBe(404);

    // Two more handed over (one for another member); withdrawing this member's consent closes theirs only.
    const second = await expectStatus<ReferralRecorded>(
      201,
      refer(member.id, { ...body, requestId: crypto.randomUUID(), serviceId: 'work24' }),
    );
    const others = await expectStatus<ReferralRecorded>(
      201,
      refer(other.id, { ...body, requestId: crypto.randomUUID() }),
    );
    expect((await byLink(second.reportLink!.token)).status).toBe(200);
    const withdrawn = await expectStatus<ReferralsView & { revoked: number }>(
      200,
      call(t, fac.cookie, 'POST', `${base}/members/${member.id}/referrals/withdraw-report-consent`, {}),
    );
    expect(withdrawn.revoked).toBe(1);
    expect(await t.storage.consents.current(member.id, REPORT_SHARE)).toBeNull();
    expect((await byLink(second.reportLink!.token)).status).toBe(404);
    const theirs = await byLink(others.reportLink!.token);
    expect(theirs.status).toBe(200);
    expect(theirs.body.report.member.nickname).toBe('바다');
    expect(
      withdrawn.referrals.filter((r) => r.reportLink && !r.reportLink.revoked).map((r) => r.memberId),
    ).toEqual([other.id]);
    // No link of this member was left open anywhere (the resend made none beside the referrals').
    expect(await t.storage.reportTokens.revokeAll(member.id)).toBe(0);
  });
});
