import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCompletion,
  DEFAULT_COMPLETION_THRESHOLD,
  isCompleted,
} from '../../../shared/scoring/index.js';

describe('completion', () => {
  const scheduledHours = [6, 6, 6, 6]; // 24 h, four days

  it('uses 80% as the default threshold', () => {
    expect(DEFAULT_COMPLETION_THRESHOLD).toBe(0.8);
    const r = computeCompletion({
      scheduledHours,
      attendance: [
        { participantId: 'all', attendedHours: [6, 6, 6, 6] },
        { participantId: 'exactly-80', attendedHours: [6, 6, 6, 1.2] },
        { participantId: 'just-under', attendedHours: [6, 6, 6, 1] },
        { participantId: 'three-days', attendedHours: [6, 6, 6] },
        { participantId: 'none', attendedHours: [] },
      ],
    });
    expect(r.threshold).toBe(0.8);
    expect(r.scheduledHours).toBe(24);
    expect(r.participants.map((p) => p.completed)).toEqual([true, true, false, false, false]);
    expect(r.completedCount).toBe(2);
    expect(r.n).toBe(5);
    expect(r.rate).toBeCloseTo(0.4, 12);
    expect(r.days.map((d) => d.present)).toEqual([4, 4, 4, 3]);
  });

  it('takes the threshold as a setting', () => {
    const r = computeCompletion({
      scheduledHours,
      attendance: [{ participantId: 'a', attendedHours: [6, 6, 6] }],
      threshold: 0.75,
    });
    expect(r.participants[0]?.completed).toBe(true);
  });

  it('caps hours above the schedule and reports the day', () => {
    const r = computeCompletion({
      scheduledHours,
      attendance: [{ participantId: 'a', attendedHours: [7, 6, 0, 6] }],
    });
    expect(r.participants[0]?.attendedHours).toBe(18);
    expect(r.participants[0]?.cappedDays).toEqual([1]);
  });

  it('rejects bad input', () => {
    expect(() => computeCompletion({ scheduledHours: [], attendance: [] })).toThrow(RangeError);
    expect(() => computeCompletion({ scheduledHours, attendance: [], threshold: 0 })).toThrow(RangeError);
    expect(() => computeCompletion({ scheduledHours, attendance: [], threshold: 1.2 })).toThrow(RangeError);
    expect(() =>
      computeCompletion({ scheduledHours, attendance: [{ participantId: 'a', attendedHours: [-1] }] }),
    ).toThrow(RangeError);
    expect(() =>
      computeCompletion({
        scheduledHours,
        attendance: [{ participantId: 'a', attendedHours: [1, 1, 1, 1, 1] }],
      }),
    ).toThrow(RangeError);
    expect(computeCompletion({ scheduledHours, attendance: [] }).rate).toBeNull();
  });

  const hours = fc.array(fc.double({ min: 0, max: 8, noNaN: true }), { minLength: 0, maxLength: 4 });
  const attendance = fc
    .array(hours, { maxLength: 25 })
    .map((rows) => rows.map((attendedHours, i) => ({ participantId: `p${i}`, attendedHours })));

  it('rate and ratios stay in [0, 1]; a higher threshold never completes more people', () => {
    fc.assert(
      fc.property(
        attendance,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (att, t1, t2) => {
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const a = computeCompletion({ scheduledHours, attendance: att, threshold: lo });
          const b = computeCompletion({ scheduledHours, attendance: att, threshold: hi });
          const okRatios = a.participants.every((p) => p.ratio >= 0 && p.ratio <= 1);
          const okRate = a.rate === null || (a.rate >= 0 && a.rate <= 1);
          return okRatios && okRate && b.completedCount <= a.completedCount;
        },
      ),
    );
  });
});

describe('isCompleted, the rule the roster and the figure store share', () => {
  it('19.2 of 24 hours at 80% completes, although the division gives 0.7999999999999999', () => {
    expect(19.2 / 24).toBeLessThan(0.8);
    expect(isCompleted(19.2, 24, 0.8)).toBe(true);
    expect(isCompleted(19.1, 24, 0.8)).toBe(false);
    expect(isCompleted(30, 24, 1)).toBe(true); // capped at 1: more hours than scheduled still complete
    expect(isCompleted(0, 24, 0.5)).toBe(false);
  });

  it('refuses what computeCompletion refuses', () => {
    expect(() => isCompleted(1, 0, 0.8)).toThrow(RangeError);
    expect(() => isCompleted(-1, 24, 0.8)).toThrow(RangeError);
    expect(() => isCompleted(Number.NaN, 24, 0.8)).toThrow(RangeError);
    expect(() => isCompleted(10, 24, 0)).toThrow(RangeError);
    expect(() => isCompleted(10, 24, 1.1)).toThrow(RangeError);
  });

  it("is exactly computeCompletion's verdict, from the member's capped hours alone", () => {
    // Hours in tenths and thirds, so sums land on and around the threshold with rounding noise.
    const hour = fc.oneof(
      fc.integer({ min: 0, max: 80 }).map((k) => k / 10),
      fc.integer({ min: 0, max: 24 }).map((k) => k / 3),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(hour, { maxLength: 6 }), { maxLength: 10 }),
        fc.constantFrom(0.5, 0.6, 0.75, 0.8, 0.9, 1),
        (scheduledHours, rows, threshold) => {
          const attendance = rows.map((h, i) => ({
            participantId: `p${i}`,
            attendedHours: h.slice(0, scheduledHours.length),
          }));
          const r = computeCompletion({ scheduledHours, attendance, threshold });
          for (const p of r.participants)
            expect(isCompleted(p.attendedHours, p.scheduledHours, threshold)).toBe(p.completed);
        },
      ),
    );
  });
});
