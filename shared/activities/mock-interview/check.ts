import type { CheckedAnswer, GiveContext, NoteText } from '../counseling-module.js';
import {
  type MockInterviewConfig,
  feedbackTextSchema,
  parseItemKey,
  roleFor,
  valueSchemaFor,
} from './config.js';

/**
 * Who may give which feedback: only while rounds run; the giver's role stored for that round
 * (`ctx.roles`, the giver's group in `ctx.round`) must be the item's (observer: rubric, strength,
 * suggestion; interviewer: note); the subject must be that round's candidate in the giver's group.
 * Scores are always shown to the candidate; notes wait for the facilitator when `holdNotes`.
 */
export function checkMockInterviewAnswer(
  config: MockInterviewConfig,
  ctx: GiveContext,
  value: unknown,
): CheckedAnswer {
  if (ctx.phase !== 'rounds') return { ok: false, code: 'wrong_phase' };
  const item = parseItemKey(ctx.itemKey);
  if (!item) return { ok: false, code: 'invalid_answer' };
  if (Object.keys(ctx.roles).length === 0) return { ok: false, code: 'round_not_started' };
  if (ctx.roles[ctx.giverId] !== roleFor(item)) return { ok: false, code: 'wrong_role' };
  const subject = ctx.subjectMemberId;
  if (subject === null || subject === ctx.giverId || ctx.roles[subject] !== 'candidate')
    return { ok: false, code: 'not_in_group' };
  const parsed = valueSchemaFor(item).safeParse(value);
  if (!parsed.success) return { ok: false, code: 'invalid_answer' };
  const noteState = item.kind !== 'rubric' && config.holdNotes ? 'held' : 'shown';
  return { ok: true, value: parsed.data, noteState };
}

const NOTE_LABELS = {
  strength: { ko: '잘한 점', en: 'Strengths' },
  suggestion: { ko: '더 좋아질 점', en: 'Suggestions' },
  note: { ko: '면접관의 메모', en: "The interviewer's note" },
} as const;

/** A strength, suggestion or interviewer's note as the console reviews it; null for a score. */
export function describeMockInterviewNote(itemKey: string, value: unknown): NoteText | null {
  const item = parseItemKey(itemKey);
  if (!item || item.kind === 'rubric') return null;
  const parsed = feedbackTextSchema.safeParse(value);
  return parsed.success ? { label: NOTE_LABELS[item.kind], text: parsed.data.text } : null;
}
