import { describe, expect, it } from 'vitest';
import { liveActivitiesByLine } from '../../../client/src/facilitator/ui/console/agenda-plan.js';
import { moduleById } from '../../../shared/content/index.js';
import { dayActivityDrafts } from '../../../shared/program/day-activities.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import { agendaModuleFrom } from '../../../shared/program/template.js';
import type { ActivityView } from '../../../shared/protocol/views.js';

/** The live session a day start makes of these agenda modules, as the console sees it. */
function liveOf(modules: readonly AgendaModule[]): ActivityView[] {
  return dayActivityDrafts(modules).map((d, i) => ({ ...d, id: `live-${i}` }) as unknown as ActivityView);
}

const moduleOf = (activities: AgendaModule['activities']): AgendaModule => ({
  key: 'm',
  moduleId: null,
  title: '모듈',
  minutes: 30,
  activities,
});

describe("the console's agenda plan", () => {
  it('finds the live activity of every phone line of a library module', () => {
    const modules = ['stress-coping', 'employer-view', 'opening-orientation'].map((id) =>
      agendaModuleFrom(moduleById.get(id)!),
    );
    const live = liveOf(modules);
    const matches = liveActivitiesByLine(modules, live);
    const lines = modules.flatMap((m) => m.activities).filter((a) => matches.has(a.key));
    expect(lines.map((a) => matches.get(a.key)!.id)).toEqual(live.map((a) => a.id));
  });

  it("finds a poll written as one line, whose choices left its live activity's title", () => {
    const line = { key: 'a', type: 'poll-single' as const, title: '첫 진로 (취업 / 진학)', minutes: 5 };
    const modules = [moduleOf([line])];
    const live = liveOf(modules);
    expect(live[0]?.title).toBe('첫 진로');
    expect(liveActivitiesByLine(modules, live).get('a')?.id).toBe('live-0');
  });

  it('follows the key when two lines have the same title, in whatever order the session lists them', () => {
    const modules = [
      moduleOf([
        { key: 'before', type: 'scale', title: '지금 기분은?', minutes: 5 },
        { key: 'after', type: 'scale', title: '지금 기분은?', minutes: 5 },
      ]),
    ];
    // The facilitator moved the second one up in the console.
    const live = liveOf(modules).reverse();
    const matches = liveActivitiesByLine(modules, live);
    expect(matches.get('before')?.id).toBe('live-0');
    expect(matches.get('after')?.id).toBe('live-1');
  });

  it('keeps a renamed activity on its line; one added by hand or of a line gone from the day stands for none', () => {
    const modules = [moduleOf([{ key: 'a', type: 'open-text', title: '한마디', minutes: 5 }])];
    const renamed = { ...liveOf(modules)[0]!, title: '오늘 한마디' };
    const byHand = { ...renamed, id: 'hand', agendaKey: null, title: '한마디' };
    const moved = { ...renamed, id: 'moved', agendaKey: 'elsewhere' };
    const matches = liveActivitiesByLine(modules, [byHand, moved, renamed]);
    expect([...matches.entries()].map(([key, a]) => [key, a.id])).toEqual([['a', 'live-0']]);
  });
});
