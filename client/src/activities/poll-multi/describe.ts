import type { PollMultiAnswer, PollMultiConfig } from '../../../../shared/activities/poll-multi/index.js';

export const describe = (config: PollMultiConfig, value: PollMultiAnswer): string =>
  value.optionIds.map((id) => config.options.find((o) => o.id === id)?.label ?? id).join(', ');
