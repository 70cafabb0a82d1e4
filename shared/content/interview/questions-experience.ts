import type { InterviewQuestion } from '../schema.js';

/**
 * 경험 (experience, STAR) questions: "tell me about a time when…". A good answer follows STAR:
 * situation, task, action, result.
 */
export const experienceQuestions: InterviewQuestion[] = [
  {
    id: 'exp-01',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '어려운 목표를 끝까지 해낸 경험을 말해 주세요.',
      en: 'Tell me about a time you reached a difficult goal.',
    },
    goodAnswerShows: {
      ko: '상황·과제·행동·결과가 분명하고, 본인이 한 행동과 그 결과가 구체적이다.',
      en: 'A clear situation, task, action and result, with the candidate’s own actions and outcome made specific.',
    },
  },
  {
    id: 'exp-02',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '실패했던 경험과 그로부터 배운 점은 무엇입니까?',
      en: 'Tell me about a failure and what you learned from it.',
    },
    goodAnswerShows: {
      ko: '실패를 솔직하게 인정하고, 배운 점을 이후 행동에 실제로 적용한 예를 든다.',
      en: 'An honest account of the failure and an example of applying the lesson afterwards.',
    },
  },
  {
    id: 'exp-03',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '다른 사람과 갈등을 해결한 경험이 있습니까?',
      en: 'Tell me about a conflict with someone that you resolved.',
    },
    goodAnswerShows: {
      ko: '상대의 입장을 이해하려 한 노력과 서로 받아들인 해결책, 관계의 결과가 드러난다.',
      en: 'Effort to understand the other side, a solution both accepted and how the relationship turned out.',
    },
  },
  {
    id: 'exp-04',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '팀으로 일하며 본인이 기여한 경험을 말해 주세요.',
      en: 'Describe your contribution to a piece of teamwork.',
    },
    goodAnswerShows: {
      ko: '팀 전체의 성과와 구분되는 본인의 역할과 행동을 구체적으로 말한다.',
      en: "The candidate's own role and actions, distinct from the team's result.",
    },
  },
  {
    id: 'exp-05',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '새로운 일을 빠르게 배워야 했던 경험이 있습니까?',
      en: 'Tell me about a time you had to learn something new quickly.',
    },
    goodAnswerShows: {
      ko: '학습 방법과 걸린 시간, 배운 것을 활용한 결과가 구체적이다.',
      en: 'How the candidate learned, how long it took and what they achieved with it.',
    },
  },
  {
    id: 'exp-06',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '규칙이나 약속을 지키기 어려운 상황에서도 지킨 경험이 있습니까?',
      en: 'Tell me about keeping to a rule or promise when it was hard to.',
    },
    goodAnswerShows: {
      ko: '유혹이나 압박이 있었던 상황과 원칙을 지킨 이유, 그 결과를 말한다.',
      en: 'The pressure or temptation, why the candidate held to the principle, and what followed.',
    },
  },
  {
    id: 'exp-07',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '다른 사람을 도와 좋은 결과를 만든 경험을 말해 주세요.',
      en: 'Tell me about helping someone to a good result.',
    },
    goodAnswerShows: {
      ko: '상대의 필요를 알아차린 과정과 본인의 도움, 상대에게 생긴 변화를 말한다.',
      en: 'How the need was noticed, the help given and the difference it made to the other person.',
    },
  },
  {
    id: 'exp-08',
    type: 'experience',
    jobFamily: 'common',
    question: {
      ko: '일을 더 효율적으로 바꾼 경험이 있습니까?',
      en: 'Tell me about making a task more efficient.',
    },
    goodAnswerShows: {
      ko: '바꾸기 전의 문제, 본인의 아이디어와 실행, 줄어든 시간이나 비용 등 결과가 있다.',
      en: 'The problem before, the candidate’s idea and how it was carried out, and a result such as time or cost saved.',
    },
  },
  {
    id: 'exp-09',
    type: 'experience',
    jobFamily: 'office',
    question: {
      ko: '자료를 정리해 다른 사람의 일을 쉽게 만든 경험을 말해 주세요.',
      en: "Tell me about organising information in a way that made others' work easier.",
    },
    goodAnswerShows: {
      ko: '정리 전후의 차이와 사용한 도구, 동료가 얻은 효과를 구체적으로 말한다.',
      en: 'The before and after, the tools used, and the benefit colleagues gained.',
    },
  },
  {
    id: 'exp-10',
    type: 'experience',
    jobFamily: 'office',
    question: {
      ko: '여러 일을 동시에 처리해야 했던 경험은?',
      en: 'Tell me about a time you had to handle several tasks at once.',
    },
    goodAnswerShows: {
      ko: '우선순위를 정한 기준과 일정 관리 방법, 결과적으로 놓친 것이 없었는지 말한다.',
      en: 'How priorities were set and time managed, and whether anything was dropped.',
    },
  },
  {
    id: 'exp-11',
    type: 'experience',
    jobFamily: 'sales-marketing',
    question: {
      ko: '다른 사람을 설득해 마음을 바꾼 경험을 말해 주세요.',
      en: 'Tell me about persuading someone to change their mind.',
    },
    goodAnswerShows: {
      ko: '상대의 관심사를 파악한 과정과 근거를 제시한 방식, 설득의 결과가 드러난다.',
      en: "How the other person's interests were found out, how the case was made, and the result.",
    },
  },
  {
    id: 'exp-12',
    type: 'experience',
    jobFamily: 'sales-marketing',
    question: {
      ko: '고객과 오래 좋은 관계를 유지한 경험이 있습니까?',
      en: 'Tell me about keeping a good long-term relationship with a customer.',
    },
    goodAnswerShows: {
      ko: '관계를 유지하기 위한 구체적인 행동(연락, 약속 이행)과 그 결과(재구매, 소개)를 말한다.',
      en: 'Specific actions (keeping in touch, keeping promises) and results (repeat business, referrals).',
    },
  },
  {
    id: 'exp-13',
    type: 'experience',
    jobFamily: 'it',
    question: {
      ko: '해결하기 어려웠던 기술 문제를 풀어낸 경험을 말해 주세요.',
      en: 'Tell me about solving a hard technical problem.',
    },
    goodAnswerShows: {
      ko: '문제 정의, 시도한 방법들, 최종 해결과 배운 점이 논리적으로 이어진다.',
      en: 'A logical thread from defining the problem through attempts to the solution and lessons.',
    },
  },
  {
    id: 'exp-14',
    type: 'experience',
    jobFamily: 'it',
    question: {
      ko: '협업 프로젝트에서 코드나 작업 방식을 맞춰 간 경험은?',
      en: 'Tell me about aligning code or ways of working in a team project.',
    },
    goodAnswerShows: {
      ko: '규칙(리뷰, 버전 관리) 합의 과정과 본인의 역할, 협업 결과를 말한다.',
      en: 'How conventions (review, version control) were agreed, the candidate’s role and the outcome.',
    },
  },
  {
    id: 'exp-15',
    type: 'experience',
    jobFamily: 'production-machinery',
    question: {
      ko: '현장에서 위험을 미리 발견해 사고를 막은 경험이 있습니까?',
      en: 'Tell me about spotting a hazard and preventing an accident.',
    },
    goodAnswerShows: {
      ko: '위험을 알아차린 계기, 본인이 한 조치와 보고, 이후 개선된 점을 말한다.',
      en: 'What alerted the candidate, the action and report, and what improved afterwards.',
    },
  },
  {
    id: 'exp-16',
    type: 'experience',
    jobFamily: 'production-machinery',
    question: {
      ko: '몸을 쓰는 일을 꾸준히 해낸 경험을 말해 주세요.',
      en: 'Tell me about keeping up physically demanding work.',
    },
    goodAnswerShows: {
      ko: '일의 강도와 기간, 체력 관리 방법, 성실하게 마친 결과가 구체적이다.',
      en: 'The intensity and duration of the work, how stamina was managed, and seeing it through.',
    },
  },
  {
    id: 'exp-17',
    type: 'experience',
    jobFamily: 'care-welfare',
    question: {
      ko: '아프거나 어려운 사람을 돌본 경험을 말해 주세요.',
      en: 'Tell me about caring for someone who was ill or struggling.',
    },
    goodAnswerShows: {
      ko: '상대의 존엄을 지킨 행동, 힘들었던 점과 그것을 견딘 방법을 말한다.',
      en: 'Actions that protected the person’s dignity, what was hard and how the candidate coped.',
    },
  },
  {
    id: 'exp-18',
    type: 'experience',
    jobFamily: 'care-welfare',
    question: {
      ko: '다른 기관이나 사람과 협력해 문제를 해결한 경험이 있습니까?',
      en: 'Tell me about solving a problem together with another organisation or person.',
    },
    goodAnswerShows: {
      ko: '협력이 필요했던 이유와 연계 과정, 이용자에게 돌아간 결과를 말한다.',
      en: 'Why cooperation was needed, how the link was made and what it meant for the person helped.',
    },
  },
  {
    id: 'exp-19',
    type: 'experience',
    jobFamily: 'shipbuilding',
    question: {
      ko: '이전 일에서 익힌 기술을 새로운 환경에 적용한 경험이 있습니까?',
      en: 'Tell me about applying a skill from a previous job in a new setting.',
    },
    goodAnswerShows: {
      ko: '옮겨 간 기술과 새 환경의 차이, 적응하기 위해 한 노력과 결과를 말한다.',
      en: 'The skill carried over, what was different, the effort to adapt, and the result.',
    },
  },
  {
    id: 'exp-20',
    type: 'experience',
    jobFamily: 'shipbuilding',
    question: {
      ko: '힘든 작업 환경에서 팀과 함께 일정을 지킨 경험을 말해 주세요.',
      en: 'Tell me about meeting a schedule with a team in tough working conditions.',
    },
    goodAnswerShows: {
      ko: '환경의 어려움과 팀 내 역할 분담, 본인의 기여와 안전을 지킨 방법을 말한다.',
      en: 'The conditions, how the team split the work, the candidate’s contribution and how safety was kept.',
    },
  },
  {
    id: 'exp-21',
    type: 'experience',
    jobFamily: 'semiconductor',
    question: {
      ko: '정해진 절차를 정확히 따라 좋은 결과를 낸 경험을 말해 주세요.',
      en: 'Tell me about following a set procedure precisely and getting a good result.',
    },
    goodAnswerShows: {
      ko: '절차의 내용과 지키기 어려웠던 점, 정확성이 만든 결과를 말한다.',
      en: 'What the procedure was, what made it hard to follow, and the result precision produced.',
    },
  },
  {
    id: 'exp-22',
    type: 'experience',
    jobFamily: 'semiconductor',
    question: {
      ko: '데이터나 기록을 보고 문제를 찾아낸 경험이 있습니까?',
      en: 'Tell me about finding a problem by looking at data or records.',
    },
    goodAnswerShows: {
      ko: '어떤 데이터를 어떻게 비교했는지, 발견한 문제와 이후 조치를 말한다.',
      en: 'Which data were compared and how, the problem found and what was done next.',
    },
  },
  {
    id: 'exp-23',
    type: 'experience',
    jobFamily: 'service-sales',
    question: {
      ko: '불만 고객을 단골로 바꾼 경험을 말해 주세요.',
      en: 'Tell me about turning an unhappy customer into a regular.',
    },
    goodAnswerShows: {
      ko: '불만의 원인을 듣고 해결한 과정, 고객의 반응 변화가 구체적이다.',
      en: 'How the complaint was heard and resolved, and how the customer’s attitude changed.',
    },
  },
  {
    id: 'exp-24',
    type: 'experience',
    jobFamily: 'service-sales',
    question: {
      ko: '바쁜 시간대에 침착하게 일을 처리한 경험이 있습니까?',
      en: 'Tell me about staying calm and getting things done at a busy time.',
    },
    goodAnswerShows: {
      ko: '상황의 규모, 본인이 정한 순서와 동료와의 협력, 결과(대기 시간, 실수 없음)를 말한다.',
      en: 'How busy it was, the order of work chosen, teamwork, and the result (waiting times, no errors).',
    },
  },
];
