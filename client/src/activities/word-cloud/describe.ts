import type { WordCloudAnswer } from '../../../../shared/activities/word-cloud/index.js';

export const describe = (_config: unknown, value: WordCloudAnswer): string => value.words.join(', ');
