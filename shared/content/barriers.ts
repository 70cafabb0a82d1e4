import type { Barrier } from './schema.js';

/**
 * Taxonomy of job-search barriers for the barrier map. `sensitive: true` marks categories that reveal
 * information Korean privacy law treats as sensitive (민감정보, 개인정보보호법 제23조 and 시행령 제18조:
 * health, criminal record, among others). Those need separate consent, are never shown by name on the
 * projector, and the group only ever sees counts.
 */
export const barriers: Barrier[] = [
  {
    id: 'job-search-skills',
    name: { ko: '구직기술·지원서류', en: 'Job-search skills and documents' },
    description: {
      ko: '채용공고 읽기, 이력서·자기소개서 작성, 지원 방법이 익숙하지 않다.',
      en: 'Reading job ads, writing a résumé or cover letter and applying are unfamiliar.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '이력서 한 부를 완성해 개별 첨삭을 받는다.',
        en: 'Finish one résumé and get it reviewed one to one.',
      },
      {
        ko: '매주 지원 목표 수(예: 3곳)를 정해 기록한다.',
        en: 'Set a weekly number of applications (say three) and log them.',
      },
    ],
    serviceIds: ['employment-center-counseling', 'work24', 'national-employment-support'],
  },
  {
    id: 'interview-skills',
    name: { ko: '면접', en: 'Interviews' },
    description: {
      ko: '면접에서 긴장하거나 말문이 막혀 번번이 떨어진다.',
      en: 'Nerves or going blank keep costing me interviews.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '자주 나오는 질문 10개의 답을 소리 내어 연습한다.',
        en: 'Practise answers to the ten most common questions out loud.',
      },
      {
        ko: '모의면접을 녹화해 스스로 보고 한 가지씩 고친다.',
        en: 'Record a mock interview, watch it, and fix one thing at a time.',
      },
    ],
    serviceIds: ['employment-center-counseling', 'local-job-center'],
  },
  {
    id: 'career-gap',
    name: { ko: '경력 공백·경험 부족', en: 'Career gap or little experience' },
    description: {
      ko: '일을 쉰 기간이 길거나 지원 분야의 경력이 없다.',
      en: 'A long break from work, or no experience in the field I am applying to.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '공백기에 한 일(돌봄, 공부, 봉사)을 한 문장으로 설명할 준비를 한다.',
        en: 'Prepare one sentence on what you did during the gap (care, study, volunteering).',
      },
      {
        ko: '일경험이나 단기 훈련으로 최근 경력을 만든다.',
        en: 'Build recent experience through a work placement or a short course.',
      },
    ],
    serviceIds: ['work-experience', 'tomorrow-learning-card', 'women-reemployment-center'],
  },
  {
    id: 'age',
    name: { ko: '나이', en: 'Age' },
    description: {
      ko: '나이 때문에 채용에서 불리하다고 느낀다.',
      en: 'I feel my age counts against me in hiring.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '같은 연령대가 실제로 많이 채용되는 직종을 찾아본다.',
        en: 'Look up occupations where people your age are actually hired.',
      },
      {
        ko: '경험과 책임감을 구체적인 사례로 보여 줄 준비를 한다.',
        en: 'Prepare concrete examples of your experience and reliability.',
      },
    ],
    serviceIds: ['midlife-career-center', 'national-employment-support', 'tomorrow-learning-card'],
  },
  {
    id: 'physical-health',
    name: { ko: '신체 건강', en: 'Physical health' },
    description: {
      ko: '질병, 통증, 체력 저하로 할 수 있는 일이 제한된다.',
      en: 'Illness, pain or low stamina limit the work I can do.',
    },
    sensitive: true,
    sensitiveNote: {
      ko: '건강 정보는 민감정보입니다. 별도 동의를 받은 경우에만 기록하고, 집단에서는 익명 집계로만 보여 주세요.',
      en: 'Health information is sensitive data. Record it only with separate consent and show it to the group only as anonymous counts.',
    },
    copingStrategies: [
      {
        ko: '몸 상태에 맞는 근무 시간과 작업 강도의 조건을 정리한다.',
        en: 'Write down the hours and workload your body can manage.',
      },
      {
        ko: '치료 일정과 병행할 수 있는 일자리를 상담사와 함께 찾는다.',
        en: 'Look with the counselor for work that fits around treatment.',
      },
    ],
    serviceIds: ['public-health-center', 'welfare-call-center', 'employment-center-counseling'],
  },
  {
    id: 'mental-health',
    name: { ko: '마음 건강', en: 'Mental health' },
    description: {
      ko: '우울, 불안, 공황, 불면 등으로 구직을 이어 가기 어렵다.',
      en: 'Depression, anxiety, panic or sleeplessness make it hard to keep looking for work.',
    },
    sensitive: true,
    sensitiveNote: {
      ko: '정신건강 정보는 민감정보입니다. 별도 동의 없이 기록하지 말고, 위기 신호가 보이면 즉시 개별 면담과 위기상담으로 연결하세요.',
      en: 'Mental-health information is sensitive data. Do not record it without separate consent; at any sign of crisis, talk one to one and connect to a crisis line at once.',
    },
    copingStrategies: [
      {
        ko: '하루 일과(기상, 식사, 산책)를 먼저 규칙적으로 만든다.',
        en: 'First make the daily routine regular (getting up, meals, a walk).',
      },
      {
        ko: '전문 상담을 받으며 구직 목표를 작게 나눈다.',
        en: 'Get professional counseling and split job-search goals into small steps.',
      },
    ],
    serviceIds: ['mental-health-center', 'suicide-prevention-line', 'psychological-support-program'],
  },
  {
    id: 'disability',
    name: { ko: '장애', en: 'Disability' },
    description: {
      ko: '장애로 인해 일자리 선택이나 근무 환경에 지원이 필요하다.',
      en: 'A disability means I need support in choosing work or at the workplace.',
    },
    sensitive: true,
    sensitiveNote: {
      ko: '장애 여부와 종류는 건강에 관한 민감정보입니다. 본인이 원할 때만, 별도 동의를 받아 기록하세요.',
      en: 'Whether and how someone is disabled is sensitive health data. Record it only when the person wants, with separate consent.',
    },
    copingStrategies: [
      {
        ko: '필요한 근무 지원(보조기기, 근로지원인)을 정리한다.',
        en: 'List the workplace support needed (assistive devices, a work assistant).',
      },
      {
        ko: '장애인 채용 우대 기업과 공공기관 공고를 찾아본다.',
        en: 'Look for employers and public bodies that give preference to disabled applicants.',
      },
    ],
    serviceIds: ['disability-employment', 'welfare-call-center'],
  },
  {
    id: 'finances-debt',
    name: { ko: '생계·채무', en: 'Finances and debt' },
    description: {
      ko: '생활비가 부족하거나 빚 독촉 때문에 구직에 집중하기 어렵다.',
      en: 'Not enough money to live on, or pressure from debt, makes it hard to focus on finding work.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '채무조정 상담을 먼저 받아 독촉 부담을 줄인다.',
        en: 'Get debt-adjustment counseling first to ease the pressure from creditors.',
      },
      {
        ko: '구직 기간의 생계 지원(구직촉진수당, 긴급복지)을 확인한다.',
        en: 'Check income support while looking for work (job-seeking allowance, emergency welfare).',
      },
    ],
    serviceIds: ['credit-counseling', 'microfinance', 'national-employment-support', 'legal-aid'],
  },
  {
    id: 'family-care',
    name: { ko: '가족 돌봄', en: 'Caring for family' },
    description: {
      ko: '자녀, 부모, 아픈 가족을 돌보느라 일할 수 있는 시간이 제한된다.',
      en: 'Looking after children, parents or a sick relative limits the hours I can work.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '돌봄 서비스로 확보할 수 있는 시간을 알아본다.',
        en: 'Find out how much time care services could free up.',
      },
      { ko: '시간제·유연근무 일자리를 찾는다.', en: 'Look for part-time or flexible jobs.' },
    ],
    serviceIds: ['childcare-service', 'welfare-call-center', 'women-reemployment-center'],
  },
  {
    id: 'information',
    name: { ko: '정보 부족', en: 'Lack of information' },
    description: {
      ko: '어디서 어떤 일자리와 지원제도를 찾아야 할지 모른다.',
      en: 'I do not know where to find jobs or support schemes.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '고용24에 관심 조건을 저장해 맞춤 공고 알림을 받는다.',
        en: 'Save your preferences on Work24 and get matching job alerts.',
      },
      { ko: '매주 한 번 정해진 시간에 공고를 확인한다.', en: 'Check job ads at a fixed time once a week.' },
    ],
    serviceIds: ['work24', 'local-job-center', 'employment-center-counseling'],
  },
  {
    id: 'confidence-motivation',
    name: { ko: '자신감·의욕', en: 'Confidence and motivation' },
    description: {
      ko: '거듭된 실패로 자신감이 떨어지고 다시 시도할 힘이 없다.',
      en: 'Repeated failures have worn down my confidence and energy to try again.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '작은 목표를 정해 이룬 일을 매일 기록한다.',
        en: 'Set small goals and write down each day what you achieved.',
      },
      {
        ko: '강점 프로필을 다시 읽고 동료의 피드백을 떠올린다.',
        en: 'Re-read your strength profile and recall the feedback from peers.',
      },
    ],
    serviceIds: ['employment-center-counseling', 'youth-challenge', 'psychological-support-program'],
  },
  {
    id: 'career-direction',
    name: { ko: '진로 미결정', en: 'Undecided about direction' },
    description: {
      ko: '어떤 일을 하고 싶은지, 무엇이 맞는지 정하지 못했다.',
      en: 'I have not worked out what I want to do or what suits me.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '직업심리검사를 받아 상담사와 결과를 함께 본다.',
        en: 'Take a vocational test and go through the results with a counselor.',
      },
      {
        ko: '후보 직업 두세 개를 한 달 동안 탐색해 본다.',
        en: 'Explore two or three candidate jobs for a month.',
      },
    ],
    serviceIds: ['work24', 'employment-center-counseling', 'youth-challenge'],
  },
  {
    id: 'isolation',
    name: { ko: '관계 단절·고립', en: 'Isolation and strained relationships' },
    description: {
      ko: '오랜 구직으로 가족과 갈등이 있거나 사람을 만나지 않게 되었다.',
      en: 'A long job search has led to conflict at home or to seeing hardly anyone.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '집단상담 동료와 연락처를 나눠 서로 안부를 묻는다.',
        en: 'Swap contacts with group members and check in on each other.',
      },
      {
        ko: '가족에게 구직 계획을 공유해 응원을 부탁한다.',
        en: 'Share your job-search plan with family and ask for their support.',
      },
    ],
    serviceIds: ['mental-health-center', 'welfare-call-center', 'youth-challenge'],
  },
  {
    id: 'language',
    name: { ko: '한국어·의사소통', en: 'Korean language and communication' },
    description: {
      ko: '한국어 읽기·쓰기나 말하기가 어려워 서류와 면접이 부담된다.',
      en: 'Reading, writing or speaking Korean is hard, which makes documents and interviews daunting.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '한국어 교육과 직업훈련을 함께 받을 수 있는 과정을 찾는다.',
        en: 'Look for courses that combine Korean lessons with vocational training.',
      },
      {
        ko: '모국어 능력을 강점으로 쓸 수 있는 일자리를 찾아본다.',
        en: 'Look for jobs where your first language is an asset.',
      },
    ],
    serviceIds: ['multicultural-support', 'tomorrow-learning-card', 'employment-center-counseling'],
  },
  {
    id: 'transport',
    name: { ko: '교통·이동', en: 'Transport' },
    description: {
      ko: '출퇴근 교통이 불편하거나 운전을 하지 못해 갈 수 있는 일자리가 적다.',
      en: 'Poor transport or not driving limits the jobs I can reach.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '대중교통 60분 안의 일자리 지도를 만들어 본다.',
        en: 'Map the jobs within 60 minutes by public transport.',
      },
      {
        ko: '통근버스나 기숙사를 제공하는 기업을 찾는다.',
        en: 'Look for employers with a commuter bus or dormitory.',
      },
    ],
    serviceIds: ['local-job-center', 'national-employment-support'],
  },
  {
    id: 'housing',
    name: { ko: '주거', en: 'Housing' },
    description: {
      ko: '주거가 불안정해 구직 활동을 이어 가기 어렵다.',
      en: 'Unstable housing makes it hard to keep up a job search.',
    },
    sensitive: false,
    copingStrategies: [
      {
        ko: '공공임대주택과 주거급여 자격을 확인한다.',
        en: 'Check eligibility for public rental housing and housing benefit.',
      },
      {
        ko: '긴급 주거지원이 필요한지 상담사와 먼저 이야기한다.',
        en: 'Talk first with the counselor about whether emergency housing is needed.',
      },
    ],
    serviceIds: ['housing-welfare', 'welfare-call-center', 'case-management-council'],
  },
  {
    id: 'criminal-record',
    name: { ko: '범죄경력', en: 'Criminal record' },
    description: {
      ko: '과거 범죄경력이 채용에 영향을 줄까 걱정된다.',
      en: 'I worry a past criminal record will affect hiring.',
    },
    sensitive: true,
    sensitiveNote: {
      ko: '범죄경력자료는 민감정보입니다. 집단에서 다루거나 기록하지 말고, 본인이 원할 때 개별 상담에서만 다루세요.',
      en: 'Criminal-record information is sensitive data. Never discuss or record it in the group; deal with it only one to one when the person asks.',
    },
    copingStrategies: [
      {
        ko: '경력 조회가 필요한 직종과 그렇지 않은 직종을 구분해 본다.',
        en: 'Sort out which occupations check records and which do not.',
      },
      {
        ko: '법률 상담으로 본인의 상황을 정확히 확인한다.',
        en: 'Get legal advice to be clear about your own situation.',
      },
    ],
    serviceIds: ['legal-aid', 'employment-center-counseling'],
  },
];
