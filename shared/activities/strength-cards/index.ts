import type { LineOpenedModule } from '../counseling-module.js';
import { checkAnswer } from './check.js';
import { groupPicture, progress } from './picture.js';
import { describeNote } from './records.js';
import { reportSection } from './report.js';
import { PHASES, defaultConfig, strengthCardsConfigSchema } from './schemas.js';
import type { StrengthCardsConfig, StrengthCardsPersonal } from './types.js';
import { personalView } from './views.js';

export type * from './types.js';
export { ROOM_SCOPE_MAX_MEMBERS, cardKey, pickKey, EXAMPLE_KEY } from './schemas.js';
export type { StrengthProgressContext } from './picture.js';

/**
 * 강점 찾기: each member sorts the strength deck (picks up to N, ranks a top 1–3, an optional example
 * for the top card), then gives peers cards with a short note. Live; phases sort → feedback.
 */
export const strengthCards: LineOpenedModule<StrengthCardsConfig, StrengthCardsPersonal> = {
  type: 'strength-cards',
  name: { ko: '강점 찾기', en: 'Strength cards' },
  openedBy: 'line',
  pace: 'live',
  configSchema: strengthCardsConfigSchema,
  defaultConfig,
  phases: PHASES,
  checkAnswer,
  personalView,
  groupPicture,
  progress,
  reportSection,
  notes: { describe: describeNote },
};
