import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoster, isLate, LATE_AFTER_MINUTES, type RosterInput } from '../../../shared/program/roster.js';

/**
 * The roster as a counselor keeps it: the attendance rate over the days held so far, completion as a
 * forecast until every day is held, lateness, last seen and who corrected a day.
 */
type Day = RosterInput['days'][number];
type Row = RosterInput['attendance'][number];

/** Four 2-hour days, 10:00 at the center; "today" is day 3's date unless a test says otherwise. */
const DATES = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13'];
const TODAY = '2025-03-12';
const days = (sessions: (Day['session'] | undefined)[] = []): Day[] =>
  DATES.map((date, i) => ({
    id: `d${i + 1}`,
    number: i + 1,
    date,
    startTime: '10:00',
    plannedMinutes: 120,
    session: sessions[i] ?? null,
  }));

const at = (date: string, time: string) => Date.parse(`${date}T${time}+09:00`);

function row(day: number, memberId: string, over: Partial<Row> = {}): Row {
  return {
    dayId: `d${day}`,
    memberId,
    present: true,
    joinedAt: at(DATES[day - 1]!, '09:55:00'),
    hours: null,
    corrected: false,
    note: null,
    correctedBy: null,
    lastSeenAt: null,
    connected: false,
    ...over,
  };
}

function roster(
  attendance: Row[],
  options: { members?: string[]; today?: string; ended?: boolean; days?: Day[]; threshold?: number } = {},
) {
  return buildRoster({
    programId: 'p',
    threshold: options.threshold ?? 0.8,
    today: options.today ?? TODAY,
    ended: options.ended ?? false,
    days: options.days ?? days(),
    members: (options.members ?? ['a']).map((id) => ({
      id,
      nickname: id,
      realName: null,
      createdAt: 1,
      intake: null,
    })),
    attendance,
  });
}

