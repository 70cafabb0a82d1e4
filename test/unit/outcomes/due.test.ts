import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_MONTHS,
  dueFollowUps,
  MAX_DAYS_OVERDUE,
  weekOf,
  type FollowUpOutcome,
  type FollowUpProgram,
} from '../../../shared/outcomes/due.js';
import type { OutcomeStatus } from '../../../shared/outcomes/latest.js';

let clock = 0;
/** A record; each one is recorded a moment after the previous, as staff would enter them. */
const outcome = (
  checkpointMonths: number,
  status: OutcomeStatus,
  asOf: string,
  superseded = false,
): FollowUpOutcome => ({ checkpointMonths, status, asOf, superseded, recordedAt: ++clock });

const program = (
  lastDay: string,
  members: Record<string, FollowUpOutcome[]>,
  ended = true,
  id = 'p',
): FollowUpProgram => ({
  id,
  lastDay,
  ended,
  members: Object.entries(members).map(([memberId, outcomes]) => ({ id: memberId, outcomes })),
});

/** "member:checkpoint@due" for each listed follow-up, to compare at a glance. */
const listed = (items: { memberId: string; checkpointMonths: number; dueOn: string }[]) =>
  items.map((i) => `${i.memberId}:${i.checkpointMonths}@${i.dueOn}`);

