import { z } from 'zod';
import { JobFamily, QuestionType } from '../../content/schema.js';
import { interviewRubric } from '../../content/interview/rubric.js';
import { text } from '../../protocol/text.js';

/**
 * The mock interview's config, items and stored state (docs/design/counseling-engine.md §4, §9a).
 * Server-side: it imports zod and the content schema; the phone imports types from `types.ts` only.
 */

export const MOCK_INTERVIEW_ROLES = ['interviewer', 'candidate', 'observer'] as const;
export type MockInterviewRole = (typeof MOCK_INTERVIEW_ROLES)[number];

export const MOCK_INTERVIEW_PHASES = ['setup', 'rounds', 'done'] as const;

export const ALL_QUESTION_TYPES = QuestionType.options;

export const MINUTES_PER_ROUND = { min: 3, max: 20, default: 7 } as const;
export const FEEDBACK_TEXT_MAX_LENGTH = 300;

export const mockInterviewConfigSchema = z.strictObject({
  /** One family for every group, or 'own': each candidate's own target family from the needs intake. */
  jobFamily: z.union([JobFamily, z.literal('own')]),
  questionTypes: z
    .array(QuestionType)
    .min(1)
    .max(ALL_QUESTION_TYPES.length)
    .refine((types) => new Set(types).size === types.length, { message: 'question types repeat' }),
  minutesPerRound: z.number().int().min(MINUTES_PER_ROUND.min).max(MINUTES_PER_ROUND.max),
  /** Notes (strength, suggestion, interviewer's note) wait for the facilitator before the candidate reads them. */
  holdNotes: z.boolean(),
});
export type MockInterviewConfig = z.infer<typeof mockInterviewConfigSchema>;

export const defaultMockInterviewConfig = (): MockInterviewConfig => ({
  jobFamily: 'common',
  questionTypes: [...ALL_QUESTION_TYPES],
  minutesPerRound: MINUTES_PER_ROUND.default,
  holdNotes: false,
});

export const RUBRIC_CRITERION_IDS: readonly string[] = interviewRubric.map((c) => c.id);

/** What an item key names: a rubric score, the observer's strength or suggestion, the interviewer's note. */
export type FeedbackItem =
  { kind: 'rubric'; criterionId: string } | { kind: 'strength' } | { kind: 'suggestion' } | { kind: 'note' };

export const RUBRIC_PREFIX = 'rubric:';

export function parseItemKey(itemKey: string): FeedbackItem | null {
  if (itemKey.startsWith(RUBRIC_PREFIX)) {
    const criterionId = itemKey.slice(RUBRIC_PREFIX.length);
    return RUBRIC_CRITERION_IDS.includes(criterionId) ? { kind: 'rubric', criterionId } : null;
  }
  if (itemKey === 'strength' || itemKey === 'suggestion' || itemKey === 'note') return { kind: itemKey };
  return null;
}

/** Who gives which item: the observer scores and writes strength and suggestion; the interviewer a note. */
export function roleFor(item: FeedbackItem): MockInterviewRole {
  return item.kind === 'note' ? 'interviewer' : 'observer';
}

export const scoreSchema = z.strictObject({ score: z.number().int().min(1).max(5) });
export const feedbackTextSchema = z.strictObject({
  text: text().trim().min(1).max(FEEDBACK_TEXT_MAX_LENGTH),
});
export type ScoreValue = z.infer<typeof scoreSchema>;
export type FeedbackTextValue = z.infer<typeof feedbackTextSchema>;

export function valueSchemaFor(item: FeedbackItem): z.ZodType<ScoreValue | FeedbackTextValue> {
  return item.kind === 'rubric' ? scoreSchema : feedbackTextSchema;
}

/**
 * The stored state (`activity_state.state`): the questions drawn per group and round, in draw order
 * (the last is the one being asked). Keyed by group first so one group's draws never touch another's;
 * each entry names its round's candidate so a member's personal view (which knows its own group's
 * roles, not its group number) finds its entry without a server lookup.
 */
export interface MockInterviewState {
  drawn: Record<string, Record<string, { candidateId: string; questionIds: string[] }>>;
}

const drawnEntrySchema = z.strictObject({
  candidateId: text(),
  questionIds: z.array(text()),
});
const stateSchema = z.object({
  drawn: z.record(text(), z.record(text(), drawnEntrySchema)),
});

/** Reads the stored state leniently: anything else (no state yet, another shape) is an empty state. */
export function readState(state: unknown): MockInterviewState {
  const parsed = stateSchema.safeParse(state);
  return parsed.success ? { drawn: parsed.data.drawn } : { drawn: {} };
}
