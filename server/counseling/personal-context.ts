import { counselingModule } from '../../shared/activities/counseling-registry.js';
import {
  visibleToSubject,
  type MemberAnswerRecord,
  type PersonalContext,
} from '../../shared/activities/counseling-module.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import type { StoredMemberAnswer } from '../storage/member-answers.js';

/** A stored row as the pure modules see it: `subject_key` '' is one's own answer (subject null). */
export function toRecord(stored: StoredMemberAnswer): MemberAnswerRecord {
  return {
    answerId: stored.answerId,
    memberId: stored.memberId,
    subjectMemberId: stored.subjectKey === '' ? null : stored.subjectKey,
    round: stored.round,
    itemKey: stored.itemKey,
    value: stored.value,
    noteState: stored.noteState,
    signed: stored.signed,
    updatedAt: stored.updatedAt,
  };
}

/** The member's group-mates (ids, themselves excluded) in the activity's grouping; [] when ungrouped. */
export async function groupMatesOf(
  storage: Storage,
  activity: StoredCounselingActivity,
  memberId: string,
): Promise<string[]> {
  if (!activity.groupingId) return [];
  const grouping = await storage.groupings.get(activity.programId, activity.groupingId);
  const group = grouping?.groups.find((g) => g.includes(memberId)) ?? [];
  return group.filter((id) => id !== memberId);
}

/** Every member's group-mates in the activity's grouping (member id → the others in their group). */
export async function allGroupMates(
  storage: Storage,
  activity: StoredCounselingActivity,
): Promise<Record<string, string[]>> {
  if (!activity.groupingId) return {};
  const grouping = await storage.groupings.get(activity.programId, activity.groupingId);
  const mates: Record<string, string[]> = {};
  for (const group of grouping?.groups ?? [])
    for (const id of group) mates[id] = group.filter((other) => other !== id);
  return mates;
}

/** Stored roles of the member's group, per round (round → member id → role), from `round_roles`. */
export async function rolesOf(
  storage: Storage,
  activityId: string,
  memberId: string,
): Promise<Record<number, Record<string, string>>> {
  const roles: Record<number, Record<string, string>> = {};
  // Only the member's own groups' rounds (one group, as a rule), not every group's: 100 triads
  // hold 300 rounds by the third, and this runs for each answer and each personal view.
  const groupNos = new Set((await storage.rounds.rolesOf(activityId, memberId)).map((r) => r.groupNo));
  const rounds = await Promise.all(
    [...groupNos].map((groupNo) => storage.rounds.listForGroup(activityId, groupNo)),
  );
  for (const round of rounds.flat().sort((x, y) => x.round - y.round)) {
    if (!round.roles.some((r) => r.memberId === memberId)) continue;
    roles[round.round] = Object.fromEntries(round.roles.map((r) => [r.memberId, r.role]));
  }
  return roles;
}

/** The purposes the member holds a current consent for. */
export async function currentPurposes(storage: Storage, memberId: string): Promise<string[]> {
  const consents = await storage.consents.listForMember(memberId);
  return consents.filter((c) => c.withdrawnAt === null).map((c) => c.purpose);
}

/**
 * Everything one member's personal view of one activity is built from (and their report, later):
 * what they gave, what was given about them that `visibleToSubject` lets through (held notes are
 * not read here at all), nicknames, group-mates, stored roles, the activity's state and consents.
 * Never another member's own answers.
 */
export async function loadPersonalContext(
  storage: Storage,
  activity: StoredCounselingActivity,
  memberId: string,
  shared?: SharedContext,
): Promise<PersonalContext> {
  const handsIn = counselingModule(activity.type)?.submission !== undefined;
  const [given, about, common, roles, consents, submission] = await Promise.all([
    storage.memberAnswers.listForMember(memberId, activity.id),
    storage.memberAnswers.listAboutSubject(activity.id, memberId),
    shared ?? loadSharedContext(storage, activity),
    rolesOf(storage, activity.id, memberId),
    currentPurposes(storage, memberId),
    handsIn ? storage.assessments.submissionOf(activity.id, memberId) : null,
  ]);
  const group = common.groups.find((g) => g.includes(memberId)) ?? [];
  return {
    memberId,
    given: given.map(toRecord),
    received: about.map(toRecord).filter(visibleToSubject),
    nicknames: common.nicknames,
    groupMates: group.filter((id) => id !== memberId),
    phase: activity.phase,
    roles,
    state: common.state,
    consents,
    submitted: submission?.submitted ?? null,
    dueAt: submission?.dueAt ?? null,
  };
}

/** What every member's personal context of one activity shares: read once for many members' views. */
export interface SharedContext {
  nicknames: Record<string, string>;
  /** The activity's grouping's groups; [] when ungrouped. */
  groups: string[][];
  state: unknown;
}

export async function loadSharedContext(
  storage: Storage,
  activity: StoredCounselingActivity,
): Promise<SharedContext> {
  const [members, grouping, state] = await Promise.all([
    storage.members.list(activity.programId),
    activity.groupingId ? storage.groupings.get(activity.programId, activity.groupingId) : null,
    storage.rounds.state(activity.id),
  ]);
  return {
    nicknames: Object.fromEntries(members.map((m) => [m.id, m.nickname])),
    groups: grouping?.groups ?? [],
    state: state?.state ?? null,
  };
}
