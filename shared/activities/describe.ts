import type { ActivityType, ActivityTypeMap } from './types.js';

type Describers = {
  [T in ActivityType]: (config: ActivityTypeMap[T]['config'], value: ActivityTypeMap[T]['answer']) => string;
};

/**
 * One answer as plain text, for the console's answer list and the CSV export. zod-free and pure,
 * so the facilitator bundle and the server share it; the mapped type refuses a type without one.
 */
export const ANSWER_DESCRIBERS: Describers = {
  'poll-single': (config, value) =>
    config.options.find((o) => o.id === value.optionId)?.label ?? value.optionId,
  'poll-multi': (config, value) =>
    value.optionIds.map((id) => config.options.find((o) => o.id === id)?.label ?? id).join(', '),
  scale: (_config, value) => String(value.value),
  'open-text': (_config, value) => value.text,
  'word-cloud': (_config, value) => value.words.join(', '),
};

export function describeAnswerText(type: ActivityType, config: unknown, value: unknown): string {
  const describe = ANSWER_DESCRIBERS[type] as (config: unknown, value: unknown) => string;
  return describe(config, value);
}
