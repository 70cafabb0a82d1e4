import type { Module } from '../../../shared/content/schema.js';
import { addDays, consecutiveWeekdays } from '../../../shared/program/dates.js';
import { newKey } from '../../../shared/program/keys.js';
import type {
  AgendaActivity,
  AgendaModule,
  ProgramDayInput,
  UpdateProgramBody,
} from '../../../shared/program/schemas.js';
import { agendaModuleFrom, DEFAULT_START_TIME } from '../../../shared/program/template.js';
import type { ProgramDetail } from '../../../shared/program/views.js';

/**
 * The program as the editor holds it: exactly the PUT body (title, group, facilitators, days → modules →
 * activities), plus a client key per day so React and drag-and-drop can follow a day without an id yet.
 * Every change is a pure function from draft to draft.
 */
export interface DayDraft extends ProgramDayInput {
  key: string;
}

export interface ProgramDraft {
  title: string;
  group: string;
  facilitatorIds: string[];
  days: DayDraft[];
}

/** Where a module sits: which day (by key) and its index in that day. */
export interface Spot {
  dayKey: string;
  index: number;
}

const DEFAULT_END_TIME = '12:30';

export function draftFromProgram(program: ProgramDetail): ProgramDraft {
  return {
    title: program.title,
    group: program.group,
    facilitatorIds: program.facilitators.map((f) => f.id),
    days: program.days.map((d) => ({
      key: d.id,
      id: d.id,
      date: d.date,
      startTime: d.startTime,
      endTime: d.endTime,
      modules: d.modules,
    })),
  };
}

export function bodyOf(draft: ProgramDraft, version: number): UpdateProgramBody {
  return {
    title: draft.title.trim(),
    group: draft.group.trim(),
    facilitatorIds: draft.facilitatorIds,
    version,
    days: draft.days.map(({ key: _key, ...day }) => day),
  };
}

const mapDay = (draft: ProgramDraft, dayKey: string, f: (day: DayDraft) => DayDraft): ProgramDraft => ({
  ...draft,
  days: draft.days.map((d) => (d.key === dayKey ? f(d) : d)),
});

const mapModule = (
  draft: ProgramDraft,
  dayKey: string,
  moduleKey: string,
  f: (m: AgendaModule) => AgendaModule,
): ProgramDraft =>
  mapDay(draft, dayKey, (d) => ({ ...d, modules: d.modules.map((m) => (m.key === moduleKey ? f(m) : m)) }));

export function updateDay(
  draft: ProgramDraft,
  dayKey: string,
  patch: Partial<Pick<DayDraft, 'date' | 'startTime' | 'endTime'>>,
): ProgramDraft {
  return mapDay(draft, dayKey, (d) => ({ ...d, ...patch }));
}

export function updateModule(
  draft: ProgramDraft,
  dayKey: string,
  moduleKey: string,
  patch: Partial<Pick<AgendaModule, 'title' | 'minutes'>>,
): ProgramDraft {
  return mapModule(draft, dayKey, moduleKey, (m) => ({ ...m, ...patch }));
}

export function updateActivity(
  draft: ProgramDraft,
  dayKey: string,
  moduleKey: string,
  activityKey: string,
  patch: Partial<Pick<AgendaActivity, 'title' | 'minutes'>>,
): ProgramDraft {
  return mapModule(draft, dayKey, moduleKey, (m) => ({
    ...m,
    activities: m.activities.map((a) => (a.key === activityKey ? { ...a, ...patch } : a)),
  }));
}

export function removeActivity(
  draft: ProgramDraft,
  dayKey: string,
  moduleKey: string,
  activityKey: string,
): ProgramDraft {
  return mapModule(draft, dayKey, moduleKey, (m) => ({
    ...m,
    activities: m.activities.filter((a) => a.key !== activityKey),
  }));
}

export function addModule(draft: ProgramDraft, dayKey: string, module: AgendaModule): ProgramDraft {
  return mapDay(draft, dayKey, (d) => ({ ...d, modules: [...d.modules, module] }));
}

export function moduleFromLibrary(module: Module): AgendaModule {
  return agendaModuleFrom(module);
}

export function blankModule(title: string): AgendaModule {
  return { key: newKey(), moduleId: null, title, minutes: 60, activities: [] };
}

export function removeModule(draft: ProgramDraft, dayKey: string, moduleKey: string): ProgramDraft {
  return mapDay(draft, dayKey, (d) => ({ ...d, modules: d.modules.filter((m) => m.key !== moduleKey) }));
}

/** Moves a module to `to` (within its day or into another one); `to.index` counts after removal. */
export function moveModule(draft: ProgramDraft, from: Spot, to: Spot): ProgramDraft {
  const source = draft.days.find((d) => d.key === from.dayKey);
  const moving = source?.modules[from.index];
  if (!moving) return draft;
  const days = draft.days.map((d) =>
    d.key === from.dayKey ? { ...d, modules: d.modules.filter((_, i) => i !== from.index) } : d,
  );
  return {
    ...draft,
    days: days.map((d) => {
      if (d.key !== to.dayKey) return d;
      const modules = [...d.modules];
      modules.splice(Math.max(0, Math.min(to.index, modules.length)), 0, moving);
      return { ...d, modules };
    }),
  };
}

/** The first weekday after the program's last date (or today's date when there is no day). */
export function nextDayDate(draft: ProgramDraft, today: string): string {
  const last = draft.days.reduce<string | null>(
    (max, d) => (max === null || d.date > max ? d.date : max),
    null,
  );
  return consecutiveWeekdays(last ? addDays(last, 1) : today, 1)[0] ?? today;
}

export function addDay(draft: ProgramDraft, today: string): ProgramDraft {
  const last = draft.days[draft.days.length - 1];
  const day: DayDraft = {
    key: newKey(),
    date: nextDayDate(draft, today),
    startTime: last?.startTime ?? DEFAULT_START_TIME,
    endTime: last?.endTime ?? DEFAULT_END_TIME,
    modules: [],
  };
  return { ...draft, days: [...draft.days, day] };
}

export function removeDay(draft: ProgramDraft, dayKey: string): ProgramDraft {
  return { ...draft, days: draft.days.filter((d) => d.key !== dayKey) };
}

const copyModule = (m: AgendaModule): AgendaModule => ({
  ...m,
  key: newKey(),
  activities: m.activities.map((a) => ({ ...a, key: newKey() })),
});

/** A new last day with the same times and a copy of the day's modules (new keys, no id). */
export function duplicateDay(draft: ProgramDraft, dayKey: string, today: string): ProgramDraft {
  const day = draft.days.find((d) => d.key === dayKey);
  if (!day) return draft;
  const copy: DayDraft = {
    key: newKey(),
    date: nextDayDate(draft, today),
    startTime: day.startTime,
    endTime: day.endTime,
    modules: day.modules.map(copyModule),
  };
  return { ...draft, days: [...draft.days, copy] };
}
