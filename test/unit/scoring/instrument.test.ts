import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentById, type Instrument } from '../../../shared/content/index.js';
import {
  reverseKey,
  scoreInstrument,
  scoreRange,
  type ItemResponses,
} from '../../../shared/scoring/index.js';

const get = (id: string): Instrument => {
  const ins = instrumentById.get(id);
  if (!ins) throw new Error(`missing instrument ${id}`);
  return ins;
};
const swls = get('swls');
const rse = get('rosenberg-self-esteem');
const jsr = get('job-search-readiness');
const life = get('life-satisfaction');

const ratingIds = (ins: Instrument) => ins.items.filter((i) => i.kind === 'rating').map((i) => i.id);
const all = (ins: Instrument, v: number): ItemResponses =>
  Object.fromEntries(ratingIds(ins).map((id) => [id, v]));

describe('reverse keying', () => {
  it('maps min ↔ max on the scale', () => {
    expect(reverseKey(1, 1, 4)).toBe(4);
    expect(reverseKey(2, 1, 4)).toBe(3);
    expect(reverseKey(0, 0, 10)).toBe(10);
  });

  it('applied twice is the identity, and stays on the scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        (min, width, k) => {
          const max = min + width;
          const v = min + (k % (width + 1));
          const r = reverseKey(v, min, max);
          return reverseKey(r, min, max) === v && r >= min && r <= max;
        },
      ),
    );
  });
});

describe('SWLS (sum of 5 items, 7-point, prorate with one missing)', () => {
  it('scores 5–35 and finds its band', () => {
    expect(scoreInstrument(swls, all(swls, 7)).score).toBe(35);
    expect(scoreInstrument(swls, all(swls, 1)).score).toBe(5);
    const mid = scoreInstrument(swls, all(swls, 4));
    expect(mid.score).toBe(20);
    expect(mid.band?.en).toBe('Neutral');
    expect(scoreInstrument(swls, all(swls, 7)).band?.en).toBe('Extremely satisfied');
  });

  it('prorates one missing item and refuses two', () => {
    const one = scoreInstrument(swls, { 'swls-1': 5, 'swls-2': 6, 'swls-3': 5, 'swls-4': 6 });
    expect(one.score).toBeCloseTo(((5 + 6 + 5 + 6) / 4) * 5, 12);
    expect(one.prorated).toBe(true);
    expect(one.missing).toEqual(['swls-5']);
    const two = scoreInstrument(swls, { 'swls-1': 5, 'swls-2': 6, 'swls-3': 5 });
    expect(two.score).toBeNull();
    expect(two.band).toBeNull();
  });
});

describe('Rosenberg self-esteem (reverse-keyed items 2, 5, 6, 8, 9)', () => {
  it('marks exactly items 2, 5, 6, 8, 9 as reverse-keyed', () => {
    const rev = rse.items.filter((i) => i.kind === 'rating' && i.reverse).map((i) => i.id);
    expect(rev).toEqual(['rse-2', 'rse-5', 'rse-6', 'rse-8', 'rse-9']);
  });

  it('answering "strongly agree" to everything gives 5×4 + 5×1 = 25', () => {
    expect(scoreInstrument(rse, all(rse, 4)).score).toBe(25);
  });

  it('the most self-accepting pattern gives 40 and the opposite gives 10', () => {
    const high: Record<string, number> = {};
    const low: Record<string, number> = {};
    for (const it of rse.items) {
      if (it.kind !== 'rating') continue;
      high[it.id] = it.reverse ? 1 : 4;
      low[it.id] = it.reverse ? 4 : 1;
    }
    expect(scoreInstrument(rse, high).score).toBe(40);
    expect(scoreInstrument(rse, low).score).toBe(10);
    expect(scoreInstrument(rse, high).itemScores['rse-2']).toBe(4);
  });
});

describe('job-search readiness (mean, subscales, reverse items 6 and 11)', () => {
  it('computes subscale means with reverse keying', () => {
    const r = all(jsr, 4) as Record<string, number>;
    r['jsr-6'] = 2; // reverse → 4
    r['jsr-11'] = 5; // reverse → 1
    const s = scoreInstrument(jsr, r);
    expect(s.subscales['goals']?.score).toBe(4);
    expect(s.subscales['confidence']?.score).toBeCloseTo((4 + 1 + 4) / 3, 12);
    expect(s.score).toBeCloseTo((11 * 4 + 1) / 12, 12);
  });

  it('allows one missing item per subscale and two overall', () => {
    const r = all(jsr, 3) as Record<string, number | null>;
    r['jsr-1'] = null;
    r['jsr-2'] = null;
    const s = scoreInstrument(jsr, r);
    expect(s.subscales['self-understanding']?.score).toBeNull();
    expect(s.subscales['goals']?.score).toBe(3);
    expect(s.score).toBe(3);
    r['jsr-4'] = null;
    expect(scoreInstrument(jsr, r).score).toBeNull();
  });
});

describe('input checking', () => {
  it('treats null, undefined and blank text as missing', () => {
    const s = scoreInstrument(life, { 'ls-1': null });
    expect(s.score).toBeNull();
    expect(s.missing).toEqual(['ls-1']);
  });

  it('rejects out-of-range, non-integer, wrong-kind and unknown answers', () => {
    expect(() => scoreInstrument(life, { 'ls-1': 11 })).toThrow(RangeError);
    expect(() => scoreInstrument(life, { 'ls-1': -1 })).toThrow(RangeError);
    expect(() => scoreInstrument(swls, { 'swls-1': 2.5 })).toThrow(RangeError);
    expect(() => scoreInstrument(swls, { 'swls-1': '5' })).toThrow(RangeError);
    expect(() => scoreInstrument(swls, { nope: 1 })).toThrow(RangeError);
  });
});

describe('properties over every instrument', () => {
  const instruments = [life, swls, rse, jsr, get('program-satisfaction')];
  for (const ins of instruments) {
    const ids = ratingIds(ins);
    const answer = fc.integer({ min: ins.scale.min, max: ins.scale.max });
    it(`${ins.id}: a complete response scores inside the possible range, unprorated`, () => {
      fc.assert(
        fc.property(fc.array(answer, { minLength: ids.length, maxLength: ids.length }), (vals) => {
          const s = scoreInstrument(ins, Object.fromEntries(ids.map((id, i) => [id, vals[i] as number])));
          const range = scoreRange(ins);
          return (
            s.score !== null && s.score >= range.min - 1e-9 && s.score <= range.max + 1e-9 && !s.prorated
          );
        }),
      );
    });

    it(`${ins.id}: a score exists exactly when no more than maxMissing items are missing`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.option(answer, { nil: null }), { minLength: ids.length, maxLength: ids.length }),
          (vals) => {
            const s = scoreInstrument(ins, Object.fromEntries(ids.map((id, i) => [id, vals[i] ?? null])));
            const missing = vals.filter((v) => v === null).length;
            return (s.score !== null) === (missing <= ins.scoring.maxMissing && missing < ids.length);
          },
        ),
      );
    });
  }
});
