/** zod-free, so the phone bundle can use it without pulling in the schemas. */
export const SCALE_MAX_STEPS = 11;

export function scaleSteps(config: { min: number; max: number }): number[] {
  return Array.from({ length: Math.max(0, config.max - config.min + 1) }, (_, i) => config.min + i);
}
