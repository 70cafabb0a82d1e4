import { describe, expect, it } from 'vitest';
import { counselingLines, lineAction } from '../../../client/src/facilitator/ui/console/counseling-lines.js';
import {
  memberChips,
  parseOpenMinutes,
  preClosedByOpening,
  preLockedByPost,
  sortWaves,
  submittedShare,
  waveLineState,
  waveOfLine,
} from '../../../client/src/facilitator/ui/console/wave-lines.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import type { CounselingConsoleView } from '../../../shared/protocol/views.js';
import type { WaveProgressView } from '../../../shared/protocol/wave-views.js';

const wave = (over: Partial<WaveProgressView>): WaveProgressView => ({
  waveId: 'w',
  programId: 'prog',
  instrumentId: 'life-satisfaction',
  instrumentVersion: 1,
  name: { ko: '삶의 만족도', en: 'Life satisfaction' },
  kind: 'pre',
  dayNumber: 1,
  status: 'planned',
  activityId: null,
  dueAt: null,
  anonymous: false,
  submitted: 0,
  started: 0,
  total: 3,
  members: {},
  ...over,
});

const modules: AgendaModule[] = [
  {
    key: 'm1',
    moduleId: null,
    title: '여는 시간',
    minutes: 60,
    activities: [
      { key: 'ap', type: 'action-plan', title: '실행 계획', minutes: 20 },
      { key: 'ls', type: 'instrument', instrumentId: 'life-satisfaction', title: '삶의 만족도', minutes: 5 },
    ],
  },
];

const instrumentView: CounselingConsoleView = {
  id: 'act-ls',
  programId: 'prog',
  sessionId: 's',
  type: 'instrument',
  title: '삶의 만족도',
  config: {},
  pace: 'self',
  status: 'open',
  phase: 'answer',
  agendaKey: 'ls',
  groupingId: null,
  progress: {},
  picture: null,
  commentCount: 0,
};

describe('the console’s instrument lines', () => {
  it('reads who opens a line from the type’s module: an instrument line gets no button', () => {
    const [plan, line] = [
      counselingLines(modules, [instrumentView]).find((l) => l.type === 'instrument')!,
      counselingLines(modules, []).find((l) => l.type === 'action-plan')!,
    ];
    expect(plan).toMatchObject({ openedBy: 'plan', instrumentId: 'life-satisfaction', view: null });
    expect(lineAction(plan)).toBeNull();
    expect(line.openedBy).toBe('line');
    expect(lineAction(line)).toBe('open');
  });

  it('finds the wave of the line’s instrument on the line’s day, never another day’s or instrument’s', () => {
    const pre = wave({ waveId: 'pre', kind: 'pre', dayNumber: 1 });
    const post = wave({ waveId: 'post', kind: 'post', dayNumber: 3 });
    const other = wave({ waveId: 'jsr', instrumentId: 'job-search-readiness', dayNumber: 1 });
    const waves = [other, post, pre];
    expect(waveOfLine('life-satisfaction', 1, waves)?.waveId).toBe('pre');
    expect(waveOfLine('life-satisfaction', 3, waves)?.waveId).toBe('post');
    expect(waveOfLine('job-search-readiness', 1, waves)?.waveId).toBe('jsr');
    // A middle day, an instrument the plan lacks, a line naming none, a day not known: no wave.
    expect(waveOfLine('life-satisfaction', 2, waves)).toBeNull();
    expect(waveOfLine('rosenberg', 1, waves)).toBeNull();
    expect(waveOfLine(undefined, 1, waves)).toBeNull();
    expect(waveOfLine('life-satisfaction', null, waves)).toBeNull();
  });

  it('says what the line shows: its kind with the count, 예정 or 마감, or that the plan has none', () => {
    expect(waveLineState(null)).toEqual({ state: 'none' });
    expect(waveLineState(wave({ status: 'open', submitted: 2, total: 3 }))).toEqual({
      state: 'open',
      kind: 'pre',
      submitted: 2,
      total: 3,
    });
    expect(waveLineState(wave({ status: 'closed', kind: 'post' }))).toMatchObject({
      state: 'closed',
      kind: 'post',
    });
  });
});

describe('the 평가 panel’s pure parts', () => {
  it('orders waves by day, then before, once, after', () => {
    const list = sortWaves([
      wave({ waveId: 'post', kind: 'post', dayNumber: 3 }),
      wave({ waveId: 'once', kind: 'once', dayNumber: 3 }),
      wave({ waveId: 'none', kind: 'pre', dayNumber: null }),
      wave({ waveId: 'pre', kind: 'pre', dayNumber: 1 }),
    ]);
    expect(list.map((w) => w.waveId)).toEqual(['pre', 'once', 'post', 'none']);
  });

  it('draws the share handed in, 0 with no members', () => {
    expect(submittedShare({ submitted: 1, total: 4 })).toBe(0.25);
    expect(submittedShare({ submitted: 0, total: 0 })).toBe(0);
  });

  it('gives chips by nickname for a named wave and none at all for an anonymous one', () => {
    const members = { m2: 'done', m1: 'started', m3: 'none' } as const;
    const names = new Map([
      ['m1', '나리'],
      ['m2', '가온'],
    ]);
    expect(memberChips({ anonymous: false, members }, names, '?')).toEqual([
      { memberId: 'm3', nickname: '?', state: 'none' },
      { memberId: 'm2', nickname: '가온', state: 'done' },
      { memberId: 'm1', nickname: '나리', state: 'started' },
    ]);
    expect(memberChips({ anonymous: true, members }, names, '?')).toEqual([]);
  });

  it('takes an optional whole number of minutes from 1 to 120', () => {
    expect(parseOpenMinutes('')).toEqual({ ok: true });
    expect(parseOpenMinutes(' 15 ')).toEqual({ ok: true, minutes: 15 });
    expect(parseOpenMinutes('120')).toEqual({ ok: true, minutes: 120 });
    for (const bad of ['0', '121', '2.5', '-3', 'abc']) expect(parseOpenMinutes(bad)).toEqual({ ok: false });
  });
});

describe('opening a post wave', () => {
  it('asks first only when it would close its instrument’s pre for good', () => {
    const pre = wave({ waveId: 'pre', kind: 'pre', status: 'open' });
    const post = wave({ waveId: 'post', kind: 'post', dayNumber: 3 });
    const otherPre = wave({ waveId: 'jsr', instrumentId: 'job-search-readiness' });
    expect(preClosedByOpening(post, [otherPre, pre, post])?.waveId).toBe('pre');
    // Reopening a closed post: its pre is already closed for good.
    expect(preClosedByOpening({ ...post, status: 'closed' }, [pre, post])).toBeNull();
    // No pre planned, or not a post at all.
    expect(preClosedByOpening(post, [otherPre, post])).toBeNull();
    expect(preClosedByOpening(pre, [pre, post])).toBeNull();
  });
});

describe('a pre after its post opened', () => {
  it('cannot open again once the post of its instrument has opened', () => {
    const pre = wave({ waveId: 'pre', kind: 'pre', status: 'closed' });
    const post = wave({ waveId: 'post', kind: 'post', dayNumber: 3 });
    expect(preLockedByPost(pre, [pre, post])).toBe(false);
    expect(preLockedByPost(pre, [pre, { ...post, status: 'open' }])).toBe(true);
    expect(preLockedByPost(pre, [pre, { ...post, status: 'open', instrumentId: 'rosenberg' }])).toBe(false);
  });
});
