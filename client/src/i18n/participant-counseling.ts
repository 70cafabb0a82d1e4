import type { Strings } from '../common/i18n.js';

/** The phone's words around counseling activities (each type's own words come with its chunk). */
export const participantCounselingStrings: Strings = {
  ko: {
    counseling: {
      tasksTitle: '내 할 일',
      tasksHint: '내 속도로 채우는 활동입니다. 언제든 이어서 할 수 있습니다.',
      progress: '{{done}} / {{total}} 완료',
      back: '내 할 일 목록으로',
      roomActive: '진행자가 지금 함께 할 활동을 열었습니다. 적던 내용은 저장한 만큼 남아 있습니다.',
      live: '지금 함께 하는 활동',
      commentsTitle: '진행자 코멘트',
      unsupported: '이 활동은 이 화면에서 아직 열 수 없습니다. 진행자에게 알려 주세요.',
      reminder: '진행자가 ‘{{title}}’ 마무리를 부탁했어요',
      reminderOpen: '이어서 하기',
      testimonial: '참여 소감 남기기 (선택)',
      testimonialSaved: '저장함',
    },
  },
  en: {
    counseling: {
      tasksTitle: 'My tasks',
      tasksHint: 'Activities you fill in at your own pace. You can come back to them any time.',
      progress: '{{done}} / {{total}} done',
      back: 'Back to my tasks',
      roomActive: 'The facilitator opened an activity for the room. What you saved here stays.',
      live: 'Activity in the room now',
      commentsTitle: 'Comments from the facilitator',
      unsupported: 'This activity cannot be opened on this screen yet. Please tell the facilitator.',
      reminder: 'The facilitator asks you to finish ‘{{title}}’',
      reminderOpen: 'Continue',
      testimonial: 'Leave a testimonial (optional)',
      testimonialSaved: 'Saved',
    },
  },
};
