import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    'word-cloud': {
      hint: '떠오르는 단어를 {{count}}개까지 적으세요',
      word: '단어 {{n}}',
      maxWords: '한 사람이 적을 수 있는 단어 수',
    },
  },
  en: {
    'word-cloud': {
      hint: 'Write up to {{count}} words that come to mind',
      word: 'Word {{n}}',
      maxWords: 'Words per person (max)',
    },
  },
};
