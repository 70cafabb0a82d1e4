import type { ScaleAnswer } from '../../../../shared/activities/scale/index.js';

export const describe = (_config: unknown, value: ScaleAnswer): string => String(value.value);
