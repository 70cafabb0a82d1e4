import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionData } from '../../../shared/content/interview/index.js';
import { JobFamily, QuestionType } from '../../../shared/content/schema.js';
import {
  currentQuestionId,
  drawQuestion,
  usedInGroup,
  withDrawn,
} from '../../../shared/activities/mock-interview/draw.js';

const families = fc.constantFrom(...JobFamily.options);
const typeSets = fc.subarray([...QuestionType.options], { minLength: 1 });

describe('drawQuestion', () => {
  it('draws only the chosen types, of the family or common to every job', () => {
    fc.assert(
      fc.property(families, typeSets, fc.integer(), (jobFamily, types, seed) => {
        const q = drawQuestion(questionData, { jobFamily, types }, [], seed);
        expect(q).not.toBeNull();
        expect(types).toContain(q!.type);
        expect([jobFamily, 'common']).toContain(q!.jobFamily);
      }),
    );
  });

  it('never repeats a question in a group while the pool has an unused one', () => {
    fc.assert(
      fc.property(families, typeSets, fc.integer(), (jobFamily, types, seed) => {
        const pool = questionData.filter(
          (q) => types.includes(q.type) && (q.jobFamily === jobFamily || q.jobFamily === 'common'),
        );
        const used: string[] = [];
        for (let i = 0; i < pool.length; i++) {
          const q = drawQuestion(questionData, { jobFamily, types }, used, seed + i);
          expect(used).not.toContain(q!.id);
          used.push(q!.id);
        }
        expect(new Set(used).size).toBe(pool.length);
        // Pool exhausted: a repeat, but never the question just asked.
        const again = drawQuestion(questionData, { jobFamily, types }, used, seed);
        expect(again!.id).not.toBe(used[used.length - 1]);
      }),
      { numRuns: 30 },
    );
  });

  it('is the same for the same seed and input', () => {
    fc.assert(
      fc.property(families, typeSets, fc.integer(), (jobFamily, types, seed) => {
        expect(drawQuestion(questionData, { jobFamily, types }, [], seed)).toEqual(
          drawQuestion(questionData, { jobFamily, types }, [], seed),
        );
      }),
    );
  });

  it('falls back to any family of the types, and gives null for an empty bank', () => {
    const onlyIt = questionData.filter((q) => q.jobFamily === 'it');
    const q = drawQuestion(onlyIt, { jobFamily: 'office', types: ['job'] }, [], 1);
    expect(q?.jobFamily).toBe('it');
    expect(drawQuestion([], { jobFamily: 'office', types: ['job'] }, [], 1)).toBeNull();
  });

  it('keeps the one question of a pool of one', () => {
    const one = questionData.slice(0, 1);
    const q = one[0]!;
    expect(drawQuestion(one, { jobFamily: q.jobFamily, types: [q.type] }, [q.id], 3)?.id).toBe(q.id);
  });
});

describe('drawn state', () => {
  it('records draws per group and round, finds the current one by candidate, lists a group’s used ids', () => {
    let state = { drawn: {} };
    state = withDrawn(state, { groupNo: 1, round: 1, candidateId: 'b' }, 'q1');
    state = withDrawn(state, { groupNo: 1, round: 1, candidateId: 'b' }, 'q2');
    state = withDrawn(state, { groupNo: 2, round: 1, candidateId: 'e' }, 'q9');
    state = withDrawn(state, { groupNo: 1, round: 2, candidateId: 'c' }, 'q3');
    expect(currentQuestionId(state, 1, 'b')).toBe('q2');
    expect(currentQuestionId(state, 1, 'e')).toBe('q9');
    expect(currentQuestionId(state, 2, 'b')).toBeNull();
    expect(usedInGroup(state, 1)).toEqual(['q1', 'q2', 'q3']);
    expect(usedInGroup(state, 3)).toEqual([]);
  });

  it('starts a round’s list over when its candidate changed (a restarted round)', () => {
    let state = withDrawn({ drawn: {} }, { groupNo: 1, round: 1, candidateId: 'b' }, 'q1');
    state = withDrawn(state, { groupNo: 1, round: 1, candidateId: 'c' }, 'q2');
    expect(currentQuestionId(state, 1, 'c')).toBe('q2');
    expect(currentQuestionId(state, 1, 'b')).toBeNull();
  });
});
