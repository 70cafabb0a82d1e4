/**
 * The barrier map's shapes (취업 걸림돌 다루기 + 대처 계획), zod-free: the phone imports these as types
 * only, and the pure helpers below without pulling the schemas into its chunk.
 */
import type { Text } from '../../i18n/text.js';

/** rate: how much each barrier holds me back; plan: a coping plan for my top ones; rehearse: say it aloud in pairs. */
export const BARRIER_MAP_PHASES = ['rate', 'plan', 'rehearse'] as const;
export type BarrierMapPhase = (typeof BARRIER_MAP_PHASES)[number];

/** 0 = not at all … 3 = a lot. "Holds me back a lot" on the projector is level ≥ 2. */
export const BARRIER_LEVELS = [0, 1, 2, 3] as const;
export type BarrierLevel = (typeof BARRIER_LEVELS)[number];
export const HOLDS_BACK_A_LOT = 2;

export const PLAN_COUNT_MIN = 1;
export const PLAN_COUNT_MAX = 3;
/** The member's own strategy and the if-then line: one sentence each, short enough to say aloud. */
export const PLAN_TEXT_MAX_LENGTH = 200;
/** Services on one plan: a barrier lists two to four; a few more from the whole list are enough. */
export const PLAN_SERVICES_MAX = 6;

export interface BarrierMapConfig {
  /** The taxonomy offered (ids of shared/content/barriers.ts), in the order shown. */
  barrierIds: string[];
  /** Plans for the member's top 1..3 rated barriers. */
  planCount: number;
}

export type BarrierRating = { level: BarrierLevel } | { notMe: true };

export interface BarrierPlan {
  /** Indexes into the barrier's `copingStrategies`. */
  strategies: number[];
  /** The member's own strategy, in their words ('' = none). */
  own: string;
  /** Support service ids (shared/content/support-services.ts). */
  services: string[];
  /** "면접에서 공백기를 물으면 …라고 답한다" ('' = not written yet). */
  ifThen: string;
}

export interface Rehearsed {
  done: boolean;
}

export type BarrierMapAnswer = BarrierRating | BarrierPlan | Rehearsed;

/** A chosen service as the plan shows it: everything needed to reach it, from the content library. */
export interface ServiceContact {
  id: string;
  name: Text;
  what: Text;
  howToReach: Text;
  phone?: string;
  url?: string;
}

export interface PlanView extends BarrierPlan {
  barrierId: string;
  contacts: ServiceContact[];
}

/** One member's phone: their own answers only; sensitive categories only under a current consent. */
export interface BarrierMapPersonal {
  phase: string;
  /** The member holds a current 'sensitive-barriers' consent. */
  consented: boolean;
  /** Barrier ids offered to this member, in the config's order (sensitive ones only when consented). */
  offered: string[];
  /** Whether the config holds sensitive categories (the phone offers the separate consent step then). */
  hasSensitive: boolean;
  /** My ratings, by barrier id (offered barriers only). */
  ratings: Record<string, BarrierRating>;
  /** My top barriers (rated ≥ 1, highest first), at most `planCount`: the ones I plan for. */
  top: string[];
  planCount: number;
  /** My plans for my top barriers, in the order of `top`. */
  plans: PlanView[];
  /** Barrier ids whose plan I said aloud in the rehearsal. */
  rehearsed: string[];
  /** My group-mates for the rehearsal (nicknames only). */
  mates: { memberId: string; nickname: string }[];
}

export type BarrierItemKind = 'barrier' | 'plan' | 'rehearsed';

/** `barrier:<id>` → {kind, barrierId}; null for any other key. */
export function parseItemKey(itemKey: string): { kind: BarrierItemKind; barrierId: string } | null {
  const match = /^(barrier|plan|rehearsed):([a-z0-9-]+)$/.exec(itemKey);
  if (!match) return null;
  return { kind: match[1] as BarrierItemKind, barrierId: match[2]! };
}

export const itemKey = (kind: BarrierItemKind, barrierId: string): string => `${kind}:${barrierId}`;

export const levelOf = (rating: BarrierRating | undefined): number =>
  rating !== undefined && 'level' in rating ? rating.level : 0;
