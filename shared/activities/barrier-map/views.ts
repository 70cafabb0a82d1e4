/** The barrier map's pure views: a member's phone, the projector's counts and the console's progress. */
import type {
  CountPicture,
  MemberAnswerRecord,
  MemberProgress,
  PersonalContext,
} from '../counseling-module.js';
import {
  barrierOf,
  contactOf,
  hasSensitiveConsent,
  isSensitiveBarrier,
  offeredBarriers,
  ownAnswers,
  planEligible,
  topBarriers,
} from './rules.js';
import {
  HOLDS_BACK_A_LOT,
  levelOf,
  type BarrierMapConfig,
  type BarrierMapPersonal,
  type PlanView,
  type ServiceContact,
} from './types.js';

/**
 * What one member's phones show. Built from the member's own answers only (`ownAnswers` drops any
 * other member's row that might reach it) and, without a current consent, with no sensitive category
 * at all: not offered, not rated, not planned — as if the answers did not exist.
 */
export function barrierMapPersonalView(config: BarrierMapConfig, ctx: PersonalContext): BarrierMapPersonal {
  const consented = hasSensitiveConsent(ctx.consents);
  const offered = offeredBarriers(config, consented);
  const own = ownAnswers(ctx.given, ctx.memberId, offered);
  const top = topBarriers(config, own.ratings, own.plans);
  const plans: PlanView[] = [];
  for (const barrierId of top) {
    const plan = own.plans.get(barrierId);
    if (!plan) continue;
    const contacts = plan.services.map(contactOf).filter((c): c is ServiceContact => c !== null);
    plans.push({ barrierId, ...plan, contacts });
  }
  return {
    phase: ctx.phase,
    consented,
    offered,
    hasSensitive: config.barrierIds.some(isSensitiveBarrier),
    ratings: Object.fromEntries(
      offered.flatMap((id) => (own.ratings.has(id) ? [[id, own.ratings.get(id)!]] : [])),
    ),
    top,
    planCount: config.planCount,
    plans,
    rehearsed: top.filter((id) => own.rehearsed.has(id) && own.plans.has(id)),
    mates: ctx.groupMates
      .filter((id) => id !== ctx.memberId)
      .map((memberId) => ({ memberId, nickname: ctx.nicknames[memberId] ?? '' })),
  };
}

/**
 * The projector: per barrier, how many members say it holds them back a lot (level ≥ 2), before the
 * small-count rule. Sensitive categories are never in it, not even suppressed: their consent lets the
 * member and the facilitator see the answer, not the room, and any count — "3명 미만" included — tells
 * a small group that someone sitting there has a mental-health condition or a record. A member counts
 * in several cells, so the cells' sum is no head count (`onePerMember` false).
 */
export function barrierMapPicture(
  config: BarrierMapConfig,
  answers: readonly MemberAnswerRecord[],
): CountPicture {
  const shown = config.barrierIds.filter((id) => barrierOf(id) !== undefined && !isSensitiveBarrier(id));
  const membersByBarrier = new Map<string, Set<string>>(shown.map((id) => [id, new Set()]));
  for (const a of answers) {
    if (a.subjectMemberId !== null || !a.itemKey.startsWith('barrier:')) continue;
    const members = membersByBarrier.get(a.itemKey.slice('barrier:'.length));
    const level =
      typeof a.value === 'object' && a.value !== null ? (a.value as { level?: unknown }).level : null;
    if (members && typeof level === 'number' && level >= HOLDS_BACK_A_LOT) members.add(a.memberId);
  }
  return {
    caption: {
      ko: '걸림돌별 "많이 걸린다"고 답한 사람 수',
      en: 'People for whom each barrier holds them back a lot',
    },
    cells: shown.map((id) => ({
      key: id,
      label: barrierOf(id)!.name,
      count: membersByBarrier.get(id)!.size,
    })),
    onePerMember: false,
  };
}

/**
 * The console's progress per member. The interface gives no phase, so it is the whole task: barriers
 * rated (answered, "나와 상관없음" included) of those offered, plus plans of the plans due
 * (min(planCount, barriers rated ≥ 1)). Only ordinary categories count: whether a member consented is
 * not the console's progress to show, and a sensitive category is optional by the notice's own words.
 */
export function barrierMapProgress(
  config: BarrierMapConfig,
  answers: readonly MemberAnswerRecord[],
  memberIds: readonly string[],
): Record<string, MemberProgress> {
  const offered = offeredBarriers(config, false);
  const result: Record<string, MemberProgress> = {};
  for (const memberId of memberIds) {
    const own = ownAnswers(answers, memberId, offered);
    const ratedAtAll = offered.filter((id) => own.ratings.has(id)).length;
    const ratedAtLeastOne = offered.filter((id) => levelOf(own.ratings.get(id)) >= 1).length;
    const plansDue = Math.min(config.planCount, ratedAtLeastOne);
    const planned = [...own.plans.keys()].filter((id) => planEligible(config, own.ratings, id)).length;
    result[memberId] = {
      done: ratedAtAll + Math.min(planned, plansDue),
      total: offered.length + plansDue,
    };
  }
  return result;
}
