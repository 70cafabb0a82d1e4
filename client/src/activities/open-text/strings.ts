import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    'open-text': {
      label: '내 답변',
      anonymous: '익명으로 전달됩니다. 진행자도 누가 썼는지 알 수 없습니다.',
      named: '진행자에게 내 닉네임과 함께 전달됩니다. 진행자가 대형 화면에 이름을 함께 보여 줄 수 있습니다.',
      selfOnly: '나만 봅니다. 진행자에게도 대형 화면에도 보이지 않고, 진행자는 몇 명이 답했는지만 압니다.',
      facilitatorAnonymous:
        '진행자만 봅니다. 대형 화면과 다른 사람의 휴대폰에는 나오지 않고, 진행자도 누가 썼는지 알 수 없습니다.',
      facilitatorNamed:
        '진행자만 내 닉네임과 함께 봅니다. 대형 화면과 다른 사람의 휴대폰에는 나오지 않습니다.',
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
      selfOnly:
        'Only you see it. Not the facilitator, not the big screen: the facilitator only knows how many answered.',
      facilitatorAnonymous:
        'Only the facilitator sees it, without knowing who wrote it. It never appears on the big screen or other phones.',
      facilitatorNamed:
        'Only the facilitator sees it, with your nickname. It never appears on the big screen or other phones.',
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
