import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentById, type Instrument } from '../../../shared/content/index.js';
import { summarizeRatings, summarizeSatisfaction } from '../../../shared/scoring/index.js';

const survey = instrumentById.get('program-satisfaction') as Instrument;
const ratingIds = survey.items.filter((i) => i.kind === 'rating').map((i) => i.id);

describe('satisfaction summary', () => {
  it('has the six five-point items the centers report, plus free text', () => {
    expect(ratingIds).toEqual([
      'content',
      'facilitator',
      'usefulness',
      'environment',
      'overall',
      'recommend',
    ]);
    expect(survey.scale).toMatchObject({ min: 1, max: 5 });
    expect(survey.items.filter((i) => i.kind === 'text').length).toBeGreaterThanOrEqual(1);
  });

  it('computes mean, SD, distribution per item and overall, with n', () => {
    const full = (v: number) => Object.fromEntries(ratingIds.map((id) => [id, v]));
    const s = summarizeSatisfaction(survey, [
      { ...full(5), liked: '  모의면접이 좋았어요 ' },
      { ...full(4), suggestions: '' },
      { ...full(5), environment: 3 },
      {},
    ]);
    expect(s.respondents).toBe(4);
    const env = s.items.find((i) => i.itemId === 'environment');
    expect(env?.n).toBe(3);
    expect(env?.mean).toBeCloseTo(4, 12);
    expect(env?.sd).toBeCloseTo(1, 12); // values 5, 4, 3
    expect(env?.distribution.counts.map((c) => c.count)).toEqual([0, 0, 1, 1, 1]);
    const content = s.items.find((i) => i.itemId === 'content');
    expect(content?.mean).toBeCloseTo(14 / 3, 12);
    // Overall: respondent means 5, 4, (5·5+3)/6; the empty response has no overall score.
    expect(s.overall.n).toBe(3);
    expect(s.overall.mean).toBeCloseTo((5 + 4 + 28 / 6) / 3, 12);
    // Pooled distribution of all 18 answers: one 3, six 4s, eleven 5s.
    const pooled = s.overall.distribution.counts.map((c) => c.count);
    expect(pooled).toEqual([0, 0, 1, 6, 11]);
    expect(s.comments['liked']).toEqual(['모의면접이 좋았어요']);
    expect(s.comments['suggestions']).toEqual([]);
  });

  it('handles no responses', () => {
    const s = summarizeSatisfaction(survey, []);
    expect(s.respondents).toBe(0);
    expect(s.overall).toMatchObject({ n: 0, mean: null, sd: null });
  });

  it('distribution counts add up to n and shares to 1; the mean stays on the scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (xs) => {
        const r = summarizeRatings(xs, 1, 5);
        const total = r.distribution.counts.reduce((a, c) => a + c.count, 0);
        const share = r.distribution.counts.reduce((a, c) => a + c.share, 0);
        return total === r.n && Math.abs(share - 1) < 1e-9 && r.mean! >= 1 && r.mean! <= 5;
      }),
    );
  });
});
