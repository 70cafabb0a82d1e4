import type { InterviewQuestion } from '../schema.js';

/** 인성 (personality) questions: attitude, values, motivation, how the candidate sees themself. */
export const personalityQuestions: InterviewQuestion[] = [
  {
    id: 'per-01',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '1분 동안 자기소개를 해 주세요.', en: 'Please introduce yourself in one minute.' },
    goodAnswerShows: {
      ko: '지원 직무와 연결된 강점 한두 가지를 근거와 함께 짧고 분명하게 전달한다.',
      en: 'One or two strengths tied to the job, with evidence, said briefly and clearly.',
    },
  },
  {
    id: 'per-02',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '우리 회사에 지원한 이유는 무엇입니까?', en: 'Why did you apply to our company?' },
    goodAnswerShows: {
      ko: '회사와 직무를 조사한 흔적과 자신의 경험·가치가 맞닿는 지점을 구체적으로 말한다.',
      en: 'Evidence of research into the company and job, and a specific point where it meets the candidate’s experience and values.',
    },
  },
  {
    id: 'per-03',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '본인의 장점과 단점을 말해 주세요.', en: 'What are your strengths and weaknesses?' },
    goodAnswerShows: {
      ko: '장점은 사례로 증명하고, 단점은 솔직하게 인정하되 개선하고 있는 방법을 함께 말한다.',
      en: 'Strengths backed by an example; a weakness admitted honestly together with what is being done about it.',
    },
  },
  {
    id: 'per-04',
    type: 'personality',
    jobFamily: 'common',
    question: {
      ko: '일을 할 때 가장 중요하게 생각하는 것은 무엇입니까?',
      en: 'What matters most to you in work?',
    },
    goodAnswerShows: {
      ko: '자신의 직업가치를 분명히 알고, 그것이 지원 직무에서 어떻게 드러날지 설명한다.',
      en: 'A clear sense of own work values and how they would show in this job.',
    },
  },
  {
    id: 'per-05',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '이전 직장을 그만둔 이유는 무엇입니까?', en: 'Why did you leave your previous job?' },
    goodAnswerShows: {
      ko: '전 직장을 비난하지 않고 사실을 짧게 말한 뒤, 그 경험에서 배운 점과 앞으로의 방향으로 넘어간다.',
      en: 'The facts stated briefly without blaming the former employer, then what was learned and where the candidate is heading.',
    },
  },
  {
    id: 'per-06',
    type: 'personality',
    jobFamily: 'common',
    question: {
      ko: '공백 기간에는 무엇을 하셨습니까?',
      en: 'What did you do during the gap in your career?',
    },
    goodAnswerShows: {
      ko: '공백을 숨기지 않고, 그 기간에 한 일(돌봄, 학습, 회복)과 지금 일할 준비가 되었다는 근거를 말한다.',
      en: 'The gap stated openly, what was done in it (care, learning, recovery) and why the candidate is ready to work now.',
    },
  },
  {
    id: 'per-07',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '스트레스를 받을 때 어떻게 해소합니까?', en: 'How do you deal with stress?' },
    goodAnswerShows: {
      ko: '자신의 스트레스 신호를 알고, 업무에 지장을 주지 않는 건강한 대처 방법이 있다.',
      en: 'Awareness of own stress signals and a healthy way of coping that does not disrupt work.',
    },
  },
  {
    id: 'per-08',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '5년 후 어떤 모습이고 싶습니까?', en: 'Where do you want to be in five years?' },
    goodAnswerShows: {
      ko: '지원 직무 안에서 현실적인 성장 목표와 그것을 위한 준비를 말한다.',
      en: 'A realistic growth goal within this line of work and the steps towards it.',
    },
  },
  {
    id: 'per-09',
    type: 'personality',
    jobFamily: 'common',
    question: {
      ko: '주변 사람들은 당신을 어떤 사람이라고 말합니까?',
      en: 'How would people around you describe you?',
    },
    goodAnswerShows: {
      ko: '타인의 평가를 구체적인 사례와 함께 전하고, 그것이 직무에 주는 의미를 연결한다.',
      en: "Others' view given with a concrete example and linked to what it means for the job.",
    },
  },
  {
    id: 'per-10',
    type: 'personality',
    jobFamily: 'common',
    question: { ko: '마지막으로 하고 싶은 말이 있습니까?', en: 'Is there anything you would like to add?' },
    goodAnswerShows: {
      ko: '면접에서 충분히 전하지 못한 강점이나 입사 의지를 짧게 정리하고 감사로 마무리한다.',
      en: 'A short summary of a strength or commitment not yet conveyed, closing with thanks.',
    },
  },
  {
    id: 'per-11',
    type: 'personality',
    jobFamily: 'office',
    question: {
      ko: '반복적인 사무 업무를 어떻게 생각합니까?',
      en: 'How do you feel about repetitive office work?',
    },
    goodAnswerShows: {
      ko: '반복 업무의 정확성이 조직에 주는 가치를 이해하고, 꾸준함과 개선 의지를 함께 보인다.',
      en: 'Understanding of the value of accurate routine work, with both steadiness and a wish to improve it.',
    },
  },
  {
    id: 'per-12',
    type: 'personality',
    jobFamily: 'sales-marketing',
    question: {
      ko: '거절을 당했을 때 어떻게 다시 힘을 냅니까?',
      en: 'How do you pick yourself up after being turned down?',
    },
    goodAnswerShows: {
      ko: '거절을 개인적으로 받아들이지 않고, 다음 시도를 위한 배움으로 바꾸는 습관이 있다.',
      en: 'Not taking rejection personally and a habit of turning it into learning for the next attempt.',
    },
  },
  {
    id: 'per-13',
    type: 'personality',
    jobFamily: 'it',
    question: { ko: '새로운 기술을 어떻게 공부합니까?', en: 'How do you learn a new technology?' },
    goodAnswerShows: {
      ko: '스스로 학습하는 구체적인 방법(문서, 실습, 작은 프로젝트)과 최근에 익힌 예가 있다.',
      en: 'A concrete self-learning method (docs, hands-on, a small project) and a recent example.',
    },
  },
  {
    id: 'per-14',
    type: 'personality',
    jobFamily: 'production-machinery',
    question: { ko: '교대근무나 잔업이 가능합니까?', en: 'Can you work shifts or overtime?' },
    goodAnswerShows: {
      ko: '근무 조건을 솔직하게 확인하고, 가능한 범위와 생활 관리 방법을 현실적으로 말한다.',
      en: 'An honest answer on conditions, with what is possible and how daily life would be managed.',
    },
  },
  {
    id: 'per-15',
    type: 'personality',
    jobFamily: 'care-welfare',
    question: { ko: '돌봄 일을 하려는 이유는 무엇입니까?', en: 'Why do you want to work in care?' },
    goodAnswerShows: {
      ko: '막연한 선의가 아니라 실제 경험에서 나온 동기와 일의 어려움에 대한 이해를 보인다.',
      en: 'Motivation grounded in real experience, not vague goodwill, and awareness of how hard the work is.',
    },
  },
  {
    id: 'per-16',
    type: 'personality',
    jobFamily: 'care-welfare',
    question: {
      ko: '몸과 마음이 지칠 때 어떻게 자신을 돌봅니까?',
      en: 'How do you look after yourself when worn out?',
    },
    goodAnswerShows: {
      ko: '소진의 신호를 알고, 휴식과 도움 요청을 할 줄 안다.',
      en: 'Knows the signs of burnout and is able to rest and ask for help.',
    },
  },
  {
    id: 'per-17',
    type: 'personality',
    jobFamily: 'shipbuilding',
    question: {
      ko: '조선 현장은 덥고 힘든 환경인데, 괜찮겠습니까?',
      en: 'Shipyards are hot and physically demanding. Are you prepared for that?',
    },
    goodAnswerShows: {
      ko: '현장 환경을 알아본 흔적과 체력·안전 관리 계획을 구체적으로 말한다.',
      en: 'Signs of having looked into site conditions and a concrete plan for stamina and safety.',
    },
  },
  {
    id: 'per-18',
    type: 'personality',
    jobFamily: 'semiconductor',
    question: {
      ko: '규정과 절차를 엄격하게 지켜야 하는 환경에서 일할 수 있습니까?',
      en: 'Can you work where rules and procedures must be followed strictly?',
    },
    goodAnswerShows: {
      ko: '규정 준수가 품질과 안전에 왜 중요한지 이해하고, 규칙을 지켜 본 경험을 든다.',
      en: 'Understanding of why compliance matters for quality and safety, with an example of following rules.',
    },
  },
  {
    id: 'per-19',
    type: 'personality',
    jobFamily: 'service-sales',
    question: { ko: '어떤 손님이 가장 어렵습니까?', en: 'Which customers do you find hardest?' },
    goodAnswerShows: {
      ko: '어려운 손님을 탓하기보다 그 상황에서 자신이 할 수 있는 대응을 말한다.',
      en: 'Rather than blaming the customer, what the candidate can do in that situation.',
    },
  },
  {
    id: 'per-20',
    type: 'personality',
    jobFamily: 'service-sales',
    question: {
      ko: '주말이나 공휴일 근무에 대해 어떻게 생각합니까?',
      en: 'How do you feel about working weekends and public holidays?',
    },
    goodAnswerShows: {
      ko: '업종의 특성을 이해하고, 가능한 조건을 솔직하고 책임 있게 말한다.',
      en: 'Understanding of the trade and an honest, responsible statement of what is possible.',
    },
  },
];
