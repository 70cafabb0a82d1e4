import type { InstrumentInput } from '../schema.js';

/** Rosenberg Self-Esteem Scale: ten items, four-point agreement, five items reverse-keyed. */
export const rosenbergSelfEsteem: InstrumentInput = {
  id: 'rosenberg-self-esteem',
  version: 1,
  name: { ko: '로젠버그 자아존중감 척도', en: 'Rosenberg Self-Esteem Scale' },
  purpose: {
    ko: '자신에 대한 전반적인 가치감을 열 문항으로 측정해 사전·사후 변화를 본다. 취업희망프로그램, 마음톡톡심플처럼 자존감 회복이 목표인 프로그램에 알맞다.',
    en: 'Measures global self-worth with ten items to compare before and after; suited to programs aimed at self-esteem such as the Employment Hope Program and Maeum Toktok Simple.',
  },
  use: 'pre-post',
  source: {
    kind: 'published',
    validated: true,
    citation: {
      ko: 'Rosenberg, M. (1965). Society and the Adolescent Self-Image. Princeton University Press.',
      en: 'Rosenberg, M. (1965). Society and the Adolescent Self-Image. Princeton University Press.',
    },
    note: {
      ko: '별도 허가 없이 사용할 수 있으며 출처를 밝힙니다. 한국어 문구는 Moim의 번역이며 별도로 타당화되지 않았습니다. 공식 절단점은 없습니다.',
      en: 'May be used without explicit permission, with credit. The Korean wording is Moim’s translation and has not been separately validated. There are no official cut-off scores.',
    },
  },
  credit: {
    ko: 'Rosenberg (1965) — 출처를 밝혀 사용',
    en: 'Rosenberg (1965), used with credit',
  },
  scale: {
    min: 1,
    max: 4,
    labels: [
      { value: 1, label: { ko: '전혀 그렇지 않다', en: 'Strongly disagree' } },
      { value: 2, label: { ko: '그렇지 않다', en: 'Disagree' } },
      { value: 3, label: { ko: '그렇다', en: 'Agree' } },
      { value: 4, label: { ko: '매우 그렇다', en: 'Strongly agree' } },
    ],
  },
  items: [
    {
      id: 'rse-1',
      kind: 'rating',
      text: { ko: '나는 대체로 나 자신에게 만족한다.', en: 'On the whole, I am satisfied with myself.' },
    },
    {
      id: 'rse-2',
      kind: 'rating',
      reverse: true,
      text: {
        ko: '때때로 나는 내가 전혀 괜찮지 않은 사람이라고 생각한다.',
        en: 'At times I think I am no good at all.',
      },
    },
    {
      id: 'rse-3',
      kind: 'rating',
      text: {
        ko: '나에게는 좋은 점이 여러 가지 있다고 느낀다.',
        en: 'I feel that I have a number of good qualities.',
      },
    },
    {
      id: 'rse-4',
      kind: 'rating',
      text: {
        ko: '나는 다른 대부분의 사람들만큼 일을 잘 해낼 수 있다.',
        en: 'I am able to do things as well as most other people.',
      },
    },
    {
      id: 'rse-5',
      kind: 'rating',
      reverse: true,
      text: {
        ko: '나에게는 자랑할 만한 것이 별로 없다고 느낀다.',
        en: 'I feel I do not have much to be proud of.',
      },
    },
    {
      id: 'rse-6',
      kind: 'rating',
      reverse: true,
      text: { ko: '가끔 나는 정말 쓸모없는 사람이라고 느낀다.', en: 'I certainly feel useless at times.' },
    },
    {
      id: 'rse-7',
      kind: 'rating',
      text: {
        ko: '나는 적어도 다른 사람들만큼 가치 있는 사람이라고 느낀다.',
        en: "I feel that I'm a person of worth, at least on an equal plane with others.",
      },
    },
    {
      id: 'rse-8',
      kind: 'rating',
      reverse: true,
      text: {
        ko: '나 자신을 좀 더 존중할 수 있으면 좋겠다.',
        en: 'I wish I could have more respect for myself.',
      },
    },
    {
      id: 'rse-9',
      kind: 'rating',
      reverse: true,
      text: {
        ko: '대체로 나는 실패한 사람이라고 느끼는 편이다.',
        en: 'All in all, I am inclined to feel that I am a failure.',
      },
    },
    {
      id: 'rse-10',
      kind: 'rating',
      text: {
        ko: '나는 나 자신에 대해 긍정적인 태도를 가지고 있다.',
        en: 'I take a positive attitude toward myself.',
      },
    },
  ],
  scoring: {
    method: 'sum',
    maxMissing: 1,
    rule: {
      ko: '역채점 문항(2, 5, 6, 8, 9번)은 5에서 응답을 뺀 값(1↔4, 2↔3)으로 바꾼 뒤 열 문항을 더합니다. 총점 범위는 10~40점입니다.',
      en: 'Reverse-keyed items (2, 5, 6, 8, 9) are scored as 5 minus the answer (1↔4, 2↔3); then add all ten. Totals range from 10 to 40.',
    },
    missingRule: {
      ko: '한 문항까지 빠지면 응답한 문항의 평균 × 10으로 환산합니다. 두 문항 이상 빠지면 점수를 내지 않습니다.',
      en: 'With one item missing, the total is the mean of the answered items × 10. With two or more missing, no score.',
    },
    interpretation: {
      ko: '높을수록 자아존중감이 높습니다. 공식 절단점이 없으므로 사람끼리 비교하지 말고 같은 사람의 변화를 보세요.',
      en: 'Higher means higher self-esteem. With no official cut-offs, look at change within a person rather than comparing people.',
    },
  },
};
