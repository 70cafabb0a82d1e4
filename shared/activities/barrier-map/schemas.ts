import { z } from 'zod';
import { text } from '../../protocol/text.js';
import { ALL_BARRIER_IDS, barrierOf, isKnownService } from './rules.js';
import {
  PLAN_COUNT_MAX,
  PLAN_COUNT_MIN,
  PLAN_SERVICES_MAX,
  PLAN_TEXT_MAX_LENGTH,
  type BarrierMapConfig,
  type BarrierPlan,
  type BarrierRating,
  type Rehearsed,
} from './types.js';

const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

export const barrierMapConfigSchema: z.ZodType<BarrierMapConfig> = z.strictObject({
  barrierIds: z
    .array(text())
    .min(1)
    .max(ALL_BARRIER_IDS.length)
    .refine((ids) => ids.every((id) => ALL_BARRIER_IDS.includes(id)), 'unknown barrier id')
    .refine(unique, 'a barrier is listed twice'),
  planCount: z.number().int().min(PLAN_COUNT_MIN).max(PLAN_COUNT_MAX),
});

export const ratingSchema: z.ZodType<BarrierRating> = z.union([
  z.strictObject({ level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]) }),
  z.strictObject({ notMe: z.literal(true) }),
]);

/** A plan for one barrier: its own strategies by index, any support service, two short lines. */
export function planSchema(barrierId: string): z.ZodType<BarrierPlan> {
  const strategyCount = barrierOf(barrierId)?.copingStrategies.length ?? 0;
  return z.strictObject({
    strategies: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(strategyCount - 1),
      )
      .max(strategyCount)
      .refine(unique, 'a strategy is chosen twice'),
    own: text().trim().max(PLAN_TEXT_MAX_LENGTH),
    services: z
      .array(text())
      .max(PLAN_SERVICES_MAX)
      .refine((ids) => ids.every(isKnownService), 'unknown support service')
      .refine(unique, 'a service is chosen twice'),
    ifThen: text().trim().max(PLAN_TEXT_MAX_LENGTH),
  });
}

export const rehearsedSchema: z.ZodType<Rehearsed> = z.strictObject({ done: z.boolean() });
