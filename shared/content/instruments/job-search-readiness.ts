import type { InstrumentInput } from '../schema.js';

/** In-house job-search readiness scale: twelve items in four subscales. Not validated. */
export const jobSearchReadiness: InstrumentInput = {
  id: 'job-search-readiness',
  version: 1,
  name: { ko: '구직준비도 자기점검 (Moim 자체)', en: 'Job-search readiness self-check (Moim in-house)' },
  purpose: {
    ko: '자기이해, 목표, 구직기술, 자신감 네 영역의 준비 정도를 참여자 스스로 점검하고 프로그램 전후를 비교한다.',
    en: 'Participants check their own readiness in four areas (self-understanding, goals, job-search skills, confidence) and compare before and after.',
  },
  use: 'pre-post',
  source: {
    kind: 'in-house',
    validated: false,
    citation: {
      ko: 'Moim 자체 개발 문항 (2026). 타당화되지 않음.',
      en: 'Moim in-house items (2026). Not validated.',
    },
    note: {
      ko: '자체 제작한 점검표로 신뢰도·타당도가 검증되지 않았습니다. 집단 내 대화와 개인의 변화 확인에만 쓰고, 선발·평가나 센터 간 비교에 쓰지 마세요.',
      en: 'An in-house checklist whose reliability and validity have not been tested. Use it for discussion and to see individual change only, never for selection, evaluation or comparing centers.',
    },
  },
  scale: {
    min: 1,
    max: 5,
    labels: [
      { value: 1, label: { ko: '전혀 그렇지 않다', en: 'Not at all true' } },
      { value: 2, label: { ko: '그렇지 않다', en: 'Not true' } },
      { value: 3, label: { ko: '보통이다', en: 'Somewhat' } },
      { value: 4, label: { ko: '그렇다', en: 'True' } },
      { value: 5, label: { ko: '매우 그렇다', en: 'Very true' } },
    ],
  },
  subscales: [
    {
      id: 'self-understanding',
      name: { ko: '자기이해', en: 'Self-understanding' },
      itemIds: ['jsr-1', 'jsr-2', 'jsr-3'],
    },
    { id: 'goals', name: { ko: '목표', en: 'Goals' }, itemIds: ['jsr-4', 'jsr-5', 'jsr-6'] },
    { id: 'skills', name: { ko: '구직기술', en: 'Job-search skills' }, itemIds: ['jsr-7', 'jsr-8', 'jsr-9'] },
    { id: 'confidence', name: { ko: '자신감', en: 'Confidence' }, itemIds: ['jsr-10', 'jsr-11', 'jsr-12'] },
  ],
  items: [
    {
      id: 'jsr-1',
      kind: 'rating',
      subscaleId: 'self-understanding',
      text: { ko: '나는 내가 잘하는 것을 말할 수 있다.', en: 'I can say what I am good at.' },
    },
    {
      id: 'jsr-2',
      kind: 'rating',
      subscaleId: 'self-understanding',
      text: { ko: '나는 일에서 중요하게 여기는 것을 알고 있다.', en: 'I know what matters to me in work.' },
    },
    {
      id: 'jsr-3',
      kind: 'rating',
      subscaleId: 'self-understanding',
      text: {
        ko: '나에게 맞는 일과 맞지 않는 일을 구별할 수 있다.',
        en: 'I can tell which jobs suit me and which do not.',
      },
    },
    {
      id: 'jsr-4',
      kind: 'rating',
      subscaleId: 'goals',
      text: { ko: '나는 구체적인 희망 직종이 있다.', en: 'I have a specific occupation in mind.' },
    },
    {
      id: 'jsr-5',
      kind: 'rating',
      subscaleId: 'goals',
      text: {
        ko: '취업을 위해 언제까지 무엇을 할지 계획이 있다.',
        en: 'I have a plan of what to do by when to find work.',
      },
    },
    {
      id: 'jsr-6',
      kind: 'rating',
      subscaleId: 'goals',
      reverse: true,
      text: { ko: '앞으로 무엇을 해야 할지 막막하다.', en: 'I feel lost about what to do next.' },
    },
    {
      id: 'jsr-7',
      kind: 'rating',
      subscaleId: 'skills',
      text: { ko: '나에게 맞는 채용정보를 찾을 수 있다.', en: 'I can find job openings that suit me.' },
    },
    {
      id: 'jsr-8',
      kind: 'rating',
      subscaleId: 'skills',
      text: {
        ko: '지원하는 곳에 맞게 이력서와 자기소개서를 쓸 수 있다.',
        en: 'I can write a résumé and cover letter tailored to each application.',
      },
    },
    {
      id: 'jsr-9',
      kind: 'rating',
      subscaleId: 'skills',
      text: {
        ko: '면접에서 나올 질문에 답을 준비할 수 있다.',
        en: 'I can prepare answers to likely interview questions.',
      },
    },
    {
      id: 'jsr-10',
      kind: 'rating',
      subscaleId: 'confidence',
      text: { ko: '나는 취업할 수 있다고 믿는다.', en: 'I believe I can find a job.' },
    },
    {
      id: 'jsr-11',
      kind: 'rating',
      subscaleId: 'confidence',
      reverse: true,
      text: {
        ko: '면접을 생각하면 피하고 싶어진다.',
        en: 'Thinking about interviews makes me want to avoid them.',
      },
    },
    {
      id: 'jsr-12',
      kind: 'rating',
      subscaleId: 'confidence',
      text: {
        ko: '거절을 당해도 다시 지원할 수 있다.',
        en: 'I can apply again even after being turned down.',
      },
    },
  ],
  scoring: {
    method: 'mean',
    maxMissing: 2,
    subscaleMaxMissing: 1,
    rule: {
      ko: '역채점 문항(6, 11번)은 6에서 응답을 뺀 값으로 바꾼 뒤, 영역별·전체 평균(1~5점)을 냅니다.',
      en: 'Reverse-keyed items (6 and 11) are scored as 6 minus the answer; then take the mean (1–5) per area and overall.',
    },
    missingRule: {
      ko: '전체 점수는 두 문항까지, 영역 점수는 한 문항까지 빠져도 응답한 문항의 평균으로 냅니다. 그보다 많이 빠지면 점수를 내지 않습니다.',
      en: 'The overall score allows up to two missing items and each area up to one; the score is the mean of answered items. More missing, no score.',
    },
    interpretation: {
      ko: '높을수록 준비가 되었다고 스스로 느낍니다. 낮은 영역은 프로그램에서 집중할 부분을 정하는 대화의 재료로 쓰세요.',
      en: 'Higher means feeling more ready. Use the lowest area as a conversation starter on what to focus on.',
    },
  },
};
