import type { SupportService } from './schema.js';

/**
 * Public support services a counselor links to from the barrier map and the action plan.
 * Phone numbers are national numbers; check them, and add local centers, before use.
 * `phone` and `url` (dialled and opened from the barrier map's coping plan) are filled only for
 * national numbers and official sites we are sure of; a service without one keeps `howToReach` alone.
 */
export const supportServices: SupportService[] = [
  {
    id: 'national-employment-support',
    name: { ko: '국민취업지원제도', en: 'National Employment Support Program' },
    what: {
      ko: '저소득 구직자·청년 등에게 취업지원서비스와 구직촉진수당 또는 취업활동비용을 지원',
      en: 'Employment services plus a job-seeking allowance or job-search expenses for low-income job seekers, youth and others',
    },
    howToReach: {
      ko: '관할 고용센터 방문, 고용노동부 고객상담센터 ☎1350, 고용24 온라인 신청',
      en: 'Local employment center, Ministry of Employment and Labor call center ☎1350, or online via Work24',
    },
    phone: '1350',
    url: 'https://www.work24.go.kr',
  },
  {
    id: 'tomorrow-learning-card',
    name: { ko: '국민내일배움카드', en: 'Tomorrow Learning Card (national training card)' },
    what: {
      ko: '직업훈련 수강료를 지원하는 카드',
      en: 'A card that pays most of the fees for vocational training courses',
    },
    howToReach: {
      ko: '고용24에서 신청 또는 고용센터 방문',
      en: 'Apply on Work24 or at an employment center',
    },
    phone: '1350',
    url: 'https://www.work24.go.kr',
  },
  {
    id: 'work24',
    name: { ko: '고용24 (구 워크넷)', en: 'Work24 (formerly WorkNet)' },
    what: {
      ko: '채용정보, 직업심리검사, 훈련과정 검색, 각종 고용서비스 신청',
      en: 'Job listings, vocational aptitude tests, training course search and applications for employment services',
    },
    howToReach: { ko: '고용24 누리집 또는 앱', en: 'The Work24 website or app' },
    url: 'https://www.work24.go.kr',
  },
  {
    id: 'employment-center-counseling',
    name: { ko: '고용센터 1:1 심층상담', en: 'One-to-one counseling at the employment center' },
    what: {
      ko: '개인별 취업 진단, 서류·면접 컨설팅, 취업알선과 사후관리',
      en: 'Individual job-search assessment, document and interview coaching, job matching and follow-up',
    },
    howToReach: {
      ko: '집단상담 진행자에게 요청하거나 관할 고용센터 방문',
      en: 'Ask the facilitator or visit the local employment center',
    },
    phone: '1350',
  },
  {
    id: 'psychological-support-program',
    healthRelated: true,
    name: {
      ko: '고용센터 심리안정 지원 프로그램',
      en: 'Psychological support program of the employment center',
    },
    what: {
      ko: '구직 과정의 스트레스와 우울감을 다루는 전문 심리상담 연계',
      en: 'Referral to professional counseling for job-search stress and low mood',
    },
    howToReach: { ko: '담당 상담사를 통해 연계', en: 'Referral through the counselor' },
  },
  {
    id: 'work-experience',
    name: { ko: '일경험 프로그램', en: 'Work experience program' },
    what: {
      ko: '기업·공공기관에서 실제 직무를 경험하며 경력을 쌓는 프로그램',
      en: 'Real work experience at companies and public institutions to build a track record',
    },
    howToReach: {
      ko: '고용센터 또는 국민취업지원제도 담당 상담사',
      en: 'Employment center or the National Employment Support counselor',
    },
  },
  {
    id: 'youth-challenge',
    name: { ko: '청년도전지원사업', en: 'Youth Challenge Support' },
    what: {
      ko: '구직단념청년이 다시 구직에 나설 수 있도록 돕는 맞춤형 프로그램',
      en: 'Tailored programs that help discouraged young people get back to job searching',
    },
    howToReach: { ko: '고용센터 또는 지역 청년센터', en: 'Employment center or local youth center' },
  },
  {
    id: 'midlife-career-center',
    name: { ko: '중장년내일센터', en: 'Midlife Career Center' },
    what: {
      ko: '40세 이상 중장년의 재취업·전직 지원과 생애경력설계',
      en: 'Re-employment, career change and career planning for people aged 40 and over',
    },
    howToReach: {
      ko: '지역 중장년내일센터 또는 고용센터 안내',
      en: 'Local center, or ask the employment center',
    },
  },
  {
    id: 'women-reemployment-center',
    name: { ko: '여성새로일하기센터', en: 'Women’s Re-employment Center (Saeil Center)' },
    what: {
      ko: '경력단절 여성의 직업상담, 직업훈련, 취업연계',
      en: 'Counseling, training and job matching for women returning to work',
    },
    howToReach: { ko: '대표전화 ☎1544-1199', en: 'Hotline ☎1544-1199' },
    phone: '1544-1199',
    url: 'https://saeil.mogef.go.kr',
  },
  {
    id: 'local-job-center',
    name: { ko: '지자체 일자리센터', en: 'Local government job center' },
    what: {
      ko: '지역 구인정보, 동행면접, 지역 특화 지원사업 안내',
      en: 'Local openings, accompanied interviews and local support schemes',
    },
    howToReach: { ko: '시·군·구청 일자리센터', en: 'The job center of the city, county or district office' },
  },
  {
    id: 'credit-counseling',
    name: { ko: '신용회복위원회', en: 'Credit Counseling and Recovery Service' },
    what: {
      ko: '채무조정(개인워크아웃 등)과 신용회복 상담',
      en: 'Debt adjustment (such as individual workout) and credit recovery counseling',
    },
    howToReach: { ko: '☎1600-5500 또는 지역 상담센터', en: '☎1600-5500 or a local counseling office' },
    phone: '1600-5500',
    url: 'https://www.ccrs.or.kr',
  },
  {
    id: 'microfinance',
    name: { ko: '서민금융진흥원', en: 'Korea Inclusive Finance Agency' },
    what: {
      ko: '서민금융 상품과 금융·채무 종합상담',
      en: 'Inclusive finance products and counseling on money and debt',
    },
    howToReach: { ko: '서민금융콜센터 ☎1397', en: 'Call center ☎1397' },
    phone: '1397',
    url: 'https://www.kinfa.or.kr',
  },
  {
    id: 'legal-aid',
    name: { ko: '대한법률구조공단', en: 'Korea Legal Aid Corporation' },
    what: {
      ko: '무료 법률상담과 소송 지원',
      en: 'Free legal advice and help with court cases',
    },
    howToReach: { ko: '☎132', en: '☎132' },
    phone: '132',
    url: 'https://www.klac.or.kr',
  },
  {
    id: 'mental-health-center',
    healthRelated: true,
    name: { ko: '정신건강복지센터', en: 'Community mental health center' },
    what: {
      ko: '우울·불안 등 정신건강 상담과 치료 연계, 24시간 위기상담',
      en: 'Counseling for depression, anxiety and other mental-health concerns, referral to treatment, 24-hour crisis line',
    },
    howToReach: {
      ko: '정신건강위기상담전화 ☎1577-0199 또는 시·군·구 센터',
      en: 'Crisis line ☎1577-0199 or the local center',
    },
    phone: '1577-0199',
  },
  {
    id: 'suicide-prevention-line',
    healthRelated: true,
    name: { ko: '자살예방상담전화', en: 'Suicide prevention line' },
    what: {
      ko: '자살 위기에 있는 사람과 주변 사람을 위한 24시간 상담',
      en: '24-hour counseling for people in suicidal crisis and those around them',
    },
    howToReach: { ko: '☎109', en: '☎109' },
    phone: '109',
  },
  {
    id: 'public-health-center',
    healthRelated: true,
    name: { ko: '보건소', en: 'Public health center' },
    what: {
      ko: '건강검진, 만성질환 관리, 금연 클리닉 등 지역 보건 서비스',
      en: 'Check-ups, chronic-disease care, stop-smoking clinics and other local health services',
    },
    howToReach: { ko: '시·군·구 보건소', en: 'The local public health center' },
  },
  {
    id: 'welfare-call-center',
    name: {
      ko: '보건복지상담센터 / 행정복지센터',
      en: 'Health and welfare call center / community service center',
    },
    what: {
      ko: '긴급복지지원, 기초생활보장, 돌봄 등 복지서비스 안내와 신청',
      en: 'Emergency welfare support, basic livelihood security, care services: information and applications',
    },
    howToReach: { ko: '☎129 또는 주소지 행정복지센터', en: '☎129 or the local community service center' },
    phone: '129',
    url: 'https://www.129.go.kr',
  },
  {
    id: 'case-management-council',
    name: { ko: '사례관리협의체', en: 'Case management council' },
    what: {
      ko: '고용·복지·보건 기관이 함께 복합적인 어려움을 가진 참여자를 지원',
      en: 'Employment, welfare and health agencies jointly supporting a participant with several difficulties at once',
    },
    howToReach: {
      ko: '담당 상담사가 센터 절차에 따라 의뢰',
      en: 'The counselor refers through the center’s procedure',
    },
  },
  {
    id: 'disability-employment',
    healthRelated: true,
    name: { ko: '한국장애인고용공단', en: 'Korea Employment Agency for Persons with Disabilities' },
    what: {
      ko: '장애인 취업상담, 직업훈련, 근로지원',
      en: 'Job counseling, training and workplace support for people with disabilities',
    },
    howToReach: { ko: '☎1588-1519 또는 지역 지사', en: '☎1588-1519 or a regional office' },
    phone: '1588-1519',
    url: 'https://www.kead.or.kr',
  },
  {
    id: 'multicultural-support',
    name: { ko: '다누리콜센터 / 가족센터', en: 'Danuri call center / family center' },
    what: {
      ko: '결혼이민자·다문화가족을 위한 다국어 상담과 한국어 교육 안내',
      en: 'Multilingual counseling and Korean-language classes for marriage migrants and multicultural families',
    },
    howToReach: { ko: '☎1577-1366 또는 지역 가족센터', en: '☎1577-1366 or the local family center' },
    phone: '1577-1366',
    url: 'https://www.liveinkorea.kr',
  },
  {
    id: 'childcare-service',
    name: { ko: '아이돌봄서비스', en: 'Childcare service' },
    what: {
      ko: '돌보미가 가정을 방문해 아이를 돌보는 서비스',
      en: 'A carer visits the home to look after children',
    },
    howToReach: { ko: '☎1577-2514 또는 지역 서비스 기관', en: '☎1577-2514 or the local provider' },
    phone: '1577-2514',
    url: 'https://www.idolbom.go.kr',
  },
  {
    id: 'housing-welfare',
    name: { ko: '주거복지 상담 (마이홈)', en: 'Housing welfare counseling (MyHome)' },
    what: {
      ko: '공공임대주택, 주거급여, 전세자금 등 주거지원 안내',
      en: 'Public rental housing, housing benefit, deposit loans and other housing support',
    },
    howToReach: {
      ko: '마이홈 상담센터 ☎1600-1004 또는 행정복지센터',
      en: 'MyHome center ☎1600-1004 or the community service center',
    },
    phone: '1600-1004',
    url: 'https://www.myhome.go.kr',
  },
];
