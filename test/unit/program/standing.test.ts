import { describe, expect, it } from 'vitest';
import { programStanding, type StandingDay } from '../../../shared/program/standing.js';

const days = (ended: boolean[]): StandingDay[] =>
  ['2026-11-30', '2026-12-01', '2026-12-03'].map((date, i) => ({
    number: i + 1,
    date,
    startTime: i === 1 ? '09:30' : '10:00',
    ended: ended[i] ?? false,
  }));

describe('where a program stands between its days', () => {
  it('before the first day: the first day and when it starts', () => {
    expect(programStanding(days([]), '2026-11-28')).toEqual({
      stage: 'before',
      endedToday: null,
      next: { number: 1, date: '2026-11-30', startTime: '10:00', today: false },
    });
  });

  it('on the first day before it started: it is today', () => {
    expect(programStanding(days([]), '2026-11-30').next).toEqual({
      number: 1,
      date: '2026-11-30',
      startTime: '10:00',
      today: true,
    });
  });

  it("right after today's day ended: today is over, the next day comes with its date and time", () => {
    expect(programStanding(days([true]), '2026-11-30')).toEqual({
      stage: 'between',
      endedToday: 1,
      next: { number: 2, date: '2026-12-01', startTime: '09:30', today: false },
    });
  });

  it('on a later morning the day before is not "today"', () => {
    expect(programStanding(days([true]), '2026-12-01')).toEqual({
      stage: 'between',
      endedToday: null,
      next: { number: 2, date: '2026-12-01', startTime: '09:30', today: true },
    });
  });

  it('a past day that never ran is skipped, not announced as next', () => {
    expect(programStanding(days([true]), '2026-12-02').next?.number).toBe(3);
  });

  it('a day held early (another date) is not next any more', () => {
    expect(programStanding(days([true, true]), '2026-11-30')).toMatchObject({
      stage: 'between',
      endedToday: 1,
      next: { number: 3 },
    });
  });

  it('after the last day: over, nothing next', () => {
    expect(programStanding(days([true, true, true]), '2026-12-03')).toEqual({
      stage: 'over',
      endedToday: 3,
      next: null,
    });
    expect(programStanding(days([true, false, false]), '2026-12-10')).toMatchObject({
      stage: 'over',
      next: null,
    });
  });

  it('a program without days has nothing to announce', () => {
    expect(programStanding([], '2026-12-01')).toEqual({ stage: 'before', endedToday: null, next: null });
  });

  it('orders by day number whatever order the days come in', () => {
    expect(programStanding(days([]).reverse(), '2026-11-01').next?.number).toBe(1);
  });
});
