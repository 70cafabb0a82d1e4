import type { InstrumentInput } from '../schema.js';

/** Satisfaction With Life Scale (SWLS): five items, seven-point agreement. */
export const swls: InstrumentInput = {
  id: 'swls',
  version: 1,
  name: { ko: '삶의 만족 척도 (SWLS)', en: 'Satisfaction With Life Scale (SWLS)' },
  purpose: {
    ko: '삶 전반에 대한 만족을 다섯 문항으로 측정해 사전·사후 변화를 본다.',
    en: 'Measures global life satisfaction with five items, to compare before and after.',
  },
  use: 'pre-post',
  source: {
    kind: 'published',
    validated: true,
    citation: {
      ko: 'Diener, E., Emmons, R. A., Larsen, R. J., & Griffin, S. (1985). The Satisfaction With Life Scale. Journal of Personality Assessment, 49(1), 71–75.',
      en: 'Diener, E., Emmons, R. A., Larsen, R. J., & Griffin, S. (1985). The Satisfaction With Life Scale. Journal of Personality Assessment, 49(1), 71–75.',
    },
    note: {
      ko: '저자들은 출처를 밝히는 조건으로 허가나 비용 없이 사용하도록 허용합니다. 한국어 문구는 Moim의 번역이며 별도로 타당화되지 않았습니다. 점수 구간은 Pavot & Diener (1993)의 안내를 따릅니다.',
      en: 'The authors allow use without permission or fee provided they are credited. The Korean wording is Moim’s translation and has not been separately validated. Score bands follow Pavot & Diener (1993).',
    },
  },
  credit: {
    ko: 'Diener, Emmons, Larsen & Griffin (1985) — 출처를 밝혀 사용',
    en: 'Diener, Emmons, Larsen & Griffin (1985), used with credit',
  },
  scale: {
    min: 1,
    max: 7,
    labels: [
      { value: 1, label: { ko: '전혀 그렇지 않다', en: 'Strongly disagree' } },
      { value: 2, label: { ko: '그렇지 않다', en: 'Disagree' } },
      { value: 3, label: { ko: '약간 그렇지 않다', en: 'Slightly disagree' } },
      { value: 4, label: { ko: '그렇지도 않고 아니지도 않다', en: 'Neither agree nor disagree' } },
      { value: 5, label: { ko: '약간 그렇다', en: 'Slightly agree' } },
      { value: 6, label: { ko: '그렇다', en: 'Agree' } },
      { value: 7, label: { ko: '매우 그렇다', en: 'Strongly agree' } },
    ],
  },
  items: [
    {
      id: 'swls-1',
      kind: 'rating',
      text: {
        ko: '나의 삶은 대부분의 면에서 내가 바라는 모습에 가깝다.',
        en: 'In most ways my life is close to my ideal.',
      },
    },
    {
      id: 'swls-2',
      kind: 'rating',
      text: { ko: '내 삶의 조건들은 아주 좋다.', en: 'The conditions of my life are excellent.' },
    },
    {
      id: 'swls-3',
      kind: 'rating',
      text: { ko: '나는 내 삶에 만족한다.', en: 'I am satisfied with my life.' },
    },
    {
      id: 'swls-4',
      kind: 'rating',
      text: {
        ko: '지금까지 나는 삶에서 원하는 중요한 것들을 얻어 왔다.',
        en: 'So far I have gotten the important things I want in life.',
      },
    },
    {
      id: 'swls-5',
      kind: 'rating',
      text: {
        ko: '삶을 다시 살 수 있다 해도 거의 아무것도 바꾸지 않을 것이다.',
        en: 'If I could live my life over, I would change almost nothing.',
      },
    },
  ],
  scoring: {
    method: 'sum',
    maxMissing: 1,
    rule: {
      ko: '다섯 문항 점수(1~7)를 더합니다. 총점 범위는 5~35점입니다. 역채점 문항은 없습니다.',
      en: 'Add the five item scores (1–7). Totals range from 5 to 35. No item is reverse-keyed.',
    },
    missingRule: {
      ko: '한 문항까지 빠지면 응답한 문항의 평균 × 5로 환산합니다. 두 문항 이상 빠지면 점수를 내지 않습니다.',
      en: 'With one item missing, the total is the mean of the answered items × 5. With two or more missing, no score.',
    },
    interpretation: {
      ko: '높을수록 삶에 만족합니다. 20점이 중간입니다.',
      en: 'Higher means more satisfied with life; 20 is the neutral point.',
    },
    bands: [
      { min: 5, max: 9, label: { ko: '매우 불만족', en: 'Extremely dissatisfied' } },
      { min: 10, max: 14, label: { ko: '불만족', en: 'Dissatisfied' } },
      { min: 15, max: 19, label: { ko: '약간 불만족', en: 'Slightly dissatisfied' } },
      { min: 20, max: 20, label: { ko: '중간', en: 'Neutral' } },
      { min: 21, max: 25, label: { ko: '약간 만족', en: 'Slightly satisfied' } },
      { min: 26, max: 30, label: { ko: '만족', en: 'Satisfied' } },
      { min: 31, max: 35, label: { ko: '매우 만족', en: 'Extremely satisfied' } },
    ],
  },
};
