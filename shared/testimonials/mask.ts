import type { Text } from '../i18n/text.js';

/** How a quote is signed: "참여자" (the default) or the member's real name, masked. */
export type TestimonialAttribution = 'none' | 'masked-name';

/** A testimonial's text is trimmed, 1..1000 characters. */
export const TESTIMONIAL_TEXT_MAX = 1000;

/** The mask character: a white circle, as Korean documents write a hidden syllable. */
export const MASK = '○';

/**
 * A real name with all but its first and last characters hidden: "임현종" → "임○종", "남궁민수" →
 * "남○○수"; a two-character name keeps its first ("김민" → "김○"), a one-character one shows none.
 * Spaces stay where they are; counted by code point, so no character is cut in half.
 */
export function maskName(realName: string): string {
  const chars = [...realName.trim()];
  const letters = chars.filter((c) => !/\s/u.test(c)).length;
  if (letters <= 1) return chars.map((c) => (/\s/u.test(c) ? c : MASK)).join('');
  let seen = 0;
  return chars
    .map((c) => {
      if (/\s/u.test(c)) return c;
      seen += 1;
      const keep = seen === 1 || (letters > 2 && seen === letters);
      return keep ? c : MASK;
    })
    .join('');
}

/** Whether a member gave a real name a quote could be signed with (masked). */
export function hasRealName(realName: string | null | undefined): realName is string {
  return typeof realName === 'string' && realName.trim() !== '';
}

/** The anonymous signature, in both languages. */
export const PARTICIPANT_BYLINE: Text = { ko: '참여자', en: 'A participant' };

/**
 * The name a quote is printed under: "참여자", or the masked real name when the member chose it
 * (and gave one; without a real name it falls back to "참여자" — never the nickname).
 */
export function bylineOf(attribution: TestimonialAttribution, realName: string | null): Text {
  if (attribution !== 'masked-name' || !hasRealName(realName)) return PARTICIPANT_BYLINE;
  const masked = maskName(realName);
  return { ko: masked, en: masked };
}