describe('roster: attendance over the days held so far', () => {
  it('halfway through, full attendance is 100% (not 50%), and completion is a forecast', () => {
    const r = roster([row(1, 'a'), row(2, 'a')]);
    expect(r.days.map((d) => d.held)).toEqual([true, true, false, false]);
    expect(r.members[0]).toMatchObject({ ratio: 0.5, ratioSoFar: 1, completed: false, reachable: true });
    expect(r.attendance).toEqual({ heldDays: 2, heldHours: 4, rate: 1 });
    expect(r.completion).toMatchObject({
      final: false,
      completedCount: 0,
      expectedCount: 1,
      expectedRate: 1,
    });
  });

  it('counts today once its day is started, and an absent held day lowers the rate', () => {
    const running = days([{ status: 'ended' }, { status: 'ended' }, { status: 'live' }]);
    const r = roster([row(1, 'a'), row(2, 'a'), row(1, 'b'), row(3, 'a')], {
      members: ['a', 'b'],
      days: running,
    });
    expect(r.days.map((d) => d.held)).toEqual([true, true, true, false]);
    expect(r.days.map((d) => d.running)).toEqual([false, false, true, false]);
    expect(r.members.map((m) => m.ratioSoFar)).toEqual([1, 1 / 3]);
    // (6 + 2) of 2 × 6 member-hours.
    expect(r.attendance).toEqual({ heldDays: 3, heldHours: 6, rate: 8 / 12 });
    // b missed 4 of 8 hours: 80% is out of reach; a can still complete. Running: not final.
    expect(r.members.map((m) => m.reachable)).toEqual([true, false]);
    expect(r.completion).toMatchObject({ final: false, expectedCount: 1, expectedRate: 0.5 });
  });

  it('never counts a day not yet held, even one with a record; a day started early counts', () => {
    const r = roster([
      row(1, 'a'),
      row(2, 'a'),
      row(4, 'a', { hours: null, corrected: true, joinedAt: null }),
    ]);
    expect(r.members[0]).toMatchObject({ ratioSoFar: 1, attendedHours: 6, ratio: 0.75 });
    expect(r.attendance.heldDays).toBe(2);
    const early = roster([row(1, 'a'), row(2, 'a'), row(4, 'a')], {
      days: days([{ status: 'ended' }, { status: 'ended' }, null, { status: 'ended' }]),
    });
    expect(early.days.map((d) => d.held)).toEqual([true, true, false, true]);
    expect(early.members[0]!.ratioSoFar).toBe(1);
    expect(early.attendance).toMatchObject({ heldDays: 3, heldHours: 6 });
  });

  it('before any day is held there is no rate, and the forecast is everyone', () => {
    const r = roster([], { today: '2025-03-01', members: ['a', 'b'] });
    expect(r.attendance).toEqual({ heldDays: 0, heldHours: 0, rate: null });
    expect(r.members.map((m) => m.ratioSoFar)).toEqual([null, null]);
    expect(r.completion).toMatchObject({ final: false, expectedCount: 2, rate: 0 });
  });

  it('is final once every day is held and none runs, or once the program ended', () => {
    const attendance = [1, 2, 3, 4].map((d) => row(d, 'a'));
    expect(roster(attendance, { today: '2025-03-14' }).completion).toMatchObject({
      final: true,
      completedCount: 1,
      rate: 1,
    });
    const lastRunning = days([
      { status: 'ended' },
      { status: 'ended' },
      { status: 'ended' },
      { status: 'live' },
    ]);
    expect(roster(attendance, { today: '2025-03-13', days: lastRunning }).completion.final).toBe(false);
    // Ended early, after two days: the days never held are not counted as missed.
    const ended = roster([row(1, 'a'), row(2, 'a')], { ended: true });
    expect(ended.completion).toMatchObject({ final: true, completedCount: 0 });
    expect(ended.attendance).toMatchObject({ heldDays: 2, rate: 1 });
  });

  it('the rate so far follows the held days only (property)', () => {
    const cell = fc.option(
      fc.record({
        present: fc.boolean(),
        hours: fc.option(fc.integer({ min: 0, max: 8 }).map((q) => q / 4)),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.tuple(cell, cell, cell, cell),
        (members, started, other) => {
          const ids = members.map((_, i) => `m${i}`);
          const withSessions = days(started.map((s) => (s ? { status: 'ended' as const } : null)));
          const rowsOf = (cells: (typeof members)[number], id: string) =>
            cells.flatMap((c, d) => (c ? [row(d + 1, id, { ...c, corrected: c.hours !== null })] : []));
          const base = roster(
            members.flatMap((cells, i) => rowsOf(cells, ids[i]!)),
            { members: ids, days: withSessions },
          );
          const held = base.days.map((d) => d.held);
          // What happens on days not held never moves the rate so far.
          const changed = roster(
            members.flatMap((cells, i) =>
              rowsOf(cells.map((c, d) => (held[d] ? c : other[d])) as typeof cells, ids[i]!),
            ),
            { members: ids, days: withSessions },
          );
          expect(changed.attendance).toEqual(base.attendance);
          expect(changed.members.map((m) => m.ratioSoFar)).toEqual(base.members.map((m) => m.ratioSoFar));
          for (const m of base.members) {
            const attended = m.attendance.reduce((sum, c, d) => sum + (held[d] ? (c?.hours ?? 0) : 0), 0);
            const heldHours = base.attendance.heldHours;
            if (heldHours === 0) expect(m.ratioSoFar).toBeNull();
            else expect(m.ratioSoFar).toBeCloseTo(attended / heldHours);
            // Completion is judged on the whole program; a member who completed could still.
            if (m.completed) expect(m.reachable).toBe(true);
          }
          // Everyone present on every held day: 100% so far, whatever lies ahead.
          const full = roster(
            ids.flatMap((id) => [1, 2, 3, 4].filter((d) => held[d - 1]).map((d) => row(d, id))),
            { members: ids, days: withSessions },
          );
          expect(full.attendance.rate).toBe(heldCount(held) > 0 ? 1 : null);
        },
      ),
    );
  });
});

const heldCount = (held: boolean[]) => held.filter(Boolean).length;

describe('roster: first join, last seen, lateness and corrections', () => {
  it(`marks a first join more than ${LATE_AFTER_MINUTES} minutes after the start as late`, () => {
    expect(isLate(at('2025-03-10', '09:52:00'), '10:00')).toBe(false);
    expect(isLate(at('2025-03-10', '10:10:00'), '10:00')).toBe(false);
    expect(isLate(at('2025-03-10', '10:10:01'), '10:00')).toBe(true);
    // A day held on another date is measured on the date it was held.
    expect(isLate(at('2025-03-20', '10:05:00'), '10:00')).toBe(false);
    expect(isLate(at('2025-03-20', '13:00:00'), '10:00')).toBe(true);
    // Marked present by hand: no join, no lateness.
    expect(isLate(null, '10:00')).toBe(false);
    const r = roster([row(1, 'a', { joinedAt: at('2025-03-10', '10:25:00') }), row(2, 'a')]);
    expect(r.members[0]!.attendance.map((c) => c?.late)).toEqual([true, false, undefined, undefined]);
  });

  it('carries last seen, presence and the correction with its note and author', () => {
    const seen = at('2025-03-10', '15:40:00');
    const r = roster(
      [
        row(1, 'a', { lastSeenAt: seen }),
        row(2, 'a', { connected: true, lastSeenAt: at('2025-03-11', '09:55:00') }),
        row(1, 'b', {
          present: true,
          hours: 1.5,
          corrected: true,
          note: '병원 진료로 조퇴',
          correctedBy: '김상담',
        }),
      ],
      { members: ['a', 'b'] },
    );
    expect(r.members[0]!.attendance[0]).toMatchObject({ lastSeenAt: seen, connected: false });
    expect(r.members[0]!.attendance[1]).toMatchObject({ connected: true });
    expect(r.members[1]!.attendance[0]).toMatchObject({
      hours: 1.5,
      corrected: true,
      note: '병원 진료로 조퇴',
      correctedBy: '김상담',
    });
    expect(r.days.map((d) => d.startTime)).toEqual(['10:00', '10:00', '10:00', '10:00']);
  });
});
