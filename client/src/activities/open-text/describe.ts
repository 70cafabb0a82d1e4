import type { OpenTextAnswer } from '../../../../shared/activities/open-text/index.js';

export const describe = (_config: unknown, value: OpenTextAnswer): string => value.text;
