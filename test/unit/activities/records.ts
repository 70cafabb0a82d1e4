import type { AnswerRecord } from '../../../shared/activities/module.js';

/** Builds answer records for summary tests: `records([v1, v2])`, optionally hiding some. */
export function records<A>(values: A[], hidden: number[] = []): AnswerRecord<A>[] {
  return values.map((value, i) => ({
    answerId: `a${i}`,
    participantId: `p${i}`,
    nickname: `사람${i}`,
    value,
    hidden: hidden.includes(i),
  }));
}
