import type { Module } from '../schema.js';

/** Modules on job analysis, application documents and interviews. */
export const documentsInterviewModules: Module[] = [
  {
    id: 'ai-job-analysis',
    title: { ko: '생성형 AI로 직무 분석하기', en: 'Job analysis with generative AI' },
    theme: 'documents',
    goal: {
      ko: '생성형 AI에 채용공고를 넣어 핵심 업무와 역량을 뽑아 보고, 결과를 비판적으로 확인한다.',
      en: 'Use generative AI to pull key tasks and competencies out of a job ad, and check the result critically.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '생성형 AI를 써 본 적이 있나요?', en: 'Have you used generative AI?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '자주', en: 'Often' } },
            { id: 'o2', label: { ko: '가끔', en: 'Sometimes' } },
            { id: 'o3', label: { ko: '없음', en: 'Never' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: 'AI가 뽑은 핵심 역량 세 가지와, 그중 나에게 있는 역량의 증거',
          en: 'The three key competencies the AI found, and evidence that you have one of them',
        },
        engine: { maxLength: 300, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '이름, 연락처, 주민번호 같은 개인정보는 AI에 넣지 않는다는 규칙부터 안내하세요.',
        en: 'Begin with the rule: never paste personal data (name, phone, resident number) into an AI tool.',
      },
      watchFor: {
        ko: 'AI 결과를 그대로 믿거나 그대로 베끼는 참여자. 공고 원문과 대조하게 하세요.',
        en: 'Taking AI output at face value or copying it. Have people check it against the original ad.',
      },
      close: {
        ko: '정리한 핵심 역량을 자기소개서 클리닉에서 쓸 수 있도록 저장합니다.',
        en: 'Save the competencies for use in the cover-letter clinic.',
      },
    },
  },
  {
    id: 'resume-clinic',
    title: { ko: '이력서 클리닉', en: 'Résumé clinic' },
    theme: 'documents',
    goal: {
      ko: '경력·교육·자격을 지원 직무에 맞게 정리하고, 공백기와 짧은 경력을 설명하는 방법을 익힌다.',
      en: 'Arrange work history, education and certificates for the target job and learn to explain gaps and short jobs.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '이력서에서 막히는 부분을 모두 고르세요',
          en: 'Pick every part of a résumé where you get stuck',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '경력 정리', en: 'Work history' } },
            { id: 'o2', label: { ko: '공백기', en: 'Gaps' } },
            { id: 'o3', label: { ko: '자격', en: 'Certificates' } },
            { id: 'o4', label: { ko: '사진·양식', en: 'Photo or format' } },
            { id: 'o5', label: { ko: '없음', en: 'Nowhere' } },
          ],
          maxPicks: 5,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '경력 한 줄을 "무엇을, 얼마나, 어떤 결과"로 다시 써 보세요.',
          en: 'Rewrite one line of experience as "what, how much, what result".',
        },
        engine: { maxLength: 200, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '같은 경력을 두 가지로 쓴 예시를 보여 주고 어느 쪽이 눈에 들어오는지 투표로 시작합니다.',
        en: 'Show the same experience written two ways and start with a vote on which one stands out.',
      },
      watchFor: {
        ko: '공백기를 숨기려는 참여자. 사실대로 짧게, 그 기간에 한 일과 함께 쓰도록 도와주세요.',
        en: 'People trying to hide a gap. Help them state it briefly and truthfully, with what they did in that time.',
      },
      close: {
        ko: '수정한 이력서를 개별 첨삭 일정과 연결합니다.',
        en: 'Link the revised résumé to a one-to-one review appointment.',
      },
    },
  },
  {
    id: 'cover-letter-clinic',
    title: { ko: '자기소개서 클리닉', en: 'Cover-letter clinic' },
    theme: 'documents',
    goal: {
      ko: '강점과 경험을 근거로 지원동기, 직무역량, 입사 후 포부를 구체적으로 쓴다.',
      en: 'Write motivation, job competencies and plans after joining, grounded in strengths and experience.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'open-text',
        prompt: {
          ko: '지원동기 첫 문장: 이 회사, 이 직무여야 하는 나의 이유',
          en: 'First sentence of your motivation: why this company and this job, for you',
        },
        engine: { maxLength: 200, anonymous: false },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '강점 하나를 경험 사례(상황-행동-결과)로 써 보세요.',
          en: 'Write one strength as an example (situation, action, result).',
        },
        engine: { maxLength: 500, anonymous: false },
      },
      {
        type: 'scale',
        prompt: {
          ko: '짝의 글을 읽고 "구체적인 정도"를 1~5로 평가해 주세요.',
          en: "Read your partner's text and rate how specific it is from 1 to 5.",
        },
        engine: {
          min: 1,
          max: 5,
          minLabel: { ko: '막연하다', en: 'Vague' },
          maxLabel: { ko: '매우 구체적이다', en: 'Very specific' },
        },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '강점 찾기에서 만든 프로필과 기업 탐색 결과를 옆에 두고 쓰게 합니다.',
        en: 'Have people write with their strength profile and company research beside them.',
      },
      watchFor: {
        ko: 'AI로 만든 매끄럽지만 누구에게나 해당하는 문장. "이 문장은 당신만 쓸 수 있나요?"라고 물어보세요.',
        en: 'Smooth AI-made sentences that could be anyone’s. Ask: "Could only you have written this sentence?"',
      },
      close: {
        ko: '완성한 문단 하나를 저장하고, 모의면접 답변의 재료로 쓴다고 알려 줍니다.',
        en: 'Save one finished paragraph and say it will be material for mock-interview answers.',
      },
    },
  },
  {
    id: 'job-competency-mapping',
    title: { ko: '직무역량과 나의 경험 연결', en: 'Linking job competencies to my experience' },
    theme: 'documents',
    goal: {
      ko: '트랙(직무군)의 핵심 역량을 이해하고, 각 역량을 증명할 나의 경험을 하나씩 찾아 연결한다.',
      en: "Understand the core competencies of the track's job family and link each one to an experience that proves it.",
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '이 직무군에서 가장 중요하다고 생각하는 역량 세 가지',
          en: 'The three competencies you think matter most in this job family',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '의사소통', en: 'Communication' } },
            { id: 'o2', label: { ko: '문제 해결', en: 'Problem solving' } },
            { id: 'o3', label: { ko: '책임감', en: 'Responsibility' } },
            { id: 'o4', label: { ko: '협업', en: 'Teamwork' } },
            { id: 'o5', label: { ko: '꼼꼼함', en: 'Attention to detail' } },
            { id: 'o6', label: { ko: '고객 응대', en: 'Customer service' } },
            { id: 'o7', label: { ko: '체력', en: 'Stamina' } },
            { id: 'o8', label: { ko: '디지털 활용', en: 'Digital skills' } },
            { id: 'o9', label: { ko: '안전 의식', en: 'Safety awareness' } },
            { id: 'o10', label: { ko: '직무 지식', en: 'Job knowledge' } },
          ],
          maxPicks: 3,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '역량마다 그것을 보여 준 나의 경험 한 줄 (아르바이트, 동아리, 가사, 봉사도 좋습니다)',
          en: 'For each competency, one line of experience that shows it (part-time jobs, clubs, housework and volunteering count)',
        },
        engine: { maxLength: 500, anonymous: false },
      },
      {
        type: 'mock-interview',
        prompt: {
          ko: '짝과 직무 질문 두 개로 짧게 연습합니다.',
          en: 'Practise briefly with a partner on two job questions.',
        },
        engine: { questionTypes: ['job'], minutesPerRound: 5 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '트랙의 직무군(경영사무, 영업마케팅, IT 등)에 맞는 실제 공고 두세 개를 준비해 역량을 함께 뽑아 봅니다.',
        en: "Bring two or three real ads for the track's job family and pull out the competencies together.",
      },
      watchFor: {
        ko: '"관련 경험이 없다"는 참여자. 역량은 직무 경험만이 아니라 생활 경험에서도 증명된다는 점을 보여 주세요.',
        en: '"I have no relevant experience." Show that competencies can be proven by life experience, not only job experience.',
      },
      close: {
        ko: '역량-경험 연결표를 저장하고 자기소개서와 모의면접에 가져가게 합니다.',
        en: 'Save the competency-experience table for the cover letter and mock interview.',
      },
    },
  },
  {
    id: 'interview-basics',
    title: { ko: '면접 준비 기초', en: 'Interview basics' },
    theme: 'interview',
    goal: {
      ko: '면접 유형(인성·직무·상황·경험)과 답변 구조(STAR), 첫인상과 태도를 익힌다.',
      en: 'Learn interview question types (personality, job, situational, experience), the STAR structure, first impressions and manner.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '면접에서 가장 걱정되는 것은?', en: 'What worries you most in interviews?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '첫 질문', en: 'The first question' } },
            { id: 'o2', label: { ko: '말문 막힘', en: 'Going blank' } },
            { id: 'o3', label: { ko: '긴장', en: 'Nerves' } },
            { id: 'o4', label: { ko: '예상 못한 질문', en: 'Unexpected questions' } },
            { id: 'o5', label: { ko: '나이·공백 질문', en: 'Questions on age or gaps' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: { ko: '1분 자기소개 초안을 써 보세요.', en: 'Draft a one-minute self-introduction.' },
        engine: { maxLength: 500, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: 'STAR(상황-과제-행동-결과)를 짧은 예시 하나로 보여 주고, 모의면접이 이어진다고 알립니다.',
        en: 'Show STAR (situation, task, action, result) with one short example and announce the mock interview to follow.',
      },
      watchFor: {
        ko: '긴장이 매우 큰 참여자. 처음에는 관찰자 역할부터 맡게 해 부담을 줄이세요.',
        en: 'Very anxious people. Let them start as observers to lower the pressure.',
      },
      close: {
        ko: '1분 자기소개를 짝에게 소리 내어 한 번 말해 보게 합니다.',
        en: 'Have everyone say their one-minute introduction aloud once to a partner.',
      },
    },
  },
  {
    id: 'mock-interview',
    title: { ko: '모의면접 실습', en: 'Mock interview practice' },
    theme: 'interview',
    goal: {
      ko: '면접관·지원자·관찰자 역할을 돌아가며 맡아 질문은행과 평가표로 실전처럼 연습하고 피드백을 받는다.',
      en: 'Rotate through interviewer, candidate and observer roles, practise with the question bank and rubric, and get feedback.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'mock-interview',
        prompt: {
          ko: '3인 1조로 역할을 바꿔 가며 한 사람당 질문 4개, 8분씩 진행합니다. 관찰자는 5점 평가표로 피드백합니다.',
          en: 'In triads, rotate roles; four questions and eight minutes per candidate. The observer gives feedback with the five-point rubric.',
        },
        engine: { minutesPerRound: 8 },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '받은 피드백 중 다음 면접에서 바꿀 한 가지',
          en: 'One thing from the feedback you will change in your next interview',
        },
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '피드백은 "좋았던 점 하나, 바꿀 점 하나"로 말한다는 규칙을 먼저 정하세요. 희망하면 녹화해 스스로 보게 할 수 있습니다.',
        en: 'Set the rule first: feedback is "one thing that worked, one thing to change". With consent, answers may be recorded for self-review.',
      },
      watchFor: {
        ko: '관찰자 점수가 지나치게 후하거나 가혹한 조. 평가표의 행동 기준 문장을 다시 읽어 주세요.',
        en: 'Groups scoring far too kindly or harshly. Read the behavioural anchors of the rubric aloud again.',
      },
      close: {
        ko: '각자 받은 피드백을 저장하게 하고, 실제 면접 일정이 있는 사람은 개별 면접 컨설팅을 연결합니다.',
        en: 'Everyone keeps their feedback; people with real interviews coming up get a one-to-one coaching slot.',
      },
    },
  },
];
