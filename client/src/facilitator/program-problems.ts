import type { z } from 'zod';
import { updateProgramBodySchema } from '../../../shared/program/schemas.js';
import type { TFn } from '../common/i18n.js';
import { bodyOf, type ProgramDraft } from './program-draft.js';

/**
 * What the server would refuse in a draft, said in words before anything is sent: the facilitator bundle
 * parses the draft with the same zod schema the server uses.
 */
export function programProblems(draft: ProgramDraft, t: TFn): string[] {
  const parsed = updateProgramBodySchema.safeParse(bodyOf(draft, 1));
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => describe(issue, t)))];
}

function describe(issue: z.core.$ZodIssue, t: TFn): string {
  const [top, dayIndex, inDay, moduleIndex, inModule, activityIndex, field] = issue.path;
  if (top === 'title') return t('problem.title');
  if (top === 'group') return t('problem.group');
  if (top === 'facilitatorIds') return t('problem.facilitators');
  if (top !== 'days') return t('problem.other');
  if (typeof dayIndex !== 'number')
    return issue.code === 'custom' ? t('problem.sameDate') : t('problem.days');
  const day = dayIndex + 1;
  if (inDay === 'date') return t('problem.date', { day });
  if (inDay === 'startTime' || inDay === 'endTime') return t('problem.time', { day });
  if (inDay !== 'modules') return t('problem.other');
  if (typeof moduleIndex !== 'number') return t('problem.modules', { day });
  const module = moduleIndex + 1;
  if (inModule === 'title') return t('problem.moduleTitle', { day, module });
  if (inModule === 'minutes') return t('problem.moduleMinutes', { day, module });
  if (inModule !== 'activities' || typeof activityIndex !== 'number') return t('problem.modules', { day });
  const activity = activityIndex + 1;
  if (field === 'title') return t('problem.activityTitle', { day, module, activity });
  if (field === 'key') return t('problem.agendaKey', { day, module, activity });
  return t('problem.activityMinutes', { day, module, activity });
}
