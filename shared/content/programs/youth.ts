import type { ProgramInput } from '../schema.js';

/**
 * Catalog programs for young people and high-school students.
 * Source of names, targets, focus, days and hours: 고용노동부 보도자료 (2025-11-12), 붙임2.
 */
export const youthPrograms: ProgramInput[] = [
  {
    id: 'youth-gym',
    name: { ko: '청년취업GYM(짐) 청년층 취업역량 강화 프로그램', en: 'Youth Employment GYM' },
    target: { ko: '청년', en: 'Young job seekers' },
    focus: {
      ko: '참여자 특성별 모듈(총 16개)을 조합해 취업동기 부여, 정보탐색, 취업클리닉, 적응력 향상을 종합 지원',
      en: 'Combines modules (16 in all) to suit each group: motivation, information search, job clinic, adaptation',
    },
    dayOptions: [2, 3, 4],
    hours: { min: 12, max: 24 },
    agenda: {
      origin: 'default',
      note: {
        ko: '모듈 조합 프로그램이라 고정된 일정이 없습니다. 네 영역(동기, 정보, 클리닉, 적응)을 고루 담은 3일 18시간 기본안이며, 사전상담으로 파악한 참여자 요구에 따라 모듈을 바꾸세요.',
        en: 'A module-combination program has no fixed plan. This 3-day, 18-hour default covers all four areas (motivation, information, clinic, adaptation); swap modules to fit needs found in pre-program intake.',
      },
      days: [
        {
          day: 1,
          title: { ko: '동기와 정보', en: 'Motivation and information' },
          moduleIds: ['opening-orientation', 'motivation-goals', 'self-exploration', 'job-info-search'],
        },
        {
          day: 2,
          title: { ko: '취업 클리닉: 서류', en: 'Job clinic: documents' },
          moduleIds: ['ai-job-analysis', 'resume-clinic', 'cover-letter-clinic', 'interview-basics'],
        },
        {
          day: 3,
          title: { ko: '면접과 적응', en: 'Interview and adaptation' },
          moduleIds: ['mock-interview', 'workplace-adaptation', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'youth-on',
    name: { ko: '청년취업ON(온)', en: 'Youth Employment ON' },
    target: { ko: '청년', en: 'Young job seekers' },
    focus: {
      ko: '3개 직무군(경영사무/영업마케팅/IT)의 주요 역량을 이해하고 개인 경험과 연계하는 소그룹 취업 컨설팅',
      en: 'Small-group job consulting: understanding the core competencies of three job families (office, sales and marketing, IT) and linking them to one’s own experience',
    },
    dayOptions: [2, 4],
    hours: { min: 12, max: 12 },
    tracks: [
      {
        id: 'office',
        name: { ko: '경영사무', en: 'Management and office' },
        focus: {
          ko: '사무·회계·총무·인사 직무 역량',
          en: 'Office, accounting, general affairs and HR competencies',
        },
        jobFamily: 'office',
      },
      {
        id: 'sales-marketing',
        name: { ko: '영업마케팅', en: 'Sales and marketing' },
        focus: {
          ko: '영업·고객관리·마케팅 직무 역량',
          en: 'Sales, account management and marketing competencies',
        },
        jobFamily: 'sales-marketing',
      },
      {
        id: 'it',
        name: { ko: 'IT', en: 'IT' },
        focus: {
          ko: '개발·운영·데이터 직무 역량',
          en: 'Software development, operations and data competencies',
        },
        jobFamily: 'it',
      },
    ],
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 2일 12시간 기본안입니다(4일로 운영할 때는 하루 3시간씩 나누세요). 직무 모듈과 면접 질문은 트랙의 직무군을 따릅니다.',
        en: 'No day plan is published; this is a 2-day, 12-hour default (for 4 days, split each day into two 3-hour days). Job modules and interview questions follow the track’s job family.',
      },
      days: [
        {
          day: 1,
          title: { ko: '직무 역량과 나의 경험', en: 'Job competencies and my experience' },
          moduleIds: [
            'opening-orientation',
            'job-competency-mapping',
            'company-exploration',
            'ai-job-analysis',
          ],
        },
        {
          day: 2,
          title: { ko: '서류와 면접 실전', en: 'Documents and interview practice' },
          moduleIds: ['cover-letter-clinic', 'interview-basics', 'mock-interview', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'hi-plus',
    name: {
      ko: 'Hi+(하이플러스) 고졸청년층 취업지원 프로그램',
      en: 'Hi+ job support for high-school students',
    },
    target: { ko: '고등학교 2~3학년', en: 'High-school students in their 2nd and 3rd year' },
    focus: {
      ko: '카드, 보드게임, 온라인 활동으로 경력·직장·취업역량·구직준비를 이해하고 채용서류·면접을 실전처럼 준비하며 경력개발계획을 세움',
      en: 'Cards, board games and online activities to understand careers, the workplace, job skills and job-search preparation; practising application documents and interviews; a career development plan',
    },
    dayOptions: [3, 4, 5],
    hours: { min: 12, max: 20 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 4일 16시간 기본안입니다. 만 14세 미만 참여자가 있으면 법정대리인 동의가 필요합니다.',
        en: 'No day plan is published; this is a 4-day, 16-hour default. Any participant under 14 needs a guardian’s consent.',
      },
      days: [
        {
          day: 1,
          title: { ko: '게임으로 만나는 직업 세계', en: 'Meeting the world of work through games' },
          moduleIds: ['opening-orientation', 'career-games', 'motivation-goals'],
        },
        {
          day: 2,
          title: { ko: '나와 일자리 알아보기', en: 'Getting to know myself and jobs' },
          moduleIds: ['self-exploration', 'job-info-search'],
        },
        {
          day: 3,
          title: { ko: '직장생활과 채용서류', en: 'Working life and applications' },
          moduleIds: ['workplace-adaptation', 'resume-clinic', 'interview-basics'],
        },
        {
          day: 4,
          title: { ko: '면접 실전과 경력개발계획', en: 'Interview practice and career plan' },
          moduleIds: ['mock-interview', 'career-plan-youth', 'closing-review'],
        },
      ],
    },
  },
];
