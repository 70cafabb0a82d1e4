import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pairScores,
  prePostRowsOf,
  type PairedMember,
  type StoredScore,
} from '../../../shared/assessment/waves.js';
import { comparePrePost } from '../../../shared/scoring/index.js';

const INSTRUMENT = { id: 'swls', version: 1 };

interface World {
  dayCount: number;
  memberIds: string[];
  scores: StoredScore[];
}

/**
 * A program of 1–6 days and up to 15 members, each with a pre, a post, both or neither; a side may be
 * unscorable (null), taken on any day or between days, entered by staff or auto-submitted; the rows
 * come in any order.
 */
const world: fc.Arbitrary<World> = fc
  .integer({ min: 1, max: 6 })
  .chain((dayCount) => {
    const side = fc.option(
      fc.record({
        score: fc.option(
          fc.oneof(
            fc.integer({ min: 5, max: 35 }),
            fc.integer({ min: 12, max: 60 }).map((k) => k / 12),
          ),
          { nil: null },
        ),
        takenDayNumber: fc.option(fc.integer({ min: 1, max: dayCount }), { nil: null }),
        by: fc.constantFrom('member', 'staff', 'auto'),
      }),
      { nil: null },
    );
    return fc.record({
      dayCount: fc.constant(dayCount),
      members: fc.array(fc.record({ pre: side, post: side }), { maxLength: 15 }),
    });
  })
  .chain(({ dayCount, members }) => {
    const memberIds = members.map((_, i) => `m${i}`);
    const scores = members.flatMap((m, i) =>
      (['pre', 'post'] as const).flatMap((kind): StoredScore[] => {
        const s = m[kind];
        if (s === null) return [];
        return [
          {
            memberId: `m${i}`,
            instrumentId: INSTRUMENT.id,
            instrumentVersion: INSTRUMENT.version,
            kind,
            score: s.score,
            takenDayNumber: s.takenDayNumber,
            enteredByStaff: s.by === 'staff',
            autoSubmitted: s.by === 'auto',
          },
        ];
      }),
    );
    return fc
      .shuffledSubarray(scores, { minLength: scores.length })
      .map((shuffled) => ({ dayCount, memberIds, scores: shuffled }));
  });

const pair = (w: World, scores: readonly StoredScore[] = w.scores): PairedMember[] =>
  pairScores({
    instrument: INSTRUMENT,
    memberIds: w.memberIds,
    scores,
    preDayNumber: 1,
    postDayNumber: w.dayCount,
  });

const find = (w: World, memberId: string, kind: 'pre' | 'post') =>
  w.scores.find((s) => s.memberId === memberId && s.kind === kind);

