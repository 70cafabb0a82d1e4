import { GROUPING_ERROR_MESSAGES } from '../grouping/edit.js';
import type { Text } from '../i18n/text.js';
import { MAX_ACTIVITIES_PER_SESSION } from './limits.js';

/**
 * Every error that may leave the server. Anything else thrown inside a handler is logged and
 * reported to the client as `internal`, so no stack trace or SQL ever reaches a phone.
 */
export const ERROR_MESSAGES = {
  invalid_payload: {
    ko: '요청 형식이 올바르지 않습니다.',
    en: 'The request is not in the expected format.',
  },
  invalid_answer: {
    ko: '답변이 이 활동의 형식에 맞지 않습니다.',
    en: 'The answer does not fit this activity.',
  },
  invalid_config: {
    ko: '활동 설정이 올바르지 않습니다.',
    en: 'The activity settings are not valid.',
  },
  payload_too_large: { ko: '보낸 내용이 너무 큽니다.', en: 'What you sent is too large.' },
  rate_limited: {
    ko: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
    en: 'Too many requests. Please try again in a moment.',
  },
  not_authenticated: { ko: '로그인이 필요합니다.', en: 'Please log in.' },
  forbidden: { ko: '이 작업을 할 권한이 없습니다.', en: 'You are not allowed to do this.' },
  not_joined: { ko: '먼저 모임에 입장해 주세요.', en: 'Please join the session first.' },
  notice_outdated: {
    ko: '안내문이 바뀌었습니다. 새 안내문을 읽고 다시 동의해 주세요.',
    en: 'The notice has changed. Please read the new notice and consent again.',
  },
  session_not_found: {
    ko: '모임을 찾을 수 없습니다. 코드를 확인해 주세요.',
    en: 'Session not found. Please check the code.',
  },
  session_ended: { ko: '이미 끝난 모임입니다.', en: 'This session has ended.' },
  activity_not_found: { ko: '활동을 찾을 수 없습니다.', en: 'Activity not found.' },
  activity_not_open: {
    ko: '지금은 이 활동에 답할 수 없습니다.',
    en: 'This activity is not accepting answers now.',
  },
  activity_locked: {
    ko: '진행자가 답변을 잠갔습니다.',
    en: 'The facilitator has locked the answers.',
  },
  activity_has_answers: {
    ko: '이미 답변이 있어 선택지를 바꿀 수 없습니다.',
    en: 'Answers already exist, so the options cannot change.',
  },
  too_many_activities: {
    ko: `한 모임에 휴대폰으로 하는 활동은 ${MAX_ACTIVITIES_PER_SESSION}개까지 넣을 수 있습니다.`,
    en: `A session holds at most ${MAX_ACTIVITIES_PER_SESSION} activities on phones.`,
  },
  private_activity: {
    ko: '이 활동의 답은 진행자만(또는 쓴 사람만) 볼 수 있어 화면에 공개할 수 없습니다.',
    en: 'Only the facilitator (or each writer) may see these answers, so they cannot be shown to the room.',
  },
  activity_is_open: {
    ko: '진행 중인 활동은 삭제할 수 없습니다. 먼저 닫아 주세요.',
    en: 'An open activity cannot be removed. Close it first.',
  },
  answer_not_found: { ko: '답변을 찾을 수 없습니다.', en: 'Answer not found.' },
  nickname_required: { ko: '닉네임을 입력해 주세요.', en: 'Please enter a nickname.' },
  nickname_taken: {
    ko: '이미 사용 중인 닉네임입니다. 다른 닉네임을 골라 주세요.',
    en: 'That nickname is taken. Please choose another.',
  },
  already_joined: {
    ko: '이 화면은 이미 이 모임에 입장해 있습니다.',
    en: 'This screen has already joined this session.',
  },
  session_full: {
    ko: '모임 인원이 가득 찼습니다. 진행자에게 알려 주세요.',
    en: 'This session is full. Please tell the facilitator.',
  },
  invalid_credentials: {
    ko: '이메일 또는 비밀번호가 올바르지 않습니다.',
    en: 'Email or password is incorrect.',
  },
  setup_done: {
    ko: '이미 첫 진행자 계정이 있습니다. 로그인해 주세요.',
    en: 'The first facilitator account already exists. Please log in.',
  },
  email_taken: { ko: '이미 등록된 이메일입니다.', en: 'That email is already registered.' },
  cross_origin: {
    ko: '다른 사이트에서 온 요청은 받을 수 없습니다.',
    en: 'Requests from another site are refused.',
  },
  not_found: { ko: '찾을 수 없습니다.', en: 'Not found.' },
  program_not_found: { ko: '프로그램을 찾을 수 없습니다.', en: 'Program not found.' },
  testimonial_not_open: {
    ko: '참여 소감은 프로그램 마지막 날부터 남길 수 있습니다.',
    en: "Testimonials can be written from the program's last day.",
  },
  program_ended: {
    ko: '이미 끝난 프로그램입니다. 이 코드는 더 이상 쓸 수 없습니다.',
    en: 'This program has ended; its code no longer works.',
  },
  session_not_started: {
    ko: '오늘 모임이 아직 시작되지 않았습니다. 진행자가 시작하면 자동으로 열립니다.',
    en: "Today's session has not started yet. It opens by itself when the facilitator starts it.",
  },
  day_not_found: { ko: '프로그램 날짜를 찾을 수 없습니다.', en: 'Program day not found.' },
  day_has_records: {
    ko: '이미 진행했거나 출석 기록이 있는 날은 지울 수 없습니다.',
    en: 'A day that has been run or has attendance cannot be removed.',
  },
  day_already_running: {
    ko: '다른 날의 모임이 진행 중입니다. 먼저 그 모임을 끝내 주세요.',
    en: "Another day's session is running. Please end it first.",
  },
  version_conflict: {
    ko: '다른 진행자가 먼저 수정했습니다. 새로 불러온 뒤 다시 저장해 주세요.',
    en: 'Someone else saved changes first. Reload, then save again.',
  },
  invalid_program: {
    ko: '프로그램 내용이 올바르지 않습니다. 날짜와 진행자를 확인해 주세요.',
    en: 'The program is not valid. Please check its dates and facilitators.',
  },
  template_not_found: { ko: '프로그램 템플릿을 찾을 수 없습니다.', en: 'Program template not found.' },
  member_not_found: { ko: '참여자를 찾을 수 없습니다.', en: 'Participant not found.' },
  outcome_not_found: {
    ko: '정정할 사후관리 기록을 찾을 수 없습니다.',
    en: 'The follow-up record to correct was not found.',
  },
  survey_open: {
    ko: '조사가 열려 있는 동안에는 결과를 반영하지 않습니다. 마감하면 함께 반영됩니다.',
    en: 'Results are not released while the survey is open. They are released together at its close.',
  },
  referral_not_found: { ko: '연계 기록을 찾을 수 없습니다.', en: 'Referral not found.' },
  outcome_superseded: {
    ko: '이 기록은 이미 정정되었습니다. 새로 고친 뒤 최신 기록을 정정해 주세요.',
    en: 'This record has already been corrected. Reload and correct the latest record.',
  },
  // Assessment waves (design §2.2, §2.5, §8.1).
  wave_has_responses: {
    ko: '이미 응답이 있는 평가는 계획에서 뺄 수 없습니다.',
    en: 'An assessment that already has responses cannot be removed from the plan.',
  },
  already_submitted: {
    ko: '이 참여자의 응답이 이미 저장되어 있습니다.',
    en: "This participant's response is already saved.",
  },
  anonymous_activity: {
    ko: '익명 설문은 참여자별로 보거나 입력할 수 없습니다.',
    en: 'An anonymous survey cannot be read or entered per participant.',
  },
  // Exports (design §7): one XLSX at a time per center; a dataset name the registry does not have.
  export_busy: {
    ko: '이 센터의 다른 내려받기가 진행 중입니다. 잠시 후 다시 시도해 주세요.',
    en: 'Another download of this center is in progress. Please try again in a moment.',
  },
  dataset_not_found: {
    ko: '내려받을 수 있는 자료가 아닙니다.',
    en: 'No such data can be downloaded.',
  },
  cannot_merge_self: {
    ko: '같은 참여자끼리는 합칠 수 없습니다.',
    en: 'A participant cannot be merged into themselves.',
  },
  registration_required: {
    ko: '처음 오셨군요. 안내를 읽고 닉네임을 정해 주세요.',
    en: 'First time here: please read the notice and choose a nickname.',
  },
  recover_failed: {
    ko: '닉네임이나 PIN이 맞지 않습니다. 진행자에게 도움을 요청할 수 있습니다.',
    en: 'The nickname or PIN does not match. The facilitator can help.',
  },
  grouping_not_found: { ko: '조 편성을 찾을 수 없습니다.', en: 'Grouping not found.' },
  wave_not_found: { ko: '평가를 찾을 수 없습니다.', en: 'Assessment not found.' },
  wave_not_open: {
    ko: '이 평가는 지금 열려 있지 않습니다.',
    en: 'This assessment is not open now.',
  },
  wave_submitted: {
    ko: '이미 제출한 평가라 답을 바꿀 수 없습니다.',
    en: 'You have already handed this in, so the answers cannot change.',
  },
  remind_too_soon: {
    ko: '방금 알림을 보냈습니다. 1분 뒤에 다시 보낼 수 있습니다.',
    en: 'A reminder was just sent. You can send another in a minute.',
  },
  use_wave_open: {
    ko: '평가는 평가 패널에서 엽니다.',
    en: 'Assessments are opened from the assessment panel.',
  },
  no_day_running: {
    ko: '진행 중인 날이 없습니다. 오늘 진행을 먼저 시작해 주세요.',
    en: 'No day is running. Start today first.',
  },
  post_already_open: {
    ko: '사후 평가가 이미 열려 사전 평가를 다시 열 수 없습니다.',
    en: 'The after-assessment has opened, so the before-assessment cannot reopen.',
  },
  // The pure edits' reasons (shared/grouping/edit.ts), sent with their ko/en text.
  ...GROUPING_ERROR_MESSAGES,
  // Counseling activities (shared/activities/counseling-module.ts): what `checkAnswer` and the rounds refuse.
  consent_required: {
    ko: '이 항목은 민감정보 동의 후에만 답할 수 있습니다.',
    en: 'This item needs your consent to sensitive information first.',
  },
  not_in_group: {
    ko: '같은 조의 사람에게만 보낼 수 있습니다.',
    en: 'You can only send this to someone in your group.',
  },
  wrong_role: {
    ko: '이번 라운드의 내 역할로는 할 수 없는 일입니다.',
    en: 'Your role in this round cannot do that.',
  },
  wrong_phase: {
    ko: '지금 단계에서는 할 수 없습니다. 진행자의 안내를 기다려 주세요.',
    en: 'Not at this step. Please wait for the facilitator.',
  },
  limit_reached: {
    ko: '고를 수 있는 수를 넘었습니다. 하나를 빼고 다시 골라 주세요.',
    en: 'You have reached the limit. Remove one and choose again.',
  },
  round_not_started: {
    ko: '아직 라운드가 시작되지 않았습니다.',
    en: 'The round has not started yet.',
  },
  no_grouping: {
    ko: '먼저 조를 편성해 주세요.',
    en: 'Please form groups first.',
  },
  // The take-home report (design §9): one answer for an unknown, expired or revoked token or link.
  report_not_found: {
    ko: '보고서를 찾을 수 없습니다. 링크가 만료되었으면 진행자에게 새 링크를 요청해 주세요.',
    en: 'Report not found. If the link has expired, ask the facilitator for a new one.',
  },
  report_expired: {
    ko: '개인정보 보관 기간이 끝나 이 보고서는 더 이상 열 수 없습니다.',
    en: 'The retention period has ended: this report can no longer be opened.',
  },
  user_not_found: { ko: '사용자를 찾을 수 없습니다.', en: 'User not found.' },
  account_inactive: {
    ko: '비활성화된 계정입니다. 센터 관리자에게 문의해 주세요.',
    en: 'This account is deactivated. Please ask your center admin.',
  },
  last_admin: {
    ko: '센터에는 활성 관리자가 한 명 이상 있어야 합니다.',
    en: 'A center needs at least one active admin.',
  },
  password_change_required: {
    ko: '임시 비밀번호입니다. 먼저 새 비밀번호로 바꿔 주세요.',
    en: 'This is a temporary password. Please choose a new password first.',
  },
  wrong_password: { ko: '현재 비밀번호가 올바르지 않습니다.', en: 'The current password is incorrect.' },
  internal: {
    ko: '서버에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    en: 'Something went wrong on the server. Please try again shortly.',
  },
} as const satisfies Record<string, Text>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface WireError {
  code: ErrorCode;
  message: Text;
}

export function wireError(code: ErrorCode): WireError {
  return { code, message: ERROR_MESSAGES[code] };
}

/** The acknowledgement every client→server event gets: data on success, a stable error code otherwise. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: WireError };
