import type { Strings } from '../common/i18n.js';
import { adminStrings } from './facilitator/admin.js';
import { agendaStrings } from './facilitator/agenda.js';
import { assessmentsStrings } from './facilitator/assessments.js';
import { consoleStrings } from './facilitator/console.js';
import { counselingStrings } from './facilitator/counseling.js';
import { exportsStrings } from './facilitator/exports.js';
import { followUpStrings } from './facilitator/follow-up.js';
import { printStrings } from './facilitator/print.js';
import { programsStrings } from './facilitator/programs.js';
import { reportsStrings } from './facilitator/reports.js';
import { rosterStrings } from './facilitator/roster.js';
import { runStrings } from './facilitator/run.js';
import { satisfactionStrings } from './facilitator/satisfaction.js';
import { shellStrings } from './facilitator/shell.js';
import { wavesStrings } from './facilitator/waves.js';
import { testimonialsStrings } from './facilitator/testimonials.js';

/** The facilitator's laptop: sign-in, home, programs (agenda, roster, intake, before/after, satisfaction, follow-up), center admin, account, quick sessions, the console. */
const parts: Strings[] = [
  shellStrings,
  programsStrings,
  agendaStrings,
  rosterStrings,
  adminStrings,
  consoleStrings,
  runStrings,
  counselingStrings,
  followUpStrings,
  assessmentsStrings,
  exportsStrings,
  printStrings,
  wavesStrings,
  satisfactionStrings,
  reportsStrings,
  testimonialsStrings,
];

/** The parts share no top-level namespace, so a shallow merge per language is the whole bundle. */
export const facilitatorStrings: Strings = {
  ko: Object.assign({}, ...parts.map((part) => part.ko)) as Record<string, unknown>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<string, unknown>,
};