describe('pairScores (design §2.6)', () => {
  it('lists every member once, in order, with the sides they have; a missing side is missing, never dropped', () => {
    fc.assert(
      fc.property(world, (w) => {
        const pairs = pair(w);
        expect(pairs.map((p) => p.memberId)).toEqual(w.memberIds);
        for (const p of pairs) {
          const pre = find(w, p.memberId, 'pre');
          const post = find(w, p.memberId, 'post');
          expect(p.pre?.score).toBe(pre?.score);
          expect(p.post?.score).toBe(post?.score);
          const both = pre?.score != null && post?.score != null;
          expect(p.change).toBe(both ? (post.score as number) - (pre.score as number) : null);
        }
        // The group table's counts follow: a side that is absent or unscorable is missing.
        const has = (p: PairedMember, kind: 'pre' | 'post') => p[kind]?.score != null;
        const r = comparePrePost(prePostRowsOf(pairs));
        expect(r.n).toBe(pairs.filter((p) => has(p, 'pre') && has(p, 'post')).length);
        expect(r.missingPre).toEqual(
          pairs.filter((p) => !has(p, 'pre') && has(p, 'post')).map((p) => p.memberId),
        );
        expect(r.missingPost).toEqual(
          pairs.filter((p) => has(p, 'pre') && !has(p, 'post')).map((p) => p.memberId),
        );
        expect(r.missingBoth).toEqual(
          pairs.filter((p) => !has(p, 'pre') && !has(p, 'post')).map((p) => p.memberId),
        );
      }),
    );
  });

  it("flags a side taken after its wave's day as late, and a late side still counts in the pairing (Q2)", () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 6 }), (w, preDay) => {
        const preDayNumber = Math.min(preDay, w.dayCount);
        const pairs = pairScores({
          instrument: INSTRUMENT,
          memberIds: w.memberIds,
          scores: w.scores,
          preDayNumber,
          postDayNumber: w.dayCount,
        });
        for (const p of pairs) {
          for (const [kind, waveDay] of [
            ['pre', preDayNumber],
            ['post', w.dayCount],
          ] as const) {
            const taken = find(w, p.memberId, kind)?.takenDayNumber ?? null;
            if (p[kind] === null) continue;
            expect(p[kind].dayNumber).toBe(taken);
            expect(p[kind].late).toBe(taken !== null && taken > waveDay);
          }
        }
        // Had every side been taken on its wave's day, the changes and the test would be the same.
        const onTime = w.scores.map((s) => ({
          ...s,
          takenDayNumber: s.kind === 'pre' ? preDayNumber : w.dayCount,
        }));
        const punctual = pairScores({
          instrument: INSTRUMENT,
          memberIds: w.memberIds,
          scores: onTime,
          preDayNumber,
          postDayNumber: w.dayCount,
        });
        expect(punctual.every((p) => !p.pre?.late && !p.post?.late)).toBe(true);
        expect(punctual.map((p) => p.change)).toEqual(pairs.map((p) => p.change));
        expect(comparePrePost(prePostRowsOf(punctual))).toEqual(comparePrePost(prePostRowsOf(pairs)));
      }),
    );
  });

  it('carries "직원 입력" and "자동 제출" on their side, and such rows count like any other', () => {
    fc.assert(
      fc.property(world, (w) => {
        const pairs = pair(w);
        for (const p of pairs)
          for (const kind of ['pre', 'post'] as const) {
            const row = find(w, p.memberId, kind);
            expect(p[kind]?.enteredByStaff).toBe(row?.enteredByStaff);
            expect(p[kind]?.autoSubmitted).toBe(row?.autoSubmitted);
          }
        const byMembers = w.scores.map((s) => ({ ...s, enteredByStaff: false, autoSubmitted: false }));
        const plain = pair(w, byMembers);
        expect(plain.map((p) => p.change)).toEqual(pairs.map((p) => p.change));
        expect(comparePrePost(prePostRowsOf(plain))).toEqual(comparePrePost(prePostRowsOf(pairs)));
      }),
    );
  });
});

describe('pairScores refuses rows the caller should not have read', () => {
  const score = (over: Partial<StoredScore> = {}): StoredScore => ({
    memberId: 'a',
    instrumentId: 'swls',
    instrumentVersion: 1,
    kind: 'pre',
    score: 20,
    takenDayNumber: 1,
    enteredByStaff: false,
    autoSubmitted: false,
    ...over,
  });
  const run = (scores: StoredScore[], memberIds = ['a', 'b']) =>
    pairScores({ instrument: INSTRUMENT, memberIds, scores, preDayNumber: 1, postDayNumber: 4 });

  it('another version or instrument, a non-member, two rows of one wave, a listed member twice', () => {
    expect(() => run([score({ instrumentVersion: 2 })])).toThrow(/swls@2, not swls@1/);
    expect(() => run([score({ instrumentId: 'rosenberg-self-esteem' })])).toThrow(RangeError);
    expect(() => run([score({ memberId: 'stranger' })])).toThrow(/not a member/);
    expect(() => run([score(), score({ score: 25 })])).toThrow(/two scores/);
    expect(() => run([], ['a', 'a'])).toThrow(/listed twice/);
    expect(() => run([score({ enteredByStaff: true, autoSubmitted: true })])).toThrow(RangeError);
    expect(() => run([score({ score: Number.NaN })])).toThrow(RangeError);
  });

  it('a fixed case: a late pre, a staff post, one side missing, an unscorable side', () => {
    const pairs = run(
      [
        score({ takenDayNumber: 2 }),
        score({ kind: 'post', score: 28, takenDayNumber: 4, enteredByStaff: true }),
        score({ memberId: 'b', kind: 'post', score: null, takenDayNumber: 4, autoSubmitted: true }),
      ],
      ['a', 'b', 'c'],
    );
    expect(pairs).toEqual([
      {
        memberId: 'a',
        pre: { score: 20, dayNumber: 2, late: true, enteredByStaff: false, autoSubmitted: false },
        post: { score: 28, dayNumber: 4, late: false, enteredByStaff: true, autoSubmitted: false },
        change: 8,
      },
      {
        memberId: 'b',
        pre: null,
        post: { score: null, dayNumber: 4, late: false, enteredByStaff: false, autoSubmitted: true },
        change: null,
      },
      { memberId: 'c', pre: null, post: null, change: null },
    ]);
    expect(comparePrePost(prePostRowsOf(pairs))).toMatchObject({ n: 1, missingBoth: ['b', 'c'] });
  });
});
