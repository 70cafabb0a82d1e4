import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORT_LINK_DAYS } from '../../../server/storage/report-tokens.js';
import type { Text } from '../../../shared/i18n/text.js';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/program/limits.js';
import {
  REFERRAL_NOTICE_VERSION,
  referralNotice,
  SENSITIVE_REFERRAL,
} from '../../../shared/program/referral-notice.js';
import {
  REPORT_SHARE,
  REPORT_SHARE_LINK_DAYS,
  REPORT_SHARE_NOTICE_VERSION,
  reportShareNotice,
} from '../../../shared/program/report-share-notice.js';
import { SENSITIVE_BARRIERS } from '../../../shared/program/sensitive-notice.js';
import {
  TESTIMONIAL_NOTICE_VERSION,
  TESTIMONIAL_QUOTE,
  testimonialNotice,
} from '../../../shared/program/testimonial-notice.js';

const service: Text = { ko: '정신건강복지센터', en: 'the Mental Health Welfare Center' };
const center = '서울고용센터';

/**
 * Each notice as a member reads it, with fixed inputs, and the version its consents are stored with.
 * The hash ties the two: a consent says which text the member agreed to, so a changed text needs a
 * new version (then members are asked again). If a change keeps the meaning (a typo), record the new
 * hash under the same version, and say why in the commit.
 */
const NOTICES = [
  {
    purpose: TESTIMONIAL_QUOTE,
    version: TESTIMONIAL_NOTICE_VERSION,
    text: testimonialNotice({ centerName: center }),
    sha256: 'b8dcd0aa3cf33086e3fcd5d9a9647b69ee44440ba95164b5ac94b9e4b6b3395c',
  },
  {
    purpose: REPORT_SHARE,
    version: REPORT_SHARE_NOTICE_VERSION,
    text: reportShareNotice({ service }),
    sha256: 'cb0f6f9b0e23c7bbb224732a21f93c14ecdfdbcd415962ac51cdd388c9178a39',
  },
  {
    purpose: SENSITIVE_REFERRAL,
    version: REFERRAL_NOTICE_VERSION,
    text: referralNotice({ service }),
    sha256: 'cc09a383c8cd354ca6141e11deaae1bcccc243d147ab99afb908743c31dac902',
  },
];

const hash = (t: Text) => createHash('sha256').update(`${t.ko}\n\n${t.en}`).digest('hex');

describe('the three consent notices of design §3.5', () => {
  it('are the purposes the design names, none of them the sensitive-barriers one', () => {
    expect(NOTICES.map((n) => n.purpose)).toEqual([
      'testimonial-quote',
      'report-share',
      'sensitive-referral',
    ]);
    expect(NOTICES.map((n) => n.purpose)).not.toContain(SENSITIVE_BARRIERS);
  });

  it.each(NOTICES.map((n) => [n.purpose, n] as const))('%s: its version goes with its text', (_p, n) => {
    expect(n.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      { version: n.version, sha256: hash(n.text) },
      'the text changed: give it a new version (or, keeping the meaning, record the new hash)',
    ).toEqual({ version: n.version, sha256: n.sha256 });
  });

  it('testimonial-quote: what is quoted, where, under which name, until when, refusing costs nothing', () => {
    const { ko, en } = testimonialNotice({ centerName: center });
    for (const word of [
      '소감',
      center,
      '보고서',
      '공모전',
      '"참여자"',
      '임○종',
      `${DEFAULT_RETENTION_MONTHS}개월`,
    ])
      expect(ko).toContain(word);
    expect(ko).toContain('철회하면 그 즉시 인용을 멈추');
    expect(ko).toContain('아무 불이익이 없습니다');
    expect(ko).toContain('별칭과 나이는 쓰지 않습니다');
    for (const word of [
      'testimonial',
      center,
      'contest',
      '"a participant"',
      `${DEFAULT_RETENTION_MONTHS} months`,
    ])
      expect(en).toContain(word);
    expect(en).toContain('costs you nothing');
    expect(testimonialNotice({ centerName: center, retentionMonths: 6 }).ko).toContain('6개월');
  });

  it('report-share: the named service, what is handed over, the link days, withdrawal, refusal', () => {
    const { ko, en } = reportShareNotice({ service });
    expect(ko).toContain(service.ko);
    expect(en).toContain(service.en);
    expect(ko).toContain(`${REPORT_SHARE_LINK_DAYS}일`);
    expect(en).toContain(`${REPORT_SHARE_LINK_DAYS} days`);
    expect(ko).toContain('철회하면 그 즉시 링크가 닫힙니다');
    expect(ko).toContain('동의하지 않을 권리');
    expect(ko).toContain('민감정보 범주는 따로 동의했을 때만');
    expect(en).toMatch(/may refuse/);
  });

  it("report-share: the link days are the app's report link days", () => {
    expect(REPORT_SHARE_LINK_DAYS).toBe(REPORT_LINK_DAYS);
  });

  it('sensitive-referral: a separate consent with purpose, items, retention, refusal, who sees it', () => {
    const { ko, en } = referralNotice({ service });
    expect(ko).toContain('민감정보 수집·이용 동의 (별도 동의)');
    for (const word of [
      '목적',
      '수집 항목',
      `${DEFAULT_RETENTION_MONTHS}개월`,
      '동의하지 않을 권리',
      '보는 사람',
    ])
      expect(ko).toContain(word);
    expect(ko).toContain(service.ko);
    expect(ko).toContain('철회하면 그 즉시 이 연계 기록을 삭제');
    expect(ko).toContain('"건강 관련 지원"');
    for (const word of [
      'Purpose',
      'Items',
      `${DEFAULT_RETENTION_MONTHS} months`,
      'may refuse',
      'Who sees it',
    ])
      expect(en).toContain(word);
    expect(referralNotice({ service, retentionMonths: 6 }).en).toContain('6 months');
  });
});
