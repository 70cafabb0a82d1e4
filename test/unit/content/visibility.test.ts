import { describe, expect, it } from 'vitest';
import { activityModules, engineDraftOf, resultsAudience } from '../../../shared/activities/registry.js';
import { lineConfig } from '../../../shared/content/engine-config.js';
import { ModuleActivity } from '../../../shared/content/schema.js';

const prompt = { ko: '누구에게 물어볼까요?', en: 'Whom could you ask?' };

describe('visibility flag of library prompts', () => {
  it('is copied into the engine config the line opens with, and the module reads it back', () => {
    const activity = ModuleActivity.parse({
      type: 'open-text',
      prompt,
      visibility: 'self',
      engine: { maxLength: 300, anonymous: true },
    });
    const config = lineConfig(activity, 'ko');
    expect(config).toEqual({ maxLength: 300, anonymous: true, visibility: 'self' });
    const draft = engineDraftOf('open-text', prompt.ko, config);
    expect(resultsAudience(draft.type, draft.config)).toBe('self');
  });

  it('binds word clouds too', () => {
    const config = lineConfig({ engine: { maxWords: 1 }, visibility: 'facilitator' }, 'en');
    expect(resultsAudience('word-cloud', activityModules['word-cloud'].configSchema.parse(config))).toBe(
      'facilitator',
    );
  });

  it('is refused on a type whose module would drop it (a poll shows counts only anyway)', () => {
    const parsed = ModuleActivity.safeParse({
      type: 'poll-single',
      prompt,
      visibility: 'facilitator',
      engine: { options: [{ id: 'o1', label: { ko: '예', en: 'Yes' } }] },
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('visibility');
  });

  it('refuses an unknown audience, and absent means the room', () => {
    expect(
      ModuleActivity.safeParse({
        type: 'open-text',
        prompt,
        visibility: 'room',
        engine: { maxLength: 300, anonymous: true },
      }).success,
    ).toBe(false);
    expect(resultsAudience('open-text', { maxLength: 300, anonymous: false })).toBe('room');
    expect(resultsAudience('scale', { min: 1, max: 5 })).toBe('room');
    expect(
      activityModules['open-text'].configSchema.safeParse({
        maxLength: 300,
        anonymous: true,
        visibility: 'all',
      }).success,
    ).toBe(false);
  });
});
