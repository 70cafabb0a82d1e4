import type { ProgramInput } from '../schema.js';

/**
 * Catalog programs for adults, middle-aged job seekers and particular industries.
 * Source of names, targets, focus, days and hours: 고용노동부 보도자료 (2025-11-12), 붙임2 and 붙임4.
 */
export const adultIndustryPrograms: ProgramInput[] = [
  {
    id: 'naeil-ttodasi',
    name: { ko: '내일또다시', en: 'Naeil Tto Dasi (Tomorrow, Once Again)' },
    target: { ko: '성인 구직자', en: 'Adult job seekers' },
    focus: {
      ko: '기계설치·정비·생산직, 사회복지·돌봄직 분야 재취업을 위한 정보탐색 역량 강화',
      en: 'Stronger information-search skills for re-employment in machinery installation, maintenance and production, or in social welfare and care',
    },
    dayOptions: [3],
    hours: { min: 12, max: 12 },
    tracks: [
      {
        id: 'production-machinery',
        name: { ko: '기계설치·정비·생산직', en: 'Machinery installation, maintenance and production' },
        focus: {
          ko: '설비 설치·정비, 생산·조립 직종의 정보와 자격',
          en: 'Information and qualifications for equipment installation, maintenance, production and assembly jobs',
        },
        jobFamily: 'production-machinery',
      },
      {
        id: 'care-welfare',
        name: { ko: '사회복지·돌봄직', en: 'Social welfare and care' },
        focus: {
          ko: '요양보호사, 사회복지 현장 직종의 정보와 자격',
          en: 'Information and qualifications for care-worker and social-welfare jobs',
        },
        jobFamily: 'care-welfare',
      },
    ],
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 3일 12시간 기본안입니다. 직종 탐색과 면접 질문은 트랙의 직무군을 따릅니다.',
        en: 'No day plan is published; this is a 3-day, 12-hour default. Occupation search and interview questions follow the track’s job family.',
      },
      days: [
        {
          day: 1,
          title: { ko: '노동시장과 재취업 직종', en: 'Labour market and occupations' },
          moduleIds: ['opening-orientation', 'labor-market-trends', 'reemployment-occupations'],
        },
        {
          day: 2,
          title: { ko: '정보 찾기와 훈련', en: 'Finding information and training' },
          moduleIds: ['job-info-search', 'training-plan', 'networking'],
        },
        {
          day: 3,
          title: { ko: '서류와 구직활동계획', en: 'Documents and job-search plan' },
          moduleIds: ['resume-clinic', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'shipbuilding',
    name: { ko: '조선업 취업지원 프로그램', en: 'Shipbuilding job program' },
    target: {
      ko: '조선업 취업희망자 (직업전환을 고민하는 중장년층 등)',
      en: 'People who want to work in shipbuilding (including middle-aged people considering a change of career)',
    },
    focus: {
      ko: '인식개선과 산업·직무 이해를 통한 직업 선택의 폭 확대',
      en: 'Widening job choices by updating perceptions and understanding the industry and its jobs',
    },
    jobFamily: 'shipbuilding',
    dayOptions: [2, 3],
    hours: { min: 12, max: 12 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 3일 12시간 기본안입니다(2일 운영 시 하루 6시간).',
        en: 'No day plan is published; this is a 3-day, 12-hour default (six hours a day when run over two days).',
      },
      days: [
        {
          day: 1,
          title: { ko: '조선산업 알아보기', en: 'Getting to know shipbuilding' },
          moduleIds: ['opening-orientation', 'shipbuilding-industry', 'mentor-talk'],
        },
        {
          day: 2,
          title: { ko: '직종과 훈련, 서류', en: 'Occupations, training, documents' },
          moduleIds: ['reemployment-occupations', 'resume-clinic', 'training-plan'],
        },
        {
          day: 3,
          title: { ko: '면접 준비', en: 'Interview preparation' },
          moduleIds: ['interview-basics', 'mock-interview', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'semiconductor-bds',
    name: { ko: '반도체 취업컨설팅 프로그램 (B.D.S)', en: 'Semiconductor job consulting (B.D.S)' },
    target: {
      ko: '반도체 취업희망자 (진로를 고민하는 청년층)',
      en: 'People who want to work in semiconductors (young people deciding on a career)',
    },
    focus: {
      ko: '반도체산업 분야 진출 지원과 취업 후 고용유지 지원',
      en: 'Entering the semiconductor industry and staying employed after hiring',
    },
    jobFamily: 'semiconductor',
    dayOptions: [2, 3],
    hours: { min: 12, max: 12 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 2일 12시간 기본안입니다. 우수 센터 사례처럼 현직자 멘토 특강, 클린룸 현장탐방, 사전상담을 함께 운영하면 좋습니다.',
        en: 'No day plan is published; this is a 2-day, 12-hour default. As in an award-winning center, pair it with a mentor talk, a cleanroom visit and pre-program intake.',
      },
      days: [
        {
          day: 1,
          title: { ko: '반도체 산업과 직무', en: 'The industry and its jobs' },
          moduleIds: [
            'opening-orientation',
            'semiconductor-industry',
            'mentor-talk',
            'job-competency-mapping',
          ],
        },
        {
          day: 2,
          title: { ko: '지원과 고용 유지', en: 'Applying and staying employed' },
          moduleIds: ['cover-letter-clinic', 'mock-interview', 'retention', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'sinhotan',
    name: {
      ko: '신호탄 신중년 재취업설계 프로그램',
      en: 'Sinhotan: re-employment design for people in their 50s and 60s',
    },
    target: {
      ko: '50~60세 퇴직자, 이직을 준비하는 재직자 등',
      en: 'People aged 50 to 60 who have retired or are preparing to change jobs',
    },
    ageRange: { min: 50, max: 60 },
    focus: {
      ko: '변화하는 노동시장 이해와 경력 전환기의 재취업 활동 지원',
      en: 'Understanding a changing labour market and re-employment during a career transition',
    },
    dayOptions: [3],
    hours: { min: 18, max: 18 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 기본안입니다. 2025년 우수사례에 소개된 흐름(능력·강점 파악 → 노동시장 현황 → 재취업 직종 탐색·사례 분석 → 직업훈련·구직활동계획)을 따랐습니다.',
        en: 'No day plan is published; this default follows the sequence described in a 2025 award-winning case (abilities and strengths → labour market → occupations and re-employment stories → training and job-search plan).',
      },
      days: [
        {
          day: 1,
          title: { ko: '경력과 강점 다시 보기', en: 'Looking again at career and strengths' },
          moduleIds: ['opening-orientation', 'career-transition', 'strength-finding', 'networking'],
        },
        {
          day: 2,
          title: { ko: '노동시장과 재취업 직종', en: 'Labour market and occupations' },
          moduleIds: ['labor-market-trends', 'reemployment-occupations', 'job-info-search', 'training-plan'],
        },
        {
          day: 3,
          title: { ko: '서류·면접과 구직활동계획', en: 'Documents, interview, job-search plan' },
          moduleIds: ['resume-clinic', 'mock-interview', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: '4u',
    name: {
      ko: '4U(포유) 40대 구직자 취업역량 강화 프로그램',
      en: '4U (For You): job-search program for people in their 40s',
    },
    target: { ko: '40대 구직자', en: 'Job seekers in their 40s' },
    ageRange: { min: 40, max: 49 },
    focus: {
      ko: '진로전환과 적응능력 향상을 위해 심리역량을 강화하고 취업의지를 높이며 구직기술을 향상',
      en: 'Strengthening psychological resources, the will to work and job-search skills for a career transition and adaptation',
    },
    dayOptions: [3],
    hours: { min: 18, max: 18 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 3일 18시간 기본안입니다. 진행자가 수정해 사용하세요.',
        en: 'No day plan is published; this is a 3-day, 18-hour default for the facilitator to edit.',
      },
      days: [
        {
          day: 1,
          title: { ko: '전환기의 나', en: 'Me at a turning point' },
          moduleIds: ['opening-orientation', 'career-transition', 'stress-coping', 'work-values'],
        },
        {
          day: 2,
          title: { ko: '강점과 새로운 직종', en: 'Strengths and new occupations' },
          moduleIds: ['strength-finding', 'labor-market-trends', 'reemployment-occupations', 'networking'],
        },
        {
          day: 3,
          title: { ko: '구직기술과 계획', en: 'Job-search skills and plan' },
          moduleIds: ['resume-clinic', 'mock-interview', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
];
