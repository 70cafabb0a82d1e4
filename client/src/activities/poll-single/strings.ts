import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: { 'poll-single': { hint: '하나를 고르세요' } },
  en: { 'poll-single': { hint: 'Choose one' } },
};
