import type { ScaleConfig } from '../../../../shared/activities/scale/index.js';

/**
 * Same as shared `scaleSteps`; kept here because importing a value from the shared scale module
 * would pull zod into the phone bundle.
 */
export function steps(config: Pick<ScaleConfig, 'min' | 'max'>): number[] {
  return Array.from({ length: Math.max(0, config.max - config.min + 1) }, (_, i) => config.min + i);
}
