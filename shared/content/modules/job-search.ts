import type { Module } from '../schema.js';

/** Modules on the labour market, job information, companies, decisions, networks and training. */
export const jobSearchModules: Module[] = [
  {
    id: 'employer-view',
    title: { ko: '채용하는 사람의 눈으로 보기', en: "Seeing it through the employer's eyes" },
    theme: 'information',
    goal: {
      ko: '고용주가 서류와 면접에서 무엇을 확인하는지 알고, 나의 경험을 그 관점에서 다시 본다.',
      en: 'Learn what employers check in documents and interviews and look at one’s own experience from that side.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '내가 사장이라면 직원에게 가장 바라는 것 세 가지',
          en: 'If you were the boss, the three things you would most want from an employee',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '성실함', en: 'Diligence' } },
            { id: 'o2', label: { ko: '책임감', en: 'Responsibility' } },
            { id: 'o3', label: { ko: '시간 약속', en: 'Punctuality' } },
            { id: 'o4', label: { ko: '배우려는 자세', en: 'Willingness to learn' } },
            { id: 'o5', label: { ko: '협동심', en: 'Teamwork' } },
            { id: 'o6', label: { ko: '밝은 태도', en: 'A positive attitude' } },
            { id: 'o7', label: { ko: '직무 능력', en: 'Job skills' } },
            { id: 'o8', label: { ko: '정직함', en: 'Honesty' } },
          ],
          maxPicks: 3,
        },
      },
      {
        type: 'word-cloud',
        prompt: {
          ko: '채용 담당자가 싫어할 것 같은 지원자의 모습 한 단어',
          en: 'One word for an applicant a recruiter would not want',
        },
        engine: { maxWords: 1 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '참여자가 고용주 역할을 맡아 지원자를 고르는 짧은 게임으로 시작하면 관점이 쉽게 바뀝니다.',
        en: 'A short game where participants play the employer choosing applicants shifts the point of view quickly.',
      },
      watchFor: {
        ko: '고용주는 원래 불공정하다는 냉소. 불공정한 경험은 인정하되 통제할 수 있는 부분으로 초점을 옮기세요.',
        en: 'Cynicism that employers are simply unfair. Acknowledge unfair experiences, then move to what can be influenced.',
      },
      close: {
        ko: '집단이 고른 세 가지가 나에게 있다는 증거를 하나씩 적게 합니다.',
        en: "Have each person write one piece of evidence that they have each of the group's top three.",
      },
    },
  },
  {
    id: 'networking',
    title: { ko: '인맥으로 일자리 찾기', en: 'Finding work through people' },
    theme: 'information',
    goal: {
      ko: '공개되지 않은 일자리가 사람을 통해 전해진다는 것을 알고, 연락할 사람 목록과 부탁 문장을 만든다.',
      en: 'See that many openings travel through people, and make a contact list and a way to ask.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'open-text',
        prompt: {
          ko: '일자리 소식을 물어볼 수 있는 사람 다섯 명 (이름은 본인만 봅니다)',
          en: 'Five people you could ask about openings (only you see the names)',
        },
        // Names of acquaintances: the prompt promises only the author sees them.
        visibility: 'self',
        engine: { maxLength: 300, anonymous: true },
      },
      {
        type: 'poll-single',
        prompt: {
          ko: '지인에게 일자리를 물어보는 것이 어렵나요?',
          en: 'Is asking acquaintances about jobs hard for you?',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '전혀 어렵지 않다', en: 'Not at all' } },
            { id: 'o2', label: { ko: '조금 어렵다', en: 'A little' } },
            { id: 'o3', label: { ko: '많이 어렵다', en: 'Very' } },
          ],
        },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '부탁은 폐가 아니라 정보 교환이라는 관점으로 시작하고, 짧은 부탁 문장 예시를 보여 주세요.',
        en: 'Frame asking as exchanging information, not imposing, and show a short example of how to ask.',
      },
      watchFor: {
        ko: '실직 사실을 알리기 부끄러워하는 참여자. 말하는 범위를 스스로 정하게 하세요.',
        en: 'People ashamed to tell others they are out of work. Let them decide how much to say.',
      },
      close: {
        ko: '이번 주에 연락할 한 사람을 정해 계획서에 적습니다.',
        en: 'Choose one person to contact this week and put it in the plan.',
      },
    },
  },
  {
    id: 'job-info-search',
    title: { ko: '채용정보 탐색', en: 'Searching job information' },
    theme: 'information',
    goal: {
      ko: '고용24, 기업 채용 페이지, 지역 일자리센터 등에서 나에게 맞는 채용정보를 찾고 공고를 읽는 법을 익힌다.',
      en: 'Find suitable openings on Work24, company career pages and local job centers, and learn to read an ad.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '지금까지 써 본 채용정보 경로를 모두 고르세요',
          en: 'Pick every job-information channel you have used so far',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '고용24', en: 'Work24' } },
            { id: 'o2', label: { ko: '민간 취업포털', en: 'Private job sites' } },
            { id: 'o3', label: { ko: '지인', en: 'Acquaintances' } },
            { id: 'o4', label: { ko: '현수막·전단', en: 'Posters and flyers' } },
            { id: 'o5', label: { ko: '기업 홈페이지', en: 'Company websites' } },
            { id: 'o6', label: { ko: '없음', en: 'None yet' } },
          ],
          maxPicks: 6,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '직접 찾은 공고 하나에서 자격요건, 근무조건, 마감일을 정리해 보세요.',
          en: 'From one ad you found, note the requirements, conditions and deadline.',
        },
        engine: { maxLength: 300, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '휴대폰으로 바로 검색해 보게 하고, 검색어를 바꾸면 결과가 어떻게 달라지는지 함께 봅니다.',
        en: 'Have people search on their phones right away and see together how changing the search words changes results.',
      },
      watchFor: {
        ko: '디지털 기기 사용이 서툰 참여자. 옆 사람과 짝을 지어 주고, 글씨 크기를 키우는 법을 알려 주세요.',
        en: 'People less at ease with phones. Pair them with a neighbour and show how to enlarge text.',
      },
      close: {
        ko: '관심 공고 세 개를 저장하고 지원 여부와 날짜를 계획서에 적게 합니다.',
        en: 'Save three interesting ads and write in the plan whether and when to apply.',
      },
    },
  },
  {
    id: 'company-exploration',
    title: { ko: '기업 탐색', en: 'Exploring companies' },
    theme: 'information',
    goal: {
      ko: '지원하려는 기업의 사업, 인재상, 근무조건, 최근 소식을 조사하고 나와 맞는 점을 찾는다.',
      en: "Research a target company's business, the people it looks for, conditions and recent news, and find the fit with oneself.",
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'open-text',
        prompt: {
          ko: '관심 기업 한 곳: 하는 일, 인재상, 최근 소식, 나와 맞는 점',
          en: 'One company: what it does, the people it looks for, recent news, where you fit',
        },
        engine: { maxLength: 500, anonymous: false },
      },
      {
        type: 'poll-single',
        prompt: {
          ko: '기업을 고를 때 가장 먼저 보는 것은?',
          en: 'What do you look at first when choosing a company?',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '규모', en: 'Size' } },
            { id: 'o2', label: { ko: '위치', en: 'Location' } },
            { id: 'o3', label: { ko: '보수', en: 'Pay' } },
            { id: 'o4', label: { ko: '분위기', en: 'Culture' } },
            { id: 'o5', label: { ko: '성장성', en: 'Growth' } },
          ],
        },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '대기업만이 아니라 지역의 강소기업, 공공기관도 함께 찾아보도록 안내합니다.',
        en: 'Point people beyond large firms to strong local small companies and public institutions too.',
      },
      watchFor: {
        ko: '온라인 평판만으로 기업을 단정하는 참여자. 여러 출처를 비교하도록 하세요.',
        en: 'Judging a company from online reviews alone. Ask for a comparison of several sources.',
      },
      close: {
        ko: '조사한 내용을 자기소개서 지원동기에 쓸 문장 하나로 정리합니다.',
        en: 'Condense the research into one sentence for the motivation part of the cover letter.',
      },
    },
  },
  {
    id: 'labor-market-trends',
    title: { ko: '노동시장과 채용 트렌드 이해', en: 'Labour market and hiring trends' },
    theme: 'information',
    goal: {
      ko: '지역·연령·산업별 일자리 흐름과 최근 채용 방식(수시채용, 직무중심, AI 면접)을 이해한다.',
      en: 'Understand job trends by region, age and industry and current hiring practices (rolling hiring, job-based hiring, AI interviews).',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-single',
        prompt: {
          ko: '퀴즈: 우리 지역에서 구인이 가장 많은 분야는 어디일까요?',
          en: 'Quiz: which field has the most openings in our region?',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '제조·생산', en: 'Manufacturing' } },
            { id: 'o2', label: { ko: '돌봄·보건복지', en: 'Care, health and welfare' } },
            { id: 'o3', label: { ko: '서비스·판매', en: 'Service and retail' } },
            { id: 'o4', label: { ko: '운전·운송', en: 'Driving and transport' } },
            { id: 'o5', label: { ko: '건설', en: 'Construction' } },
            { id: 'o6', label: { ko: '사무', en: 'Office work' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '오늘 알게 된 사실 중 내 구직에 영향을 줄 것 한 가지',
          en: 'One fact from today that will affect your job search',
        },
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '지역 고용동향 자료를 최신으로 준비하고, 퀴즈 정답을 공개한 뒤 의미를 함께 해석합니다.',
        en: 'Prepare the latest regional employment figures; reveal the quiz answer and interpret it together.',
      },
      watchFor: {
        ko: '"나이 때문에 안 된다"는 결론으로 흐르는 분위기. 해당 연령대의 실제 취업 분야 자료로 균형을 잡으세요.',
        en: 'A drift towards "my age rules me out". Balance it with data on where people that age actually get hired.',
      },
      close: {
        ko: '나의 후보 직종이 노동시장에서 어떤 위치인지 한 문장으로 정리합니다.',
        en: 'Sum up in one sentence where your candidate occupations stand in the labour market.',
      },
    },
  },
  {
    id: 'decision-making',
    title: { ko: '합리적 직업 선택', en: 'Making a sound job choice' },
    theme: 'planning',
    goal: {
      ko: '후보 직업들을 나의 가치, 조건, 준비 정도로 비교해 우선순위를 정한다.',
      en: 'Compare candidate jobs on values, conditions and readiness, and set priorities.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'scale',
        prompt: {
          ko: '가장 유력한 후보 직업은 내 가치와 얼마나 맞나요? 1~5로 매겨 보세요.',
          en: 'How well does your leading candidate job fit your values? Rate it from 1 to 5.',
        },
        engine: {
          min: 1,
          max: 5,
          minLabel: { ko: '전혀 맞지 않다', en: 'Not at all' },
          maxLabel: { ko: '매우 잘 맞다', en: 'Very well' },
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '1순위로 정한 직업과 그 이유, 아직 부족한 준비',
          en: 'Your first-choice job, why, and what preparation is still missing',
        },
        engine: { maxLength: 300, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '장단점 비교표(가치·조건·준비도)를 보여 주고, 정답이 아니라 지금의 최선을 고르는 것이라고 설명하세요.',
        en: 'Show a comparison grid (values, conditions, readiness) and explain the aim is the best choice for now, not the right answer.',
      },
      watchFor: {
        ko: '결정을 계속 미루는 참여자. "한 달 동안 시험해 볼 선택"으로 부담을 낮춰 주세요.',
        en: 'People who keep postponing. Lower the stakes: "a choice to test for one month".',
      },
      close: {
        ko: '1순위와 2순위 직업을 계획서에 적습니다.',
        en: 'Write first and second choices into the plan.',
      },
    },
  },
  {
    id: 'training-plan',
    title: { ko: '직업훈련과 내일배움카드 활용', en: 'Vocational training and the Tomorrow Learning Card' },
    theme: 'planning',
    goal: {
      ko: '목표 직종에 필요한 자격과 훈련을 찾고, 국민내일배움카드로 신청하는 방법을 안다.',
      en: 'Find the certificates and training a target occupation needs and how to apply with the Tomorrow Learning Card.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '국민내일배움카드를 가지고 있나요?', en: 'Do you have a Tomorrow Learning Card?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '있음', en: 'Yes' } },
            { id: 'o2', label: { ko: '없음', en: 'No' } },
            { id: 'o3', label: { ko: '모름', en: 'Not sure' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '관심 있는 훈련과정 하나: 기간, 시간, 자기부담금, 시작일',
          en: 'One training course of interest: length, hours, own contribution, start date',
        },
        engine: { maxLength: 300, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '고용24에서 훈련과정을 함께 검색하는 시연으로 시작합니다.',
        en: 'Start with a live demonstration of searching training courses on Work24.',
      },
      watchFor: {
        ko: '훈련만 받으면 취업된다는 기대. 훈련과 구직활동을 함께 계획하도록 하세요.',
        en: 'The hope that training alone leads to a job. Plan training and job search side by side.',
      },
      close: {
        ko: '카드 발급 또는 과정 상담 날짜를 계획서에 적습니다.',
        en: 'Write the date to apply for the card or to ask about a course into the plan.',
      },
    },
  },
];
