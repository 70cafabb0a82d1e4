import type { PollSingleAnswer, PollSingleConfig } from '../../../../shared/activities/poll-single/index.js';

export const describe = (config: PollSingleConfig, value: PollSingleAnswer): string =>
  config.options.find((o) => o.id === value.optionId)?.label ?? value.optionId;
