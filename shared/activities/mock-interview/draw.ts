import type { InterviewQuestion, JobFamily, QuestionType } from '../../content/schema.js';
import { seededRandom } from '../../grouping/random.js';
import type { MockInterviewState } from './config.js';

export interface DrawOptions {
  /** The candidate's job family; its own questions and the ones common to every job are drawn from. */
  jobFamily: JobFamily;
  types: readonly QuestionType[];
}

/**
 * Draws the interviewer's next question (pure; the bank stays on the server). The pool is the
 * questions of the chosen types for the job family or common to all jobs (any family when that is
 * empty); a question not in `used` (ids already drawn in this group) is taken while there is one,
 * else any but the last drawn, so "다른 질문" always changes the question when the pool has two.
 * Seeded, so the same draw on two processes or in a rerun of a test gives the same question.
 */
export function drawQuestion(
  bank: readonly InterviewQuestion[],
  options: DrawOptions,
  used: readonly string[],
  seed: number,
): InterviewQuestion | null {
  const ofTypes = bank.filter((q) => options.types.includes(q.type));
  const forFamily = ofTypes.filter((q) => q.jobFamily === options.jobFamily || q.jobFamily === 'common');
  const pool = forFamily.length > 0 ? forFamily : ofTypes;
  if (pool.length === 0) return null;
  const usedSet = new Set(used);
  const fresh = pool.filter((q) => !usedSet.has(q.id));
  const last = used[used.length - 1];
  const notLast = pool.filter((q) => q.id !== last);
  const from = fresh.length > 0 ? fresh : notLast.length > 0 ? notLast : pool;
  const random = seededRandom(seed);
  return from[Math.floor(random() * from.length)] ?? null;
}

/** Every question id drawn in one group so far, all rounds, in round then draw order. */
export function usedInGroup(state: MockInterviewState, groupNo: number): string[] {
  const rounds = state.drawn[String(groupNo)] ?? {};
  return Object.keys(rounds)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((round) => rounds[String(round)]?.questionIds ?? []);
}

/** The state with one more question drawn for a group's round (a new object; the input is kept). */
export function withDrawn(
  state: MockInterviewState,
  at: { groupNo: number; round: number; candidateId: string },
  questionId: string,
): MockInterviewState {
  const group = state.drawn[String(at.groupNo)] ?? {};
  const entry = group[String(at.round)];
  const questionIds =
    entry && entry.candidateId === at.candidateId ? [...entry.questionIds, questionId] : [questionId];
  return {
    drawn: {
      ...state.drawn,
      [String(at.groupNo)]: { ...group, [String(at.round)]: { candidateId: at.candidateId, questionIds } },
    },
  };
}

/** The question being asked of a candidate in a round (the last drawn), found without the group number. */
export function currentQuestionId(
  state: MockInterviewState,
  round: number,
  candidateId: string,
): string | null {
  for (const group of Object.values(state.drawn)) {
    const entry = group[String(round)];
    if (entry && entry.candidateId === candidateId)
      return entry.questionIds[entry.questionIds.length - 1] ?? null;
  }
  return null;
}
