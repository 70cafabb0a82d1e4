import type { StrengthCard } from './schema.js';

/**
 * The strength card deck. Names, descriptions and examples are Moim's own wording, written for job seekers;
 * they are not taken from the VIA survey or any other published inventory.
 * Each card: a name, a one-line description, and an example of the strength at work.
 */
export const strengths: StrengthCard[] = [
  // 일하는 태도 — how I work
  {
    id: 'dependable',
    family: 'work-habits',
    name: { ko: '성실함', en: 'Dependable' },
    description: {
      ko: '맡은 일을 꾸준히, 빠짐없이 해낸다.',
      en: 'I do what I took on, steadily and without gaps.',
    },
    example: {
      ko: '아르바이트를 2년 동안 한 번도 빠지지 않고 다녔다.',
      en: 'I went to my part-time job for two years without missing a shift.',
    },
  },
  {
    id: 'careful',
    family: 'work-habits',
    name: { ko: '꼼꼼함', en: 'Careful with details' },
    description: { ko: '작은 실수도 놓치지 않고 확인한다.', en: 'I check things and catch small mistakes.' },
    example: {
      ko: '재고를 셀 때 숫자가 맞지 않는 곳을 찾아 손실을 막았다.',
      en: 'Counting stock, I found where the numbers did not add up and prevented a loss.',
    },
  },
  {
    id: 'ownership',
    family: 'work-habits',
    name: { ko: '책임감', en: 'Ownership' },
    description: {
      ko: '결과까지 내 일로 여기고 끝까지 챙긴다.',
      en: 'I treat the result as mine and see it through.',
    },
    example: {
      ko: '퇴근 시간이 지나도 고객에게 약속한 배송이 나갔는지 확인했다.',
      en: 'After hours I still checked that the delivery promised to a customer had gone out.',
    },
  },
  {
    id: 'punctual',
    family: 'work-habits',
    name: { ko: '시간 약속 지키기', en: 'Keeping time' },
    description: { ko: '약속한 시간과 마감을 지킨다.', en: 'I keep to agreed times and deadlines.' },
    example: {
      ko: '교대 근무 인수인계를 늘 10분 먼저 준비했다.',
      en: 'I always had the shift handover ready ten minutes early.',
    },
  },
  {
    id: 'orderly',
    family: 'work-habits',
    name: { ko: '정리정돈', en: 'Keeping things in order' },
    description: {
      ko: '물건과 자료를 찾기 쉽게 정리한다.',
      en: 'I arrange things and files so they are easy to find.',
    },
    example: {
      ko: '창고 선반에 이름표를 붙여 동료들이 물건 찾는 시간을 줄였다.',
      en: 'I labelled the storeroom shelves and colleagues spent less time searching.',
    },
  },
  {
    id: 'takes-the-lead',
    family: 'work-habits',
    name: { ko: '앞장서기', en: 'Taking the lead' },
    description: {
      ko: '필요할 때 먼저 나서서 방향을 잡는다.',
      en: 'When it is needed, I step forward and set a direction.',
    },
    example: {
      ko: '봉사활동에서 아무도 나서지 않자 역할을 나누고 일정을 정했다.',
      en: 'When nobody stepped up at a volunteer event, I split the roles and set the schedule.',
    },
  },

  // 생각하는 힘 — how I think
  {
    id: 'eager-to-learn',
    family: 'thinking',
    name: { ko: '배우려는 마음', en: 'Eager to learn' },
    description: {
      ko: '모르는 것을 묻고 새로 익히기를 즐긴다.',
      en: 'I ask about what I do not know and enjoy learning it.',
    },
    example: {
      ko: '새 계산대 프로그램을 먼저 익혀 동료들에게 알려 주었다.',
      en: 'I learned the new till software first and showed my colleagues.',
    },
  },
  {
    id: 'problem-solver',
    family: 'thinking',
    name: { ko: '문제 해결', en: 'Solving problems' },
    description: {
      ko: '문제가 생기면 원인을 찾고 해결책을 시도한다.',
      en: 'When something goes wrong, I look for the cause and try a fix.',
    },
    example: {
      ko: '자주 멈추는 기계의 공통점을 기록해 원인을 찾아냈다.',
      en: 'I logged what the stoppages had in common and found why a machine kept stopping.',
    },
  },
  {
    id: 'ideas',
    family: 'thinking',
    name: { ko: '아이디어', en: 'Coming up with ideas' },
    description: {
      ko: '새롭거나 더 나은 방법을 떠올린다.',
      en: 'I think of new or better ways to do things.',
    },
    example: {
      ko: '손님이 몰리는 시간에 주문 순서를 바꾸자고 제안해 대기 시간을 줄였다.',
      en: 'I suggested a new order of tasks at rush hour, and waiting times went down.',
    },
  },
  {
    id: 'makes-sense-of-information',
    family: 'thinking',
    name: { ko: '정보 분석', en: 'Making sense of information' },
    description: {
      ko: '숫자와 정보를 비교해 의미를 찾아낸다.',
      en: 'I compare numbers and information and find what they mean.',
    },
    example: {
      ko: '판매 기록을 정리해 잘 팔리는 요일과 상품을 찾았다.',
      en: 'I sorted the sales records and found which days and products sold best.',
    },
  },
  {
    id: 'plans-ahead',
    family: 'thinking',
    name: { ko: '계획 세우기', en: 'Planning ahead' },
    description: {
      ko: '할 일을 순서와 일정으로 미리 짠다.',
      en: 'I lay out tasks in order and on a timeline in advance.',
    },
    example: {
      ko: '가족 행사를 준비하며 예산과 준비물 목록, 일정표를 만들었다.',
      en: 'Preparing a family event, I made a budget, a checklist and a timetable.',
    },
  },

  // 함께하는 힘 — how I work with people
  {
    id: 'listens',
    family: 'people',
    name: { ko: '경청', en: 'Listening' },
    description: {
      ko: '상대의 말을 끝까지 듣고 마음을 알아차린다.',
      en: 'I hear people out and notice how they feel.',
    },
    example: {
      ko: '화가 난 손님의 이야기를 끝까지 듣고 나니 해결 방법이 보였다.',
      en: 'Once I had heard an angry customer out, the way to solve it became clear.',
    },
  },
  {
    id: 'considerate',
    family: 'people',
    name: { ko: '배려', en: 'Considerate' },
    description: {
      ko: '다른 사람의 입장과 필요를 먼저 생각한다.',
      en: "I think first about other people's position and needs.",
    },
    example: {
      ko: '새로 온 동료가 어려워하는 일을 눈치채고 먼저 도와주었다.',
      en: 'I noticed a new colleague struggling and offered help before being asked.',
    },
  },
  {
    id: 'approachable',
    family: 'people',
    name: { ko: '친화력', en: 'Easy to approach' },
    description: {
      ko: '처음 만난 사람과도 편하게 어울린다.',
      en: 'I get along easily, even with people I have just met.',
    },
    example: {
      ko: '새 동네로 이사한 뒤 한 달 만에 동네 모임의 총무를 맡았다.',
      en: 'A month after moving, I was the treasurer of a neighbourhood group.',
    },
  },
  {
    id: 'explains-clearly',
    family: 'people',
    name: { ko: '알기 쉽게 설명하기', en: 'Explaining clearly' },
    description: {
      ko: '어려운 내용을 상대에 맞춰 쉽게 전한다.',
      en: 'I put difficult things simply, in a way that suits the listener.',
    },
    example: {
      ko: '부모님께 휴대폰 은행 앱 쓰는 법을 그림으로 그려 설명했다.',
      en: 'I drew pictures to show my parents how to use a banking app.',
    },
  },
  {
    id: 'team-player',
    family: 'people',
    name: { ko: '협력', en: 'Team player' },
    description: {
      ko: '함께 목표를 이루도록 내 몫을 하고 돕는다.',
      en: 'I do my part and help so the team reaches its goal.',
    },
    example: {
      ko: '조별 과제에서 자료 조사를 맡고 발표 연습까지 함께했다.',
      en: 'In a group project I took on the research and rehearsed the presentation with the others.',
    },
  },
  {
    id: 'peacemaker',
    family: 'people',
    name: { ko: '갈등 조정', en: 'Smoothing conflict' },
    description: {
      ko: '의견이 부딪힐 때 서로 받아들일 수 있는 길을 찾는다.',
      en: 'When views clash, I find a way both sides can accept.',
    },
    example: {
      ko: '근무표로 다투던 두 동료 사이에서 번갈아 쉬는 방법을 제안했다.',
      en: 'Two colleagues argued over the rota; I proposed taking turns and it stuck.',
    },
  },

  // 마음의 힘 — inner strength
  {
    id: 'sticks-with-it',
    family: 'inner',
    name: { ko: '끈기', en: 'Sticking with it' },
    description: { ko: '힘들어도 쉽게 포기하지 않는다.', en: 'I do not give up easily when it gets hard.' },
    example: {
      ko: '세 번 떨어진 자격시험에 네 번째에 합격했다.',
      en: 'I passed a certificate exam on the fourth try after failing three times.',
    },
  },
  {
    id: 'keeps-calm',
    family: 'inner',
    name: { ko: '침착함', en: 'Keeping calm' },
    description: {
      ko: '급한 상황에서도 차분하게 판단한다.',
      en: 'I think clearly even when things are urgent.',
    },
    example: {
      ko: '매장에서 손님이 쓰러졌을 때 119에 신고하고 주변을 정리했다.',
      en: 'When a customer collapsed in the shop, I called 119 and cleared the space around them.',
    },
  },
  {
    id: 'adaptable',
    family: 'inner',
    name: { ko: '적응력', en: 'Adaptable' },
    description: {
      ko: '바뀐 환경과 방식에 빨리 익숙해진다.',
      en: 'I get used to new places and new ways quickly.',
    },
    example: {
      ko: '업무 방식이 전부 바뀐 뒤에도 일주일 만에 예전 속도를 되찾았다.',
      en: 'After the whole workflow changed, I was back to my usual pace within a week.',
    },
  },
  {
    id: 'tries-new-things',
    family: 'inner',
    name: { ko: '도전', en: 'Trying new things' },
    description: {
      ko: '해 보지 않은 일도 일단 시도해 본다.',
      en: 'I give things a try even if I have never done them.',
    },
    example: {
      ko: '처음 해 보는 영상 편집을 독학으로 배워 가게 홍보 영상을 만들었다.',
      en: 'I taught myself video editing and made a promotional clip for the shop.',
    },
  },
  {
    id: 'hopeful',
    family: 'inner',
    name: { ko: '희망 품기', en: 'Holding on to hope' },
    description: {
      ko: '어려운 가운데서도 나아질 수 있다고 믿고 움직인다.',
      en: 'Even in hard times I believe things can improve, and I act on it.',
    },
    example: {
      ko: '실직 후에도 매일 아침 정해진 시간에 일어나 구직 계획을 지켰다.',
      en: 'Out of work, I still got up at a set time every morning and kept to my job-search plan.',
    },
  },
  {
    id: 'bounces-back',
    family: 'inner',
    name: { ko: '회복력', en: 'Bouncing back' },
    description: { ko: '실패나 거절 뒤에 다시 일어선다.', en: 'I get back up after failure or rejection.' },
    example: {
      ko: '면접에서 떨어진 날 받은 질문을 정리해 다음 면접을 준비했다.',
      en: 'On the day I failed an interview, I wrote down the questions and prepared for the next one.',
    },
  },

  // 몸과 손의 힘 — hands-on strength
  {
    id: 'skilled-hands',
    family: 'hands-on',
    name: { ko: '손재주', en: 'Skilled hands' },
    description: {
      ko: '손으로 만들고 고치는 일을 잘한다.',
      en: 'I am good at making and fixing things with my hands.',
    },
    example: {
      ko: '고장 난 가구와 수도꼭지를 직접 고쳐 수리비를 아꼈다.',
      en: 'I repaired broken furniture and a tap myself and saved the repair costs.',
    },
  },
  {
    id: 'stamina',
    family: 'hands-on',
    name: { ko: '체력', en: 'Stamina' },
    description: {
      ko: '몸을 쓰는 일을 오래 꾸준히 할 수 있다.',
      en: 'I can keep up physical work for a long time.',
    },
    example: {
      ko: '물류센터에서 하루 8시간 분류 작업을 석 달 동안 해냈다.',
      en: 'I did eight-hour sorting shifts at a logistics center for three months.',
    },
  },
  {
    id: 'safety-minded',
    family: 'hands-on',
    name: { ko: '안전 의식', en: 'Safety-minded' },
    description: {
      ko: '위험을 먼저 살피고 안전 수칙을 지킨다.',
      en: 'I look out for hazards first and follow safety rules.',
    },
    example: {
      ko: '작업 전에 보호구와 장비 상태를 늘 점검해 사고를 막았다.',
      en: 'I always checked protective gear and equipment before work and prevented accidents.',
    },
  },
  {
    id: 'handles-tools',
    family: 'hands-on',
    name: { ko: '기계·도구 다루기', en: 'Handling tools and machines' },
    description: {
      ko: '기계와 도구의 원리를 빨리 익히고 능숙하게 쓴다.',
      en: 'I quickly understand how tools and machines work and use them well.',
    },
    example: {
      ko: '새로 들어온 포장 기계 사용법을 가장 먼저 익혀 작업 지침을 만들었다.',
      en: 'I was first to master the new packing machine and wrote the work instructions.',
    },
  },
  {
    id: 'digital-know-how',
    family: 'hands-on',
    name: { ko: '디지털 활용', en: 'Digital know-how' },
    description: {
      ko: '컴퓨터, 앱, 온라인 도구를 일에 잘 활용한다.',
      en: 'I put computers, apps and online tools to good use at work.',
    },
    example: {
      ko: '손으로 쓰던 예약 장부를 온라인 표로 바꿔 중복 예약을 없앴다.',
      en: 'I moved a handwritten booking book to an online sheet and double bookings stopped.',
    },
  },
];
