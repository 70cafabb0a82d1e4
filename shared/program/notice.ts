import type { Text } from '../i18n/text.js';
import { DEFAULT_RETENTION_MONTHS } from './limits.js';

/**
 * The notice a participant accepts before joining a program (개인정보 수집·이용 안내): purpose, items,
 * retention and the right to refuse, as the Personal Information Protection Act asks. Sensitive items
 * (health and the like) are never asked here; activities that need them ask for separate consent.
 */
export function programNotice(input: { title: string; centerName: string; retentionMonths?: number }): Text {
  const months = input.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  return {
    ko: [
      `${input.centerName}의 「${input.title}」에 참여하기 위해 아래 내용을 확인해 주세요.`,
      `· 목적: 프로그램 운영, 출석·수료 확인, 참여자에게 맞춘 상담`,
      `· 수집 항목: 닉네임, 실명(선택), 사전 질문 답변, 활동 중 입력한 답변`,
      `· 보관 기간: 프로그램 종료 후 ${months}개월. 이후 개인정보는 파기하고 통계만 남깁니다.`,
      `· 대형 화면에는 이름 없이 익명으로만 보입니다.`,
      `· 동의하지 않을 권리가 있습니다. 다만 동의하지 않으면 이 휴대폰으로 활동에 참여할 수 없으니 진행자에게 알려 주세요.`,
      `· 건강 등 민감한 정보는 적지 않아도 됩니다. 필요한 활동은 따로 동의를 받습니다.`,
    ].join('\n'),
    en: [
      `To take part in "${input.title}" at ${input.centerName}, please read the following.`,
      `· Purpose: running the program, recording attendance and completion, counseling suited to you`,
      `· Items: nickname, real name (optional), answers to the intake questions, answers given in activities`,
      `· Kept for: ${months} months after the program ends; then personal data is destroyed and only statistics remain.`,
      `· The big screen shows answers anonymously, without names.`,
      `· You may refuse. Without consent you cannot take part from this phone; please tell the facilitator.`,
      `· You need not write health or other sensitive information. Activities that need it ask for separate consent.`,
    ].join('\n'),
  };
}
