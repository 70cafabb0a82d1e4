import { activityDefinitionSchema, activityModules } from '../activities/registry.js';
import { ACTIVITY_TYPES, type ActivityType } from '../activities/types.js';
import { defaultOptions } from '../activities/choice.js';
import type { ActivityDraft } from '../protocol/schemas.js';
import type { AgendaModule } from './schemas.js';

const MAX_OPTIONS = 12;

const isEngineType = (type: string): type is ActivityType =>
  (ACTIVITY_TYPES as readonly string[]).includes(type);

/**
 * The library writes a poll's choices at the end of its prompt, "… (a / b / c)". They become the
 * poll's options and leave the title; a prompt without them keeps the type's default options.
 */
export function splitChoices(prompt: string): { title: string; choices: string[] } {
  const match = /\s*\(([^()]+)\)\s*$/u.exec(prompt);
  const choices =
    match?.[1]
      ?.split('/')
      .map((c) => c.trim())
      .filter(Boolean) ?? [];
  if (!match || choices.length < 2 || choices.length > MAX_OPTIONS) return { title: prompt, choices: [] };
  return { title: prompt.slice(0, match.index).trim() || prompt, choices };
}

/**
 * How many of a day's activities run on phones: what starting the day puts into its live session,
 * which holds at most `MAX_ACTIVITIES_PER_SESSION` (the program schema and the day start check it).
 */
export function phoneActivityCount(modules: readonly AgendaModule[]): number {
  return modules.reduce((sum, m) => sum + m.activities.filter((a) => isEngineType(a.type)).length, 0);
}

/**
 * The live session's activities for one program day: every agenda activity the engine can run on
 * phones, in agenda order, as drafts the facilitator can still edit before opening them. Counseling
 * activities without an engine module yet (strength cards, barrier map…) stay facilitator-led and
 * are not put on phones.
 */
export function dayActivityDrafts(modules: readonly AgendaModule[]): ActivityDraft[] {
  const drafts: ActivityDraft[] = [];
  for (const module of modules) {
    for (const activity of module.activities) {
      if (!isEngineType(activity.type)) continue;
      const type = activity.type;
      let title = activity.title;
      let config: unknown = activityModules[type].defaultConfig();
      if (type === 'poll-single' || type === 'poll-multi') {
        const split = splitChoices(activity.title);
        if (split.choices.length >= 2) {
          title = split.title;
          const options = defaultOptions(split.choices);
          config = type === 'poll-single' ? { options } : { options, maxPicks: options.length };
        }
      }
      // Parsed, so a library prompt that does not fit the engine's limits is caught here, not on a phone.
      const parsed = activityDefinitionSchema.safeParse({ type, config });
      // Refused choices fall back to the default options; the title then keeps them, so none are lost.
      drafts.push(
        (parsed.success
          ? { title, ...parsed.data }
          : { title: activity.title, type, config: activityModules[type].defaultConfig() }) as ActivityDraft,
      );
    }
  }
  return drafts;
}
