import { describe, expect, it } from 'vitest';
import {
  defaultDayNumber,
  defaultWaves,
  waveDayNumber,
  type AgendaDayLines,
  type PlannedWave,
} from '../../../shared/assessment/waves.js';
import { instrumentById, moduleById, programs, type Instrument } from '../../../shared/content/index.js';
import { programFromTemplate } from '../../../shared/program/template.js';

const line = (instrumentId: string) => ({ type: 'instrument', instrumentId });
const day = (...activities: { type: string; instrumentId?: string }[]): AgendaDayLines => ({
  modules: [{ activities }],
});
const other = { type: 'open-text' };

const wave = (
  instrumentId: string,
  kind: PlannedWave['kind'],
  plannedDayNumber: number | null = null,
): PlannedWave => ({
  instrumentId,
  instrumentVersion: 1,
  kind,
  plannedDayNumber,
  anonymous: kind === 'once',
});

describe('defaultWaves: the plan a program starts with, from its agenda (design §2.2)', () => {
  it.each(programs.map((p) => [p.id, p] as const))('catalog template %s', (_id, template) => {
    const body = programFromTemplate({
      template,
      modules: moduleById,
      trackId: null,
      firstDate: '2026-03-02',
      facilitatorIds: ['f'],
    });
    // Every template opens with the orientation (pre lines) and closes with the review (post lines
    // and the survey), so every program starts with the same five waves.
    expect(defaultWaves(body.days)).toEqual([
      wave('life-satisfaction', 'pre'),
      wave('job-search-readiness', 'pre'),
      wave('life-satisfaction', 'post'),
      wave('job-search-readiness', 'post'),
      wave('program-satisfaction', 'once'),
    ]);
  });

  it('a pre-post line on a day in between makes no wave; one only on the last day makes a post alone', () => {
    const days = [day(other), day(line('swls'), line('rosenberg-self-esteem')), day(line('swls'))];
    expect(defaultWaves(days)).toEqual([wave('swls', 'post')]);
  });

  it('a repeated line on the first day makes one pre', () => {
    expect(defaultWaves([day(line('swls'), line('swls')), day(other)])).toEqual([wave('swls', 'pre')]);
  });

  it('one day: the first line of an instrument is its pre, a later one its post, a single one a pre', () => {
    expect(defaultWaves([day(line('swls'), other, line('swls'), line('life-satisfaction'))])).toEqual([
      wave('swls', 'pre'),
      wave('swls', 'post'),
      wave('life-satisfaction', 'pre'),
    ]);
  });

  it('the survey is taken once, anonymously, on the day of its last line (planned there unless it is the last day)', () => {
    const survey = line('program-satisfaction');
    expect(defaultWaves([day(survey), day(survey), day(other)])).toEqual([
      wave('program-satisfaction', 'once', 2),
    ]);
    expect(defaultWaves([day(survey), day(other), day(survey)])).toEqual([
      wave('program-satisfaction', 'once'),
    ]);
    expect(defaultWaves([day(survey)])[0]?.anonymous).toBe(true);
  });

  it('anonymity and the version come from the instrument, never from the line', () => {
    const swls = instrumentById.get('swls') as Instrument;
    const instruments = new Map([['swls', { ...swls, version: 3 }]]);
    expect(defaultWaves([day(line('swls')), day(line('swls'))], instruments)).toEqual([
      { ...wave('swls', 'pre'), instrumentVersion: 3 },
      { ...wave('swls', 'post'), instrumentVersion: 3 },
    ]);
    for (const w of defaultWaves([day(line('swls'), line('program-satisfaction')), day(line('swls'))]))
      expect(w.anonymous).toBe(w.kind === 'once');
  });

  it('a line naming no library instrument, or none at all, makes no wave; no agenda, no plan', () => {
    expect(defaultWaves([day(line('made-up'), { type: 'instrument' }), day(line('made-up'))])).toEqual([]);
    expect(defaultWaves([])).toEqual([]);
  });
});

describe('the day a wave is taken on', () => {
  it('pre: the first day; post and once: the last; a chosen day wins', () => {
    expect(defaultDayNumber('pre', 4)).toBe(1);
    expect(defaultDayNumber('post', 4)).toBe(4);
    expect(defaultDayNumber('once', 4)).toBe(4);
    expect(waveDayNumber({ kind: 'post', plannedDayNumber: null }, 5)).toBe(5); // follows a new last day
    expect(waveDayNumber({ kind: 'once', plannedDayNumber: 2 }, 4)).toBe(2);
    expect(() => defaultDayNumber('pre', 0)).toThrow(RangeError);
  });
});
