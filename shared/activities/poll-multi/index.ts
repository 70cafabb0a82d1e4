import { z } from 'zod';
import { text } from '../../protocol/text.js';
import type { ActivityModule } from '../module.js';
import { visible } from '../module.js';
import { countChoices, defaultOptions, optionsSchema, splitChoices, type ChoiceSummary } from '../choice.js';

export const pollMultiConfigSchema = z
  .object({ options: optionsSchema, maxPicks: z.number().int().min(1).max(12) })
  .refine((c) => c.maxPicks <= c.options.length, { message: 'maxPicks exceeds the number of options' });
export type PollMultiConfig = z.infer<typeof pollMultiConfigSchema>;
export type PollMultiAnswer = { optionIds: string[] };

export const pollMulti: ActivityModule<PollMultiConfig, PollMultiAnswer, ChoiceSummary> = {
  type: 'poll-multi',
  name: { ko: '복수 선택 투표', en: 'Multiple-choice poll' },
  configSchema: pollMultiConfigSchema,
  answerSchema: (config) => {
    const ids = new Set(config.options.map((o) => o.id));
    return z.object({
      optionIds: z
        .array(text().refine((id) => ids.has(id), 'unknown option'))
        .min(1)
        .max(config.maxPicks)
        .refine((picked) => new Set(picked).size === picked.length, 'duplicate option'),
    });
  },
  defaultConfig: () => ({ options: defaultOptions(['선택지 1', '선택지 2', '선택지 3']), maxPicks: 2 }),
  // A line that lists its choices says nothing of how many to pick: all of them may be picked.
  configFromPrompt: (prompt) => {
    const split = splitChoices(prompt);
    const options = split && defaultOptions(split.choices);
    return split && options && { title: split.title, config: { options, maxPicks: options.length } };
  },
  summarize: (config, answers) =>
    countChoices(
      config.options,
      visible(answers).map((a) => a.value.optionIds),
    ),
};
