import { beforeAll, describe, expect, it } from 'vitest';
import { addStrings, translate, type TFn } from '../../../client/src/common/i18n.js';
import {
  distributionGeometry,
  DISTRIBUTION,
} from '../../../client/src/facilitator/ui/charts/distribution.js';
import {
  cellText,
  meanText,
  paperText,
  peopleText,
  pendingState,
  pointLabel,
  sdText,
} from '../../../client/src/facilitator/ui/satisfaction/satisfaction-format.js';
import { pathOf, routeFromPath } from '../../../client/src/facilitator/state/route-slice.js';
import { satisfactionStrings } from '../../../client/src/i18n/facilitator/satisfaction.js';
import { instrumentById } from '../../../shared/content/index.js';
import { breakdownFigure, countFigure, meanFigure } from '../../../shared/privacy/figures.js';
import { satisfactionView, type SatisfactionView } from '../../../shared/satisfaction/view.js';

/** How the satisfaction tab writes figures under the small-count rule, its chart's geometry and its addresses. */
const ko: TFn = (key, options) => translate(key, options, 'ko');
const en: TFn = (key, options) => translate(key, options, 'en');
beforeAll(() => addStrings(satisfactionStrings));

const survey = instrumentById.get('program-satisfaction')!;
const view = (over: Partial<Parameters<typeof satisfactionView>[0]> = {}): SatisfactionView =>
  satisfactionView({
    waveId: '00000000-0000-4000-8000-000000000001',
    status: 'closed',
    instrument: survey,
    responses: [],
    unreleased: 0,
    completed: 0,
    paper: 0,
    threshold: 3,
    ...over,
  });

describe('figures as the tab writes them', () => {
  it('writes a mean with two decimals and its n, and "3명 미만" below the center’s threshold', () => {
    expect(meanText(meanFigure(4.25, 4, 3), 'ko', ko)).toBe('4.25 (n = 4)');
    expect(meanText(meanFigure(4.5, 12, 3), 'en', en)).toBe('4.50 (n = 12)');
    expect(meanText(meanFigure(4, 2, 3), 'ko', ko)).toBe('3명 미만');
    // The center's own number, not a fixed 3.
    expect(meanText(meanFigure(4, 4, 5), 'ko', ko)).toBe('5명 미만');
    expect(meanText(meanFigure(4, 4, 5), 'en', en)).toBe('fewer than 5');
    expect(sdText(0.5, 'ko', ko)).toBe('표준편차 0.50');
    expect(sdText(null, 'ko', ko)).toBeNull();
  });

  it('writes counts of people and paper forms, and each distribution cell', () => {
    expect(peopleText(countFigure(4, 3), ko)).toBe('4명');
    expect(peopleText(countFigure(2, 3), ko)).toBe('3명 미만');
    expect(paperText(countFigure(0, 3), ko)).toBeNull();
    expect(paperText(countFigure(3, 3), ko)).toBe('종이 응답 3건');
    expect(paperText(countFigure(1, 3), ko)).toBe('종이 응답 3명 미만');
    const cells = breakdownFigure(
      [
        { key: 4, count: 1 },
        { key: 5, count: 5 },
        { key: 3, count: 0 },
        { key: 2, count: 1 },
      ],
      3,
    );
    expect('cells' in cells).toBe(true);
    if (!('cells' in cells)) return;
    // Two small cells over a public total: the largest is hidden too, else 7 − 5 would tell them.
    expect(cells.cells.map((c) => cellText(c, ko))).toEqual(['3명 미만', '비공개', '0명', '3명 미만']);
    expect(pointLabel(view().scale, 5, 'ko')).toBe('5 매우 그렇다');
    expect(pointLabel(view().scale, 1, 'en')).toBe('1 Strongly disagree');
  });

  it('says what waits: with the close before the first release, "(3명 미만)" after it', () => {
    const open = view({ status: 'open', unreleased: 2 });
    expect(pendingState(open, ko)).toEqual({
      text: '제출된 응답 2건은 마감 때 함께 반영됩니다.',
      canRelease: false,
    });
    const four = Array.from({ length: 4 }, () => ({ content: 4 }));
    expect(pendingState(view({ responses: four, unreleased: 1 }), ko)).toEqual({
      text: '1건은 아직 반영되지 않았습니다 (3명 미만)',
      canRelease: true,
    });
    expect(pendingState(view({ responses: four, unreleased: 3 }), ko)).toEqual({
      text: '3건은 아직 반영되지 않았습니다',
      canRelease: true,
    });
    expect(pendingState(view({ responses: four }), ko)).toEqual({ text: null, canRelease: false });
  });
});

describe('the distribution chart', () => {
  it('scales each bar to its share of n on one track length and lines the counts up after the tracks', () => {
    const g = distributionGeometry(
      [
        { key: 1, label: '1', count: 0, text: '0명' },
        { key: 2, label: '2', count: null, text: '3명 미만' },
        { key: 4, label: '4', count: 3, text: '3명' },
        { key: 5, label: '5', count: 6, text: '6명' },
      ],
      12,
    );
    expect(g.rows.map((r) => r.barWidth)).toEqual([0, 0, DISTRIBUTION.barMax / 4, DISTRIBUTION.barMax / 2]);
    expect(g.rows.map((r) => r.y)).toEqual([0, 30, 60, 90]);
    expect(g.height).toBe(4 * DISTRIBUTION.rowHeight);
    expect(new Set(g.rows.map((r) => r.textX))).toEqual(new Set([g.barX + g.barMax + DISTRIBUTION.gap]));
    expect(g.barX + g.barMax).toBeLessThan(g.width);
    // Nobody answered: no bar, no division by zero.
    expect(distributionGeometry([{ key: 1, label: '1', count: 0, text: '0명' }], 0).rows[0]!.barWidth).toBe(
      0,
    );
  });
});

describe('the addresses', () => {
  it('opens the satisfaction tab and the blank form by path, and writes them back', () => {
    const tab = routeFromPath('/facilitator/programs/p1/satisfaction');
    expect(tab).toEqual({ name: 'program', programId: 'p1', tab: 'satisfaction' });
    expect(pathOf(tab)).toBe('/facilitator/programs/p1/satisfaction');
    const form = routeFromPath('/facilitator/programs/p1/print/satisfaction-form');
    expect(form).toEqual({ name: 'satisfactionForm', programId: 'p1' });
    expect(pathOf(form)).toBe('/facilitator/programs/p1/print/satisfaction-form');
    expect(routeFromPath('/facilitator/programs/p1/follow-up')).toMatchObject({ tab: 'followUp' });
    expect(routeFromPath('/facilitator/programs/p1')).toEqual({ name: 'program', programId: 'p1' });
    expect(routeFromPath('/facilitator/programs/p1/nothing')).toEqual({ name: 'home' });
  });
});
