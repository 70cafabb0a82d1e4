import { describe, expect, it } from 'vitest';
import { isCounselingType } from '../../../shared/activities/counseling-module.js';
import { counselingConfigOf, counselingModule } from '../../../shared/activities/counseling-registry.js';
import { instrumentById, moduleById, modules, programs } from '../../../shared/content/index.js';
import { agendaActivitySchema } from '../../../shared/program/schemas.js';
import { programFromTemplate } from '../../../shared/program/template.js';

/**
 * Counseling lines open as their words say: a library activity's few settings ("카드 3장", "8분씩")
 * overlay its module's defaults, checked here against the module (the content schema cannot import
 * the modules, which read the content data).
 */
// A plan's type (an instrument wave) is left out: its config comes from the wave, never from the line.
const openedByLine = (type: string) => isCounselingType(type) && counselingModule(type)?.openedBy === 'line';
const counselingActivities = modules.flatMap((m) =>
  m.activities.flatMap((a) =>
    isCounselingType(a.type) && openedByLine(a.type) ? [{ module: m.id, type: a.type, activity: a }] : [],
  ),
);
const planLines = modules.flatMap((m) =>
  m.activities.filter((a) => isCounselingType(a.type) && !openedByLine(a.type)),
);

describe('library counseling activities', () => {
  it('are there to check', () => {
    expect(counselingActivities.length).toBeGreaterThanOrEqual(5);
  });

  it.each(counselingActivities.map((c) => [`${c.module} · ${c.activity.prompt.ko}`, c] as const))(
    '%s opens with settings its module accepts',
    (_name, { type, activity }) => {
      const config = counselingConfigOf(type, activity.engine);
      expect(config).not.toBeNull();
      // Every setting the library wrote is kept, none dropped by the schema.
      for (const [key, value] of Object.entries((activity.engine ?? {}) as Record<string, unknown>))
        expect((config as Record<string, unknown>)[key]).toEqual(value);
    },
  );

  it('says in its settings what its prompt counts', () => {
    const opened = (needle: string) => {
      const found = counselingActivities.find((c) => c.activity.prompt.ko.includes(needle));
      if (!found) throw new Error(`no library prompt with ${needle}`);
      return counselingConfigOf(found.type, found.activity.engine) as Record<string, unknown>;
    };
    expect(opened('강점 카드 3장')).toMatchObject({ picks: 3 });
    expect(opened('짝에게 강점 카드 2장')).toMatchObject({ picks: 5, cardsPerPeer: 2 });
    expect(opened('8분씩')).toMatchObject({ minutesPerRound: 8 });
  });

  it('reach every template agenda line as a config the line schema accepts', () => {
    let lines = 0;
    for (const template of programs) {
      const body = programFromTemplate({
        template,
        modules: moduleById,
        trackId: null,
        firstDate: '2025-03-07',
        facilitatorIds: ['f1'],
      });
      for (const day of body.days)
        for (const m of day.modules)
          for (const line of m.activities) {
            if (!isCounselingType(line.type) || !openedByLine(line.type)) continue;
            lines += 1;
            expect(agendaActivitySchema.safeParse(line).success).toBe(true);
            expect(counselingConfigOf(line.type, line.config)).not.toBeNull();
          }
    }
    expect(lines).toBeGreaterThan(0);
  });

  it('open a plan line by its wave: it names an instrument of the library and carries no settings', () => {
    expect(planLines.length).toBeGreaterThanOrEqual(5);
    for (const line of planLines) {
      expect(line.instrumentId && instrumentById.get(line.instrumentId)).toBeTruthy();
      expect(line.engine).toBeUndefined();
      expect(counselingConfigOf('instrument', line.engine)).toBeNull();
    }
  });

  it('refuse settings that do not fit the module, and a config that is not an object', () => {
    expect(counselingConfigOf('strength-cards', { picks: 99 })).toBeNull();
    expect(counselingConfigOf('mock-interview', 'eight minutes')).toBeNull();
    const actionPlan = counselingModule('action-plan')!;
    expect(actionPlan.openedBy === 'line' && counselingConfigOf('action-plan', undefined)).toEqual(
      actionPlan.openedBy === 'line' && actionPlan.defaultConfig(),
    );
  });
});
