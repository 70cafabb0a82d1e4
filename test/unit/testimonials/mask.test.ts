import { describe, expect, it } from 'vitest';
import { bylineOf, hasRealName, maskName } from '../../../shared/testimonials/mask.js';
import { memberTestimonial, testimonialOpen } from '../../../shared/testimonials/view.js';

describe('maskName', () => {
  it('keeps the first and last characters of a name of three or more', () => {
    expect(maskName('임현종')).toBe('임○종');
    expect(maskName('남궁민수')).toBe('남○○수');
    expect(maskName('  임현종 ')).toBe('임○종');
  });
  it('keeps only the first of a two-character name, none of one character', () => {
    expect(maskName('김민')).toBe('김○');
    expect(maskName('김')).toBe('○');
  });
  it('keeps spaces and counts by code point', () => {
    expect(maskName('John Smith')).toBe('J○○○ ○○○○h');
    expect(maskName('𠮷田太郎')).toBe('𠮷○○郎');
  });
});

describe('bylineOf', () => {
  it('signs "참여자" unless a masked real name was chosen and exists', () => {
    expect(bylineOf('none', '임현종')).toEqual({ ko: '참여자', en: 'A participant' });
    expect(bylineOf('masked-name', '임현종')).toEqual({ ko: '임○종', en: '임○종' });
    expect(bylineOf('masked-name', null)).toEqual({ ko: '참여자', en: 'A participant' });
    expect(bylineOf('masked-name', '  ')).toEqual({ ko: '참여자', en: 'A participant' });
  });
  it('hasRealName', () => {
    expect([hasRealName('임현종'), hasRealName(''), hasRealName(' '), hasRealName(null)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the phone card', () => {
  it('opens on the last day and after, while the program is active', () => {
    const dates = ['2026-12-03', '2026-12-01'];
    expect(testimonialOpen({ status: 'active', dates, today: '2026-12-02' })).toBe(false);
    expect(testimonialOpen({ status: 'active', dates, today: '2026-12-03' })).toBe(true);
    expect(testimonialOpen({ status: 'active', dates, today: '2026-12-09' })).toBe(true);
    expect(testimonialOpen({ status: 'ended', dates, today: '2026-12-03' })).toBe(false);
    expect(testimonialOpen({ status: 'active', dates: [], today: '2026-12-03' })).toBe(false);
  });
  it('offers the masked name only with a real name', () => {
    expect(memberTestimonial(true, null, '임현종', '센터')).toEqual({
      open: true,
      saved: null,
      maskedName: '임○종',
      centerName: '센터',
    });
    expect(memberTestimonial(false, null, null, '센터')).toEqual({
      open: false,
      saved: null,
      maskedName: null,
      centerName: '센터',
    });
  });
});
