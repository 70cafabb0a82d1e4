import { describe, expect, it } from 'vitest';
import { pathOf, routeFromPath } from '../../../client/src/facilitator/state/route-slice.js';
import {
  beforeAfterGeometry,
  CHART,
  tickStep,
} from '../../../client/src/facilitator/ui/charts/before-after.js';
import {
  formatChange,
  formatCi,
  formatP,
  sideMarks,
} from '../../../client/src/facilitator/ui/assessments/assessment-format.js';

const pair = (nickname: string, pre: number, post: number) => ({ memberId: nickname, nickname, pre, post });

describe('before/after chart geometry', () => {
  it('sorts by change, largest gain first, and places dots on the full range', () => {
    const g = beforeAfterGeometry(
      [pair('가', 10, 12), pair('나', 20, 35), pair('다', 30, 25), pair('라', 5, 7)],
      { min: 5, max: 35 },
    );
    expect(g.rows.map((r) => [r.nickname, r.change])).toEqual([
      ['나', 15],
      ['가', 2],
      ['라', 2],
      ['다', -5],
    ]);
    const nah = g.rows[0]!;
    expect(nah.postX).toBe(g.right);
    expect(g.rows[2]!.preX).toBe(g.left);
    expect(g.left).toBe(CHART.labelWidth);
    expect(g.rows.map((r) => r.y)).toEqual([0, 1, 2, 3].map((i) => CHART.top + CHART.rowHeight * (i + 0.5)));
    expect(g.ticks.map((t) => t.value)).toEqual([5, 10, 15, 20, 25, 30, 35]);
    expect(g.ticks[0]!.x).toBe(g.left);
    expect(g.ticks.at(-1)!.x).toBe(g.right);
  });

  it('always shows both ends of the scale on the axis', () => {
    expect(beforeAfterGeometry([], { min: 0, max: 10 }).ticks.map((t) => t.value)).toEqual([
      0, 2, 4, 6, 8, 10,
    ]);
    expect(beforeAfterGeometry([], { min: 1, max: 5 }).ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    const odd = beforeAfterGeometry([], { min: 12, max: 48 }).ticks.map((t) => t.value);
    expect([odd[0], odd.at(-1)]).toEqual([12, 48]);
    expect(tickStep(30)).toBe(5);
    expect(tickStep(0)).toBe(1);
  });
});

describe('assessment numbers and marks', () => {
  const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
  it('writes changes with a sign, p below .001 as such, and a CI in brackets', () => {
    expect(formatChange(1.25, 'ko')).toBe('+1.3');
    expect(formatChange(-0.04, 'ko')).toBe('0');
    expect(formatChange(-2, 'en')).toBe('−2');
    expect(formatP(0.0004, 'ko')).toBe('< .001');
    expect(formatP(0.0312, 'en')).toBe('.031');
    expect(formatCi({ lower: -0.5, upper: 2.25 }, 'en')).toBe('[−0.5, +2.25]');
    expect(formatCi(null, 'ko')).toBe('—');
  });
  it('names every mark in words', () => {
    expect(
      sideMarks({ score: 3, dayNumber: 2, late: true, enteredByStaff: true, autoSubmitted: false }, t),
    ).toEqual(['assessments.late{"day":2}', 'assessments.staff']);
    expect(
      sideMarks({ score: null, dayNumber: 1, late: false, enteredByStaff: false, autoSubmitted: true }, t),
    ).toEqual(['assessments.auto', 'assessments.unscored']);
  });
});

describe("the before & after tab's address", () => {
  it('opens on the tab and goes back to the same address', () => {
    const route = routeFromPath('/facilitator/programs/p-1/assessments');
    expect(route).toEqual({ name: 'program', programId: 'p-1', tab: 'assessments' });
    expect(pathOf(route)).toBe('/facilitator/programs/p-1/assessments');
    expect(pathOf({ name: 'program', programId: 'p-1' })).toBe('/facilitator/programs/p-1');
  });
});
