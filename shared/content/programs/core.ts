import type { ProgramInput } from '../schema.js';

/**
 * Catalog programs focused on confidence, self-esteem and the whole path from self-exploration to job search.
 * Source of names, targets, focus, days and hours: 고용노동부 보도자료 (2025-11-12), 붙임2.
 */
export const corePrograms: ProgramInput[] = [
  {
    id: 'seongchwi',
    name: { ko: '성취프로그램', en: 'Seongchwi (Achievement) Program' },
    target: { ko: '성인 구직자', en: 'Adult job seekers' },
    focus: {
      ko: '구직기술 향상을 통한 자신감 회복: 취업정보 수집, 지원서류 작성, 모의면접 등',
      en: 'Regaining confidence through job-search skills: gathering job information, application documents, mock interviews',
    },
    dayOptions: [4],
    hours: { min: 24, max: 24 },
    agenda: {
      origin: 'published-outline',
      note: {
        ko: '주제는 공개된 성취프로그램 구성(미국 JOBS 프로그램 기반: 스트레스 대처, 고용주 관점, 강점, 인맥, 취업정보, 서류, 녹화 모의면접)을 따랐고, 일자별 배치는 Moim의 기본안입니다. 진행자가 수정해 사용하세요.',
        en: 'Topics follow the published outline (based on the US JOBS program: stress coping, the employer’s view, strengths, networking, job information, documents, recorded mock interviews); the split into days is a Moim default for the facilitator to edit.',
      },
      days: [
        {
          day: 1,
          title: { ko: '나를 지지하는 힘 찾기', en: 'Finding what holds me up' },
          moduleIds: ['opening-orientation', 'stress-coping', 'strength-finding', 'employer-view'],
        },
        {
          day: 2,
          title: { ko: '걸림돌 넘고 정보 모으기', en: 'Getting past barriers, gathering information' },
          moduleIds: ['barrier-handling', 'networking', 'job-info-search', 'interview-basics'],
        },
        {
          day: 3,
          title: { ko: '지원서류 완성하기', en: 'Finishing application documents' },
          moduleIds: ['ai-job-analysis', 'resume-clinic', 'cover-letter-clinic', 'training-plan'],
        },
        {
          day: 4,
          title: { ko: '면접 실전과 나의 계획', en: 'Interview practice and my plan' },
          moduleIds: ['mock-interview', 'setback-rehearsal', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'hope',
    name: { ko: '취업희망프로그램', en: 'Employment Hope Program' },
    target: { ko: '심리적 취약계층', en: 'Psychologically vulnerable job seekers' },
    focus: {
      ko: '자존감 회복과 구직의욕 향상: 일·직업가치, 나의 강점, 채용트렌드 이해, 대인관계 향상, 희망실현 계획서 작성',
      en: 'Rebuilding self-esteem and the will to look for work: work values, my strengths, hiring trends, relationships, writing a hope plan',
    },
    dayOptions: [4],
    hours: { min: 24, max: 24 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 카탈로그 주제(자존감, 일·직업가치, 강점, 채용트렌드, 대인관계, 희망실현 계획서)로 만든 기본안입니다. 진행자가 수정해 사용하세요.',
        en: 'No day plan is published; this default is built from the catalog topics (self-esteem, work values, strengths, hiring trends, relationships, hope plan). The facilitator edits it.',
      },
      days: [
        {
          day: 1,
          title: { ko: '나를 다시 만나기', en: 'Meeting myself again' },
          moduleIds: ['opening-orientation', 'self-esteem', 'stress-coping', 'self-exploration'],
        },
        {
          day: 2,
          title: { ko: '가치와 강점, 관계', en: 'Values, strengths, relationships' },
          moduleIds: ['work-values', 'strength-finding', 'relationships', 'motivation-goals'],
        },
        {
          day: 3,
          title: { ko: '채용 흐름과 걸림돌', en: 'Hiring trends and barriers' },
          moduleIds: ['labor-market-trends', 'barrier-handling', 'resume-clinic', 'interview-basics'],
        },
        {
          day: 4,
          title: { ko: '희망실현 계획', en: 'Hope plan' },
          moduleIds: ['job-info-search', 'setback-rehearsal', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'maeum-toktok-simple',
    name: { ko: '마음톡톡심플', en: 'Maeum Toktok Simple' },
    target: {
      ko: '취업 취약계층: 구직단념청년, 니트, 성인 구직자 등',
      en: 'Job seekers facing the most barriers: discouraged youth, NEET youth and adult job seekers',
    },
    focus: {
      ko: '자기이해를 통한 구직의욕 향상',
      en: 'Raising the will to look for work through self-understanding',
    },
    dayOptions: [3],
    hours: { min: 12, max: 12 },
    agenda: {
      origin: 'default',
      note: {
        ko: '일자별 계획은 공개되지 않아 만든 기본안입니다. 참여자의 심리적 부담을 고려해 하루 4시간으로 구성했습니다. 진행자가 수정해 사용하세요.',
        en: 'No day plan is published; this is a default of four hours a day, mindful of participants’ strain. The facilitator edits it.',
      },
      days: [
        {
          day: 1,
          title: { ko: '마음 열기', en: 'Opening up' },
          moduleIds: ['opening-orientation', 'self-esteem', 'stress-coping'],
        },
        {
          day: 2,
          title: { ko: '강점과 걸림돌', en: 'Strengths and barriers' },
          moduleIds: ['strength-finding', 'barrier-handling'],
        },
        {
          day: 3,
          title: { ko: '다시 시작하는 계획', en: 'A plan to start again' },
          moduleIds: ['work-values', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
  {
    id: 'cap',
    name: { ko: 'CAP@(캐파) 청년층 직업지도 프로그램', en: 'CAP@ career guidance program for youth' },
    target: { ko: '취업을 희망하는 청년층', en: 'Young people who want to find work' },
    focus: {
      ko: '합리적 직업선택부터 구직활동까지 종합 지원: 자기탐색, 기업탐색, 서류작성, 모의면접 등',
      en: 'From a sound job choice to job search: self-exploration, company exploration, documents, mock interviews',
    },
    dayOptions: [4],
    hours: { min: 24, max: 24 },
    agenda: {
      origin: 'published-outline',
      note: {
        ko: '주제는 공개된 CAP 구성(자기탐색, 직업탐색, 의사결정, 취업정보, 서류와 면접)을 따랐고, 일자별 배치는 Moim의 기본안입니다. 진행자가 수정해 사용하세요.',
        en: 'Topics follow the published CAP outline (self-exploration, job exploration, decision making, job information, documents and interview); the split into days is a Moim default for the facilitator to edit.',
      },
      days: [
        {
          day: 1,
          title: { ko: '나를 탐색하기', en: 'Exploring myself' },
          moduleIds: ['opening-orientation', 'self-exploration', 'work-values', 'labor-market-trends'],
        },
        {
          day: 2,
          title: { ko: '직업과 기업 탐색, 선택', en: 'Exploring jobs and companies, choosing' },
          moduleIds: ['company-exploration', 'job-info-search', 'decision-making', 'motivation-goals'],
        },
        {
          day: 3,
          title: { ko: '지원서류 작성', en: 'Writing applications' },
          moduleIds: ['ai-job-analysis', 'resume-clinic', 'cover-letter-clinic', 'interview-basics'],
        },
        {
          day: 4,
          title: { ko: '면접과 실행 계획', en: 'Interview and action plan' },
          moduleIds: ['mock-interview', 'employer-view', 'action-plan', 'closing-review'],
        },
      ],
    },
  },
];
