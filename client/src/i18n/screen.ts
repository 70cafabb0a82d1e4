import type { Strings } from '../common/i18n.js';

/** The projector: read from the back of the room, so few and short words. */
export const screenStrings: Strings = {
  ko: {
    screen: {
      pageTitle: '모임 — 대형 화면',
      joinHeading: '휴대폰으로 참여하세요',
      joinHow: 'QR 코드를 찍거나, 이 주소에서 참여 코드를 입력하세요',
      addressLabel: '주소',
      codeLabel: '참여 코드',
      qrAlt: '참여 링크 QR 코드: {{url}}',
      participants: '참여자 {{count}}명',
      answers: '응답 {{count}}명',
      closed: '마감',
      locked: '답변 잠김',
      resultsHidden: '결과는 진행자가 공개하면 나타납니다.',
      welcome: '곧 시작합니다',
      waitingForDay: '진행자가 오늘 모임을 시작하면 이 화면이 바로 바뀝니다.',
      connecting: '연결하는 중…',
      offline: '연결이 끊겼습니다. 다시 연결하는 중…',
      ended: '모임이 끝났습니다. 감사합니다.',
    },
  },
  en: {
    screen: {
      pageTitle: 'Moim — projector',
      joinHeading: 'Join on your phone',
      joinHow: 'Scan the QR code, or open this address and enter the join code',
      addressLabel: 'Address',
      codeLabel: 'Join code',
      qrAlt: 'QR code of the join link: {{url}}',
      participants_one: '{{count}} participant',
      participants_other: '{{count}} participants',
      answers_one: '{{count}} answer',
      answers_other: '{{count}} answers',
      closed: 'Closed',
      locked: 'Answers locked',
      resultsHidden: 'Results appear when the facilitator shows them.',
      welcome: 'Starting soon',
      waitingForDay: "This screen changes as soon as the facilitator starts today's session.",
      connecting: 'Connecting…',
      offline: 'Connection lost. Reconnecting…',
      ended: 'The session has ended. Thank you.',
    },
  },
};
