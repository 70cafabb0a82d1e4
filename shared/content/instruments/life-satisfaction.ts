import type { InstrumentInput } from '../schema.js';

/** Overall life satisfaction, one item, 0–10. */
export const lifeSatisfaction: InstrumentInput = {
  id: 'life-satisfaction',
  version: 1,
  name: { ko: '삶의 만족도 (한 문항)', en: 'Life satisfaction (single item)' },
  purpose: {
    ko: '첫날과 마지막 날 전반적인 삶의 만족도를 0~10점으로 물어 변화를 본다. 한 문항이라 부담이 적다.',
    en: 'Asks overall life satisfaction on 0–10 on the first and last day to see change. One item, so little burden.',
  },
  use: 'pre-post',
  source: {
    kind: 'published',
    validated: true,
    citation: {
      ko: 'OECD (2013). OECD Guidelines on Measuring Subjective Well-being. OECD Publishing. 핵심 삶의 평가 문항 형식',
      en: 'OECD (2013). OECD Guidelines on Measuring Subjective Well-being. OECD Publishing. Core life-evaluation question format',
    },
    note: {
      ko: '국가 통계에서 널리 쓰는 0~10점 형식입니다. 한국어 문구는 Moim이 작성했습니다. 국민취업지원제도 우수사례에서 한 참여자는 2점에서 10점으로 변화했습니다.',
      en: 'The 0–10 format widely used in national statistics. Korean wording by Moim. In an award-winning case a participant went from 2 to 10.',
    },
  },
  credit: {
    ko: 'OECD (2013) 주관적 웰빙 측정 지침의 문항 형식',
    en: 'Question format of the OECD (2013) Guidelines on Measuring Subjective Well-being',
  },
  scale: {
    min: 0,
    max: 10,
    labels: [
      { value: 0, label: { ko: '전혀 만족하지 않는다', en: 'Not at all satisfied' } },
      { value: 5, label: { ko: '보통', en: 'Middle' } },
      { value: 10, label: { ko: '매우 만족한다', en: 'Completely satisfied' } },
    ],
  },
  items: [
    {
      id: 'ls-1',
      kind: 'rating',
      text: {
        ko: '요즘 당신의 삶에 전반적으로 얼마나 만족하십니까?',
        en: 'Overall, how satisfied are you with your life these days?',
      },
    },
  ],
  scoring: {
    method: 'sum',
    maxMissing: 0,
    rule: { ko: '응답한 점수(0~10)가 곧 점수입니다.', en: 'The answer (0–10) is the score.' },
    missingRule: { ko: '응답하지 않으면 점수가 없습니다.', en: 'No answer, no score.' },
    interpretation: {
      ko: '높을수록 만족도가 높습니다. 같은 사람의 사전·사후 변화를 보는 데 씁니다.',
      en: 'Higher means more satisfied. Use it for the same person’s change from first to last day.',
    },
  },
};
