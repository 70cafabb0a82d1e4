import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    'open-text': {
      label: '내 답변',
      anonymous: '익명으로 전달됩니다. 진행자도 누가 썼는지 알 수 없습니다.',
      named: '진행자에게 내 닉네임과 함께 전달됩니다. 진행자가 대형 화면에 이름을 함께 보여 줄 수 있습니다.',
      count: '{{count}} / {{max}}자',
      maxLength: '최대 글자 수',
      anonymousOption: '익명 (진행자도 작성자를 볼 수 없음)',
      hide: '숨기기',
      unhide: '다시 보이기',
      hidden: '숨김',
      anonymousAuthor: '익명',
      empty: '아직 답변이 없습니다.',
      moderation: '답변 관리',
      more: '외 {{count}}개',
    },
  },
  en: {
    'open-text': {
      label: 'My answer',
      anonymous: 'Sent anonymously. Not even the facilitator can see who wrote it.',
      named: 'The facilitator sees your nickname with it and may show it on the big screen.',
      count: '{{count}} / {{max}} characters',
      maxLength: 'Maximum characters',
      anonymousOption: 'Anonymous (not even the facilitator sees the author)',
      hide: 'Hide',
      unhide: 'Show again',
      hidden: 'Hidden',
      anonymousAuthor: 'Anonymous',
      empty: 'No answers yet.',
      moderation: 'Moderate answers',
      more_one: 'and {{count}} more',
      more_other: 'and {{count}} more',
    },
  },
};
