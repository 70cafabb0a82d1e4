import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    'word-cloud': {
      hint: '떠오르는 단어를 {{count}}개까지 적으세요',
      word: '단어 {{n}}',
      maxWords: '한 사람이 적을 수 있는 단어 수',
      selfOnly: '나만 봅니다. 진행자에게도 대형 화면에도 보이지 않습니다.',
      facilitatorOnly: '진행자만 봅니다. 대형 화면과 다른 사람의 휴대폰에는 나오지 않습니다.',
    },
  },
  en: {
    'word-cloud': {
      hint: 'Write up to {{count}} words that come to mind',
      word: 'Word {{n}}',
      maxWords: 'Words per person (max)',
      selfOnly: 'Only you see them, not the facilitator or the big screen.',
      facilitatorOnly: 'Only the facilitator sees them; never the big screen or other phones.',
    },
  },
};
