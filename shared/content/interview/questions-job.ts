import type { InterviewQuestion } from '../schema.js';

/** 직무 (job knowledge) questions: understanding of the job and the skills it needs. */
export const jobQuestions: InterviewQuestion[] = [
  {
    id: 'job-01',
    type: 'job',
    jobFamily: 'common',
    question: {
      ko: '지원한 직무가 하는 일을 설명해 보세요.',
      en: 'Describe what the job you applied for involves.',
    },
    goodAnswerShows: {
      ko: '채용공고와 조사를 바탕으로 핵심 업무와 필요한 역량을 정확히 설명한다.',
      en: 'An accurate account of the main tasks and required competencies, based on the ad and research.',
    },
  },
  {
    id: 'job-02',
    type: 'job',
    jobFamily: 'common',
    question: {
      ko: '이 직무를 위해 어떤 준비를 해 왔습니까?',
      en: 'What have you done to prepare for this job?',
    },
    goodAnswerShows: {
      ko: '자격, 훈련, 경험 등 준비한 것을 직무 요구와 하나씩 연결한다.',
      en: 'Certificates, training and experience each linked to a requirement of the job.',
    },
  },
  {
    id: 'job-03',
    type: 'job',
    jobFamily: 'office',
    question: { ko: '엑셀로 어떤 작업을 할 수 있습니까?', en: 'What can you do with Excel?' },
    goodAnswerShows: {
      ko: '함수, 피벗 등 할 수 있는 것을 실제 업무 예와 함께 과장 없이 말한다.',
      en: 'What the candidate can do (functions, pivot tables) with a real example, without overstating.',
    },
  },
  {
    id: 'job-04',
    type: 'job',
    jobFamily: 'office',
    question: {
      ko: '여러 부서의 요청이 동시에 들어오면 우선순위를 어떻게 정합니까?',
      en: 'When several departments ask for things at once, how do you prioritise?',
    },
    goodAnswerShows: {
      ko: '마감, 영향도, 상사 확인 등 기준을 갖고, 조율 과정에서 소통하는 방법을 말한다.',
      en: 'Clear criteria (deadline, impact, checking with the manager) and how to communicate while juggling.',
    },
  },
  {
    id: 'job-05',
    type: 'job',
    jobFamily: 'office',
    question: {
      ko: '문서를 작성할 때 실수를 줄이는 나만의 방법이 있습니까?',
      en: 'Do you have your own way of avoiding errors in documents?',
    },
    goodAnswerShows: {
      ko: '검토 목록, 이중 확인 등 구체적인 습관과 그 효과를 말한다.',
      en: 'Concrete habits such as a checklist or double-checking, and what they achieved.',
    },
  },
  {
    id: 'job-06',
    type: 'job',
    jobFamily: 'sales-marketing',
    question: {
      ko: '우리 회사의 대표 상품을 저에게 팔아 보세요.',
      en: "Sell me our company's flagship product.",
    },
    goodAnswerShows: {
      ko: '먼저 상대의 필요를 묻고, 그에 맞춰 상품의 이점을 짧게 연결한다.',
      en: 'Asking about the buyer’s needs first, then briefly linking the product’s benefits to them.',
    },
  },
  {
    id: 'job-07',
    type: 'job',
    jobFamily: 'sales-marketing',
    question: {
      ko: '최근 인상 깊었던 광고나 마케팅 사례와 그 이유는 무엇입니까?',
      en: 'Which recent advert or campaign impressed you, and why?',
    },
    goodAnswerShows: {
      ko: '대상 고객, 메시지, 채널을 나누어 분석하고 우리 회사에 적용할 점을 말한다.',
      en: 'An analysis by audience, message and channel, and what could apply to this company.',
    },
  },
  {
    id: 'job-08',
    type: 'job',
    jobFamily: 'sales-marketing',
    question: {
      ko: '영업 실적 목표를 달성하려면 무엇이 가장 중요하다고 생각합니까?',
      en: 'What do you think matters most in reaching a sales target?',
    },
    goodAnswerShows: {
      ko: '고객 관리, 활동량, 관계 등 자신의 관점을 근거와 함께 말하고 실행 계획을 제시한다.',
      en: 'A view (customer care, activity, relationships) with reasons and a plan to act on it.',
    },
  },
  {
    id: 'job-09',
    type: 'job',
    jobFamily: 'it',
    question: {
      ko: '가장 자신 있는 프로그래밍 언어나 도구로 만든 것을 설명해 주세요.',
      en: 'Describe something you built with the language or tool you know best.',
    },
    goodAnswerShows: {
      ko: '만든 것의 목적, 본인의 역할, 기술적 선택의 이유를 구체적으로 설명한다.',
      en: 'The purpose of what was built, the candidate’s role and the reasons for technical choices.',
    },
  },
  {
    id: 'job-10',
    type: 'job',
    jobFamily: 'it',
    question: {
      ko: '오류가 발생했을 때 원인을 어떻게 찾습니까?',
      en: 'How do you track down the cause of a bug?',
    },
    goodAnswerShows: {
      ko: '재현, 로그 확인, 범위 좁히기 등 체계적인 절차를 설명한다.',
      en: 'A systematic approach: reproduce, read the logs, narrow down the scope.',
    },
  },
  {
    id: 'job-11',
    type: 'job',
    jobFamily: 'it',
    question: {
      ko: '비전공자인 동료에게 기술적인 내용을 어떻게 설명하겠습니까?',
      en: 'How would you explain a technical matter to a non-technical colleague?',
    },
    goodAnswerShows: {
      ko: '상대의 관점에서 비유와 핵심만으로 설명하고, 이해했는지 확인한다.',
      en: 'Explaining from the listener’s point of view with an analogy and the essentials, and checking understanding.',
    },
  },
  {
    id: 'job-12',
    type: 'job',
    jobFamily: 'production-machinery',
    question: {
      ko: '작업 전 안전 점검으로 무엇을 확인합니까?',
      en: 'What do you check for safety before starting work?',
    },
    goodAnswerShows: {
      ko: '보호구, 설비 상태, 작업 구역 등 구체적인 점검 항목과 이상 시 보고 절차를 안다.',
      en: 'Specific checks (protective gear, equipment, work area) and the procedure for reporting a problem.',
    },
  },
  {
    id: 'job-13',
    type: 'job',
    jobFamily: 'production-machinery',
    question: {
      ko: '다룰 수 있는 장비나 보유한 자격증은 무엇입니까?',
      en: 'Which equipment can you operate and which certificates do you hold?',
    },
    goodAnswerShows: {
      ko: '장비·자격을 사용 경험과 함께 정확히 말하고, 부족한 부분은 배울 계획을 밝힌다.',
      en: 'Equipment and certificates stated accurately with hands-on experience, and a plan to learn what is missing.',
    },
  },
  {
    id: 'job-14',
    type: 'job',
    jobFamily: 'production-machinery',
    question: {
      ko: '불량품이 계속 나올 때 어떻게 하겠습니까?',
      en: 'What would you do if defective parts kept coming off the line?',
    },
    goodAnswerShows: {
      ko: '작업을 멈추고 보고하며, 원인 확인과 기록에 협조하는 절차를 말한다.',
      en: 'Stopping and reporting, then helping to find the cause and record it.',
    },
  },
  {
    id: 'job-15',
    type: 'job',
    jobFamily: 'care-welfare',
    question: {
      ko: '어르신을 돌볼 때 가장 주의해야 할 점은 무엇입니까?',
      en: 'What needs the most care when looking after an older person?',
    },
    goodAnswerShows: {
      ko: '안전(낙상 등), 존엄과 자기결정 존중, 관찰과 기록의 중요성을 균형 있게 말한다.',
      en: 'A balanced account of safety (falls), dignity and self-determination, and observing and recording.',
    },
  },
  {
    id: 'job-16',
    type: 'job',
    jobFamily: 'care-welfare',
    question: {
      ko: '이용자의 개인정보와 비밀을 어떻게 지키겠습니까?',
      en: 'How would you protect service users’ personal information and confidences?',
    },
    goodAnswerShows: {
      ko: '알게 된 정보를 업무 목적 외로 말하지 않는 원칙과 구체적인 실천을 안다.',
      en: 'The principle of never sharing information beyond work purposes and how to practise it.',
    },
  },
  {
    id: 'job-17',
    type: 'job',
    jobFamily: 'care-welfare',
    question: {
      ko: '사회복지 현장에서 기록이 왜 중요합니까?',
      en: 'Why does record-keeping matter in social work?',
    },
    goodAnswerShows: {
      ko: '서비스의 연속성, 책임, 이용자 보호 측면에서 기록의 역할을 설명한다.',
      en: 'The role of records for continuity, accountability and protecting service users.',
    },
  },
  {
    id: 'job-18',
    type: 'job',
    jobFamily: 'shipbuilding',
    question: {
      ko: '선박이 만들어지는 과정을 아는 대로 설명해 보세요.',
      en: 'Describe what you know about how a ship is built.',
    },
    goodAnswerShows: {
      ko: '설계, 블록 제작, 탑재, 의장, 시운전 등 큰 흐름과 지원 직무의 위치를 안다.',
      en: 'The broad sequence (design, block building, erection, outfitting, sea trials) and where the job fits.',
    },
  },
  {
    id: 'job-19',
    type: 'job',
    jobFamily: 'shipbuilding',
    question: {
      ko: '용접(또는 도장·배관) 작업에서 품질을 지키려면 무엇이 중요합니까?',
      en: 'What matters for quality in welding (or painting, or piping)?',
    },
    goodAnswerShows: {
      ko: '작업 기준 준수, 사전 준비, 검사에 대한 이해를 보이고 모르는 부분은 배울 의지를 밝힌다.',
      en: 'Understanding of working to standard, preparation and inspection, and willingness to learn gaps.',
    },
  },
  {
    id: 'job-20',
    type: 'job',
    jobFamily: 'shipbuilding',
    question: {
      ko: '밀폐공간이나 고소 작업의 위험을 알고 있습니까?',
      en: 'Do you know the risks of confined-space and work-at-height tasks?',
    },
    goodAnswerShows: {
      ko: '대표적인 위험(질식, 추락)과 안전 수칙을 알고, 안전을 우선하는 태도를 보인다.',
      en: 'Knows the main hazards (asphyxiation, falls) and the rules, and puts safety first.',
    },
  },
  {
    id: 'job-21',
    type: 'job',
    jobFamily: 'semiconductor',
    question: {
      ko: '반도체 8대 공정 중 아는 공정을 설명해 보세요.',
      en: 'Explain any of the main semiconductor fabrication steps that you know.',
    },
    goodAnswerShows: {
      ko: '공정의 목적과 순서를 정확하게 설명하고, 지원 직무와의 관련성을 말한다.',
      en: 'An accurate account of a step’s purpose and place in the sequence, and how it relates to the job.',
    },
  },
  {
    id: 'job-22',
    type: 'job',
    jobFamily: 'semiconductor',
    question: {
      ko: '클린룸에서 지켜야 할 규칙에는 무엇이 있습니까?',
      en: 'What rules apply in a cleanroom?',
    },
    goodAnswerShows: {
      ko: '방진복 착용, 반입 금지 물품, 동선 등 오염 방지의 원리와 규칙을 안다.',
      en: 'The principle of preventing contamination and the rules (gowning, banned items, movement).',
    },
  },
  {
    id: 'job-23',
    type: 'job',
    jobFamily: 'semiconductor',
    question: {
      ko: '설비에 이상 알람이 울리면 어떻게 대응하겠습니까?',
      en: 'How would you respond to an equipment alarm?',
    },
    goodAnswerShows: {
      ko: '임의로 조치하지 않고 절차에 따라 확인·보고하며, 기록을 남기는 순서를 말한다.',
      en: 'No improvised fixes: check and report by procedure, and log it.',
    },
  },
  {
    id: 'job-24',
    type: 'job',
    jobFamily: 'service-sales',
    question: {
      ko: '매장 매출을 올리기 위해 직원으로서 할 수 있는 일은 무엇입니까?',
      en: 'What could you, as staff, do to raise the shop’s sales?',
    },
    goodAnswerShows: {
      ko: '고객 응대, 진열, 재방문 유도 등 현장에서 실천할 수 있는 구체적인 방법을 제시한다.',
      en: 'Practical things to do on the floor: customer service, displays, bringing customers back.',
    },
  },
  {
    id: 'job-25',
    type: 'job',
    jobFamily: 'service-sales',
    question: {
      ko: '계산이나 재고가 맞지 않을 때 어떻게 처리하겠습니까?',
      en: 'What would you do if the till or stock did not add up?',
    },
    goodAnswerShows: {
      ko: '숨기지 않고 보고하며, 기록을 대조해 원인을 찾는 정직한 절차를 말한다.',
      en: 'Reporting rather than hiding it, and an honest process of checking records to find the cause.',
    },
  },
  {
    id: 'job-26',
    type: 'job',
    jobFamily: 'service-sales',
    question: {
      ko: '좋은 서비스란 무엇이라고 생각합니까?',
      en: 'What do you think good service is?',
    },
    goodAnswerShows: {
      ko: '자신의 정의를 경험 사례로 설명하고, 현장에서 어떻게 실천할지 말한다.',
      en: 'A personal definition illustrated by an experience, and how it would be practised on the job.',
    },
  },
];
