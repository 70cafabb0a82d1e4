import { activityModules } from '../../../shared/activities/registry.js';
import type { ActivityType } from '../../../shared/activities/types.js';
import type { Lang } from '../../../shared/i18n/text.js';
import { ACTIVITY_TITLE_MAX_LENGTH } from '../../../shared/protocol/limits.js';
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

export const typeName = (type: ActivityType, lang: Lang): string => activityModules[type].name[lang];
