import { activityModules } from '../../../shared/activities/registry.js';
import type { ActivityType } from '../../../shared/activities/types.js';
import type { Lang } from '../../../shared/i18n/text.js';
import { ACTIVITY_TITLE_MAX_LENGTH } from '../../../shared/protocol/limits.js';
import {
  fieldProblems,
  NO_PROBLEMS,
  type FieldProblem,
  type FieldProblems,
} from '../activities/common/field-problems.js';
import type { ActivityDraft } from './api.js';

/** The facilitator bundle may use the shared zod schemas: a form never allows what the server refuses. */
export function newDraft(type: ActivityType = 'poll-single', title = ''): ActivityDraft {
  return { type, title, config: activityModules[type].defaultConfig() };
}

export type DraftProblem = 'title' | 'config' | null;

export function draftProblem(draft: ActivityDraft): DraftProblem {
  const title = draft.title.trim();
  if (title.length === 0 || title.length > ACTIVITY_TITLE_MAX_LENGTH) return 'title';
  return activityModules[draft.type].configSchema.safeParse(draft.config).success ? null : 'config';
}

/**
 * Each problem next to its field: the title, and the config's problems by field (empty until
 * `show`, so nothing turns red while the facilitator is still typing).
 */
export function draftFieldProblems(
  draft: ActivityDraft,
  show: boolean,
): { title: FieldProblem | undefined; config: FieldProblems } {
  if (!show) return { title: undefined, config: NO_PROBLEMS };
  return {
    title: draftProblem(draft) === 'title' ? { key: 'editor.problem.title' } : undefined,
    config: fieldProblems(activityModules[draft.type].configSchema, draft.config),
  };
}

/** How many fields of a draft need fixing (for the form's summary). */
export function draftProblemCount(draft: ActivityDraft): number {
  const { title, config } = draftFieldProblems(draft, true);
  return (title ? 1 : 0) + config.size;
}

export const typeName = (type: ActivityType, lang: Lang): string => activityModules[type].name[lang];
