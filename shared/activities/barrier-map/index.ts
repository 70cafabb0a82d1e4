/**
 * The barrier map (취업 걸림돌 다루기 + 대처 계획), a live counseling activity in three phases: each member
 * rates how much each barrier holds them back (0–3 or "나와 상관없음"), writes a coping plan for their
 * top 1–3, then says their if-then lines aloud to a partner. Design: docs/design/counseling-engine.md
 * §9a (row barrier-map) and §6 (consent, small counts).
 */
import { barrierItemKeys } from '../../program/sensitive-notice.js';
import type { CheckedAnswer, GiveContext, LineOpenedModule } from '../counseling-module.js';
import {
  ALL_BARRIER_IDS,
  eligiblePlansBesides,
  hasSensitiveConsent,
  isSensitiveBarrier,
  offeredBarriers,
  ownAnswers,
  planEligible,
} from './rules.js';
import { barrierMapConfigSchema, planSchema, ratingSchema, rehearsedSchema } from './schemas.js';
import {
  BARRIER_MAP_PHASES,
  parseItemKey,
  PLAN_COUNT_MAX,
  type BarrierItemKind,
  type BarrierMapConfig,
  type BarrierMapPersonal,
} from './types.js';
import { barrierMapPersonalView, barrierMapPicture, barrierMapProgress } from './views.js';
import { barrierMapReport } from './report.js';

export * from './types.js';
export { barrierMapConfigSchema } from './schemas.js';

/** Where each kind of answer may be given: ratings may still be adjusted while planning. */
const PHASES_OF: Record<BarrierItemKind, readonly string[]> = {
  barrier: ['rate', 'plan'],
  plan: ['plan', 'rehearse'],
  rehearsed: ['rehearse'],
};

const refuse = (
  code: 'invalid_answer' | 'consent_required' | 'wrong_phase' | 'limit_reached',
): CheckedAnswer => ({
  ok: false,
  code,
});

function checkAnswer(config: BarrierMapConfig, ctx: GiveContext, value: unknown): CheckedAnswer {
  // Every item is the member's own answer about themselves, in the one round there is.
  if (ctx.subjectMemberId !== null || ctx.round !== 0) return refuse('invalid_answer');
  const item = parseItemKey(ctx.itemKey);
  if (!item || !config.barrierIds.includes(item.barrierId)) return refuse('invalid_answer');
  const consented = hasSensitiveConsent(ctx.consents);
  // Before the phase and the shape: without consent a sensitive item is refused for that reason alone.
  if (isSensitiveBarrier(item.barrierId) && !consented) return refuse('consent_required');
  if (!PHASES_OF[item.kind].includes(ctx.phase)) return refuse('wrong_phase');

  const schema =
    item.kind === 'barrier'
      ? ratingSchema
      : item.kind === 'plan'
        ? planSchema(item.barrierId)
        : rehearsedSchema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return refuse('invalid_answer');

  if (item.kind !== 'barrier') {
    const own = ownAnswers(ctx.own, ctx.giverId, offeredBarriers(config, consented));
    if (item.kind === 'plan') {
      if (!planEligible(config, own.ratings, item.barrierId)) return refuse('invalid_answer');
      if (
        !own.plans.has(item.barrierId) &&
        eligiblePlansBesides(config, own, item.barrierId) >= config.planCount
      )
        return refuse('limit_reached');
    } else if (!own.plans.has(item.barrierId)) {
      // A rehearsal is of a plan: nothing to say aloud before there is one.
      return refuse('invalid_answer');
    }
  }
  return { ok: true, value: parsed.data, noteState: null };
}

export const barrierMap: LineOpenedModule<BarrierMapConfig, BarrierMapPersonal> = {
  type: 'barrier-map',
  name: { ko: '취업 걸림돌과 대처 계획', en: 'Job-search barriers and coping plan' },
  openedBy: 'line',
  pace: 'live',
  configSchema: barrierMapConfigSchema,
  defaultConfig: () => ({ barrierIds: [...ALL_BARRIER_IDS], planCount: PLAN_COUNT_MAX }),
  phases: BARRIER_MAP_PHASES,
  // A sensitive category's rating, plan and rehearsal each say the member has that barrier.
  sensitiveItems: (config) => config.barrierIds.filter(isSensitiveBarrier).flatMap(barrierItemKeys),
  checkAnswer,
  personalView: barrierMapPersonalView,
  groupPicture: barrierMapPicture,
  progress: barrierMapProgress,
  reportSection: barrierMapReport,
};
