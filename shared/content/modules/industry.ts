import type { Module } from '../schema.js';

/** Modules on particular industries and occupations, mentors, and career games for students. */
export const industryModules: Module[] = [
  {
    id: 'reemployment-occupations',
    title: { ko: '재취업 직종 탐색', en: 'Exploring occupations for re-employment' },
    theme: 'industry',
    goal: {
      ko: '목표 분야(트랙 또는 산업: 예를 들어 기계설치·정비·생산, 사회복지·돌봄, 조선)의 직종별 하는 일, 자격, 근무조건을 알아보고 재취업 사례를 분석한다.',
      en: 'Look at tasks, qualifications and conditions of occupations in the target field (a track or industry, e.g. machinery and production, care and welfare, shipbuilding) and analyse re-employment stories.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-multi',
        prompt: { ko: '관심 있는 직종을 모두 고르세요', en: 'Pick every occupation that interests you' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '경비·시설관리', en: 'Security and facilities' } },
            { id: 'o2', label: { ko: '돌봄·요양보호', en: 'Care work' } },
            { id: 'o3', label: { ko: '운전·배송', en: 'Driving and delivery' } },
            { id: 'o4', label: { ko: '사무·행정', en: 'Office and administration' } },
            { id: 'o5', label: { ko: '조리·음식 서비스', en: 'Cooking and food service' } },
            { id: 'o6', label: { ko: '청소·환경미화', en: 'Cleaning' } },
            { id: 'o7', label: { ko: '생산·제조', en: 'Production' } },
            { id: 'o8', label: { ko: '판매·상담', en: 'Sales and customer advice' } },
            { id: 'o9', label: { ko: '강사·교육', en: 'Teaching and training' } },
            { id: 'o10', label: { ko: '기술·정비', en: 'Technical and maintenance' } },
          ],
          maxPicks: 10,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '재취업 사례를 읽고, 그 사람이 한 일 중 나도 할 수 있는 것 한 가지',
          en: 'After reading a re-employment story, one thing that person did that you could do too',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '목표 분야 직종의 실제 구인공고와 자격 요건(예: 요양보호사, 지게차운전기능사)을 함께 보여 줍니다.',
        en: "Show real ads and qualification requirements for the field's occupations (e.g. care worker, forklift operator).",
      },
      watchFor: {
        ko: '체력이나 건강 때문에 망설이는 참여자. 건강 정보는 민감정보이므로 개별로 이야기하세요.',
        en: 'People hesitating because of stamina or health. Health is sensitive data: discuss it one to one.',
      },
      close: {
        ko: '후보 직종 두 개와 필요한 자격·훈련을 적어 직업훈련 계획으로 이어 갑니다.',
        en: 'Write two candidate occupations with the qualifications or training they need, for the training plan.',
      },
    },
  },
  {
    id: 'shipbuilding-industry',
    title: { ko: '조선산업과 직무 이해', en: 'Understanding the shipbuilding industry and its jobs' },
    theme: 'industry',
    goal: {
      ko: '조선산업의 구조와 현장 직무(용접, 도장, 배관, 전기, 의장 등), 근무환경과 훈련 경로를 이해해 직업 선택의 폭을 넓힌다.',
      en: 'Understand the shipbuilding industry, its site jobs (welding, painting, piping, electrical, outfitting), working conditions and training paths, to widen job choices.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '조선업 하면 떠오르는 인상은?', en: 'Your first impression of shipbuilding?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '힘들다', en: 'Hard work' } },
            { id: 'o2', label: { ko: '보수가 좋다', en: 'Good pay' } },
            { id: 'o3', label: { ko: '기술을 배운다', en: 'Learn a skill' } },
            { id: 'o4', label: { ko: '잘 모르겠다', en: 'Not sure' } },
          ],
        },
      },
      {
        type: 'word-cloud',
        prompt: { ko: '조선 현장 직무 중 더 알고 싶은 것', en: 'A shipyard job you want to know more about' },
        engine: { maxWords: 3 },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '나의 이전 경력 중 조선 현장에서 쓸 수 있는 것',
          en: 'What from your previous work could be used in a shipyard',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '현장 사진이나 영상으로 공정 순서를 보여 주고, 직무별 필요한 자격과 훈련 기간을 정리해 주세요.',
        en: 'Show the production sequence with site photos or video and summarise the qualifications and training time for each job.',
      },
      watchFor: {
        ko: '막연한 편견(너무 위험하다, 누구나 한다)이 굳어지는 분위기. 현직자 이야기와 안전 기준으로 보완하세요.',
        en: 'Fixed preconceptions ("too dangerous", "anyone can do it"). Counter them with insiders’ accounts and safety standards.',
      },
      close: {
        ko: '관심 직무 하나와 필요한 훈련을 계획서에 적습니다.',
        en: 'Note one job of interest and the training it needs in the plan.',
      },
    },
  },
  {
    id: 'semiconductor-industry',
    title: { ko: '반도체 산업과 공정 이해', en: 'The semiconductor industry and its processes' },
    theme: 'industry',
    goal: {
      ko: '반도체 8대 공정과 클린룸 근무환경, 생산·설비·품질 직무를 이해하고 나에게 맞는 진입 경로를 찾는다.',
      en: 'Understand the main fabrication steps, cleanroom work and the production, equipment and quality jobs, and find an entry route.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'poll-single',
        prompt: {
          ko: '퀴즈: 웨이퍼 위에 회로 모양을 새기는 공정은?',
          en: 'Quiz: which step prints the circuit pattern onto the wafer?',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '산화', en: 'Oxidation' } },
            { id: 'o2', label: { ko: '포토', en: 'Photolithography' } },
            { id: 'o3', label: { ko: '식각', en: 'Etching' } },
            { id: 'o4', label: { ko: '패키징', en: 'Packaging' } },
          ],
        },
      },
      {
        type: 'poll-multi',
        prompt: { ko: '관심 있는 직무를 모두 고르세요', en: 'Pick every job that interests you' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '생산 오퍼레이터', en: 'Production operator' } },
            { id: 'o2', label: { ko: '설비 엔지니어', en: 'Equipment engineer' } },
            { id: 'o3', label: { ko: '품질 관리', en: 'Quality control' } },
            { id: 'o4', label: { ko: '공정 기술', en: 'Process engineering' } },
            { id: 'o5', label: { ko: '아직 모름', en: 'Not sure yet' } },
          ],
          maxPicks: 5,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '교대근무와 클린룸 환경에 대해 궁금한 점',
          en: 'Questions about shift work and cleanroom conditions',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '공정 순서를 카드로 맞추는 활동으로 시작하면 용어 부담이 줄어듭니다. 가능하면 클린룸 현장탐방을 연계하세요.',
        en: 'Start by putting process cards in order to ease the jargon. Link a cleanroom site visit where possible.',
      },
      watchFor: {
        ko: '전공자가 아니면 불가능하다는 생각. 생산·설비 직무의 고졸·전문대 진입 경로를 함께 보여 주세요.',
        en: 'The belief that only graduates in the field can enter. Show routes into production and equipment jobs from high school or college.',
      },
      close: {
        ko: '궁금한 점을 모아 멘토 특강 질문으로 넘깁니다.',
        en: 'Collect the open questions for the mentor talk.',
      },
    },
  },
  {
    id: 'mentor-talk',
    title: { ko: '현직자 멘토 특강과 질의응답', en: 'Mentor talk and Q&A with people in the job' },
    theme: 'industry',
    goal: {
      ko: '해당 산업 현직자에게 실제 업무, 하루 일과, 채용 과정, 오래 일하는 비결을 듣고 질문한다.',
      en: 'Hear from people working in the industry about real tasks, a typical day, hiring and how to last, and ask questions.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'open-text',
        prompt: {
          ko: '멘토에게 묻고 싶은 질문 (익명으로 모아 진행자가 읽습니다)',
          en: 'Questions for the mentor (collected anonymously and read out by the facilitator)',
        },
        engine: { maxLength: 300, anonymous: true },
      },
      {
        type: 'scale',
        prompt: {
          ko: '특강 후 이 산업에서 일하고 싶은 마음은 1~5 중 몇 점인가요?',
          en: 'After the talk, from 1 to 5, how much do you want to work in this industry?',
        },
        engine: {
          min: 1,
          max: 5,
          minLabel: { ko: '전혀 없다', en: 'Not at all' },
          maxLabel: { ko: '매우 크다', en: 'Very much' },
        },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '멘토에게 미리 참여자 특성과 질문 목록을 전달하고, 홍보가 아닌 솔직한 경험을 부탁하세요.',
        en: 'Brief the mentor on the group and the questions in advance and ask for honest experience rather than promotion.',
      },
      watchFor: {
        ko: '질문을 못 하는 분위기. 익명 질문을 진행자가 대신 읽어 주면 참여가 늘어납니다.',
        en: 'A room too shy to ask. Reading anonymous questions aloud on their behalf raises participation.',
      },
      close: {
        ko: '특강에서 알게 된 것 한 가지를 적게 하고, 멘토에게 감사 인사를 함께 전합니다.',
        en: 'Have everyone write one thing they learned and thank the mentor together.',
      },
    },
  },
  {
    id: 'career-games',
    title: { ko: '카드·보드게임으로 만나는 직업 세계', en: 'The world of work through card and board games' },
    theme: 'self-understanding',
    goal: {
      ko: '고교생이 직업카드와 보드게임으로 다양한 직업과 직장생활을 체험하고 관심 분야를 찾는다.',
      en: 'High-school students meet many jobs and workplace situations through job cards and a board game and find interests.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'word-cloud',
        prompt: {
          ko: '게임에서 만난 직업 중 해 보고 싶은 것을 세 개까지 적어 주세요.',
          en: 'Write up to three jobs from the game you would like to try.',
        },
        engine: { maxWords: 3 },
      },
      {
        type: 'word-cloud',
        prompt: {
          ko: '직장생활 하면 떠오르는 단어를 세 개까지 적어 주세요.',
          en: 'Up to three words that come to mind for working life',
        },
        engine: { maxWords: 3 },
      },
      {
        type: 'strength-cards',
        prompt: {
          ko: '게임 중 친구에게서 본 강점 카드 한 장을 선물하세요.',
          en: 'Give a friend one strength card for something you saw them do in the game.',
        },
        engine: { cardsPerPeer: 1 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '모둠을 4~5명으로 나누고 규칙을 짧게 설명한 뒤 바로 게임을 시작하세요.',
        en: 'Split into groups of four or five, explain the rules briefly and start playing right away.',
      },
      watchFor: {
        ko: '게임에서 소외되는 학생. 모둠 역할(기록, 진행, 발표)을 정해 모두 참여하게 하세요.',
        en: 'Students left out of the game. Give each group member a role (note-taker, host, presenter).',
      },
      close: {
        ko: '관심 직업 하나를 골라 다음 시간 정보 탐색의 출발점으로 삼습니다.',
        en: "Choose one job of interest as the starting point for the next session's information search.",
      },
    },
  },
];
