import { describe, expect, it } from 'vitest';
import { matchLiveActivities } from '../../../client/src/facilitator/ui/console/agenda-plan.js';
import { moduleById } from '../../../shared/content/index.js';
import { dayActivityDrafts } from '../../../shared/program/day-activities.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import { agendaModuleFrom } from '../../../shared/program/template.js';
import type { ActivityView } from '../../../shared/protocol/views.js';

/** The live session a day start makes of these agenda modules, as the console sees it. */
function liveOf(modules: readonly AgendaModule[]): ActivityView[] {
  return dayActivityDrafts(modules).map((d, i) => ({ ...d, id: `live-${i}` }) as unknown as ActivityView);
}

describe("the console's agenda plan", () => {
  it('finds the live activity of every phone line of a library module', () => {
    const modules = ['stress-coping', 'employer-view', 'opening-orientation'].map((id) =>
      agendaModuleFrom(moduleById.get(id)!),
    );
    const live = liveOf(modules);
    const matches = matchLiveActivities(modules, live);
    const lines = modules.flatMap((m) => m.activities).filter((a) => matches.has(a.key));
    expect(lines.map((a) => matches.get(a.key)!.id)).toEqual(live.map((a) => a.id));
  });

  it("finds a poll written as one line, whose choices left its live activity's title", () => {
    const line = { key: 'a', type: 'poll-single' as const, title: '첫 진로 (취업 / 진학)', minutes: 5 };
    const modules = [{ key: 'm', moduleId: null, title: '모듈', minutes: 30, activities: [line] }];
    const live = liveOf(modules);
    expect(live[0]?.title).toBe('첫 진로');
    expect(matchLiveActivities(modules, live).get('a')?.id).toBe('live-0');
  });
});
