import type { Strings } from '../../common/i18n.js';

export const strings: Strings = {
  ko: {
    scale: {
      hint: '{{min}}부터 {{max}} 중에서 고르세요',
      noMean: '아직 응답이 없습니다',
      min: '가장 낮은 값',
      max: '가장 높은 값',
      minLabel: '낮은 쪽 설명',
      maxLabel: '높은 쪽 설명',
      meanLabel: '평균',
      meanRange: '({{min}}–{{max}})',
    },
  },
  en: {
    scale: {
      hint: 'Choose from {{min}} to {{max}}',
      noMean: 'No answers yet',
      min: 'Lowest value',
      max: 'Highest value',
      minLabel: 'Label for the low end',
      maxLabel: 'Label for the high end',
      meanLabel: 'Average',
      meanRange: '({{min}}–{{max}})',
    },
  },
};
