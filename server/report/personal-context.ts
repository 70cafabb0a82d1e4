import {
  visibleToSubject,
  type MemberAnswerRecord,
  type PersonalContext,
} from '../../shared/activities/counseling-module.js';
import { SENSITIVE_BARRIERS } from '../../shared/program/sensitive-notice.js';
import type { Storage } from '../storage/index.js';
import type { StoredMemberAnswer } from '../storage/index.js';
import type { ReportActivity } from './sections.js';

const toRecord = (a: StoredMemberAnswer): MemberAnswerRecord => ({
  answerId: a.answerId,
  memberId: a.memberId,
  subjectMemberId: a.subjectKey === '' ? null : a.subjectKey,
  round: a.round,
  itemKey: a.itemKey,
  value: a.value,
  noteState: a.noteState,
  signed: a.signed,
  updatedAt: a.updatedAt,
});

/**
 * A member's context in one activity, read for the report: their own answers, the notes about them
 * that `visibleToSubject` lets through, the program's nicknames and their current consents.
 * TODO(report): the counseling runtime's loader (server/counseling/personal-context.ts, branch core)
 * also reads group-mates, roles and the activity's phase and state; use it once it is merged.
 */
export async function reportPersonalContext(
  storage: Storage,
  programId: string,
  activity: ReportActivity,
  phase: string,
  memberId: string,
): Promise<PersonalContext> {
  const [given, about, members, consent] = await Promise.all([
    storage.memberAnswers.listForMember(memberId, activity.id),
    storage.memberAnswers.listAboutSubject(activity.id, memberId),
    storage.members.list(programId),
    storage.consents.current(memberId, SENSITIVE_BARRIERS),
  ]);
  return {
    memberId,
    given: given.map(toRecord),
    received: about.map(toRecord).filter(visibleToSubject),
    nicknames: Object.fromEntries(members.map((m) => [m.id, m.nickname])),
    groupMates: [],
    phase,
    roles: {},
    state: null,
    consents: consent ? [consent.purpose] : [],
  };
}
