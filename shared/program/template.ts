import { lineConfig } from '../content/engine-config.js';
import type { Module, Program } from '../content/schema.js';
import { consecutiveWeekdays, minutesOfTime } from './dates.js';
import { newKey } from './keys.js';
import type { AgendaModule, CreateProgramBody, ProgramDayInput } from './schemas.js';

export const DEFAULT_START_TIME = '09:30';
/** A lunch break is added to the day's span once the day runs longer than this. */
const LUNCH_AFTER_MIN = 4 * 60;
const LUNCH_MIN = 60;

/** A library module as an agenda item: its activities share its minutes, in 5-minute steps. */
export function agendaModuleFrom(module: Module): AgendaModule {
  const each = Math.floor(module.durationMinutes / module.activities.length / 5) * 5;
  return {
    key: newKey(),
    moduleId: module.id,
    title: module.title.ko,
    minutes: module.durationMinutes,
    activities: module.activities.map((a) => ({
      key: newKey(),
      type: a.type,
      title: a.prompt.ko.slice(0, 200),
      minutes: each,
      ...(a.instrumentId ? { instrumentId: a.instrumentId } : {}),
      // Agendas are written in Korean (titles above); the phones open with the Korean config,
      // carrying the prompt's visibility flag.
      ...(a.engine !== undefined ? { config: lineConfig(a, 'ko') } : {}),
    })),
  };
}

export function plannedMinutes(modules: readonly { minutes: number }[]): number {
  return modules.reduce((sum, m) => sum + m.minutes, 0);
}

/** The end of a day starting at `start` that holds `minutes` of program (plus lunch on long days). */
export function endTimeFor(start: string, minutes: number): string {
  const total = minutesOfTime(start) + minutes + (minutes > LUNCH_AFTER_MIN ? LUNCH_MIN : 0);
  const capped = Math.min(total, 23 * 60 + 59);
  return `${String(Math.floor(capped / 60)).padStart(2, '0')}:${String(capped % 60).padStart(2, '0')}`;
}

/**
 * A new program from a catalog template: the template's days on consecutive weekdays from `firstDate`,
 * each day its modules with their planned minutes. Everything stays editable afterwards.
 */
export function programFromTemplate(input: {
  template: Program;
  modules: ReadonlyMap<string, Module>;
  trackId: string | null;
  firstDate: string;
  facilitatorIds: string[];
  startTime?: string;
}): CreateProgramBody {
  const { template } = input;
  const start = input.startTime ?? DEFAULT_START_TIME;
  const dates = consecutiveWeekdays(input.firstDate, template.agenda.days.length);
  const days: ProgramDayInput[] = template.agenda.days.map((day, i) => {
    const modules = day.moduleIds.flatMap((id) => {
      const m = input.modules.get(id);
      return m ? [agendaModuleFrom(m)] : [];
    });
    return {
      date: dates[i] as string,
      startTime: start,
      endTime: endTimeFor(start, plannedMinutes(modules)),
      modules,
    };
  });
  const track = template.tracks.find((t) => t.id === input.trackId);
  return {
    title: track ? `${template.name.ko} · ${track.name.ko}` : template.name.ko,
    group: template.target.ko.slice(0, 40),
    facilitatorIds: input.facilitatorIds,
    days,
    templateId: template.id,
    trackId: track ? track.id : null,
  };
}
