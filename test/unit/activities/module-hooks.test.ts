import { describe, expect, it } from 'vitest';
import {
  activityModules,
  engineDraftOf,
  hidesAuthors,
  reviewedInProgramDay,
  namesApply,
} from '../../../shared/activities/registry.js';
import { ACTIVITY_TYPES } from '../../../shared/activities/types.js';

/** What callers used to decide by type name, now said by each module. */
describe('the modules say what callers used to switch on type for', () => {
  it('names: only open text that is not anonymous can show who wrote what', () => {
    expect(namesApply('open-text', { maxLength: 200, anonymous: false })).toBe(true);
    expect(namesApply('open-text', { maxLength: 200, anonymous: true })).toBe(false);
    expect(hidesAuthors('open-text', { maxLength: 200, anonymous: true })).toBe(true);
    for (const type of ACTIVITY_TYPES.filter((t) => t !== 'open-text')) {
      const config = activityModules[type].defaultConfig();
      expect([type, namesApply(type, config), hidesAuthors(type, config)]).toEqual([type, false, false]);
    }
  });

  it('review: a program day holds open-text entries for review, and nothing else', () => {
    expect(ACTIVITY_TYPES.filter(reviewedInProgramDay)).toEqual(['open-text']);
  });

  it('a line without a config: a poll reads its choices from its words, the others open with their default', () => {
    expect(engineDraftOf('poll-multi', '이유 (생계 / 성장 / 사람)', undefined)).toEqual({
      type: 'poll-multi',
      title: '이유',
      config: {
        options: [
          { id: 'o1', label: '생계' },
          { id: 'o2', label: '성장' },
          { id: 'o3', label: '사람' },
        ],
        maxPicks: 3,
      },
    });
    expect(engineDraftOf('scale', '점수 (a / b)', undefined)).toEqual({
      type: 'scale',
      title: '점수 (a / b)',
      config: activityModules.scale.defaultConfig(),
    });
  });

  it('a carried config that does not parse never reaches a phone', () => {
    const draft = engineDraftOf('poll-multi', '고르기', { options: [], maxPicks: 9 });
    expect(draft).toEqual({
      type: 'poll-multi',
      title: '고르기',
      config: activityModules['poll-multi'].defaultConfig(),
    });
  });
});
