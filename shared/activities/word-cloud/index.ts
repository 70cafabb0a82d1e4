import { z } from 'zod';
import { text } from '../../protocol/text.js';
import type { ActivityModule } from '../module.js';
import { visible } from '../module.js';
import { audienceOf, visibilitySchema } from '../visibility.js';
import { normalizeWord } from './normalize.js';

import { WORD_CLOUD_TOP, WORD_MAX_LENGTH } from './limits.js';

export { WORD_CLOUD_TOP, WORD_MAX_LENGTH };

export const wordCloudConfigSchema = z.object({
  maxWords: z.number().int().min(1).max(5),
  visibility: visibilitySchema,
});
export type WordCloudConfig = z.infer<typeof wordCloudConfigSchema>;
export type WordCloudAnswer = { words: string[] };

export interface WordCloudSummary {
  kind: 'words';
  respondents: number;
  words: { word: string; count: number }[];
}

export const wordCloud: ActivityModule<WordCloudConfig, WordCloudAnswer, WordCloudSummary> = {
  type: 'word-cloud',
  name: { ko: '워드 클라우드', en: 'Word cloud' },
  configSchema: wordCloudConfigSchema,
  answerSchema: (config) =>
    z.object({
      words: z
        .array(text().max(WORD_MAX_LENGTH))
        .min(1)
        .max(config.maxWords)
        .transform((words) => words.map(normalizeWord).filter((w) => w.length > 0))
        .refine((words) => words.length > 0, 'no word left after normalising'),
    }),
  defaultConfig: () => ({ maxWords: 3 }),
  resultsAudience: audienceOf,
  summarize: (_config, answers) => {
    const shown = visible(answers);
    const counts = new Map<string, number>();
    for (const answer of shown) {
      // One person typing the same word twice counts once.
      for (const word of new Set(answer.value.words.map(normalizeWord))) {
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const words = [...counts]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'ko'))
      .slice(0, WORD_CLOUD_TOP);
    return { kind: 'words', respondents: shown.length, words };
  },
};