describe('the week', () => {
  it('runs Monday to Sunday, whatever the day', () => {
    expect(weekOf('2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // Monday
    expect(weekOf('2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // Wednesday
    expect(weekOf('2026-03-08')).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // Sunday
    expect(weekOf('2026-03-09')).toEqual({ from: '2026-03-09', to: '2026-03-15' }); // next Monday
  });

  it('crosses the year end', () => {
    expect(weekOf('2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' }); // Thursday
    expect(weekOf('2027-01-03')).toEqual({ from: '2026-12-28', to: '2027-01-03' }); // Sunday
  });
});

describe('follow-ups due', () => {
  it('defaults to 1, 3 and 6 months', () => {
    expect(DEFAULT_FOLLOW_UP_MONTHS).toEqual([1, 3, 6]);
    expect(MAX_DAYS_OVERDUE).toBe(60);
  });

  it('checkpoint 0 falls on the last day, each point that date months later', () => {
    // last day Wed 2026-03-04: 0 → 03-04 (this week), 1 → 04-04, 3 → 06-04, 6 → 09-04
    const r = (today: string) =>
      listed(dueFollowUps({ programs: [program('2026-03-04', { m: [] })], today }).due);
    expect(r('2026-03-04')).toEqual(['m:0@2026-03-04']);
    expect(r('2026-04-04')).toEqual(['m:1@2026-04-04']);
    expect(r('2026-06-01')).toEqual(['m:3@2026-06-04']); // Monday of that week
    expect(r('2026-09-06')).toEqual(['m:6@2026-09-04']); // Sunday of that week
    expect(r('2026-05-01')).toEqual([]);
  });

  it('clamps to the month end: 01-30 + 1 month is 02-28', () => {
    const done0 = [outcome(0, 'seeking', '2026-01-30')];
    const r = dueFollowUps({ programs: [program('2026-01-30', { m: done0 })], today: '2026-02-25' });
    expect(r.week).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(listed(r.due)).toEqual(['m:1@2026-02-28']);
    // 08-31 + 1 → 09-30, + 3 → 11-30, + 6 → 2027-02-28
    const late = program('2026-08-31', { m: done0.map((o) => ({ ...o, asOf: '2026-08-31' })) });
    expect(listed(dueFollowUps({ programs: [late], today: '2026-09-30' }).due)).toEqual(['m:1@2026-09-30']);
    expect(listed(dueFollowUps({ programs: [late], today: '2026-11-30' }).due)).toEqual(['m:3@2026-11-30']);
    expect(listed(dueFollowUps({ programs: [late], today: '2027-02-28' }).due)).toEqual(['m:6@2027-02-28']);
  });

  it('knows leap years: 01-31 + 1 month is 02-29 in 2028, 02-28 in 2027', () => {
    const leap = program('2028-01-31', { m: [outcome(0, 'seeking', '2028-01-31')] });
    expect(listed(dueFollowUps({ programs: [leap], today: '2028-02-29' }).due)).toEqual(['m:1@2028-02-29']);
    const common = program('2027-01-29', { m: [outcome(0, 'seeking', '2027-01-29')] });
    // 01-29 + 1 → 02-28 (no 02-29 in 2027), in the week of Mon 02-22 .. Sun 02-28
    expect(listed(dueFollowUps({ programs: [common], today: '2027-02-22' }).due)).toEqual(['m:1@2027-02-28']);
  });

  it('lists points due in the week that spans the year end', () => {
    // 2026-12-03 + 1 → 2027-01-03 (Sunday); 2026-09-30 + 3 → 2026-12-30; today Thu 2026-12-31
    const r = dueFollowUps({
      programs: [
        program('2026-12-03', { a: [outcome(0, 'seeking', '2026-12-03')] }, true, 'p1'),
        program(
          '2026-09-30',
          { b: [outcome(0, 'seeking', '2026-09-30'), outcome(1, 'seeking', '2026-10-30')] },
          true,
          'p2',
        ),
      ],
      today: '2026-12-31',
    });
    expect(listed(r.due)).toEqual(['b:3@2026-12-30', 'a:1@2027-01-03']);
    expect(r.overdue).toEqual([]);
  });

  it('lists open points missed before this week as overdue, up to 60 days', () => {
    // today Wed 2026-03-04; checkpoint 0 of 01-03 is 60 days late, of 01-02 61
    const r = dueFollowUps({
      programs: [
        program('2026-01-03', { in: [] }, true, 'p1'),
        program('2026-01-02', { out: [] }, true, 'p2'),
        program('2026-03-01', { sunday: [] }, true, 'p3'), // the Sunday before this week
      ],
      points: [3],
      today: '2026-03-04',
    });
    expect(listed(r.due)).toEqual([]);
    expect(r.overdue.map((o) => [o.memberId, o.dueOn, o.daysLate])).toEqual([
      ['in', '2026-01-03', 60],
      ['sunday', '2026-03-01', 3],
    ]);
  });

  it('lists a point due earlier this week as due, not overdue', () => {
    const r = dueFollowUps({ programs: [program('2026-03-02', { m: [] })], today: '2026-03-08' });
    expect(listed(r.due)).toEqual(['m:0@2026-03-02']);
    expect(r.overdue).toEqual([]);
    // one day later it is a week ago
    const next = dueFollowUps({ programs: [program('2026-03-02', { m: [] })], today: '2026-03-09' });
    expect(next.overdue.map((o) => [o.checkpointMonths, o.daysLate])).toEqual([[0, 7]]);
  });

  it('counts a checkpoint done by any current record, unreachable included', () => {
    const r = dueFollowUps({
      programs: [
        program('2026-03-04', {
          reached: [outcome(0, 'employed', '2026-03-04')],
          noAnswer: [outcome(0, 'unreachable', '2026-03-04')],
          open: [],
        }),
      ],
      today: '2026-03-05',
    });
    expect(listed(r.due)).toEqual(['open:0@2026-03-04']);
  });

  it('reopens a checkpoint whose only record was superseded', () => {
    // entered as the 1-month follow-up by mistake, corrected to checkpoint 0
    const wrong = outcome(1, 'seeking', '2026-03-04', true);
    const fixed = outcome(0, 'seeking', '2026-03-04');
    // 03-04 + 1 month → Sat 04-04, in the week of Wed 04-01
    const r = dueFollowUps({ programs: [program('2026-03-04', { m: [wrong, fixed] })], today: '2026-04-01' });
    expect(listed(r.due)).toEqual(['m:1@2026-04-04']);
  });

  it('lists nothing for a member whose latest status is declined', () => {
    const r = dueFollowUps({
      programs: [
        program('2026-03-04', {
          declined: [outcome(0, 'declined', '2026-03-04')],
          // declined at completion, then took a call a month on: followed up again
          changedMind: [outcome(0, 'declined', '2026-03-04'), outcome(1, 'seeking', '2026-04-03')],
          // declined at 1 month after seeking at completion
          laterDeclined: [outcome(0, 'seeking', '2026-03-04'), outcome(1, 'declined', '2026-04-03')],
          // a "declined" entered by mistake and superseded does not count
          mistaken: [outcome(0, 'declined', '2026-03-04', true), outcome(0, 'seeking', '2026-03-04')],
        }),
      ],
      today: '2026-06-01', // Monday; 3 months → Thu 06-04; 1 month → 04-04, 58 days ago
    });
    expect(listed(r.due)).toEqual(['changedMind:3@2026-06-04', 'mistaken:3@2026-06-04']);
    expect(listed(r.overdue)).toEqual(['mistaken:1@2026-04-04']);
  });

  it('lists nothing for a program that has not ended', () => {
    const r = dueFollowUps({ programs: [program('2026-03-04', { m: [] }, false)], today: '2026-03-04' });
    expect(r.due).toEqual([]);
    expect(r.overdue).toEqual([]);
  });

  it('takes the center’s points', () => {
    const r = dueFollowUps({
      programs: [program('2026-03-04', { m: [outcome(0, 'seeking', '2026-03-04')] })],
      points: [2],
      today: '2026-05-04',
    });
    expect(listed(r.due)).toEqual(['m:2@2026-05-04']);
  });

  it('refuses dates and points it cannot count with', () => {
    const programs = [program('2026-03-04', { m: [] })];
    expect(() => dueFollowUps({ programs, today: '2026-02-30' })).toThrow(RangeError);
    expect(() => dueFollowUps({ programs: [program('2026-3-4', {})], today: '2026-03-04' })).toThrow(
      RangeError,
    );
    for (const points of [[0], [1.5], [1, 1], [-1]])
      expect(() => dueFollowUps({ programs, points, today: '2026-03-04' })).toThrow(RangeError);
  });
});
