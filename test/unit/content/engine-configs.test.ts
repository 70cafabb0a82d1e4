import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../shared/activities/types.js';
import { localizeConfig } from '../../../shared/content/engine-config.js';
import { ActivityType, FACILITATOR_LED_TYPES, ModuleActivity } from '../../../shared/content/schema.js';

const prompt = { ko: '질문', en: 'Question' };
const label = (ko: string, en: string) => ({ ko, en });
const issues = (value: unknown): string[] => {
  const parsed = ModuleActivity.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe("a library activity's engine config", () => {
  it('is required for every type that runs on phones', () => {
    for (const type of ACTIVITY_TYPES) expect(issues({ type, prompt })).not.toEqual([]);
  });

  it("is refused on facilitator-led types, except a counseling type's settings object", () => {
    expect(issues({ type: 'instrument', instrumentId: 'swls', prompt, engine: { maxWords: 1 } })).toEqual([
      'engine: engine is only for engine types',
    ]);
    expect(issues({ type: 'strength-cards', prompt, engine: 'five cards' })).toEqual([
      'engine: engine is only for engine types',
    ]);
    // Checked against the module in test/unit/program/library-counseling-configs.test.ts.
    expect(issues({ type: 'strength-cards', prompt, engine: { picks: 3 } })).toEqual([]);
    expect(issues({ type: 'strength-cards', prompt })).toEqual([]);
  });

  it("must parse with the engine module's config schema, in both languages", () => {
    const scale = { min: 0, max: 10, minLabel: label('없음', 'None'), maxLabel: label('매우', 'Very') };
    expect(issues({ type: 'scale', prompt, engine: scale })).toEqual([]);
    expect(issues({ type: 'scale', prompt, engine: { ...scale, max: 0 } })).not.toEqual([]);
    const options = [
      { id: 'o1', label: label('가', 'A') },
      { id: 'o2', label: label('나', 'B') },
    ];
    expect(issues({ type: 'poll-multi', prompt, engine: { options, maxPicks: 2 } })).toEqual([]);
    // Three picks of two options: refused by the engine's own rule.
    expect(issues({ type: 'poll-multi', prompt, engine: { options, maxPicks: 3 } })).not.toEqual([]);
    // The English label is too long for an option: only the English side fails, and it is named.
    const long = [options[0], { id: 'o2', label: label('나', 'x'.repeat(81)) }];
    expect(issues({ type: 'poll-single', prompt, engine: { options: long } })).toEqual([
      expect.stringMatching(/^engine: en: options\.1\.label/u),
    ]);
  });

  it('writes every visible word in Korean and English', () => {
    const options = [
      { id: 'o1', label: '가' },
      { id: 'o2', label: label('나', 'B') },
    ];
    expect(issues({ type: 'poll-single', prompt, engine: { options } })).toEqual([
      'engine: engine.options.0.label: write it as { ko, en }',
    ]);
  });

  it('localises to one language, leaving ids and numbers as written', () => {
    const config = { options: [{ id: 'o1', label: label('가', 'A') }], maxPicks: 1 };
    expect(localizeConfig(config, 'ko')).toEqual({ options: [{ id: 'o1', label: '가' }], maxPicks: 1 });
    expect(localizeConfig(config, 'en')).toEqual({ options: [{ id: 'o1', label: 'A' }], maxPicks: 1 });
  });
});

describe('activity types', () => {
  it("are the engine's types plus the facilitator-led ones, apart", () => {
    expect(ActivityType.options).toEqual([...ACTIVITY_TYPES, ...FACILITATOR_LED_TYPES]);
    expect(FACILITATOR_LED_TYPES.filter((t) => (ACTIVITY_TYPES as readonly string[]).includes(t))).toEqual(
      [],
    );
  });
});
