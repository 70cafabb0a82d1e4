import type { RubricCriterion } from '../schema.js';

/**
 * Five-point mock-interview rubric the observer uses. Each point has a behavioural anchor: what the
 * observer actually saw or heard, so that two observers give the same score for the same answer.
 */
export const interviewRubric: RubricCriterion[] = [
  {
    id: 'motivation',
    name: { ko: '지원 동기', en: 'Motivation' },
    description: {
      ko: '왜 이 회사, 이 직무인지 자신의 이유로 설명하는가',
      en: 'Does the candidate explain, in their own terms, why this company and this job?',
    },
    anchors: [
      {
        point: 1,
        behaviour: {
          ko: '동기를 말하지 못하거나 "아무 데나"라는 인상을 준다.',
          en: 'Gives no reason, or seems willing to take anything.',
        },
      },
      {
        point: 2,
        behaviour: {
          ko: '어느 회사에나 해당하는 일반적인 이유만 말한다.',
          en: 'Gives only generic reasons that fit any employer.',
        },
      },
      {
        point: 3,
        behaviour: {
          ko: '회사나 직무에 대한 이유가 하나 있으나 근거가 약하다.',
          en: 'Gives one reason specific to the company or job, thinly supported.',
        },
      },
      {
        point: 4,
        behaviour: {
          ko: '조사한 내용과 자신의 경험을 연결해 구체적인 이유를 말한다.',
          en: 'Links research on the company to own experience for a specific reason.',
        },
      },
      {
        point: 5,
        behaviour: {
          ko: '회사·직무·자신의 가치가 맞는 지점을 구체적 근거와 앞으로의 계획까지 설득력 있게 말한다.',
          en: 'Convincingly shows where company, job and own values meet, with evidence and plans ahead.',
        },
      },
    ],
  },
  {
    id: 'structure',
    name: { ko: '답변 구조', en: 'Structure' },
    description: {
      ko: '결론부터, 또는 상황-과제-행동-결과(STAR) 순서로 알아듣기 쉽게 말하는가',
      en: 'Does the answer lead with the point, or follow situation, task, action, result (STAR), so it is easy to follow?',
    },
    anchors: [
      {
        point: 1,
        behaviour: {
          ko: '질문과 관계없는 말을 하거나 답이 끊긴다.',
          en: 'Answers off the question or breaks off.',
        },
      },
      {
        point: 2,
        behaviour: {
          ko: '요점이 흩어져 무엇을 말하려는지 알기 어렵다.',
          en: 'Points are scattered; the message is hard to find.',
        },
      },
      {
        point: 3,
        behaviour: {
          ko: '요점은 있으나 순서가 뒤섞이거나 너무 길다.',
          en: 'Has a point but the order is muddled or the answer too long.',
        },
      },
      {
        point: 4,
        behaviour: {
          ko: '결론이나 STAR 순서가 분명하고 적당한 길이다.',
          en: 'Clear conclusion or STAR order, at a suitable length.',
        },
      },
      {
        point: 5,
        behaviour: {
          ko: '결론-근거-마무리가 매끄럽고, 결과와 배운 점까지 간결하게 정리한다.',
          en: 'Point, evidence and wrap-up flow smoothly, ending concisely with result and lesson.',
        },
      },
    ],
  },
  {
    id: 'job-fit',
    name: { ko: '직무 적합성', en: 'Job fit' },
    description: {
      ko: '직무에 필요한 지식·역량을 이해하고 자신의 경험으로 증명하는가',
      en: 'Does the candidate understand what the job needs and prove it with their own experience?',
    },
    anchors: [
      {
        point: 1,
        behaviour: {
          ko: '직무가 하는 일을 잘못 이해하고 있다.',
          en: 'Misunderstands what the job involves.',
        },
      },
      {
        point: 2,
        behaviour: {
          ko: '직무를 막연하게 알고, 관련 경험을 연결하지 못한다.',
          en: 'Vague idea of the job; cannot connect experience to it.',
        },
      },
      {
        point: 3,
        behaviour: {
          ko: '직무를 대체로 이해하고 관련 경험을 하나 든다.',
          en: 'Broadly understands the job and names one relevant experience.',
        },
      },
      {
        point: 4,
        behaviour: {
          ko: '핵심 역량을 짚고 각 역량을 경험으로 뒷받침한다.',
          en: 'Names the key competencies and backs each with experience.',
        },
      },
      {
        point: 5,
        behaviour: {
          ko: '핵심 역량을 정확히 알고, 구체적 성과와 함께 입사 후 바로 쓸 수 있는 능력을 보여 준다.',
          en: 'Knows the key competencies precisely and shows, with concrete results, abilities usable from day one.',
        },
      },
    ],
  },
  {
    id: 'problem-solving',
    name: { ko: '문제 해결', en: 'Problem solving' },
    description: {
      ko: '상황 질문에서 원인을 살피고 현실적인 행동과 대안을 제시하는가',
      en: 'In situational questions, does the candidate look for causes and offer realistic actions and alternatives?',
    },
    anchors: [
      {
        point: 1,
        behaviour: {
          ko: '대응 방법을 말하지 못하거나 회피·남 탓을 한다.',
          en: 'Offers no response, or avoids or blames others.',
        },
      },
      {
        point: 2,
        behaviour: {
          ko: '한 가지 반응만 말하고 결과를 생각하지 않는다.',
          en: 'Gives a single reaction with no thought for consequences.',
        },
      },
      {
        point: 3,
        behaviour: {
          ko: '적절한 행동을 말하지만 이유나 대안이 부족하다.',
          en: 'Names a suitable action but with little reasoning or alternatives.',
        },
      },
      {
        point: 4,
        behaviour: {
          ko: '원인을 확인하고 단계별 행동과 보고·소통을 포함해 답한다.',
          en: 'Checks the cause and answers with steps, including reporting and communication.',
        },
      },
      {
        point: 5,
        behaviour: {
          ko: '우선순위와 위험을 고려한 단계별 행동, 대안, 재발 방지까지 제시한다.',
          en: 'Gives prioritised, risk-aware steps, an alternative and how to prevent a repeat.',
        },
      },
    ],
  },
  {
    id: 'attitude-delivery',
    name: { ko: '태도와 전달력', en: 'Attitude and delivery' },
    description: {
      ko: '자세, 시선, 목소리, 예의가 자신감 있고 성실한 인상을 주는가',
      en: 'Do posture, eye contact, voice and manners convey confidence and sincerity?',
    },
    anchors: [
      {
        point: 1,
        behaviour: {
          ko: '시선을 피하고 목소리가 들리지 않거나 무례한 표현이 있다.',
          en: 'Avoids eye contact, cannot be heard, or is impolite.',
        },
      },
      {
        point: 2,
        behaviour: {
          ko: '긴장이 커서 말이 자주 끊기고 자세가 불안하다.',
          en: 'Very nervous: frequent breaks in speech, restless posture.',
        },
      },
      {
        point: 3,
        behaviour: {
          ko: '예의 바르지만 목소리가 작거나 표정이 굳어 있다.',
          en: 'Polite, but quiet voice or stiff expression.',
        },
      },
      {
        point: 4,
        behaviour: {
          ko: '바른 자세와 시선, 알맞은 목소리로 성실하게 답한다.',
          en: 'Good posture and eye contact, suitable voice, sincere answers.',
        },
      },
      {
        point: 5,
        behaviour: {
          ko: '여유 있는 표정과 명확한 목소리로 면접관과 대화하듯 자신 있게 답한다.',
          en: 'Relaxed expression and clear voice; answers with confidence, like a conversation with the interviewer.',
        },
      },
    ],
  },
];
