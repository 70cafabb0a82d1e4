import type { CounselingType, MemberAnswerRecord } from '../../shared/activities/counseling-module.js';
import { counselingModule } from '../../shared/activities/counseling-registry.js';
import type { GroupRoundView, RoundsView } from '../../shared/protocol/round-views.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import type { StoredMemberAnswer } from '../storage/member-answers.js';
import type { StoredRound } from '../storage/rounds.js';

/** A stored `member_answers` row as the pure modules see it. */
export function answerRecord(a: StoredMemberAnswer): MemberAnswerRecord {
  return {
    answerId: a.answerId,
    memberId: a.memberId,
    subjectMemberId: a.subjectKey === '' ? null : a.subjectKey,
    round: a.round,
    itemKey: a.itemKey,
    value: a.value,
    noteState: a.noteState,
    signed: a.signed,
    updatedAt: a.updatedAt,
  };
}

/** A group's round as its phones and the console see it: stored roles with nicknames, the timer as stored times. */
export function groupRoundView(round: StoredRound, nicknames: ReadonlyMap<string, string>): GroupRoundView {
  return {
    activityId: round.activityId,
    groupNo: round.groupNo,
    round: round.round,
    // One round per member of the group as it started (rotation: each is candidate once).
    rounds: round.roles.length,
    endsAt: round.endsAt,
    pausedRemainingMs: round.pausedAt === null ? null : Math.max(0, round.endsAt - round.pausedAt),
    endedAt: round.endedAt,
    roles: round.roles.map((r) => ({
      memberId: r.memberId,
      nickname: nicknames.get(r.memberId) ?? '',
      role: r.role,
    })),
  };
}

export async function nicknamesOf(storage: Storage, programId: string): Promise<Map<string, string>> {
  return new Map((await storage.members.list(programId)).map((m) => [m.id, m.nickname]));
}

/**
 * Every group's current round and each member's progress (the type's module's), for the console.
 * No progress when the module is unknown or the stored config does not fit it: the rounds still show.
 */
export async function roundsView(
  storage: Storage,
  activity: { id: string; programId: string; type: CounselingType; config: unknown },
  nicknames: ReadonlyMap<string, string>,
): Promise<RoundsView> {
  const current = await storage.rounds.current(activity.id);
  const answers = (await storage.memberAnswers.listForActivity(activity.id)).map(answerRecord);
  const module = counselingModule(activity.type);
  const config = module?.configSchema.safeParse(activity.config);
  return {
    activityId: activity.id,
    groups: current.map((r) => groupRoundView(r, nicknames)),
    progress: module && config?.success ? module.progress(config.data, answers, [...nicknames.keys()]) : {},
  };
}

/**
 * The console snapshot's rounds: one view per open activity whose module has roles (what a round
 * event's ack would say), so a reloaded console shows the running rounds. Nicknames are read once.
 */
export async function programRoundsViews(
  storage: Storage,
  programId: string,
  activities: readonly StoredCounselingActivity[],
): Promise<RoundsView[]> {
  const grouped = activities.filter((a) => a.status === 'open' && counselingModule(a.type)?.roles);
  if (grouped.length === 0) return [];
  const nicknames = await nicknamesOf(storage, programId);
  return Promise.all(grouped.map((a) => roundsView(storage, a, nicknames)));
}

/**
 * The member's group's current round in each of the given grouped activities (the snapshot's
 * `member.rounds`): what a reconnecting phone needs to show its role and timer again.
 */
export async function memberRounds(
  storage: Storage,
  programId: string,
  memberId: string,
  activityIds: readonly string[],
): Promise<GroupRoundView[]> {
  const out: GroupRoundView[] = [];
  let nicknames: Map<string, string> | null = null;
  for (const activityId of activityIds) {
    // A member moved between groups may hold a role in an older group's latest round too: the newest wins.
    const mine = (await storage.rounds.current(activityId))
      .filter((r) => r.roles.some((x) => x.memberId === memberId))
      .sort((a, b) => b.startedAt - a.startedAt)[0];
    if (!mine) continue;
    nicknames ??= await nicknamesOf(storage, programId);
    out.push(groupRoundView(mine, nicknames));
  }
  return out;
}
