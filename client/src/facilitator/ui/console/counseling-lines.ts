import { isCounselingType, type CounselingType } from '../../../../../shared/activities/counseling-module.js';
import type { AgendaModule } from '../../../../../shared/program/schemas.js';
import type { CounselingConsoleView } from '../../../../../shared/protocol/views.js';

/** One counseling line of the day's agenda and the activity opened from it (null: never opened). */
export interface CounselingLine {
  key: string;
  type: CounselingType;
  title: string;
  /** The line's settings (from the library), sent with `counseling:open`; absent: the type's defaults. */
  config?: unknown;
  view: CounselingConsoleView | null;
}

/**
 * The day's counseling lines in agenda order, each with its activity found by the stored agenda key
 * (never by title: two lines may share one).
 */
export function counselingLines(
  modules: readonly AgendaModule[],
  views: readonly CounselingConsoleView[],
): CounselingLine[] {
  const byKey = new Map(views.flatMap((v) => (v.agendaKey ? [[v.agendaKey, v] as const] : [])));
  return modules.flatMap((m) =>
    m.activities.flatMap((a) => {
      const type = a.type;
      return isCounselingType(type)
        ? [{ key: a.key, type, title: a.title, config: a.config, view: byKey.get(a.key) ?? null }]
        : [];
    }),
  );
}

/** What the line's button does now: open a line never opened or closed, close a running one. */
export const lineAction = (line: CounselingLine): 'open' | 'reopen' | 'close' =>
  line.view === null ? 'open' : line.view.status === 'open' ? 'close' : 'reopen';

/** Open activities first (what runs now), then the rest, each group in the order given. */
export const openFirst = (views: readonly CounselingConsoleView[]): CounselingConsoleView[] => [
  ...views.filter((v) => v.status === 'open'),
  ...views.filter((v) => v.status !== 'open'),
];
