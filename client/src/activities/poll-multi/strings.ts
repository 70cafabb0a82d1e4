import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    'poll-multi': {
      hint: '최대 {{max}}개까지 고르세요',
      picked: '{{count}}개 선택 (최대 {{max}}개)',
      maxPicks: '한 사람이 고를 수 있는 개수',
    },
  },
  en: {
    'poll-multi': {
      hint: 'Choose up to {{max}}',
      picked: '{{count}} chosen (up to {{max}})',
      maxPicks: 'Picks per person (max)',
    },
  },
};
