import { engineDraftOf } from '../activities/registry.js';
import { isEngineType } from '../activities/types.js';
import type { ActivityDraft } from '../protocol/schemas.js';
import type { AgendaModule } from './schemas.js';

/**
 * How many of a day's activities run on phones: what starting the day puts into its live session,
 * which holds at most `MAX_ACTIVITIES_PER_SESSION` (the program schema and the day start check it).
 */
export function phoneActivityCount(modules: readonly AgendaModule[]): number {
  return modules.reduce((sum, m) => sum + m.activities.filter((a) => isEngineType(a.type)).length, 0);
}

/** A draft the day start makes of one agenda line, linked to it by the line's key. */
export type DayActivityDraft = ActivityDraft & { agendaKey: string };

/**
 * The live session's activities for one program day: every agenda activity the engine can run on
 * phones, in agenda order, as drafts the facilitator can still edit before opening them. Each opens
 * with the config its line carries (a library activity's), else what its module reads from its
 * words; the module decides, so nothing here switches on a type. Counseling activities without an
 * engine module yet (strength cards, barrier map…) stay facilitator-led and are not put on phones.
 * Each draft carries its line's key, stored with the activity: the console finds the line's
 * activity by it, whatever the facilitator renames.
 */
export function dayActivityDrafts(modules: readonly AgendaModule[]): DayActivityDraft[] {
  return modules.flatMap((module) =>
    module.activities.flatMap((activity) =>
      isEngineType(activity.type)
        ? [
            {
              ...(engineDraftOf(activity.type, activity.title, activity.config) as ActivityDraft),
              agendaKey: activity.key,
            },
          ]
        : [],
    ),
  );
}
