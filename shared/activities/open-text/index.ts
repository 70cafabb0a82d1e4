import { z } from 'zod';
import { text } from '../../protocol/text.js';
import type { ActivityModule } from '../module.js';
import { visible } from '../module.js';
import { audienceOf, visibilitySchema } from '../visibility.js';

export const OPEN_TEXT_MAX_LENGTH = 500;

export const openTextConfigSchema = z.object({
  maxLength: z.number().int().min(10).max(OPEN_TEXT_MAX_LENGTH),
  /** Anonymous: not even the facilitator's list links an entry to a nickname. */
  anonymous: z.boolean(),
  visibility: visibilitySchema,
});
export type OpenTextConfig = z.infer<typeof openTextConfigSchema>;
export type OpenTextAnswer = { text: string };

export interface OpenTextSummary {
  kind: 'entries';
  respondents: number;
  entries: { answerId: string; text: string; author: string | null }[];
}

export const openText: ActivityModule<OpenTextConfig, OpenTextAnswer, OpenTextSummary> = {
  type: 'open-text',
  name: { ko: '자유 응답', en: 'Open text' },
  configSchema: openTextConfigSchema,
  answerSchema: (config) => z.object({ text: text().trim().min(1).max(config.maxLength) }),
  defaultConfig: () => ({ maxLength: 200, anonymous: true }),
  hidesAuthors: (config) => config.anonymous,
  resultsAudience: audienceOf,
  namesApply: (config) => !config.anonymous,
  reviewedInProgramDay: true,
  summarize: (config, answers, options) => {
    const shown = visible(answers);
    return {
      kind: 'entries',
      respondents: shown.length,
      entries: shown.map((a) => ({
        answerId: a.answerId,
        text: a.value.text,
        author: options.withNames && !config.anonymous ? a.nickname : null,
      })),
    };
  },
};
