import type { ComponentType } from 'react';
import type { CounselingType } from '../../../shared/activities/counseling-module.js';
import type { CounselingAnswerRow } from '../../../shared/protocol/views.js';
import { ActionPlanConsoleWork } from './action-plan/ConsoleWork.js';

/**
 * What the console shows of a counseling type beyond what every type has (phases, progress, the
 * picture, notes through the shared module's `notes`). The console is one bundle, so these are
 * plain imports; the phone's chunks stay in registry-counseling.ts.
 */
export interface CounselingConsoleParts {
  /** One member's own work, read beside a comment box for that member; absent: the type takes no comments. */
  MemberWork?: ComponentType<{ rows: readonly CounselingAnswerRow[] }>;
}

export const consoleParts: { [T in CounselingType]: CounselingConsoleParts } = {
  'action-plan': { MemberWork: ActionPlanConsoleWork },
  'strength-cards': {},
  'barrier-map': {},
  'mock-interview': {},
  // Opened by the plan: the console's 평가 panel shows its waves, never a member's answers.
  instrument: {},
};
