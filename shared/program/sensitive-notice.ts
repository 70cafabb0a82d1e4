import { barriers } from '../content/barriers.js';
import type { Text } from '../i18n/text.js';
import type { ConsentPurpose } from '../protocol/views.js';
import { DEFAULT_RETENTION_MONTHS } from './limits.js';

/** The purpose this notice asks consent for. */
export const SENSITIVE_BARRIERS: ConsentPurpose = 'sensitive-barriers';

/**
 * Stored with every consent: what exactly the member agreed to. Change it whenever the notice's
 * meaning changes (an item added, a longer retention); a phone showing the old text is then refused
 * (`notice_outdated`) and shows the new one.
 */
export const SENSITIVE_NOTICE_VERSION = '2026-11-30';

/** The barrier categories the content library flags `sensitive` (health, criminal record and the like). */
export const SENSITIVE_BARRIERS_LIST = barriers.filter((b) => b.sensitive);

/**
 * The item keys a barrier map gives a category (shared/activities/barrier-map): its rating, its coping
 * plan and the rehearsal of that plan. Each of them says the member has that barrier, so a sensitive
 * category's three are all sensitive.
 */
export const barrierItemKeys = (barrierId: string): readonly string[] => [
  `barrier:${barrierId}`,
  `plan:${barrierId}`,
  `rehearsed:${barrierId}`,
];

/**
 * The member answers such a consent covers: every item of a sensitive category (above;
 * docs/design/counseling-engine.md §9a). Withdrawal deletes exactly these.
 */
export const SENSITIVE_ITEM_KEYS: readonly string[] = SENSITIVE_BARRIERS_LIST.flatMap((b) =>
  barrierItemKeys(b.id),
);

/**
 * The separate consent for sensitive information (개인정보보호법 제23조): purpose, the items by name,
 * retention, the right to refuse and what refusing means, and who sees the answers. The retention is
 * the program's, as in the joining notice (shared/program/notice.ts).
 */
export function sensitiveNotice(input: { retentionMonths?: number } = {}): Text {
  const months = input.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const names = (lang: keyof Text) => SENSITIVE_BARRIERS_LIST.map((b) => b.name[lang]);
  return {
    ko: [
      `민감정보 수집·이용 동의 (별도 동의)`,
      `· 목적: 취업 장애요인 점검과 대처 계획을 참여자에게 맞추어 상담하기 위함`,
      `· 수집 항목: ${names('ko').join(', ')} 범주에 대한 응답`,
      `· 보관 기간: 프로그램 종료 후 ${months}개월. 이후 파기합니다. 동의를 철회하면 그 즉시 이 응답을 삭제합니다.`,
      `· 동의하지 않을 권리가 있습니다. 동의하지 않으면 이 범주만 보이지 않고, 다른 활동에는 그대로 참여할 수 있습니다.`,
      `· 보는 사람: 본인과 이 프로그램의 진행자만 봅니다. 대형 화면에는 이름 없이 인원 수만 나옵니다.`,
    ].join('\n'),
    en: [
      `Consent to sensitive information (a separate consent)`,
      `· Purpose: counseling on job-search barriers and coping plans suited to you`,
      `· Items: your answers on ${names('en').join(', ')}`,
      `· Kept for: ${months} months after the program ends, then destroyed. Withdrawing deletes these answers at once.`,
      `· You may refuse. Refusing only hides these categories; you take part in everything else as before.`,
      `· Who sees it: you and the program's facilitators. The big screen shows only counts, without names.`,
    ].join('\n'),
  };
}
