import { describe, expect, it } from 'vitest';
import { prePostTables, type TableScore, type TableWave } from '../../../shared/assessment/group-table.js';
import { comparePrePost } from '../../../shared/scoring/prepost.js';

const wave = (id: string, instrumentId: string, kind: TableWave['kind'], dayNumber: number, version = 1) => ({
  id,
  instrumentId,
  instrumentVersion: version,
  kind,
  dayNumber,
});
const score = (waveId: string, memberId: string, value: number | null, extra: Partial<TableScore> = {}) => ({
  waveId,
  memberId,
  score: value,
  subscales: {},
  takenDayNumber: 1,
  enteredByStaff: false,
  autoSubmitted: false,
  ...extra,
});
const members = ['a', 'b', 'c', 'd'].map((id) => ({ id, nickname: `닉${id}` }));

describe('prePostTables', () => {
  it('lists every member, pairs by wave and equals comparePrePost', () => {
    const [table] = prePostTables({
      waves: [wave('p', 'life-satisfaction', 'pre', 1), wave('q', 'life-satisfaction', 'post', 3)],
      members,
      scores: [
        score('p', 'a', 2),
        score('q', 'a', 10, { takenDayNumber: 3, enteredByStaff: true }),
        score('p', 'b', 5, { takenDayNumber: 2 }),
        score('q', 'b', 6, { takenDayNumber: 3, autoSubmitted: true }),
        score('p', 'c', 7),
        score('q', 'd', 4, { takenDayNumber: 3 }),
      ],
    });
    const expected = comparePrePost([
      { participantId: 'a', pre: 2, post: 10 },
      { participantId: 'b', pre: 5, post: 6 },
      { participantId: 'c', pre: 7, post: null },
      { participantId: 'd', pre: null, post: 4 },
    ]);
    expect(table).toMatchObject({
      instrumentId: 'life-satisfaction',
      range: { min: 0, max: 10 },
      n: 2,
      meanChange: expected.meanChange,
      t: expected.t,
      p: expected.p,
      missingPre: ['닉d'],
      missingPost: ['닉c'],
      missingBoth: [],
      subscales: [],
    });
    expect(table!.rows.map((r) => r.nickname)).toEqual(['닉a', '닉b', '닉c', '닉d']);
    expect(table!.rows[0]!.post).toMatchObject({ enteredByStaff: true, late: false });
    expect(table!.rows[1]!.pre).toMatchObject({ late: true, dayNumber: 2 });
    expect(table!.rows[1]!.post).toMatchObject({ autoSubmitted: true });
  });

  it('makes a table only for a pre with its post of the same version', () => {
    const tables = prePostTables({
      waves: [
        wave('p1', 'swls', 'pre', 1),
        wave('s1', 'program-satisfaction', 'once', 2),
        wave('p2', 'rosenberg-self-esteem', 'pre', 1),
        wave('q2', 'rosenberg-self-esteem', 'post', 2, 2),
      ],
      members,
      scores: [],
    });
    expect(tables).toEqual([]);
  });

  it('compares each subscale over its own range; no variation is said as such', () => {
    const sub = (v: number) => ({
      'self-understanding': v,
      goals: v + 1,
      skills: null,
      confidence: v,
    });
    const [table] = prePostTables({
      waves: [wave('p', 'job-search-readiness', 'pre', 1), wave('q', 'job-search-readiness', 'post', 2)],
      members: members.slice(0, 3),
      scores: ['a', 'b', 'c'].flatMap((m, i) => [
        score('p', m, 2 + i, { subscales: sub(2 + i) }),
        score('q', m, 3 + i, { subscales: sub(3 + i) }),
      ]),
    });
    expect(table!.testNote).toBe('no-variation');
    const goals = table!.subscales.find((s) => s.id === 'goals')!;
    expect(goals).toMatchObject({ range: { min: 1, max: 5 }, n: 3, meanChange: 1, testNote: 'no-variation' });
    expect(table!.subscales.find((s) => s.id === 'skills')).toMatchObject({
      n: 0,
      missingBoth: ['닉a', '닉b', '닉c'],
    });
  });
});
