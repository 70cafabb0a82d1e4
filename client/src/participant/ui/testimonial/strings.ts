import type { Strings } from '../../../common/i18n.js';

/** The testimonial card's words (참여 소감), added when its chunk loads. */
export const testimonialStrings: Strings = {
  ko: {
    testimonial: {
      title: '참여 소감 남기기',
      apart: '이 글은 익명 조사와 따로, 별칭과 함께 저장됩니다. 이 프로그램의 진행자가 읽습니다.',
      label: '참여 소감',
      count: '{{n}} / {{max}}자',
      quote: '센터가 보고서·공모전 자료에 이 소감을 인용해도 됩니다',
      attribution: '인용할 때 이름',
      asParticipant: '참여자',
      asMasked: '가린 이름 ({{name}})',
      save: '저장하기',
      saving: '저장하는 중…',
      saved: '저장했어요.',
      savedQuoted: '저장했어요. 인용에 동의했어요.',
      delete: '소감 지우기',
      deleteConfirm: '소감을 지울까요? 인용 동의도 함께 철회됩니다.',
      deleteYes: '지우기',
      deleteNo: '그대로 두기',
      deleted: '소감을 지웠어요.',
      error: '저장하지 못했어요: {{message}}',
    },
  },
  en: {
    testimonial: {
      title: 'Leave a testimonial',
      apart:
        "This text is stored apart from the anonymous survey, with your nickname. The program's facilitators read it.",
      label: 'Your testimonial',
      count: '{{n}} / {{max}} characters',
      quote: 'The center may quote this testimonial in reports and contest entries',
      attribution: 'Name on a quote',
      asParticipant: 'A participant',
      asMasked: 'Masked name ({{name}})',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Saved.',
      savedQuoted: 'Saved. You agreed to quoting.',
      delete: 'Delete testimonial',
      deleteConfirm: 'Delete your testimonial? Your consent to quoting is withdrawn with it.',
      deleteYes: 'Delete',
      deleteNo: 'Keep it',
      deleted: 'Your testimonial was deleted.',
      error: 'Could not save: {{message}}',
    },
  },
};
