import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoster, type RosterInput } from '../../../shared/program/roster.js';

type Day = RosterInput['days'][number];
const days: Day[] = [
  { id: 'd1', number: 1, date: '2025-03-10', startTime: '10:00', plannedMinutes: 300, session: null },
  { id: 'd2', number: 2, date: '2025-03-11', startTime: '10:00', plannedMinutes: 300, session: null },
]; // 5 h + 5 h = 10 h
/** A date after both days: everything is held and completion is final. */
const AFTER = '2025-04-01';

function member(id: string) {
  return { id, nickname: id, realName: null, createdAt: 1, intake: null };
}

function row(dayId: string, memberId: string, over: Partial<RosterInput['attendance'][number]> = {}) {
  return {
    dayId,
    memberId,
    present: true,
    joinedAt: 1000,
    hours: null,
    corrected: false,
    note: null,
    correctedBy: null,
    lastSeenAt: null,
    connected: false,
    ...over,
  };
}

function roster(attendance: RosterInput['attendance'], memberIds = ['a'], threshold = 0.8) {
  return buildRoster({
    programId: 'p',
    threshold,
    today: AFTER,
    ended: false,
    days,
    members: memberIds.map(member),
    attendance,
  });
}

describe('roster', () => {
  it("counts a present day without a correction as the day's planned hours", () => {
    const r = roster([row('d1', 'a')]);
    expect(r.days.map((d) => d.scheduledHours)).toEqual([5, 5]);
    expect(r.members[0]!.attendance).toEqual([
      {
        present: true,
        hours: 5,
        joinedAt: 1000,
        late: false,
        lastSeenAt: null,
        connected: false,
        corrected: false,
        note: null,
        correctedBy: null,
      },
      null,
    ]);
    expect(r.members[0]).toMatchObject({ attendedHours: 5, ratio: 0.5, completed: false });
  });

  it('counts corrected hours', () => {
    const r = roster([
      row('d1', 'a', { hours: 2.5, corrected: true, note: '조퇴' }),
      row('d2', 'a', { hours: 4, corrected: true, joinedAt: null }),
    ]);
    expect(r.members[0]!.attendance.map((c) => c?.hours)).toEqual([2.5, 4]);
    expect(r.members[0]!.attendance[0]).toMatchObject({ corrected: true, note: '조퇴' });
    expect(r.members[0]!.attendedHours).toBe(6.5);
  });

  it('counts an absent day as no hours, even with hours written', () => {
    const r = roster([row('d1', 'a', { present: false, hours: 3, corrected: true }), row('d2', 'a')]);
    expect(r.members[0]!.attendance[0]).toMatchObject({ present: false, hours: 0 });
    expect(r.members[0]!.attendedHours).toBe(5);
  });

  it('completes at exactly the threshold and not a quarter hour below it', () => {
    const r = roster(
      [
        row('d1', 'exact'),
        row('d2', 'exact', { hours: 3, corrected: true }), // 8 of 10 h = 80%
        row('d1', 'under'),
        row('d2', 'under', { hours: 2.75, corrected: true }), // 7.75 h
        row('d1', 'all'),
        row('d2', 'all'),
      ],
      ['exact', 'under', 'all', 'none'],
    );
    expect(r.members.map((m) => [m.id, m.completed])).toEqual([
      ['exact', true],
      ['under', false],
      ['all', true],
      ['none', false],
    ]);
    expect(r.members[0]!.ratio).toBeCloseTo(0.8);
    expect(r.completion).toEqual({
      threshold: 0.8,
      scheduledHours: 10,
      n: 4,
      completedCount: 2,
      rate: 0.5,
      final: true,
      expectedCount: 2,
      expectedRate: 0.5,
    });
  });

  it("follows the center's threshold", () => {
    const attendance = [row('d1', 'a'), row('d2', 'a', { hours: 3, corrected: true })];
    expect(roster(attendance, ['a'], 0.8).members[0]!.completed).toBe(true);
    expect(roster(attendance, ['a'], 0.9).members[0]!.completed).toBe(false);
  });

  it('lists members but completes no one when no hours are planned', () => {
    const r = buildRoster({
      programId: 'p',
      threshold: 0.8,
      today: AFTER,
      ended: false,
      days: days.map((d) => ({ ...d, plannedMinutes: 0 })),
      members: [member('a'), member('b')],
      attendance: [row('d1', 'a')],
    });
    expect(r.members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(r.members[0]!.attendance[0]).toMatchObject({ present: true, hours: 0 });
    expect(r.members.every((m) => !m.completed && m.ratio === 0 && m.attendedHours === 0)).toBe(true);
    expect(r.completion).toMatchObject({ scheduledHours: 0, n: 2, completedCount: 0, rate: null });
    expect(r.completion.expectedRate).toBeNull();
    expect(r.attendance).toEqual({ heldDays: 2, heldHours: 0, rate: null });
    expect(r.members.every((m) => m.ratioSoFar === null)).toBe(true);
  });

  it('handles a program with no members and ignores attendance of unknown days or members', () => {
    const empty = roster([], []);
    expect(empty.members).toEqual([]);
    expect(empty.completion.rate).toBeNull();
    const r = roster([row('other-day', 'a'), row('d1', 'stranger')]);
    expect(r.members).toHaveLength(1);
    expect(r.members[0]!.attendance).toEqual([null, null]);
  });

  it('never counts more than the planned hours, and completion follows the ratio', () => {
    const hoursArb = fc.option(
      fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
      { nil: null },
    );
    const cellArb = fc.option(fc.record({ present: fc.boolean(), hours: hoursArb }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(cellArb, cellArb), { minLength: 1, maxLength: 6 }), (cells) => {
        const ids = cells.map((_, i) => `m${i}`);
        const attendance = cells.flatMap(([c1, c2], i) => [
          ...(c1 ? [row('d1', ids[i]!, { ...c1, corrected: c1.hours !== null })] : []),
          ...(c2 ? [row('d2', ids[i]!, { ...c2, corrected: c2.hours !== null })] : []),
        ]);
        const r = roster(attendance, ids);
        for (const m of r.members) {
          expect(m.attendedHours).toBeLessThanOrEqual(10);
          expect(m.ratio).toBeCloseTo(m.attendedHours / 10);
          expect(m.completed).toBe(m.ratio >= 0.8 - 1e-9);
        }
        expect(r.completion.completedCount).toBe(r.members.filter((m) => m.completed).length);
      }),
    );
  });
});
