import type {
  GiveContext,
  MemberAnswerRecord,
  PersonalContext,
} from '../../../shared/activities/counseling-module.js';
import { barriers } from '../../../shared/content/barriers.js';
import { SENSITIVE_BARRIERS } from '../../../shared/program/sensitive-notice.js';

export const sensitiveIds = barriers.filter((b) => b.sensitive).map((b) => b.id);
export const ordinaryIds = barriers.filter((b) => !b.sensitive).map((b) => b.id);
export const CONSENTED = [SENSITIVE_BARRIERS];

let counter = 0;
export function record(memberId: string, itemKey: string, value: unknown): MemberAnswerRecord {
  counter += 1;
  return {
    answerId: `answer-${counter}`,
    memberId,
    subjectMemberId: null,
    round: 0,
    itemKey,
    value,
    noteState: null,
    signed: false,
    updatedAt: counter,
  };
}

export const rating = (memberId: string, barrierId: string, level: number) =>
  record(memberId, `barrier:${barrierId}`, { level });

export const plan = (
  memberId: string,
  barrierId: string,
  value: Partial<{ strategies: number[]; own: string; services: string[]; ifThen: string }> = {},
) => record(memberId, `plan:${barrierId}`, { strategies: [], own: '', services: [], ifThen: '', ...value });

export function give(over: Partial<GiveContext> = {}): GiveContext {
  return {
    giverId: 'm1',
    subjectMemberId: null,
    round: 0,
    itemKey: 'barrier:age',
    phase: 'rate',
    groupMates: [],
    programMemberIds: ['m1', 'm2'],
    roles: {},
    consents: [],
    own: [],
    ...over,
  };
}

export function personal(over: Partial<PersonalContext> = {}): PersonalContext {
  return {
    memberId: 'm1',
    given: [],
    received: [],
    nicknames: { m1: '하늘', m2: '바다', m3: '산' },
    groupMates: [],
    phase: 'plan',
    roles: {},
    state: null,
    consents: [],
    ...over,
  };
}
