import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/program/limits.js';
import { programNotice } from '../../../shared/program/notice.js';
import { addMonths, retainUntil, retentionDate } from '../../../shared/program/retention.js';

describe('retention of a program’s personal data', () => {
  it('runs to the end of the same date N months after the end, in Korea', () => {
    // 2026-11-30 14:00 KST
    const endedAt = Date.parse('2026-11-30T14:00:00+09:00');
    const until = retainUntil(endedAt, 12);
    expect(until).toBe(Date.parse('2027-11-30T23:59:59.999+09:00'));
    expect(retentionDate(until)).toBe('2027-11-30');
  });

  it('counts the date in Korea, not UTC: 08:00 KST on Dec 1 is still Nov 30 in UTC', () => {
    const endedAt = Date.parse('2026-12-01T08:00:00+09:00');
    expect(retentionDate(retainUntil(endedAt, 6))).toBe('2027-06-01');
  });

  it('uses the notice’s months by default: what the participant read is what is stored', () => {
    const endedAt = Date.parse('2026-03-15T10:00:00+09:00');
    expect(retentionDate(retainUntil(endedAt))).toBe(addMonths('2026-03-15', DEFAULT_RETENTION_MONTHS));
    expect(programNotice({ title: 'T', centerName: 'C' }).ko).toContain(
      `프로그램 종료 후 ${DEFAULT_RETENTION_MONTHS}개월`,
    );
  });

  it('adds calendar months, a missing day becoming the month’s last', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
  });
});
