import { describe, expect, it } from 'vitest';
import { library } from '../../../shared/content/index.js';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/program/limits.js';
import {
  SENSITIVE_ITEM_KEYS,
  SENSITIVE_NOTICE_VERSION,
  sensitiveNotice,
} from '../../../shared/program/sensitive-notice.js';

const sensitive = library.barriers.filter((b) => b.sensitive);
const ordinary = library.barriers.filter((b) => !b.sensitive);

describe('sensitive-information notice', () => {
  it('the library has sensitive and ordinary barrier categories (or the checks below prove nothing)', () => {
    expect(sensitive.length).toBeGreaterThan(0);
    expect(ordinary.length).toBeGreaterThan(0);
  });

  it('names every sensitive category of the content library, and no other, in each language', () => {
    const notice = sensitiveNotice();
    for (const lang of ['ko', 'en'] as const) {
      for (const b of sensitive) expect(notice[lang], b.id).toContain(b.name[lang]);
      for (const b of ordinary) expect(notice[lang], b.id).not.toContain(b.name[lang]);
    }
  });

  it('states purpose, retention, the right to refuse and what refusing means, and who sees it', () => {
    const notice = sensitiveNotice();
    expect(notice.ko).toContain('목적');
    expect(notice.ko).toContain(`${DEFAULT_RETENTION_MONTHS}개월`);
    expect(notice.ko).toContain('동의하지 않을 권리');
    expect(notice.ko).toContain('이 범주만 보이지 않고');
    expect(notice.ko).toContain('본인과 이 프로그램의 진행자');
    expect(notice.ko).toContain('인원 수만');
    expect(notice.en).toContain('Purpose');
    expect(notice.en).toContain(`${DEFAULT_RETENTION_MONTHS} months`);
    expect(notice.en).toMatch(/may refuse/);
    expect(notice.en).toContain('only hides these categories');
    expect(notice.en).toContain("you and the program's facilitators");
    expect(notice.en).toContain('only counts');
  });

  it("states the program's own retention", () => {
    const notice = sensitiveNotice({ retentionMonths: 6 });
    expect(notice.ko).toContain('6개월');
    expect(notice.en).toContain('6 months');
  });

  it('covers the answer items of exactly the sensitive categories, and has a version', () => {
    const keys = sensitive.flatMap((b) => [`barrier:${b.id}`, `plan:${b.id}`, `rehearsed:${b.id}`]);
    expect([...SENSITIVE_ITEM_KEYS].sort()).toEqual(keys.sort());
    for (const b of ordinary)
      expect(
        SENSITIVE_ITEM_KEYS.some((k) => k.endsWith(`:${b.id}`)),
        b.id,
      ).toBe(false);
    expect(SENSITIVE_NOTICE_VERSION).not.toBe('');
  });
});
