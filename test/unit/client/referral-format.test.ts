import { describe, expect, it } from 'vitest';
import {
  referralsByMember,
  serviceGroups,
  serviceName,
  statusLabel,
  updatesNewestFirst,
} from '../../../client/src/facilitator/ui/follow-up/referral-format.js';
import { addStrings, translate } from '../../../client/src/common/i18n.js';
import { referralsStrings } from '../../../client/src/i18n/facilitator/referrals.js';
import { supportServices } from '../../../shared/content/index.js';
import { isHealthRelated, REFERRAL_STATUSES } from '../../../shared/referrals/schemas.js';
import type { ReferralView } from '../../../shared/referrals/views.js';

const referral = (over: Partial<ReferralView>): ReferralView => ({
  id: 'r1',
  memberId: 'm1',
  serviceId: 'national-employment-support',
  serviceName: '국민취업지원제도',
  healthRelated: false,
  referredOn: '2026-11-02',
  note: null,
  status: 'pending',
  updates: [],
  createdByName: '김상담',
  reportLink: null,
  ...over,
});

describe('the referral form’s service groups', () => {
  it('puts the five health-related services apart, keeps the library’s order and loses none', () => {
    const { general, health } = serviceGroups();
    expect(health.map((s) => s.id)).toEqual([
      'psychological-support-program',
      'mental-health-center',
      'suicide-prevention-line',
      'public-health-center',
      'disability-employment',
    ]);
    expect(health.every((s) => isHealthRelated(s.id))).toBe(true);
    expect(general.some((s) => isHealthRelated(s.id))).toBe(false);
    expect(general[0]?.id).toBe('national-employment-support');
    expect(general.length + health.length).toBe(supportServices.length);
  });
});

describe('referral words', () => {
  const t = (lang: 'ko' | 'en') => (key: string, options?: Record<string, unknown>) =>
    translate(key, options, lang);
  addStrings(referralsStrings);

  it('names every status in Korean and English', () => {
    expect(REFERRAL_STATUSES.map((s) => statusLabel(s, t('ko')))).toEqual([
      '연계 대기',
      '연계됨',
      '연계 안 됨',
      '거절',
    ]);
    expect(REFERRAL_STATUSES.map((s) => statusLabel(s, t('en')))).toEqual([
      'Pending',
      'Connected',
      'Not connected',
      'Declined',
    ]);
  });

  it('names a library service in the page’s language and an other one as typed', () => {
    expect(serviceName(referral({}), 'en')).toBe('National Employment Support Program');
    expect(serviceName(referral({}), 'ko')).toBe('국민취업지원제도');
    const other = referral({ serviceId: 'other', serviceName: '구청 일자리센터' });
    expect(serviceName(other, 'en')).toBe('구청 일자리센터');
  });
});

describe('referrals in order', () => {
  it('groups them by member, keeping the view’s order', () => {
    const list = [
      referral({ id: 'a', memberId: 'm1' }),
      referral({ id: 'b', memberId: 'm2' }),
      referral({ id: 'c', memberId: 'm1' }),
    ];
    const byMember = referralsByMember(list);
    expect(byMember.get('m1')?.map((r) => r.id)).toEqual(['a', 'c']);
    expect(byMember.get('m2')?.map((r) => r.id)).toEqual(['b']);
    expect(byMember.get('m3')).toBeUndefined();
  });

  it('lists the outcomes newest first, so the first is the current status, without changing the view', () => {
    const updates = [
      { id: 'u1', status: 'not-connected' as const, on: '2026-11-03', note: null, recordedByName: null },
      {
        id: 'u2',
        status: 'connected' as const,
        on: '2026-11-05',
        note: '상담 예약',
        recordedByName: '김상담',
      },
    ];
    const r = referral({ updates, status: 'connected' });
    expect(updatesNewestFirst(r).map((u) => u.id)).toEqual(['u2', 'u1']);
    expect(updatesNewestFirst(r)[0]?.status).toBe(r.status);
    expect(r.updates.map((u) => u.id)).toEqual(['u1', 'u2']);
  });
});
