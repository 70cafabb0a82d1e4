import { isCounselingType, type CounselingType } from '../../../../../shared/activities/counseling-module.js';
import { counselingModule } from '../../../../../shared/activities/counseling-registry.js';
import type { AgendaModule } from '../../../../../shared/program/schemas.js';
import type { CounselingConsoleView } from '../../../../../shared/protocol/views.js';

/** One counseling line of the day's agenda and the activity opened from it (null: never opened). */
export interface CounselingLine {
  key: string;
  type: CounselingType;
  title: string;
  /**
   * Who opens it: `line` — this line's button; `plan` — the program's assessment plan (an instrument
   * wave, opened from the 평가 panel), so the line only shows its wave.
   */
  openedBy: 'line' | 'plan';
  /** The library instrument a plan line names (its wave is found by it and the day). */
  instrumentId?: string;
  /** The line's settings (from the library), sent with `counseling:open`; absent: the type's defaults. */
  config?: unknown;
  view: CounselingConsoleView | null;
}

/** Who opens a counseling type, from its module (never from the type's name). */
export const openedByOf = (type: CounselingType): 'line' | 'plan' =>
  counselingModule(type)?.openedBy ?? 'line';

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
    m.activities.flatMap((a): CounselingLine[] => {
      const type = a.type;
      if (!isCounselingType(type)) return [];
      const openedBy = openedByOf(type);
      return [
        {
          key: a.key,
          type,
          title: a.title,
          openedBy,
          ...(a.instrumentId === undefined ? {} : { instrumentId: a.instrumentId }),
          config: a.config,
          // A plan's activity belongs to its wave, not to this line.
          view: openedBy === 'plan' ? null : (byKey.get(a.key) ?? null),
        },
      ];
    }),
  );
}

/**
 * What the line's button does now: open a line never opened or closed, close a running one; none
 * for a line whose type the plan opens (its wave's state is shown instead).
 */
export const lineAction = (line: CounselingLine): 'open' | 'reopen' | 'close' | null =>
  line.openedBy === 'plan'
    ? null
    : line.view === null
      ? 'open'
      : line.view.status === 'open'
        ? 'close'
        : 'reopen';

/** Open activities first (what runs now), then the rest, each group in the order given. */
export const openFirst = (views: readonly CounselingConsoleView[]): CounselingConsoleView[] => [
  ...views.filter((v) => v.status === 'open'),
  ...views.filter((v) => v.status !== 'open'),
];
