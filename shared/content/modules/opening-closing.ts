import type { Module } from '../schema.js';

/** Modules that open and close a program, set goals and write the plan participants take home. */
export const openingClosingModules: Module[] = [
  {
    id: 'opening-orientation',
    title: { ko: '오리엔테이션과 마음 열기', en: 'Orientation and warm-up' },
    theme: 'opening-closing',
    goal: {
      ko: '프로그램의 목적과 약속을 함께 정하고, 첫날 자기평가로 출발점을 기록한다.',
      en: 'Agree on purpose and ground rules together and record the starting point with a first-day self-assessment.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'word-cloud',
        prompt: { ko: '지금 내 마음을 한 단어로 표현하면?', en: 'One word for how you feel right now?' },
        engine: { maxWords: 1 },
      },
      {
        type: 'poll-single',
        prompt: {
          ko: '이 프로그램에서 가장 얻고 싶은 것은?',
          en: 'What do you most want from this program?',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '자신감', en: 'Confidence' } },
            { id: 'o2', label: { ko: '정보', en: 'Information' } },
            { id: 'o3', label: { ko: '서류', en: 'Application documents' } },
            { id: 'o4', label: { ko: '면접', en: 'Interview skills' } },
            { id: 'o5', label: { ko: '사람', en: 'People' } },
          ],
        },
      },
      {
        type: 'instrument',
        instrumentId: 'life-satisfaction',
        prompt: { ko: '사전 자기평가: 삶의 만족도', en: 'Pre self-assessment: life satisfaction' },
      },
      {
        type: 'instrument',
        instrumentId: 'job-search-readiness',
        prompt: { ko: '사전 자기평가: 구직준비도', en: 'Pre self-assessment: job-search readiness' },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '이름 대신 불리고 싶은 별칭을 정하게 하고, 화면에는 누가 무엇을 답했는지 나오지 않는다고 먼저 알려 주세요.',
        en: 'Let people choose a nickname and tell them first that the screen never shows who answered what.',
      },
      watchFor: {
        ko: '억지로 참여한 듯한 참여자, 자기평가 문항을 어려워하는 참여자. 답하지 않아도 참여에 불이익이 없음을 분명히 하세요.',
        en: 'People who feel sent rather than invited, and anyone struggling with the self-assessment. Make clear that skipping an item has no consequence.',
      },
      close: {
        ko: '함께 정한 약속(비밀 유지, 서로 존중, 휴대폰 사용 등)을 다시 읽고 다음 순서를 안내합니다.',
        en: 'Read back the agreed ground rules (confidentiality, respect, phones) and preview what comes next.',
      },
    },
  },
  {
    id: 'closing-review',
    title: { ko: '마무리: 소감 나누기와 사후평가', en: 'Closing: reflections and post-assessment' },
    theme: 'opening-closing',
    goal: {
      ko: '배운 것과 달라진 점을 돌아보고, 사후 자기평가와 만족도 조사를 마치며 사후관리 일정을 안내한다.',
      en: 'Look back at what was learned and what changed, complete the post self-assessment and satisfaction survey, and explain follow-up.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'instrument',
        instrumentId: 'life-satisfaction',
        prompt: { ko: '사후 자기평가: 삶의 만족도', en: 'Post self-assessment: life satisfaction' },
      },
      {
        type: 'instrument',
        instrumentId: 'job-search-readiness',
        prompt: { ko: '사후 자기평가: 구직준비도', en: 'Post self-assessment: job-search readiness' },
      },
      {
        type: 'instrument',
        instrumentId: 'program-satisfaction',
        prompt: { ko: '프로그램 만족도 조사', en: 'Program satisfaction survey' },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '프로그램에 참여하며 가장 기억에 남는 순간이나 소감을 적어 주세요.',
          en: 'Write the moment you will remember most, or a few words about the program.',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '첫날 적었던 한 단어를 다시 보여 주고, 지금의 한 단어와 비교해 보도록 초대합니다.',
        en: "Show the first day's word cloud again and invite people to compare it with a word for today.",
      },
      watchFor: {
        ko: '소감을 공개하기 싫어하는 참여자. 소감은 익명이 기본이며, 사례 공유에 쓰려면 따로 동의를 받아야 합니다.',
        en: 'People who do not want their words shown. Reflections are anonymous by default; using them as a testimonial needs separate consent.',
      },
      close: {
        ko: '각자의 계획서를 가져가게 하고, 사후관리(전화·문자 상담) 일정과 연락 방법을 알려 줍니다.',
        en: 'Make sure everyone takes their plan home and explain when and how follow-up contact will happen.',
      },
    },
  },
  {
    id: 'motivation-goals',
    title: { ko: '취업 동기와 목표 세우기', en: 'Motivation and goal setting' },
    theme: 'motivation',
    goal: {
      ko: '왜 일하고 싶은지 자신의 이유를 찾고, 이번 프로그램 동안 이룰 작은 목표를 정한다.',
      en: 'Find personal reasons for wanting work and set a small goal to reach during the program.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'poll-multi',
        prompt: { ko: '내가 일하고 싶은 이유를 모두 고르세요', en: 'Pick every reason you want to work' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '생계', en: 'Income' } },
            { id: 'o2', label: { ko: '성장', en: 'Growth' } },
            { id: 'o3', label: { ko: '사람', en: 'People' } },
            { id: 'o4', label: { ko: '인정', en: 'Recognition' } },
            { id: 'o5', label: { ko: '건강한 생활', en: 'A healthy routine' } },
            { id: 'o6', label: { ko: '기타', en: 'Other' } },
          ],
          maxPicks: 6,
        },
      },
      {
        type: 'scale',
        prompt: {
          ko: '지금 취업하고 싶은 마음은 0~10 중 몇 점인가요?',
          en: 'From 0 to 10, how much do you want a job right now?',
        },
        engine: {
          min: 0,
          max: 10,
          minLabel: { ko: '전혀 없다', en: 'Not at all' },
          maxLabel: { ko: '매우 크다', en: 'Very much' },
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '프로그램이 끝날 때까지 이루고 싶은 작은 목표 한 가지',
          en: 'One small goal to reach by the end of the program',
        },
        engine: { maxLength: 200, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '점수는 비교하려는 것이 아니라 지금 위치를 보는 것이라고 설명하세요. 낮은 점수도 솔직한 출발점입니다.',
        en: 'Explain that scores are a position, not a comparison. A low score is an honest starting point.',
      },
      watchFor: {
        ko: '목표를 너무 크게 잡는 참여자. "이번 주 안에 할 수 있는가?"로 크기를 줄이도록 돕습니다.',
        en: 'Goals that are too big. Help shrink them with "can you do it this week?"',
      },
      close: {
        ko: '목표를 짝에게 말로 선언하게 하고, 마지막 날 다시 확인한다고 알려 줍니다.',
        en: 'Have each person say their goal to a partner and say it will be checked on the last day.',
      },
    },
  },
  {
    id: 'action-plan',
    title: { ko: '희망실현 계획서 / 구직활동계획', en: 'Hope plan / job-search action plan' },
    theme: 'planning',
    goal: {
      ko: '목표, 단계, 날짜, 도움받을 곳을 담은 개인 계획서를 완성해 집으로 가져간다.',
      en: 'Complete a personal plan with goal, steps, dates and sources of help, to take home.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'action-plan',
        prompt: {
          ko: '3개월 목표와 이번 주·이번 달에 할 일, 날짜, 도움받을 사람·기관을 적어 보세요.',
          en: 'Write a three-month goal, what you will do this week and this month, dates, and who can help.',
        },
        engine: { steps: 3 },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '계획을 방해할 수 있는 일과 그때의 대처 방법',
          en: 'What could get in the way of the plan, and what you will do then',
        },
        // One's personal obstacles, like the biggest barrier.
        visibility: 'facilitator',
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '앞에서 찾은 강점과 걸림돌 대처 방법을 계획서에 그대로 옮겨 쓰게 하면 쉽게 시작할 수 있습니다.',
        en: 'An easy start: carry the strengths and coping responses found earlier straight into the plan.',
      },
      watchFor: {
        ko: '"열심히 하기"처럼 행동이 아닌 다짐. "언제, 어디서, 무엇을"이 들어가도록 질문하세요.',
        en: 'Resolutions instead of actions ("try hard"). Ask for when, where and what.',
      },
      close: {
        ko: '첫 단계 하나를 오늘 또는 내일 할 일로 정하고, 사후관리 때 이 계획서로 이야기한다고 알려 줍니다.',
        en: 'Fix one first step for today or tomorrow, and say follow-up calls will use this plan.',
      },
    },
  },
  {
    id: 'career-plan-youth',
    title: { ko: '나의 경력개발계획', en: 'My career development plan' },
    theme: 'planning',
    goal: {
      ko: '고교생이 졸업 전후 1년 동안 쌓을 경험, 자격, 준비 단계를 계획한다.',
      en: 'High-school students plan the experience, certificates and steps for the year around graduation.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'action-plan',
        prompt: {
          ko: '졸업 전까지, 졸업 후 6개월, 1년 뒤에 하고 싶은 일과 준비할 것',
          en: 'What to do and prepare before graduation, six months after and one year after',
        },
        engine: { steps: 3 },
      },
      {
        type: 'poll-single',
        prompt: { ko: '졸업 후 첫 진로는?', en: 'Your first step after graduation?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '바로 취업', en: 'Work' } },
            { id: 'o2', label: { ko: '일하며 공부', en: 'Work and study' } },
            { id: 'o3', label: { ko: '진학', en: 'Further study' } },
            { id: 'o4', label: { ko: '아직 모르겠음', en: 'Not sure yet' } },
          ],
        },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '"아직 모르겠음"도 정당한 답이며, 그럴수록 경험을 넓히는 계획이 중요하다고 말해 주세요.',
        en: 'Say that "not sure yet" is a valid answer, and that it makes a plan to widen experience more important.',
      },
      watchFor: {
        ko: '보호자의 기대와 자신의 희망이 부딪히는 학생. 두 가지를 모두 적어 보게 하세요.',
        en: "Students torn between a guardian's expectations and their own wish. Let them write down both.",
      },
      close: {
        ko: '계획서를 사진으로 남기게 하고, 학교 취업지원관이나 고용센터와 함께 점검할 수 있다고 안내합니다.',
        en: "Have them keep a copy and mention that the school's job-support officer or the center can review it with them.",
      },
    },
  },
];
