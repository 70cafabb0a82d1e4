import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/program/limits.js';
import { programNotice } from '../../../shared/program/notice.js';

describe('program notice', () => {
  it('states the default retention in both languages', () => {
    const notice = programNotice({ title: '성취프로그램', centerName: '서울고용센터' });
    expect(notice.ko).toContain(`${DEFAULT_RETENTION_MONTHS}개월`);
    expect(notice.en).toContain(`${DEFAULT_RETENTION_MONTHS} months`);
  });

  it("states a center's own retention in both languages", () => {
    const notice = programNotice({ title: 'T', centerName: 'C', retentionMonths: 6 });
    expect(notice.ko).toContain('6개월');
    expect(notice.en).toContain('6 months');
    expect(notice.ko).not.toContain(`${DEFAULT_RETENTION_MONTHS}개월`);
  });

  it('names the program and center, and says consent may be refused, in both languages', () => {
    const notice = programNotice({ title: '성취프로그램', centerName: '서울고용센터' });
    for (const text of [notice.ko, notice.en]) {
      expect(text).toContain('성취프로그램');
      expect(text).toContain('서울고용센터');
    }
    expect(notice.ko).toContain('동의하지 않을 권리');
    expect(notice.en).toMatch(/may refuse/);
  });
});
