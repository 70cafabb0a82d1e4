import { z } from 'zod';
import type { ResultsAudience } from './module.js';

/**
 * Who may see the entries of an activity that carries free text. 'room' (the default, also when
 * absent) is today's behaviour; 'facilitator' keeps entries off the projector and the phones (a
 * reveal is refused); 'self' also keeps them from the console, which sees how many answered, so
 * only each author's own phone has their answer ("이름은 본인만 봅니다" keeps its promise).
 * Part of the config, so it is locked with the config once anyone answered.
 */
export const visibilitySchema = z.enum(['room', 'facilitator', 'self']).optional();

export function audienceOf(config: { visibility?: ResultsAudience | undefined }): ResultsAudience {
  return config.visibility ?? 'room';
}
