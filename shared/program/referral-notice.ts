import type { Text } from '../i18n/text.js';
import { DEFAULT_RETENTION_MONTHS } from './limits.js';

/**
 * The separate consent (개인정보보호법 제23조) to record a referral to a health-related service:
 * that someone was referred to a mental-health center or a disability employment service says
 * something about their health (design §3.5, §4.4; whether it is needed at all is open for legal
 * review, Q7). Data only for now: referrals and this purpose are built in design §11 step 7.
 */
export const SENSITIVE_REFERRAL = 'sensitive-referral' as const;

/**
 * Stored with every such consent. Change it whenever the notice's meaning changes (an item added, a
 * longer retention); a phone showing the old text is then refused and shows the new one.
 */
export const REFERRAL_NOTICE_VERSION = '2026-11-30';

/**
 * Purpose, the items, retention and what withdrawal does, the right to refuse and what refusing
 * means, and who sees the record. The service is named to the member (their phone, or the paper form
 * staff read out); outside the program's own pages it is only ever counted as "건강 관련 지원".
 */
export function referralNotice(input: { service: Text; retentionMonths?: number }): Text {
  const months = input.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  return {
    ko: [
      `민감정보 수집·이용 동의 (별도 동의)`,
      `· 목적: ${input.service.ko} 연계를 기록하고 연계 결과를 확인해 사후관리를 하기 위함`,
      `· 수집 항목: 건강 관련 지원 연계 기록 (기관, 연계일, 메모, 연계 결과)`,
      `· 보관 기간: 프로그램 종료 후 ${months}개월. 이후 파기합니다. 동의를 철회하면 그 즉시 이 연계 기록을 삭제합니다.`,
      `· 동의하지 않을 권리가 있습니다. 동의하지 않으면 이 연계만 기록하지 않으며, 기관에 직접 연락해 도움을 받는 것과 다른 지원은 그대로입니다.`,
      `· 보는 사람: 이 프로그램의 진행자와 센터 관리자. 보고서와 통계에는 기관 이름 없이 "건강 관련 지원"으로만 셉니다.`,
    ].join('\n'),
    en: [
      `Consent to sensitive information (a separate consent)`,
      `· Purpose: recording your referral to ${input.service.en} and its outcome, for follow-up`,
      `· Items: the record of a referral to a health-related service (service, date, note, outcome)`,
      `· Kept for: ${months} months after the program ends, then destroyed. Withdrawing deletes this record at once.`,
      `· You may refuse. Refusing only means this referral is not recorded; contacting the service yourself and any other support stay as they are.`,
      `· Who sees it: the program's facilitators and the center's administrators. Reports and statistics count it only as "health-related support", without the service's name.`,
    ].join('\n'),
  };
}
