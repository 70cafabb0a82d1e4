import type { Strings } from '../common/i18n.js';

/** The phone: plain words, short sentences; read by people aged 17 to 70. */
export const participantStrings: Strings = {
  ko: {
    join: {
      title: '모임에 참여하기',
      codeLabel: '참여 코드 (숫자 6자리)',
      codeHint: '화면에 보이는 숫자 6자리를 입력하세요.',
      checking: '확인 중…',
      next: '다음',
      nicknameTitle: '이름을 정해 주세요',
      codeIs: '참여 코드',
      changeCode: '코드 바꾸기',
      nicknameLabel: '닉네임',
      nicknameHint: '다른 참여자와 진행자에게 보이는 이름입니다. 별명도 괜찮습니다.',
      joining: '들어가는 중…',
      enter: '입장하기',
      reconnecting: '다시 연결하는 중…',
    },
    session: {
      youAre: '{{nickname}} 님으로 참여 중',
      waitingTitle: '잠시 기다려 주세요',
      waiting: '진행자가 활동을 시작하면 여기에 질문이 나타납니다.',
      endedTitle: '모임이 끝났습니다',
      ended: '참여해 주셔서 감사합니다. 이 창을 닫아도 됩니다.',
      endedBefore: '이 모임은 이미 끝났습니다.',
      undelivered: '보내지 못한 답변 {{count}}개는 모임이 끝나 전달되지 않았습니다.',
      joinAnother: '다른 코드로 참여',
    },
    announce: {
      newActivity: '새 활동이 시작되었습니다: {{title}}',
      results: '결과가 공개되었습니다: {{title}}',
    },
    answer: {
      send: '답변 보내기',
      change: '답변 바꾸기',
      saved: '답변이 저장되었습니다',
      sending: '보내는 중…',
      pendingOffline: '보내는 중 — 인터넷이 다시 연결되면 자동으로 보냅니다',
    },
    activity: {
      closed: '이 활동은 마감되었습니다. 답변을 바꿀 수 없습니다.',
      locked: '진행자가 답변을 잠갔습니다. 지금은 바꿀 수 없습니다.',
    },
    connection: {
      offline: '인터넷 연결이 끊겼습니다. 답변은 이 휴대폰에 보관했다가 연결되면 보냅니다.',
      pending: '보내는 중인 답변 {{count}}개',
    },
  },
  en: {
    join: {
      title: 'Join the session',
      codeLabel: 'Join code (6 digits)',
      codeHint: 'Type the 6 digits shown on the screen.',
      checking: 'Checking…',
      next: 'Next',
      nicknameTitle: 'Choose a name',
      codeIs: 'Join code',
      changeCode: 'Change code',
      nicknameLabel: 'Nickname',
      nicknameHint: 'Shown to the facilitator and others. A nickname is fine.',
      joining: 'Joining…',
      enter: 'Join',
      reconnecting: 'Reconnecting…',
    },
    session: {
      youAre: 'You are in as {{nickname}}',
      waitingTitle: 'Please wait',
      waiting: 'The question appears here when the facilitator starts an activity.',
      endedTitle: 'The session has ended',
      ended: 'Thank you for taking part. You can close this page.',
      endedBefore: 'This session has already ended.',
      undelivered_one: '{{count}} answer could not be delivered before the session ended.',
      undelivered_other: '{{count}} answers could not be delivered before the session ended.',
      joinAnother: 'Join with another code',
    },
    announce: {
      newActivity: 'New activity: {{title}}',
      results: 'Results are shown: {{title}}',
    },
    answer: {
      send: 'Send answer',
      change: 'Change answer',
      saved: 'Your answer is saved',
      sending: 'Sending…',
      pendingOffline: 'Pending — it will be sent when you are back online',
    },
    activity: {
      closed: 'This activity is closed. Answers can no longer change.',
      locked: 'The facilitator has locked the answers for now.',
    },
    connection: {
      offline: 'You are offline. Answers are kept on this phone and sent when you are back online.',
      pending_one: '{{count}} answer waiting to be sent',
      pending_other: '{{count}} answers waiting to be sent',
    },
  },
};
