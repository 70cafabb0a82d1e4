import type { Module } from '../schema.js';

/** Modules on self-understanding and psychological strength. */
export const selfUnderstandingModules: Module[] = [
  {
    id: 'self-exploration',
    title: { ko: '자기탐색: 흥미와 적성', en: 'Self-exploration: interests and aptitudes' },
    theme: 'self-understanding',
    goal: {
      ko: '좋아하는 일, 잘하는 일, 해 온 일을 정리해 나에게 맞는 직업의 방향을 찾는다.',
      en: 'Sort out what I like, what I am good at and what I have done, to find a direction of work that fits.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '시간 가는 줄 모르고 했던 활동을 모두 고르세요',
          en: 'Pick every kind of activity that made you lose track of time',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '만들기', en: 'Making' } },
            { id: 'o2', label: { ko: '돕기', en: 'Helping' } },
            { id: 'o3', label: { ko: '정리하기', en: 'Organising' } },
            { id: 'o4', label: { ko: '설득하기', en: 'Persuading' } },
            { id: 'o5', label: { ko: '분석하기', en: 'Analysing' } },
            { id: 'o6', label: { ko: '표현하기', en: 'Expressing' } },
          ],
          maxPicks: 6,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '지금까지 해 온 일·공부·활동 중 가장 뿌듯했던 것과 그 이유',
          en: 'The work, study or activity you are proudest of so far, and why',
        },
        engine: { maxLength: 300, anonymous: true },
      },
      {
        type: 'word-cloud',
        prompt: { ko: '내가 관심 있는 직업 하나', en: 'One job you are curious about' },
        engine: { maxWords: 1 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '직업심리검사(고용24) 결과가 있으면 가져오게 하고, 검사는 답이 아니라 대화의 재료라고 설명하세요.',
        en: 'Invite people to bring vocational test results from Work24 and explain a test is material for talk, not an answer.',
      },
      watchFor: {
        ko: '"잘하는 게 없다"는 참여자. 일상·집안일·돌봄 경험도 활동이라는 점을 예로 들어 주세요.',
        en: '"I am not good at anything." Give examples showing daily life, housework and care count as activities.',
      },
      close: {
        ko: '흥미·적성·경험이 겹치는 직업 두세 개를 적어 다음 모듈(정보 탐색)로 가져가게 합니다.',
        en: 'Have each person note two or three jobs where interests, aptitudes and experience overlap, for the information-search module.',
      },
    },
  },
  {
    id: 'work-values',
    title: { ko: '일과 직업가치', en: 'Work and work values' },
    theme: 'self-understanding',
    goal: {
      ko: '일에서 중요하게 여기는 가치(안정, 성장, 관계, 보수, 여가, 의미)의 우선순위를 정한다.',
      en: 'Rank what matters most in work (security, growth, relationships, pay, time off, meaning).',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-multi',
        prompt: { ko: '일에서 가장 중요한 가치 세 가지', en: 'Three values that matter most in work' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '안정', en: 'Security' } },
            { id: 'o2', label: { ko: '성장', en: 'Growth' } },
            { id: 'o3', label: { ko: '좋은 동료', en: 'Good colleagues' } },
            { id: 'o4', label: { ko: '보수', en: 'Pay' } },
            { id: 'o5', label: { ko: '여가', en: 'Time off' } },
            { id: 'o6', label: { ko: '의미', en: 'Meaning' } },
            { id: 'o7', label: { ko: '인정', en: 'Recognition' } },
            { id: 'o8', label: { ko: '자율', en: 'Autonomy' } },
          ],
          maxPicks: 3,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '절대 포기할 수 없는 조건 한 가지와 양보할 수 있는 조건 한 가지',
          en: 'One condition you will never give up and one you could give up',
        },
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '집단 결과를 화면에 보여 주고 "같은 가치라도 사람마다 뜻이 다르다"는 이야기로 시작하세요.',
        en: 'Show the group result and start from "the same value means different things to different people".',
      },
      watchFor: {
        ko: '보수만 중요하다고 말하는 참여자를 판단하지 마세요. 생계는 정당한 가치입니다.',
        en: 'Do not judge someone who says only pay matters. Making a living is a legitimate value.',
      },
      close: {
        ko: '자신의 가치 순위를 계획서에 옮겨 적고, 구인공고를 볼 때 기준으로 쓰도록 합니다.',
        en: 'Have people copy their ranking into their plan and use it when reading job ads.',
      },
    },
  },
  {
    id: 'strength-finding',
    title: { ko: '강점 찾기', en: 'Finding strengths' },
    theme: 'self-understanding',
    goal: {
      ko: '강점 카드로 나의 강점을 고르고 순위를 정하며, 동료에게서 강점 피드백을 받아 강점 프로필을 만든다.',
      en: 'Pick and rank strengths from the card deck, receive strength feedback from peers, and build a personal strength profile.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'strength-cards',
        prompt: {
          ko: '나를 잘 나타내는 강점 카드 5장을 고르고 순위를 매기세요. 그다음 짝에게 강점 카드 2장을 선물하세요.',
          en: 'Choose the five strength cards that describe you best and rank them. Then give your partner two strength cards.',
        },
        engine: { picks: 5, top: 3, cardsPerPeer: 2 },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '1순위 강점이 드러났던 구체적인 장면 하나',
          en: 'One concrete moment when your top strength showed',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '강점은 타고난 재능만이 아니라 반복해서 써 온 좋은 습관이라고 소개하고, 진행자의 강점 예를 먼저 들어 주세요.',
        en: 'Introduce strengths as good habits used again and again, not only talent, and give an example of your own first.',
      },
      watchFor: {
        ko: '카드를 고르지 못하거나 자신을 깎아내리는 참여자. 동료 피드백을 먼저 받게 하면 도움이 됩니다.',
        en: 'People who cannot pick a card or run themselves down. Letting them receive peer feedback first helps.',
      },
      close: {
        ko: '각자 강점 프로필을 저장하게 하고, 자기소개서와 면접에서 이 강점을 증거와 함께 쓸 것이라고 예고합니다.',
        en: 'Have everyone save their strength profile and say it will be used, with evidence, in cover letters and interviews.',
      },
    },
  },
  {
    id: 'self-esteem',
    title: { ko: '자존감 회복', en: 'Rebuilding self-esteem' },
    theme: 'wellbeing',
    goal: {
      ko: '실직과 거절 경험이 자기평가에 미친 영향을 알아차리고, 자신을 공정하게 바라보는 말을 연습한다.',
      en: 'Notice how job loss and rejection have shaped self-judgement and practise fairer ways of talking to oneself.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'scale',
        prompt: {
          ko: '오늘 나 자신에게 주는 점수는 1~5 중 몇 점인가요?',
          en: 'From 1 to 5, what score do you give yourself today?',
        },
        engine: {
          min: 1,
          max: 5,
          minLabel: { ko: '매우 낮다', en: 'Very low' },
          maxLabel: { ko: '매우 높다', en: 'Very high' },
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '나에게 자주 하는 부정적인 말 한 가지와, 친한 친구라면 해 줄 말',
          en: 'One harsh thing you often tell yourself, and what a good friend would say instead',
        },
        // Negative self-talk.
        visibility: 'facilitator',
        engine: { maxLength: 300, anonymous: true },
      },
      {
        type: 'word-cloud',
        prompt: { ko: '그동안 잘 버텨 온 나에게 한 단어', en: 'One word for yourself for having held on' },
        engine: { maxWords: 1 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '실직이나 거절은 사람의 가치가 아니라 상황의 결과라는 점을 사례로 설명하며 시작합니다.',
        en: "Start from examples showing that job loss or rejection is an outcome of circumstances, not a measure of a person's worth.",
      },
      watchFor: {
        ko: '절망감, 자해·자살 생각을 내비치는 말. 활동을 멈추고 개별 면담 후 정신건강위기상담(1577-0199) 또는 109로 연결하세요.',
        en: 'Hopelessness or hints of self-harm or suicide. Pause, talk one to one, and connect to the mental-health crisis line (1577-0199) or 109.',
      },
      close: {
        ko: '친구의 말로 바꾼 문장을 각자 휴대폰에 저장하게 하고, 다음 만남까지 하루 한 번 읽어 보자고 권합니다.',
        en: 'Have people save their reworded sentence on their phone and read it once a day until the next session.',
      },
    },
  },
  {
    id: 'relationships',
    title: { ko: '대인관계 향상', en: 'Getting along with people' },
    theme: 'wellbeing',
    goal: {
      ko: '직장과 구직 과정에서 필요한 말하기·듣기·부탁하기·거절하기를 짝 활동으로 연습한다.',
      en: 'Practise speaking, listening, asking and saying no, as needed at work and in the job search, in pairs.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '사람 사이에서 가장 어려운 것은?', en: 'What is hardest with people?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '먼저 말 걸기', en: 'Starting a conversation' } },
            { id: 'o2', label: { ko: '부탁하기', en: 'Asking for help' } },
            { id: 'o3', label: { ko: '거절하기', en: 'Saying no' } },
            { id: 'o4', label: { ko: '갈등 풀기', en: 'Resolving conflict' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '짝과 역할극을 한 뒤, 상대의 좋았던 말 한마디를 적어 주세요.',
          en: 'After the role play, write one thing your partner said that worked well.',
        },
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '집단에서 가장 많이 고른 어려움을 주제로 짧은 역할극 상황을 정합니다.',
        en: "Use the group's most chosen difficulty as the theme of a short role play.",
      },
      watchFor: {
        ko: '가족 갈등이나 관계 단절 이야기가 깊어지면 집단에서 다루지 말고 개별 상담으로 옮기세요.',
        en: 'If stories of family conflict or isolation go deep, move them from the group to one-to-one counseling.',
      },
      close: {
        ko: '다음 날까지 누군가에게 해 볼 작은 말 한마디를 정하게 합니다.',
        en: 'Have each person pick one small thing to say to someone before the next session.',
      },
    },
  },
  {
    id: 'stress-coping',
    title: { ko: '구직 스트레스 다루기', en: 'Handling job-search stress' },
    theme: 'wellbeing',
    goal: {
      ko: '구직 스트레스의 신호를 알아차리고, 몸·생각·행동으로 할 수 있는 대처법을 한 가지씩 익힌다.',
      en: 'Recognise signs of job-search stress and learn one way to cope through body, thoughts and action.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'scale',
        prompt: {
          ko: '요즘 구직 스트레스는 0~10 중 몇 점인가요?',
          en: 'From 0 to 10, how stressful is job searching for you these days?',
        },
        engine: {
          min: 0,
          max: 10,
          minLabel: { ko: '전혀 없다', en: 'None at all' },
          maxLabel: { ko: '매우 심하다', en: 'Extreme' },
        },
      },
      {
        type: 'poll-multi',
        prompt: {
          ko: '스트레스를 받을 때 나타나는 신호를 모두 고르세요',
          en: 'Pick every sign of stress you notice',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '잠', en: 'Sleep' } },
            { id: 'o2', label: { ko: '식욕', en: 'Appetite' } },
            { id: 'o3', label: { ko: '짜증', en: 'Irritability' } },
            { id: 'o4', label: { ko: '미루기', en: 'Putting things off' } },
            { id: 'o5', label: { ko: '두통', en: 'Headaches' } },
            { id: 'o6', label: { ko: '무기력', en: 'No energy' } },
          ],
          maxPicks: 6,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '나에게 효과가 있었던 대처 방법 한 가지를 나눠 주세요.',
          en: 'Share one way of coping that has worked for you.',
        },
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '스트레스는 나약함이 아니라 중요한 일을 하고 있다는 신호라고 소개하고, 호흡법을 함께 1분간 해 보세요.',
        en: 'Present stress as a sign of doing something that matters, not weakness, and do one minute of breathing together.',
      },
      watchFor: {
        ko: '수면제·음주 의존, 오래 지속되는 무기력. 건강 정보는 민감정보이므로 집단에서 캐묻지 말고 개별로 확인하세요.',
        en: 'Reliance on sleeping pills or alcohol, long-lasting lack of energy. Health is sensitive data: do not probe in the group, check one to one.',
      },
      close: {
        ko: '동료들이 나눈 대처법 중 이번 주에 해 볼 것 하나를 고르게 합니다.',
        en: "Have each person pick one of the group's coping ideas to try this week.",
      },
    },
  },
];
