import { describe, expect, it } from 'vitest';
import { scoreWave } from '../../../shared/assessment/score.js';

/** What a wave stores from a member's answers (shared/assessment/score.ts), on the library's instruments. */
describe('scoreWave', () => {
  const swls = { instrumentId: 'swls', instrumentVersion: 1 };

  it('stores the sum, the counts and the answers as given', () => {
    expect(scoreWave(swls, { 'swls-1': 7, 'swls-2': 6, 'swls-3': 5, 'swls-4': 4, 'swls-5': 3 })).toEqual({
      score: 25,
      answered: 5,
      missing: 0,
      prorated: false,
      subscales: {},
      itemValues: { 'swls-1': 7, 'swls-2': 6, 'swls-3': 5, 'swls-4': 4, 'swls-5': 3 },
    });
  });

  it('prorates within the missing-item rule, and has no score beyond it (a skip counts as missing)', () => {
    // 4 of 5 at 6: 24 × 5/4 = 30.
    expect(
      scoreWave(swls, { 'swls-1': 6, 'swls-2': 6, 'swls-3': 6, 'swls-4': 6, 'swls-5': null }),
    ).toMatchObject({
      score: 30,
      answered: 4,
      missing: 1,
      prorated: true,
      itemValues: { 'swls-5': null },
    });
    expect(scoreWave(swls, { 'swls-1': 6, 'swls-2': 6, 'swls-3': 6 })).toMatchObject({
      score: null,
      answered: 3,
      missing: 2,
    });
  });

  it('gives subscale scores by id, null where too few items', () => {
    const jsr = scoreWave(
      { instrumentId: 'job-search-readiness', instrumentVersion: 1 },
      { 'jsr-1': 4, 'jsr-2': 4, 'jsr-3': 4 },
    );
    expect(jsr?.subscales['self-understanding']).toBe(4); // a mean scale
    expect(jsr?.subscales['confidence']).toBeNull();
  });

  it('refuses what no checked answer can be: an unknown item, a value off the scale, an object', () => {
    expect(scoreWave(swls, { 'swls-9': 1 })).toBeNull();
    expect(scoreWave(swls, { 'swls-1': 8 })).toBeNull();
    expect(scoreWave(swls, { 'swls-1': 2.5 })).toBeNull();
    expect(scoreWave(swls, { 'swls-1': { v: 1 } })).toBeNull();
    expect(scoreWave({ instrumentId: 'nope', instrumentVersion: 1 }, {})).toBeNull();
  });

  it('scores at the pinned version; a version never published has no scorer', () => {
    expect(scoreWave({ instrumentId: 'swls', instrumentVersion: 1 }, { 'swls-1': 1 })).toMatchObject({
      answered: 1,
    });
    expect(scoreWave({ instrumentId: 'swls', instrumentVersion: 99 }, { 'swls-1': 1 })).toBeNull();
  });
});
