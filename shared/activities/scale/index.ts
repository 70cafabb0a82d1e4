import { z } from 'zod';
import { text } from '../../protocol/text.js';
import type { ActivityModule } from '../module.js';
import { visible } from '../module.js';

import { SCALE_MAX_STEPS, scaleSteps } from './steps.js';

export { SCALE_MAX_STEPS, scaleSteps };

export const scaleConfigSchema = z
  .object({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(10),
    minLabel: text().trim().max(40),
    maxLabel: text().trim().max(40),
  })
  .refine((c) => c.max > c.min && c.max - c.min + 1 <= SCALE_MAX_STEPS, {
    message: 'max must be above min, at most 11 steps',
  });
export type ScaleConfig = z.infer<typeof scaleConfigSchema>;
export type ScaleAnswer = { value: number };

export interface ScaleSummary {
  kind: 'scale';
  respondents: number;
  distribution: { value: number; count: number }[];
  /** null when nobody has answered. */
  mean: number | null;
}

export const scale: ActivityModule<ScaleConfig, ScaleAnswer, ScaleSummary> = {
  type: 'scale',
  name: { ko: '척도', en: 'Scale' },
  configSchema: scaleConfigSchema,
  answerSchema: (config) => z.object({ value: z.number().int().min(config.min).max(config.max) }),
  defaultConfig: () => ({ min: 1, max: 5, minLabel: '전혀 아니다', maxLabel: '매우 그렇다' }),
  summarize: (config, answers) => {
    const values = visible(answers).map((a) => a.value.value);
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const total = values.reduce((sum, v) => sum + v, 0);
    return {
      kind: 'scale',
      respondents: values.length,
      distribution: scaleSteps(config).map((value) => ({ value, count: counts.get(value) ?? 0 })),
      mean: values.length === 0 ? null : total / values.length,
    };
  },
};
