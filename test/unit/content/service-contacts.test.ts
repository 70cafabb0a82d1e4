import { describe, expect, it } from 'vitest';
import {
  SERVICE_PHONE,
  SERVICE_URL,
  SupportService,
  supportServices,
} from '../../../shared/content/index.js';

const byId = new Map(supportServices.map((s) => [s.id, s]));
const base = {
  id: 'x',
  name: { ko: '가', en: 'a' },
  what: { ko: '가', en: 'a' },
  howToReach: { ko: '가', en: 'a' },
};

describe('support services: phone and website', () => {
  it('the public services the barrier map links carry their national numbers and official sites', () => {
    expect(byId.get('national-employment-support')).toMatchObject({
      phone: '1350',
      url: 'https://www.work24.go.kr',
    });
    expect(byId.get('employment-center-counseling')?.phone).toBe('1350');
    expect(byId.get('work24')?.url).toBe('https://www.work24.go.kr');
    expect(byId.get('tomorrow-learning-card')?.url).toBe('https://www.work24.go.kr');
    expect(byId.get('mental-health-center')?.phone).toBe('1577-0199');
    expect(byId.get('suicide-prevention-line')?.phone).toBe('109');
    expect(byId.get('credit-counseling')?.phone).toBe('1600-5500');
  });

  it('a number written in how to reach (☎) is the service’s phone, in both languages', () => {
    let checked = 0;
    for (const s of supportServices) {
      for (const lang of ['ko', 'en'] as const) {
        const written = /☎\s?([\d-]+)/.exec(s.howToReach[lang])?.[1];
        if (written === undefined) continue;
        expect(s.phone, `${s.id} ${lang}`).toBe(written);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every phone and url is well formed', () => {
    for (const s of supportServices) {
      if (s.phone !== undefined) expect(s.phone, s.id).toMatch(SERVICE_PHONE);
      if (s.url !== undefined) expect(s.url, s.id).toMatch(SERVICE_URL);
    }
  });

  it('the schema refuses a malformed phone or a non-https url, and accepts both left out', () => {
    expect(SupportService.safeParse(base).success).toBe(true);
    expect(
      SupportService.safeParse({ ...base, phone: '1577-0199', url: 'https://www.work24.go.kr' }).success,
    ).toBe(true);
    for (const phone of ['☎1350', '1350 ', '12', 'call 109', '1577_0199'])
      expect(SupportService.safeParse({ ...base, phone }).success, phone).toBe(false);
    for (const url of ['http://www.work24.go.kr', 'javascript:alert(1)', 'www.work24.go.kr', 'https://'])
      expect(SupportService.safeParse({ ...base, url }).success, url).toBe(false);
  });
});
