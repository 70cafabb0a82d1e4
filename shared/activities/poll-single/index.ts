import { z } from 'zod';
import { text } from '../../protocol/text.js';
import type { ActivityModule } from '../module.js';
import { visible } from '../module.js';
import { countChoices, defaultOptions, optionsSchema, splitChoices, type ChoiceSummary } from '../choice.js';

export const pollSingleConfigSchema = z.object({ options: optionsSchema });
export type PollSingleConfig = z.infer<typeof pollSingleConfigSchema>;
export type PollSingleAnswer = { optionId: string };

export const pollSingle: ActivityModule<PollSingleConfig, PollSingleAnswer, ChoiceSummary> = {
  type: 'poll-single',
  name: { ko: '단일 선택 투표', en: 'Single-choice poll' },
  configSchema: pollSingleConfigSchema,
  answerSchema: (config) => {
    const ids = new Set(config.options.map((o) => o.id));
    return z.object({ optionId: text().refine((id) => ids.has(id), 'unknown option') });
  },
  defaultConfig: () => ({ options: defaultOptions(['예', '아니오']) }),
  configFromPrompt: (prompt) => {
    const split = splitChoices(prompt);
    return split && { title: split.title, config: { options: defaultOptions(split.choices) } };
  },
  summarize: (config, answers) =>
    countChoices(
      config.options,
      visible(answers).map((a) => [a.value.optionId]),
    ),
};
