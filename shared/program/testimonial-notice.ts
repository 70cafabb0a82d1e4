import type { Text } from '../i18n/text.js';
import { DEFAULT_RETENTION_MONTHS } from './limits.js';

/**
 * The consent to quote a participant's testimonial (참여자 소감) in the center's reports and contest
 * entries (design §3.4, §3.5). Given or withdrawn with the testimonial (`testimonial:save`, the
 * phone's testimonial card; on paper through staff) or by `consent:give`/`consent:withdraw`; the
 * stored consent names the version below.
 */
export const TESTIMONIAL_QUOTE = 'testimonial-quote' as const;

/**
 * Stored with every such consent. Change it whenever the notice's meaning changes (a new place quotes
 * appear, another attribution); a phone showing the old text is then refused and shows the new one.
 */
export const TESTIMONIAL_NOTICE_VERSION = '2026-11-30';

/**
 * What is quoted, where, under which name, until when, and that refusing costs nothing. The name
 * shown is "참여자" unless the member chooses a masked real name; a nickname or an age never (Q4).
 */
export function testimonialNotice(input: { centerName: string; retentionMonths?: number }): Text {
  const months = input.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  return {
    ko: [
      `참여 소감 인용 동의 (선택)`,
      `· 무엇을: 내가 남긴 참여 소감 글을 인용합니다.`,
      `· 어디에: ${input.centerName}의 사업 보고서와 우수사례 공모전 자료`,
      `· 이름: 기본은 "참여자"로 표시합니다. 실명을 알려 주었다면, 원할 때 가린 이름(예: 임○종)으로 표시합니다. 별칭과 나이는 쓰지 않습니다.`,
      `· 언제까지: 프로그램 종료 후 ${months}개월까지 인용하고, 그 뒤 소감 글도 파기합니다. 그 전에 동의를 철회하면 그 즉시 인용을 멈추며, 글은 내가 지울 때까지 남습니다. 철회 전에 이미 낸 보고서는 회수되지 않습니다.`,
      `· 동의하지 않아도 아무 불이익이 없습니다. 그때 소감은 이 프로그램의 진행자만 읽습니다.`,
    ].join('\n'),
    en: [
      `Consent to quote your testimonial (optional)`,
      `· What: the testimonial you wrote is quoted.`,
      `· Where: ${input.centerName}'s program reports and best-practice contest entries`,
      `· Name: shown as "a participant", unless you gave your real name and choose a masked one (e.g. Lim○jong). Never your nickname or age.`,
      `· Until: quoted up to ${months} months after the program ends, when the testimonial is destroyed. Withdrawing before then stops quoting at once, and the text stays until you delete it. Reports already submitted cannot be recalled.`,
      `· Refusing costs you nothing. Your testimonial is then read only by the program's facilitators.`,
    ].join('\n'),
  };
}
