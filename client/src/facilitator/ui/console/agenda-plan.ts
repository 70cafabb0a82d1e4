import { minutesOfTime } from '../../../../../shared/program/dates.js';
import type { AgendaActivity, AgendaModule } from '../../../../../shared/program/schemas.js';
import type { ProgramDayView } from '../../../../../shared/program/views.js';
import type { ActivityView } from '../../../../../shared/protocol/views.js';

/** A break of at least this many minutes is shown in the plan (the rest is slack). */
const MIN_BREAK = 30;
/** The break (lunch) goes before the first module that would start at or after noon. */
const NOON = 12 * 60;

export const clock = (minutes: number): string => {
  const m = Math.max(0, Math.min(minutes, 24 * 60 - 1));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export type PlanRow =
  | { kind: 'module'; module: AgendaModule; number: number; start: string; end: string }
  | { kind: 'break'; start: string; end: string; minutes: number };

/**
 * The day as clock times: modules back to back from the day's start. A day whose span is longer than
 * its modules (a template adds lunch to long days) gets one break before the first module at noon or later.
 */
export function dayPlan(day: Pick<ProgramDayView, 'startTime' | 'endTime' | 'modules'>): PlanRow[] {
  const planned = day.modules.reduce((sum, m) => sum + m.minutes, 0);
  const spare = minutesOfTime(day.endTime) - minutesOfTime(day.startTime) - planned;
  let breakLeft = spare >= MIN_BREAK ? spare : 0;
  let at = minutesOfTime(day.startTime);
  const rows: PlanRow[] = [];
  day.modules.forEach((module, index) => {
    if (breakLeft > 0 && index > 0 && at >= NOON) {
      rows.push({ kind: 'break', start: clock(at), end: clock(at + breakLeft), minutes: breakLeft });
      at += breakLeft;
      breakLeft = 0;
    }
    rows.push({
      kind: 'module',
      module,
      number: index + 1,
      start: clock(at),
      end: clock(at + module.minutes),
    });
    at += module.minutes;
  });
  return rows;
}

/**
 * The live activity of each agenda line, keyed by the line's key: the one the day start linked to it
 * (`agendaKey`), whatever the facilitator renamed or retyped since. An activity added by hand, or
 * linked to a line no longer in this day's agenda, stands for no line.
 */
export function liveActivitiesByLine(
  modules: readonly AgendaModule[],
  live: readonly ActivityView[],
): Map<string, ActivityView> {
  const lines = new Set(modules.flatMap((m) => m.activities.map((a) => a.key)));
  const matches = new Map<string, ActivityView>();
  for (const activity of live) {
    if (activity.agendaKey !== null && lines.has(activity.agendaKey))
      matches.set(activity.agendaKey, activity);
  }
  return matches;
}

/** Each activity's planned clock time inside its module: back to back from the module's start. */
export function activityStarts(moduleStart: string, activities: readonly AgendaActivity[]): string[] {
  let at = minutesOfTime(moduleStart);
  return activities.map((activity) => {
    const start = clock(at);
    at += activity.minutes;
    return start;
  });
}

/** The planned minutes of the agenda activity a live activity was made from (null if none). */
export function plannedMinutesOf(
  modules: readonly AgendaModule[],
  matches: ReadonlyMap<string, ActivityView>,
  activityId: string | null,
): number | null {
  if (!activityId) return null;
  for (const module of modules)
    for (const activity of module.activities)
      if (matches.get(activity.key)?.id === activityId) return activity.minutes;
  return null;
}
