import type { Text } from '../i18n/text.js';

/**
 * The consent to hand the member's take-home report to a service they are referred to (design §3.5,
 * §4.4). Data only for now: `consent:give` accepts this purpose once referrals are built (design §11
 * step 7), and the stored consent names the version below.
 */
export const REPORT_SHARE = 'report-share' as const;

/**
 * Stored with every such consent. Change it whenever the notice's meaning changes (what the report
 * holds, how long a link lasts); a phone showing the old text is then refused and shows the new one.
 */
export const REPORT_SHARE_NOTICE_VERSION = '2026-11-30';

/**
 * Days a handed-over report link opens. It is the app's report link (REPORT_LINK_DAYS in
 * server/storage/report-tokens.ts); test/unit/program/consent-notices.test.ts keeps the two equal.
 */
export const REPORT_SHARE_LINK_DAYS = 30;

/**
 * Purpose (the named service), what is handed over, how and for how long, withdrawal and what it
 * does, and the right to refuse. The service is named: the member agrees to one recipient, not to any.
 */
export function reportShareNotice(input: { service: Text }): Text {
  const days = REPORT_SHARE_LINK_DAYS;
  return {
    ko: [
      `나의 결과 보고서 전달 동의 (선택)`,
      `· 목적: ${input.service.ko}에 연계할 때 상담이 이어지도록 나의 결과 보고서를 함께 전달`,
      `· 전달 항목: 나의 결과 보고서 (활동에 남긴 내용과 나의 변화). 민감정보 범주는 따로 동의했을 때만 들어 있습니다.`,
      `· 전달 방법: 읽기 전용 링크 또는 인쇄물. 링크는 ${days}일 동안만 열립니다.`,
      `· 철회: 언제든 철회할 수 있고, 철회하면 그 즉시 링크가 닫힙니다. 이미 인쇄해 전달한 보고서는 회수되지 않습니다.`,
      `· 동의하지 않을 권리가 있습니다. 동의하지 않아도 연계는 그대로 진행됩니다.`,
    ].join('\n'),
    en: [
      `Consent to hand over your report (optional)`,
      `· Purpose: to pass your take-home report to ${input.service.en} with your referral, so their counseling can build on it`,
      `· What: your take-home report (what you left in the activities, and how you changed). Sensitive categories are in it only if you consented to them separately.`,
      `· How: a read-only link or a printout. The link opens for ${days} days only.`,
      `· Withdrawal: at any time; the link closes at once. A printed report already handed over cannot be recalled.`,
      `· You may refuse. The referral goes ahead either way.`,
    ].join('\n'),
  };
}
