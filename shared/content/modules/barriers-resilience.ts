import type { Module } from '../schema.js';

/** Modules on barriers, setbacks, career transition and staying in work. */
export const barriersResilienceModules: Module[] = [
  {
    id: 'barrier-handling',
    title: { ko: '취업 걸림돌 다루기', en: 'Handling job-search barriers' },
    theme: 'wellbeing',
    goal: {
      ko: '나의 취업 걸림돌을 영역별로 찾아 무게를 매기고, 대처 방법과 도움받을 기관을 정한다.',
      en: 'Name and weigh personal job-search barriers by category and choose coping responses and services to contact.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'barrier-map',
        prompt: {
          ko: '걸림돌마다 나를 얼마나 붙잡는지 0~3으로 표시하세요(상관없으면 "나와 상관없음"). 집단 결과는 익명으로만 보입니다.',
          en: 'Rate how much each barrier holds you back, 0 to 3 (or "not for me"). The group sees only an anonymous picture.',
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '가장 큰 걸림돌 하나에 대해 이번 주에 할 수 있는 첫 대처 행동',
          en: 'For your biggest barrier, one first step you can take this week',
        },
        // Names the biggest barrier, which may be sensitive.
        visibility: 'facilitator',
        engine: { maxLength: 200, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '걸림돌은 누구에게나 있고, 이름을 붙이면 다룰 수 있다고 소개하세요. 건강 관련 항목은 별도 동의가 있을 때만 기록됩니다.',
        en: 'Say everyone has barriers and naming them makes them manageable. Health items are recorded only with separate consent.',
      },
      watchFor: {
        ko: '채무·건강·가족 문제처럼 무거운 걸림돌은 집단에서 자세히 묻지 말고, 쉬는 시간에 개별로 연계 기관을 안내하세요.',
        en: 'Do not ask for details of heavy barriers such as debt, health or family in the group; offer services one to one during a break.',
      },
      close: {
        ko: '각자의 대처 계획에 연계 기관 연락처를 붙여 저장하게 합니다. 이 내용은 계획서로 이어집니다.',
        en: "Have people save their coping plan with the services' contact details attached; it feeds the action plan.",
      },
    },
  },
  {
    id: 'setback-rehearsal',
    title: { ko: '좌절 대비 예행연습', en: 'Rehearsing for setbacks' },
    theme: 'wellbeing',
    goal: {
      ko: '서류 탈락, 면접 실패, 연락 없음 같은 좌절을 미리 떠올리고 대처 반응을 짝과 연습해 둔다.',
      en: 'Anticipate setbacks such as rejected applications, failed interviews or silence, and rehearse a response with a partner.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '가장 견디기 힘든 좌절은?', en: 'Which setback is hardest to bear?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '서류 탈락', en: 'Rejected application' } },
            { id: 'o2', label: { ko: '면접 탈락', en: 'Failed interview' } },
            { id: 'o3', label: { ko: '연락 없음', en: 'No reply' } },
            { id: 'o4', label: { ko: '주변의 말', en: 'What others say' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '그 일이 생기면 나는 이렇게 생각하고, 이렇게 행동하겠다 (짝과 함께 작성)',
          en: 'If it happens, this is what I will think and what I will do (write it with your partner)',
        },
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '예방주사처럼 좌절을 미리 조금 겪어 보면 실제로 닥쳤을 때 덜 흔들린다는 원리를 설명하세요.',
        en: 'Explain the vaccine idea: a small rehearsed dose of setback makes the real one less shaking.',
      },
      watchFor: {
        ko: '과거의 실패 경험을 떠올리며 힘들어하는 참여자. 연습은 짧게, 성공적인 대처에 초점을 둡니다.',
        en: 'People upset by memories of past failures. Keep rehearsals short and focused on a successful response.',
      },
      close: {
        ko: '각자의 대처 문장을 계획서의 "방해 요인" 칸에 옮겨 적게 합니다.',
        en: 'Have everyone copy their response into the "what could get in the way" part of their plan.',
      },
    },
  },
  {
    id: 'workplace-adaptation',
    title: { ko: '직장 적응력 키우기', en: 'Adapting to the workplace' },
    theme: 'adaptation',
    goal: {
      ko: '첫 출근부터 3개월까지 겪는 상황(규칙, 보고, 피드백, 갈등)을 미리 알고 대응을 연습한다.',
      en: 'Learn what the first three months at work bring (rules, reporting, feedback, conflict) and practise responses.',
    },
    durationMinutes: 90,
    activities: [
      {
        type: 'poll-single',
        prompt: { ko: '입사 첫 달 가장 걱정되는 것은?', en: 'What worries you most about the first month?' },
        engine: {
          options: [
            { id: 'o1', label: { ko: '업무', en: 'The work' } },
            { id: 'o2', label: { ko: '사람', en: 'People' } },
            { id: 'o3', label: { ko: '출퇴근', en: 'Commuting' } },
            { id: 'o4', label: { ko: '실수', en: 'Making mistakes' } },
          ],
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '상사에게 실수를 보고하는 첫 문장을 써 보세요.',
          en: 'Write the first sentence of reporting a mistake to your manager.',
        },
        engine: { maxLength: 200, anonymous: false },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '입사 후 일찍 그만두는 가장 흔한 이유가 업무보다 관계와 적응이라는 점으로 시작합니다.',
        en: 'Start from the fact that people who leave early most often leave over relationships and adjustment, not the work itself.',
      },
      watchFor: {
        ko: '이전 직장에서의 상처가 큰 참여자. 비난보다 배운 점을 찾도록 도와주세요.',
        en: 'People hurt by a previous job. Help them find what they learned rather than whom to blame.',
      },
      close: {
        ko: '첫 주 체크리스트(출근 시간, 보고 방법, 물어볼 사람)를 계획서에 넣게 합니다.',
        en: 'Add a first-week checklist (start time, how to report, whom to ask) to the plan.',
      },
    },
  },
  {
    id: 'retention',
    title: { ko: '취업 후 고용 유지', en: 'Staying in work after hiring' },
    theme: 'adaptation',
    goal: {
      ko: '교대근무·현장 규칙·안전 등 산업 현장에서 오래 일하기 위한 준비와 도움 창구를 안다.',
      en: 'Prepare for lasting in industrial work (shifts, site rules, safety) and know where to get help.',
    },
    durationMinutes: 60,
    activities: [
      {
        type: 'poll-multi',
        prompt: {
          ko: '오래 일하기 위해 준비가 필요한 것을 모두 고르세요',
          en: 'Pick everything that needs preparing to last in the job',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '교대근무', en: 'Shift work' } },
            { id: 'o2', label: { ko: '체력', en: 'Stamina' } },
            { id: 'o3', label: { ko: '안전', en: 'Safety' } },
            { id: 'o4', label: { ko: '기숙사·통근', en: 'Dormitory or commute' } },
            { id: 'o5', label: { ko: '동료 관계', en: 'Colleagues' } },
          ],
          maxPicks: 5,
        },
      },
      {
        type: 'open-text',
        prompt: {
          ko: '힘들 때 연락할 사람과 기관을 적어 두세요.',
          en: 'Write down the people and services to contact when it gets hard.',
        },
        // Names of people to call.
        visibility: 'self',
        engine: { maxLength: 300, anonymous: true },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '수료 후 사후관리로 계속 연락할 것이며, 그만두기 전에 먼저 상의하자고 약속합니다.',
        en: 'Say the center will stay in touch after the program and agree to talk before anyone quits.',
      },
      watchFor: {
        ko: '현장 근무 조건을 지나치게 낙관하거나 비관하는 참여자. 현직자 이야기를 근거로 균형을 잡아 주세요.',
        en: 'Over-optimism or pessimism about site conditions. Balance it with what people in the job have said.',
      },
      close: {
        ko: '사후관리 연락 방법과 시기를 확인합니다.',
        en: 'Confirm how and when follow-up contact will happen.',
      },
    },
  },
  {
    id: 'career-transition',
    title: { ko: '경력 전환과 재취업 설계', en: 'Career transition and re-employment design' },
    theme: 'planning',
    goal: {
      ko: '지금까지의 경력에서 옮겨 갈 수 있는 능력을 찾고, 변화하는 노동시장에서 다음 일을 설계한다.',
      en: 'Find the transferable abilities in a working life so far and design the next job in a changing labour market.',
    },
    durationMinutes: 120,
    activities: [
      {
        type: 'open-text',
        prompt: {
          ko: '내 경력 연표: 했던 일, 맡았던 역할, 가장 잘했던 일',
          en: 'My career timeline: jobs, roles, what I did best',
        },
        // A career timeline identifies its author.
        visibility: 'facilitator',
        engine: { maxLength: 500, anonymous: true },
      },
      {
        type: 'poll-multi',
        prompt: {
          ko: '다음 일에서 원하는 것을 모두 고르세요',
          en: 'Pick everything you want from the next job',
        },
        engine: {
          options: [
            { id: 'o1', label: { ko: '경력 활용', en: 'Using my experience' } },
            { id: 'o2', label: { ko: '새 분야', en: 'A new field' } },
            { id: 'o3', label: { ko: '시간 여유', en: 'More free time' } },
            { id: 'o4', label: { ko: '안정', en: 'Stability' } },
            { id: 'o5', label: { ko: '사회 공헌', en: 'Giving back' } },
          ],
          maxPicks: 5,
        },
      },
      {
        type: 'strength-cards',
        prompt: {
          ko: '경력에서 드러난 강점 카드 3장을 고르세요.',
          en: 'Choose three strength cards that your working life shows.',
        },
        engine: { picks: 3, top: 3 },
      },
    ],
    facilitatorNotes: {
      intro: {
        ko: '"나이가 늦었다"는 생각을 다루기 위해, 같은 연령대 재취업 사례를 먼저 소개하세요.',
        en: 'To address "it is too late for me", start with re-employment stories from the same age group.',
      },
      watchFor: {
        ko: '이전 직위·보수에 대한 미련으로 선택지를 좁히는 참여자. 가치 순위와 연결해 다시 보게 하세요.',
        en: 'People narrowing their options out of attachment to former rank or pay. Revisit it through their value ranking.',
      },
      close: {
        ko: '옮겨 갈 수 있는 능력 세 가지와 후보 직종 두세 개를 적어 재취업 직종 탐색으로 이어 갑니다.',
        en: 'Write down three transferable abilities and two or three candidate occupations for the occupation search.',
      },
    },
  },
];
