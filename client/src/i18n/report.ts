import type { Strings } from '../common/i18n.js';

/** The take-home report page (/r). */
export const reportStrings: Strings = {
  ko: {
    report: {
      pageTitle: '모임 — 나의 결과',
      save: 'PDF로 저장',
      saveHint: '인쇄 창에서 대상(프린터)을 "PDF로 저장"으로 고르세요.',
      loading: '보고서를 불러오는 중입니다…',
      facts: '보고서 정보',
      center: '기관',
      program: '프로그램',
      dates: '기간',
      days_other: '{{count}}일',
      nickname: '닉네임',
      generated: '만든 때',
      offline: '인터넷에 연결되지 않아 {{time}}에 받아 둔 보고서를 보여 드립니다.',
      noCredential:
        '이 기기에는 보고서를 열 정보가 없습니다. 참여할 때 쓴 휴대폰에서 열거나, 진행자에게 보고서 링크를 요청해 주세요.',
      failed: '보고서를 불러오지 못했습니다. 잠시 후 다시 열어 주세요.',
      retry: '다시 시도',
    },
  },
  en: {
    report: {
      pageTitle: 'Moim — My results',
      save: 'Save as PDF',
      saveHint: 'In the print window, choose "Save as PDF" as the destination.',
      loading: 'Loading your report…',
      facts: 'About this report',
      center: 'Center',
      program: 'Program',
      dates: 'Dates',
      days_one: '{{count}} day',
      days_other: '{{count}} days',
      nickname: 'Nickname',
      generated: 'Made',
      offline: 'You are offline: this is the report saved at {{time}}.',
      noCredential:
        'This device has nothing to open a report with. Open it on the phone you took part with, or ask the facilitator for a report link.',
      failed: 'The report could not be loaded. Please open it again in a moment.',
      retry: 'Try again',
    },
  },
};
