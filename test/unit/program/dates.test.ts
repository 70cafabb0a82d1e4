import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  consecutiveWeekdays,
  daysBetween,
  isValidDate,
  minutesOfTime,
  todayIn,
  weekday,
} from '../../../shared/program/dates.js';

/** Any calendar date from 2000 to 2099, as 'YYYY-MM-DD'. */
const dateArb = fc.integer({ min: 0, max: 36_500 }).map((offset) => addDays('2000-01-01', offset));

describe('program dates', () => {
  it('accepts calendar dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2025-04-31')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-00-10')).toBe(false);
    expect(isValidDate('2025-1-01')).toBe(false);
    expect(isValidDate('2025-01-01T00:00')).toBe(false);
    expect(isValidDate('')).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('addDays and daysBetween undo each other', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const later = addDays(date, n);
        expect(isValidDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
      }),
    );
  });

  it('consecutiveWeekdays skips weekends', () => {
    // 2025-03-07 is a Friday.
    expect(weekday('2025-03-07')).toBe(5);
    expect(consecutiveWeekdays('2025-03-07', 3)).toEqual(['2025-03-07', '2025-03-10', '2025-03-11']);
    // Starting on a Saturday begins on the Monday.
    expect(consecutiveWeekdays('2025-03-08', 1)).toEqual(['2025-03-10']);
    expect(consecutiveWeekdays('2025-03-10', 0)).toEqual([]);
  });

  it('consecutiveWeekdays returns count strictly increasing weekdays, none skipped', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 12 }), (first, count) => {
        const dates = consecutiveWeekdays(first, count);
        expect(dates).toHaveLength(count);
        for (const d of dates) {
          expect(isValidDate(d)).toBe(true);
          expect([0, 6]).not.toContain(weekday(d));
          expect(daysBetween(first, d)).toBeGreaterThanOrEqual(0);
        }
        for (let i = 1; i < dates.length; i++) {
          const gap = daysBetween(dates[i - 1]!, dates[i]!);
          expect(gap).toBeGreaterThan(0);
          // Only a weekend lies between two consecutive results: Friday → Monday at most.
          expect(gap).toBeLessThanOrEqual(3);
        }
      }),
    );
  });

  it('reads wall-clock times as minutes', () => {
    expect(minutesOfTime('00:00')).toBe(0);
    expect(minutesOfTime('09:30')).toBe(570);
    expect(minutesOfTime('23:59')).toBe(1439);
  });

  it("todayIn gives the center's local date, not the UTC one", () => {
    // 15:30 UTC is 00:30 the next day in Seoul (UTC+9, no daylight saving).
    const lateUtc = new Date('2025-03-09T15:30:00Z');
    expect(todayIn('Asia/Seoul', lateUtc)).toBe('2025-03-10');
    expect(todayIn('UTC', lateUtc)).toBe('2025-03-09');
    // One minute before Seoul midnight it is still the same day there.
    expect(todayIn('Asia/Seoul', new Date('2025-03-09T14:59:00Z'))).toBe('2025-03-09');
    expect(todayIn('Asia/Seoul', new Date('2025-03-09T15:00:00Z'))).toBe('2025-03-10');
    // New year's eve.
    expect(todayIn('Asia/Seoul', new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
  });

  it('todayIn is always a valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (d) => {
          const today = todayIn('Asia/Seoul', d);
          expect(isValidDate(today)).toBe(true);
          expect(today).toBe(new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10));
        },
      ),
    );
  });
});
