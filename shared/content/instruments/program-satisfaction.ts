import type { InstrumentInput } from '../schema.js';

/** End-of-program satisfaction survey: six five-point items and two free-text questions. */
export const programSatisfaction: InstrumentInput = {
  id: 'program-satisfaction',
  version: 1,
  name: { ko: '프로그램 만족도 조사', en: 'Program satisfaction survey' },
  purpose: {
    ko: '마지막 날 프로그램의 내용, 진행자, 유용성, 운영 환경, 전반적 만족, 추천 의향을 5점 척도로 묻고 자유 의견을 받는다.',
    en: 'On the last day, asks about content, facilitator, usefulness, environment, overall satisfaction and willingness to recommend on a five-point scale, plus free comments.',
  },
  use: 'end-of-program',
  source: {
    kind: 'in-house',
    validated: false,
    citation: {
      ko: 'Moim 자체 문항 (2026). 고용센터 집단상담 만족도(5점 척도) 보고 관행에 맞춤.',
      en: 'Moim in-house items (2026), matching the five-point satisfaction reporting used for employment-center group programs.',
    },
    note: {
      ko: '센터 보고용 만족도 조사입니다. 예를 들어 한 우수 센터는 만족도가 4.68점에서 4.93점으로 올랐다고 보고했습니다. 응답은 익명으로 집계합니다.',
      en: 'A satisfaction survey for center reporting; one award-winning center, for example, reported a rise from 4.68 to 4.93. Answers are aggregated anonymously.',
    },
  },
  scale: {
    min: 1,
    max: 5,
    labels: [
      { value: 1, label: { ko: '전혀 그렇지 않다', en: 'Strongly disagree' } },
      { value: 2, label: { ko: '그렇지 않다', en: 'Disagree' } },
      { value: 3, label: { ko: '보통이다', en: 'Neutral' } },
      { value: 4, label: { ko: '그렇다', en: 'Agree' } },
      { value: 5, label: { ko: '매우 그렇다', en: 'Strongly agree' } },
    ],
  },
  items: [
    {
      id: 'content',
      kind: 'rating',
      text: { ko: '프로그램 내용이 나에게 알맞았다.', en: 'The content suited me.' },
    },
    {
      id: 'facilitator',
      kind: 'rating',
      text: { ko: '진행자(상담사)가 프로그램을 잘 이끌었다.', en: 'The facilitator led the program well.' },
    },
    {
      id: 'usefulness',
      kind: 'rating',
      text: {
        ko: '프로그램에서 배운 것이 취업 준비에 도움이 된다.',
        en: 'What I learned helps my job-search preparation.',
      },
    },
    {
      id: 'environment',
      kind: 'rating',
      text: {
        ko: '장소, 시간, 시설 등 운영 환경이 적절했다.',
        en: 'The venue, schedule and facilities were suitable.',
      },
    },
    {
      id: 'overall',
      kind: 'rating',
      text: { ko: '전반적으로 이 프로그램에 만족한다.', en: 'Overall, I am satisfied with this program.' },
    },
    {
      id: 'recommend',
      kind: 'rating',
      text: {
        ko: '이 프로그램을 다른 사람에게 추천하겠다.',
        en: 'I would recommend this program to others.',
      },
    },
    {
      id: 'liked',
      kind: 'text',
      text: { ko: '좋았던 점을 자유롭게 적어 주세요.', en: 'What did you like? Write freely.' },
    },
    {
      id: 'suggestions',
      kind: 'text',
      text: { ko: '바라는 점이나 고칠 점을 적어 주세요.', en: 'What would you like changed or improved?' },
    },
  ],
  scoring: {
    method: 'mean',
    maxMissing: 2,
    rule: {
      ko: '문항별로 평균, 표준편차, 응답 분포를 냅니다. 응답자별 종합 점수는 응답한 5점 문항의 평균입니다. 자유 의견은 점수에 넣지 않습니다.',
      en: 'Each item gets a mean, standard deviation and distribution. A respondent’s overall score is the mean of their answered five-point items. Free text is not scored.',
    },
    missingRule: {
      ko: '문항별 통계는 그 문항에 답한 사람만으로 냅니다. 응답자 종합 점수는 5점 문항이 두 개까지 빠져도 내고, 그보다 많이 빠지면 내지 않습니다.',
      en: 'Item statistics use only those who answered the item. A respondent’s overall score allows up to two missing five-point items; with more, none.',
    },
    interpretation: {
      ko: '5점에 가까울수록 만족도가 높습니다. 응답자 수(n)와 함께 보고하세요.',
      en: 'Closer to 5 means more satisfied. Always report with the number of respondents (n).',
    },
  },
};
