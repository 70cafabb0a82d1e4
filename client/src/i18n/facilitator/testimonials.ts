import type { Strings } from '../../common/i18n.js';

/** Testimonials (참여 소감) on the program page: the list and the paper entry. */
export const testimonialsStrings: Strings = {
  ko: {
    testimonials: {
      title: '참여 소감',
      intro:
        '참여자가 휴대폰에 남기거나 종이에 쓴 소감입니다. ‘인용 동의’가 있는 소감만 보고서와 공모전 자료에 인용할 수 있고, 동의가 철회되면 바로 빠집니다.',
      none: '아직 남긴 소감이 없습니다.',
      quotable: '인용 동의',
      notQuotable: '인용 동의 없음',
      byline: '인용 시 이름: {{name}}',
      onPaper: '종이',
      enterPaper: '종이 소감 입력',
      dialogTitle: '종이 소감 입력',
      member: '참여자',
      chooseMember: '참여자를 고르세요',
      text: '소감',
      quoteOnPaper: '종이 양식에서 인용 동의에 표시했습니다',
      attribution: '인용 시 이름',
      asParticipant: '참여자',
      asMasked: '가린 이름 ({{name}})',
      replaces: '이 참여자가 이미 남긴 소감은 새 글로 바뀝니다.',
    },
  },
  en: {
    testimonials: {
      title: 'Testimonials',
      intro:
        'What participants wrote on their phones or on paper. Only testimonials with consent to quoting may be quoted in reports and contest entries; a withdrawal takes them out at once.',
      none: 'No testimonials yet.',
      quotable: 'Consent to quote',
      notQuotable: 'No consent to quote',
      byline: 'Quoted as: {{name}}',
      onPaper: 'Paper',
      enterPaper: 'Enter a paper testimonial',
      dialogTitle: 'Paper testimonial',
      member: 'Participant',
      chooseMember: 'Choose a participant',
      text: 'Testimonial',
      quoteOnPaper: 'The paper form has the consent to quoting ticked',
      attribution: 'Name on a quote',
      asParticipant: 'A participant',
      asMasked: 'Masked name ({{name}})',
      replaces: "This participant's earlier testimonial is replaced by the new text.",
    },
  },
};
