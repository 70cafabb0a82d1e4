/**
 * The barrier map's pure rules, shared by the answer check and the views: which barriers a member is
 * offered, how their own answers read, and which barriers they plan for. zod-free.
 */
import { barriers } from '../../content/barriers.js';
import type { Barrier, SupportService } from '../../content/schema.js';
import { supportServices } from '../../content/support-services.js';
import { SENSITIVE_BARRIERS } from '../../program/sensitive-notice.js';
import type { MemberAnswerRecord } from '../counseling-module.js';
import {
  levelOf,
  parseItemKey,
  PLAN_TEXT_MAX_LENGTH,
  type BarrierMapConfig,
  type BarrierPlan,
  type BarrierRating,
  type ServiceContact,
} from './types.js';

const barrierById = new Map<string, Barrier>(barriers.map((b) => [b.id, b]));
const serviceById = new Map<string, SupportService>(supportServices.map((s) => [s.id, s]));

export const ALL_BARRIER_IDS: readonly string[] = barriers.map((b) => b.id);
export const barrierOf = (id: string): Barrier | undefined => barrierById.get(id);
export const isKnownService = (id: string): boolean => serviceById.has(id);
export const isSensitiveBarrier = (id: string): boolean => barrierById.get(id)?.sensitive === true;
export const hasSensitiveConsent = (consents: readonly string[]): boolean =>
  consents.includes(SENSITIVE_BARRIERS);

/** The barriers this member may see and answer: sensitive categories only under a current consent. */
export function offeredBarriers(config: BarrierMapConfig, consented: boolean): string[] {
  return config.barrierIds.filter((id) => barrierById.has(id) && (consented || !isSensitiveBarrier(id)));
}

export function contactOf(serviceId: string): ServiceContact | null {
  const s = serviceById.get(serviceId);
  if (!s) return null;
  return {
    id: s.id,
    name: s.name,
    what: s.what,
    howToReach: s.howToReach,
    ...(s.phone !== undefined && { phone: s.phone }),
    ...(s.url !== undefined && { url: s.url }),
  };
}

// Stored values were checked on the way in; these guards only keep a view from trusting a row blindly.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
function asRating(v: unknown): BarrierRating | null {
  if (!isRecord(v)) return null;
  if (v.notMe === true) return { notMe: true };
  const level = v.level;
  return level === 0 || level === 1 || level === 2 || level === 3 ? { level } : null;
}
function asPlan(v: unknown): BarrierPlan | null {
  if (!isRecord(v)) return null;
  const { strategies, own, services, ifThen } = v;
  if (!Array.isArray(strategies) || !strategies.every((i) => Number.isInteger(i))) return null;
  if (!Array.isArray(services) || !services.every((s) => typeof s === 'string')) return null;
  if (typeof own !== 'string' || typeof ifThen !== 'string') return null;
  const cut = (s: string) => s.slice(0, PLAN_TEXT_MAX_LENGTH);
  return {
    strategies: strategies as number[],
    own: cut(own),
    services: services as string[],
    ifThen: cut(ifThen),
  };
}

/** One member's own barrier-map answers, by barrier id. */
export interface OwnAnswers {
  ratings: Map<string, BarrierRating>;
  plans: Map<string, BarrierPlan>;
  rehearsed: Set<string>;
}

/**
 * Reads `memberId`'s own answers (subject null) among `records`, for the barriers in `offered` only.
 * Everything else — another member's row, an answer about someone, a barrier not offered (a sensitive
 * one without consent) — is left out here, so no view built on it can show it.
 */
export function ownAnswers(
  records: readonly MemberAnswerRecord[],
  memberId: string,
  offered: readonly string[],
): OwnAnswers {
  const allowed = new Set(offered);
  const own: OwnAnswers = { ratings: new Map(), plans: new Map(), rehearsed: new Set() };
  for (const r of records) {
    if (r.memberId !== memberId || r.subjectMemberId !== null) continue;
    const item = parseItemKey(r.itemKey);
    if (!item || !allowed.has(item.barrierId)) continue;
    if (item.kind === 'barrier') {
      const rating = asRating(r.value);
      if (rating) own.ratings.set(item.barrierId, rating);
    } else if (item.kind === 'plan') {
      const plan = asPlan(r.value);
      if (plan) own.plans.set(item.barrierId, plan);
    } else if (isRecord(r.value) && r.value.done === true) {
      own.rehearsed.add(item.barrierId);
    }
  }
  return own;
}

/** Barriers rated ≥ 1, highest first; equal levels in the config's order. */
export function ranked(config: BarrierMapConfig, ratings: ReadonlyMap<string, BarrierRating>): string[] {
  return config.barrierIds
    .map((id, order) => ({ id, order, level: levelOf(ratings.get(id)) }))
    .filter((b) => b.level >= 1)
    .sort((a, b) => b.level - a.level || a.order - b.order)
    .map((b) => b.id);
}

/**
 * A plan is allowed for a barrier rated ≥ 1 that is among the member's top `planCount` by level. With
 * ties any of the tied barriers counts as top (fewer than `planCount` others rated strictly higher):
 * the member, not the list order, decides which of two equal barriers to work on.
 */
export function planEligible(
  config: BarrierMapConfig,
  ratings: ReadonlyMap<string, BarrierRating>,
  barrierId: string,
): boolean {
  const level = levelOf(ratings.get(barrierId));
  if (level < 1) return false;
  const higher = config.barrierIds.filter((id) => levelOf(ratings.get(id)) > level).length;
  return higher < config.planCount;
}

/**
 * The barriers the member plans for, at most `planCount`, in ranking order: eligible barriers that
 * already have a plan first (a plan for one of two tied barriers keeps its place), then the ranking.
 */
export function topBarriers(
  config: BarrierMapConfig,
  ratings: ReadonlyMap<string, BarrierRating>,
  plans: ReadonlyMap<string, BarrierPlan>,
): string[] {
  const order = ranked(config, ratings);
  const planned = order.filter((id) => plans.has(id) && planEligible(config, ratings, id));
  const rest = order.filter((id) => !planned.includes(id));
  const chosen = new Set([...planned, ...rest].slice(0, config.planCount));
  return order.filter((id) => chosen.has(id));
}

/** How many eligible barriers other than `except` already have a plan: a new plan must stay within planCount. */
export function eligiblePlansBesides(config: BarrierMapConfig, own: OwnAnswers, except: string): number {
  return [...own.plans.keys()].filter((id) => id !== except && planEligible(config, own.ratings, id)).length;
}
