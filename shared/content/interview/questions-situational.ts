import type { InterviewQuestion } from '../schema.js';

/** 상황 (situational) questions: "what would you do if…". */
export const situationalQuestions: InterviewQuestion[] = [
  {
    id: 'sit-01',
    type: 'situational',
    jobFamily: 'common',
    question: {
      ko: '상사의 지시가 부당하다고 느껴지면 어떻게 하겠습니까?',
      en: 'What would you do if an instruction from your manager seemed unfair?',
    },
    goodAnswerShows: {
      ko: '감정적으로 거부하지 않고 사실을 확인한 뒤, 적절한 시기와 방법으로 의견을 전한다.',
      en: 'Checking the facts rather than refusing in anger, then raising it at the right time and in the right way.',
    },
  },
  {
    id: 'sit-02',
    type: 'situational',
    jobFamily: 'common',
    question: {
      ko: '동료가 자기 일을 계속 미루어 나에게 부담이 온다면?',
      en: 'A colleague keeps passing their work on to you. What do you do?',
    },
    goodAnswerShows: {
      ko: '먼저 직접 대화로 상황을 확인하고, 해결되지 않으면 상사와 조율하는 단계적 대응을 보인다.',
      en: 'A stepwise response: talk to the colleague first, then involve the manager if it continues.',
    },
  },
  {
    id: 'sit-03',
    type: 'situational',
    jobFamily: 'common',
    question: {
      ko: '마감이 겹쳐 모두 제시간에 끝낼 수 없다면 어떻게 하겠습니까?',
      en: 'Two deadlines collide and you cannot meet both. What do you do?',
    },
    goodAnswerShows: {
      ko: '우선순위를 정하고 미리 알리며, 도움이나 일정 조정을 요청하는 책임 있는 태도를 보인다.',
      en: 'Prioritising, warning people early and asking for help or new dates: a responsible approach.',
    },
  },
  {
    id: 'sit-04',
    type: 'situational',
    jobFamily: 'common',
    question: {
      ko: '입사 첫 주에 큰 실수를 했다면 어떻게 하겠습니까?',
      en: 'You make a big mistake in your first week. What do you do?',
    },
    goodAnswerShows: {
      ko: '즉시 보고하고 책임을 인정하며, 수습과 재발 방지 방법을 제시한다.',
      en: 'Reporting it at once, owning it, and proposing how to fix it and prevent a repeat.',
    },
  },
  {
    id: 'sit-05',
    type: 'situational',
    jobFamily: 'office',
    question: {
      ko: '결재 서류에서 상사의 계산 오류를 발견했다면?',
      en: 'You find a calculation error made by your manager in a document awaiting sign-off. What do you do?',
    },
    goodAnswerShows: {
      ko: '예의를 지키면서도 근거를 갖춰 바로 알리는, 정확성과 관계를 함께 고려한 대응.',
      en: 'Flagging it promptly and politely, with evidence: accuracy and relationship both respected.',
    },
  },
  {
    id: 'sit-06',
    type: 'situational',
    jobFamily: 'office',
    question: {
      ko: '전화로 화가 난 거래처가 담당자가 아닌 나에게 항의한다면?',
      en: 'An angry client calls and complains to you, though you are not the person responsible.',
    },
    goodAnswerShows: {
      ko: '끝까지 경청하고 요점을 기록해 담당자에게 정확히 전달하며, 회신 시점을 안내한다.',
      en: 'Listening fully, noting the points, passing them accurately to the right person and telling the client when to expect a reply.',
    },
  },
  {
    id: 'sit-07',
    type: 'situational',
    jobFamily: 'sales-marketing',
    question: {
      ko: '고객이 경쟁사 제품이 더 싸다며 할인을 요구한다면?',
      en: "A customer says a competitor's product is cheaper and demands a discount.",
    },
    goodAnswerShows: {
      ko: '가격 대신 가치(서비스, 품질)를 설명하고, 권한 범위 안에서 대안을 제시한다.',
      en: 'Explaining value (service, quality) rather than price, and offering alternatives within one’s authority.',
    },
  },
  {
    id: 'sit-08',
    type: 'situational',
    jobFamily: 'sales-marketing',
    question: {
      ko: '이번 달 목표의 절반밖에 달성하지 못했는데 일주일이 남았다면?',
      en: "You are at half of this month's target with a week to go.",
    },
    goodAnswerShows: {
      ko: '원인을 빠르게 분석하고 가능성이 높은 고객에 집중하는 현실적인 계획을 세운다.',
      en: 'A quick analysis of why and a realistic plan focused on the most promising customers.',
    },
  },
  {
    id: 'sit-09',
    type: 'situational',
    jobFamily: 'it',
    question: {
      ko: '배포 직후 서비스에 장애가 생겼다면 어떻게 하겠습니까?',
      en: 'The service fails right after a release. What do you do?',
    },
    goodAnswerShows: {
      ko: '먼저 영향을 줄이고(되돌리기 등) 알린 뒤, 원인 분석과 재발 방지로 이어 간다.',
      en: 'Limit the damage first (for example roll back) and inform people, then analyse the cause and prevent a repeat.',
    },
  },
  {
    id: 'sit-10',
    type: 'situational',
    jobFamily: 'it',
    question: {
      ko: '요구사항이 개발 도중 계속 바뀐다면?',
      en: 'Requirements keep changing halfway through development.',
    },
    goodAnswerShows: {
      ko: '변경의 이유와 영향을 확인하고, 일정과 범위를 요청자와 다시 합의하는 소통을 보인다.',
      en: 'Finding out why and what it affects, and agreeing scope and schedule again with the requester.',
    },
  },
  {
    id: 'sit-11',
    type: 'situational',
    jobFamily: 'production-machinery',
    question: {
      ko: '선배가 안전 절차를 건너뛰라고 한다면 어떻게 하겠습니까?',
      en: 'A senior colleague tells you to skip a safety step. What do you do?',
    },
    goodAnswerShows: {
      ko: '관계를 해치지 않는 말로 거절하고 안전 절차를 지키며, 필요하면 관리자에게 확인한다.',
      en: 'Declining politely, keeping to the safety procedure, and checking with a supervisor if needed.',
    },
  },
  {
    id: 'sit-12',
    type: 'situational',
    jobFamily: 'production-machinery',
    question: {
      ko: '생산 목표를 맞추려면 쉬는 시간 없이 일해야 하는 상황이라면?',
      en: 'Meeting the production target seems to require working without breaks.',
    },
    goodAnswerShows: {
      ko: '무리한 방식 대신 문제를 보고하고 인원·공정 조정 등 대안을 함께 찾는다.',
      en: 'Reporting the problem and looking for alternatives (staffing, process) rather than overworking unsafely.',
    },
  },
  {
    id: 'sit-13',
    type: 'situational',
    jobFamily: 'care-welfare',
    question: {
      ko: '이용자가 돌봄을 거부하며 화를 낸다면 어떻게 하겠습니까?',
      en: 'A service user refuses care and gets angry. What do you do?',
    },
    goodAnswerShows: {
      ko: '강요하지 않고 감정을 받아 주며, 이유를 살피고 시간을 두어 다시 시도하고 기록·공유한다.',
      en: 'No forcing: acknowledge the feelings, look for the reason, try again later, and record and share it.',
    },
  },
  {
    id: 'sit-14',
    type: 'situational',
    jobFamily: 'care-welfare',
    question: {
      ko: '보호자가 규정에 어긋나는 요청을 한다면?',
      en: 'A family member asks for something against the rules.',
    },
    goodAnswerShows: {
      ko: '정중하게 규정을 설명하고 가능한 대안을 안내하며, 기관과 상의한다.',
      en: 'Explaining the rules politely, offering what is possible and consulting the organisation.',
    },
  },
  {
    id: 'sit-15',
    type: 'situational',
    jobFamily: 'shipbuilding',
    question: {
      ko: '작업 중 동료가 보호구를 착용하지 않은 것을 보았다면?',
      en: 'You see a co-worker not wearing protective gear on the job.',
    },
    goodAnswerShows: {
      ko: '그 자리에서 정중하게 알리고, 위험하면 작업을 멈추게 하며 보고하는 안전 우선의 태도.',
      en: 'Telling them politely on the spot, stopping work if dangerous and reporting: safety first.',
    },
  },
  {
    id: 'sit-16',
    type: 'situational',
    jobFamily: 'shipbuilding',
    question: {
      ko: '외국인 동료와 말이 잘 통하지 않아 작업이 지연된다면?',
      en: 'Work is delayed because you and a foreign co-worker struggle to understand each other.',
    },
    goodAnswerShows: {
      ko: '손짓, 그림, 번역 앱 등 소통 방법을 찾고, 존중하는 태도로 함께 일하는 방법을 제시한다.',
      en: 'Finding ways to communicate (gestures, drawings, translation apps) and working together respectfully.',
    },
  },
  {
    id: 'sit-17',
    type: 'situational',
    jobFamily: 'semiconductor',
    question: {
      ko: '야간 교대 중 작업 기준서와 다른 현상을 발견했다면?',
      en: 'On night shift you notice something that does not match the work standard.',
    },
    goodAnswerShows: {
      ko: '혼자 판단해 넘기지 않고 즉시 보고·기록하며, 절차에 따라 다음 조치를 기다린다.',
      en: 'Not deciding alone to let it pass: report and log at once, then follow procedure.',
    },
  },
  {
    id: 'sit-18',
    type: 'situational',
    jobFamily: 'semiconductor',
    question: {
      ko: '교대근무로 생활 리듬이 깨져 힘들어진다면 어떻게 하겠습니까?',
      en: 'Shift work is upsetting your sleep and routine. What do you do?',
    },
    goodAnswerShows: {
      ko: '수면·식사 관리 등 구체적인 자기관리 방법과 필요할 때 도움을 요청하는 태도.',
      en: 'Concrete self-care (sleep, meals) and readiness to ask for help when needed.',
    },
  },
  {
    id: 'sit-19',
    type: 'situational',
    jobFamily: 'service-sales',
    question: {
      ko: '손님이 다른 손님들 앞에서 큰 소리로 항의한다면?',
      en: 'A customer complains loudly in front of other customers.',
    },
    goodAnswerShows: {
      ko: '침착하게 공감하며 조용한 곳으로 안내하고, 해결 방안을 제시하거나 책임자를 연결한다.',
      en: 'Staying calm and empathetic, moving to a quieter spot, and offering a solution or fetching a manager.',
    },
  },
  {
    id: 'sit-20',
    type: 'situational',
    jobFamily: 'service-sales',
    question: {
      ko: '마감 직전에 손님이 들어와 오래 머문다면?',
      en: 'A customer comes in just before closing and stays a long time.',
    },
    goodAnswerShows: {
      ko: '손님을 존중하면서 마감 시간을 부드럽게 안내하는 균형 잡힌 응대.',
      en: 'Respecting the customer while kindly letting them know the closing time.',
    },
  },
];
