import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rotation } from '../../../shared/grouping/rotation.js';

const TRIAD = ['interviewer', 'candidate', 'observer'] as const;

describe('rotation', () => {
  it('swaps a pair over two rounds', () => {
    expect(rotation(2, TRIAD)).toEqual([
      ['interviewer', 'candidate'],
      ['candidate', 'interviewer'],
    ]);
  });

  it('gives each member of a trio each role once over three rounds', () => {
    const rounds = rotation(3, TRIAD);
    expect(rounds).toHaveLength(3);
    for (const round of rounds) expect([...round].sort()).toEqual([...TRIAD].sort());
    for (let seat = 0; seat < 3; seat++) expect(rounds.map((r) => r[seat]).sort()).toEqual([...TRIAD].sort());
  });

  it('lets the fourth seat of a four observe, each member candidate once over four rounds', () => {
    expect(rotation(4, TRIAD)).toEqual([
      ['interviewer', 'candidate', 'observer', 'observer'],
      ['observer', 'interviewer', 'candidate', 'observer'],
      ['observer', 'observer', 'interviewer', 'candidate'],
      ['candidate', 'observer', 'observer', 'interviewer'],
    ]);
  });

  it('has no rounds for a group of one, and refuses bad input', () => {
    expect(rotation(1, TRIAD)).toEqual([]);
    expect(() => rotation(0, TRIAD)).toThrow(RangeError);
    expect(() => rotation(3, ['interviewer', 'candidate'])).toThrow(RangeError);
    expect(() => rotation(3, ['interviewer', 'interviewer', 'observer'])).toThrow(RangeError);
  });

  it('over its rounds makes each member candidate once and interviewer once, one of each per round', () => {
    const roles = fc.constantFrom(
      ['asks', 'answers', 'watches'] as const,
      ['asks', 'answers', 'watches', 'times'] as const,
      ['asks', 'answers', 'watches', 'times', 'notes'] as const,
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), roles, (n, list) => {
        const rounds = rotation(n, list);
        expect(rounds).toHaveLength(n);
        for (const round of rounds) {
          expect(round).toHaveLength(n);
          expect(round.filter((r) => r === 'asks')).toHaveLength(1);
          expect(round.filter((r) => r === 'answers')).toHaveLength(1);
        }
        for (let seat = 0; seat < n; seat++) {
          const mine = rounds.map((r) => r[seat]);
          expect(mine.filter((r) => r === 'answers')).toHaveLength(1);
          expect(mine.filter((r) => r === 'asks')).toHaveLength(1);
          // with exactly as many roles as seats, each member holds each role once
          if (n === list.length) expect([...mine].sort()).toEqual([...list].sort());
        }
      }),
    );
  });
});
