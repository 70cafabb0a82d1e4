import { z } from 'zod';
import { email, text, uuid } from './text.js';
import { activityDefinitionSchema } from '../activities/registry.js';
import { COUNSELING_TYPES } from '../activities/counseling-module.js';
import { MAX_TIMER_MS } from '../session/timer.js';
import {
  ACTIVITY_TITLE_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  MAX_COUNSELING_ROUND,
  MAX_NOTES_PER_MESSAGE,
  JOIN_CODE_LENGTH,
  MAX_ACTIVITIES_PER_SESSION,
  MAX_APPROVALS_PER_MESSAGE,
  MAX_GROUP_SIZE,
  NICKNAME_MAX_LENGTH,
  normalizeNickname,
  TITLE_MAX_LENGTH,
} from './limits.js';

/**
 * Every payload that crosses the wire, as zod schemas. The server parses each one before a handler
 * runs; the TypeScript types of the event maps are inferred from these, never written twice.
 */
export const idSchema = text().min(1).max(64);
export const uuidSchema = uuid();
export const joinCodeSchema = text().regex(new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`));
export const nicknameSchema = text()
  .transform(normalizeNickname)
  .pipe(text().min(1).max(NICKNAME_MAX_LENGTH));

export const activityDraftSchema = z.intersection(
  z.object({ title: text().trim().min(1).max(ACTIVITY_TITLE_MAX_LENGTH) }),
  activityDefinitionSchema,
);
export type ActivityDraft = z.infer<typeof activityDraftSchema>;

// ── HTTP bodies ──────────────────────────────────────────────────────────────
export const loginBodySchema = z.object({
  email: email().max(200),
  password: text().min(1).max(200),
});
export const setupBodySchema = z.object({
  /** The first center (고용센터 or contracted agency); the first account is its admin. */
  centerName: text().trim().min(1).max(80),
  email: email().max(200),
  password: text().min(8).max(200),
  name: text().trim().min(1).max(60),
});
export const createSessionBodySchema = z.object({
  title: text().trim().min(1).max(TITLE_MAX_LENGTH),
  activities: z.array(activityDraftSchema).max(MAX_ACTIVITIES_PER_SESSION),
});

// ── socket payloads: participant ─────────────────────────────────────────────
export const participantJoinSchema = z.object({
  code: joinCodeSchema,
  nickname: nicknameSchema.optional(),
  rejoinToken: text().min(16).max(128).optional(),
});
export const answerSubmitSchema = z.object({
  activityId: idSchema,
  answerId: uuidSchema,
  /** Checked against the activity's own answer schema once the activity is known. */
  value: z.unknown(),
});

// ── socket payloads: projector ───────────────────────────────────────────────
/**
 * What a member consents to: `'sensitive-barriers'` (shared/program/sensitive-notice.ts) and
 * `'testimonial-quote'` (shared/program/testimonial-notice.ts), each to its notice's current version.
 */
export const consentPurposeSchema = z.enum(['sensitive-barriers', 'testimonial-quote']);
export const consentGiveSchema = z.object({
  purpose: consentPurposeSchema,
  /** The notice version the phone showed; another than the current one is refused. */
  noticeVersion: text().min(1).max(40),
});
export const consentWithdrawSchema = z.object({ purpose: consentPurposeSchema });
export const screenWatchSchema = z.object({ code: joinCodeSchema });

// ── socket payloads: facilitator ─────────────────────────────────────────────
const inSession = { sessionId: idSchema };
const onActivity = { ...inSession, activityId: idSchema };

export const sessionWatchSchema = z.object(inSession);
export const sessionEndSchema = z.object(inSession);
export const activityAddSchema = z.object({ ...inSession, activity: activityDraftSchema });
export const activityUpdateSchema = z.object({ ...onActivity, activity: activityDraftSchema });
export const activityRemoveSchema = z.object(onActivity);
export const activityReorderSchema = z.object({
  ...inSession,
  activityIds: z.array(idSchema).max(MAX_ACTIVITIES_PER_SESSION),
});
export const activityOpenSchema = z.object(onActivity);
export const activityCloseSchema = z.object(onActivity);
export const activityLockSchema = z.object({ ...onActivity, locked: z.boolean() });
export const activityRevealSchema = z.object({ ...onActivity, visible: z.boolean() });
export const activityNamesSchema = z.object({ ...onActivity, showNames: z.boolean() });
/** Open text: entries wait for the facilitator's approval before the room sees them. */
export const activityReviewSchema = z.object({ ...onActivity, review: z.boolean() });
export const timerStartSchema = z.object({
  ...inSession,
  durationMs: z.number().int().min(1000).max(MAX_TIMER_MS),
});
export const timerControlSchema = z.object(inSession);
export const answerHideSchema = z.object({ ...inSession, answerId: uuidSchema, hidden: z.boolean() });
/**
 * Lets entries through to the room: the answer ids (versions) the console shows. An entry edited
 * since is a new version and keeps waiting, so nothing reaches the projector unread.
 */
export const answerApproveSchema = z.object({
  ...inSession,
  answerIds: z.array(uuidSchema).min(1).max(MAX_APPROVALS_PER_MESSAGE),
});

// ── socket payloads: groupings (facilitator) ─────────────────────────────────
/** Pairs are groups of 2 and triads of 3; tables take `size` (default GROUPING_TABLE_SIZE). */
export const groupingKindSchema = z.enum(['pairs', 'triads', 'tables']);
export const groupingFormSchema = z.object({
  programId: idSchema,
  kind: groupingKindSchema,
  size: z.number().int().min(2).max(MAX_GROUP_SIZE).optional(),
  /** The same seed with the same members and history forms the same groups (tests, a redo). */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  label: text().trim().max(60).optional(),
});
const onGrouping = { groupingId: idSchema, expectedVersion: z.number().int().min(1).optional() };
export const groupingMoveSchema = z.object({
  ...onGrouping,
  memberId: idSchema,
  /** The group number, from 1. */
  toGroup: z.number().int().min(1).max(10_000),
});
export const groupingSwapSchema = z.object({ ...onGrouping, a: idSchema, b: idSchema });
export const groupingLeaveOutSchema = z.object({ ...onGrouping, memberId: idSchema });
/** Places every member who joined the program after the grouping was formed (late joiners). */
export const groupingPlaceNewSchema = z.object(onGrouping);
/** Shows the grouping's groups on the projector (nicknames only), hiding any other of the program; or hides it. */
export const groupingShowOnScreenSchema = z.object({ groupingId: idSchema, shown: z.boolean() });

// ── socket payloads: counseling (docs/design/counseling-engine.md §8) ─────────
export const counselingTypeSchema = z.enum(COUNSELING_TYPES);
/** A counseling answer: the giver is the sender's member; the value is checked by the type's module. */
export const memberAnswerSubmitSchema = z.object({
  activityId: idSchema,
  answerId: uuidSchema,
  /** The member the answer is about (a card, interview feedback); absent for one's own answer. */
  subjectMemberId: idSchema.optional(),
  round: z.number().int().min(0).max(MAX_COUNSELING_ROUND).optional(),
  /** Which item of a multi-item task (a plan step, a barrier); absent for a one-item answer. */
  itemKey: text().min(1).max(64).optional(),
  value: z.unknown(),
  /** The giver shows their name to the receiver. */
  signed: z.boolean().optional(),
});
/** Opens (creating it once per agenda line) a counseling activity in a running program day. */
export const counselingOpenSchema = z.object({
  programId: idSchema,
  sessionId: idSchema,
  /** The agenda line: opening the same line again reopens its activity instead of making another. */
  agendaKey: text().min(1).max(64).optional(),
  type: counselingTypeSchema,
  title: text().trim().min(1).max(ACTIVITY_TITLE_MAX_LENGTH),
  /** Checked with the module's config schema; absent = its default. Ignored when the line's activity exists. */
  config: z.unknown().optional(),
  groupingId: idSchema.optional(),
});
export const counselingCloseSchema = z.object({ activityId: idSchema });
export const counselingPhaseSchema = z.object({ activityId: idSchema, phase: text().min(1).max(40) });
export const counselingAnswersSchema = z.object({ activityId: idSchema });
/** Lets notes through to their receivers (`shown`) or keeps them back (`held`). */
export const noteStateSchema = z.object({
  activityId: idSchema,
  answerIds: z.array(uuidSchema).min(1).max(MAX_NOTES_PER_MESSAGE),
});
/** Named per event as the contract names payloads (`note:show` → noteShowSchema). */
export const noteShowSchema = noteStateSchema;
export const noteHoldSchema = noteStateSchema;
export const commentAddSchema = z.object({
  activityId: idSchema,
  memberId: idSchema,
  text: text().trim().min(1).max(COMMENT_MAX_LENGTH),
});

// ── socket payloads: rounds of a grouped counseling activity (mock interview; design §4) ─────────
export const ROUND_EXTEND_SECONDS = { min: 30, max: 900 } as const;
const roundGroupNo = z.number().int().min(1).max(10_000);
export const roundStartSchema = z.object({ activityId: idSchema });
/** One group's current round (`groupNo`), or every group's when absent. */
export const roundScopeSchema = z.object({ activityId: idSchema, groupNo: roundGroupNo.optional() });
/** Named per event as the contract names payloads (`round:pause` → roundPauseSchema; the fuzz reads them). */
export const roundPauseSchema = roundScopeSchema;
export const roundResumeSchema = roundScopeSchema;
export const roundEndSchema = roundScopeSchema;
export const roundExtendSchema = z.object({
  activityId: idSchema,
  groupNo: roundGroupNo.optional(),
  seconds: z.number().int().min(ROUND_EXTEND_SECONDS.min).max(ROUND_EXTEND_SECONDS.max),
});
export const questionDrawSchema = z.object({ activityId: idSchema });

/** Assessment waves (docs/design/assessments-reports.md §8.1): the facilitator's controls and a member's hand-in. */
export const WAVE_OPEN_MINUTES = { min: 1, max: 120 } as const;
export const WAVE_EXTEND_MINUTES = { min: 1, max: 60 } as const;
export const waveOpenSchema = z.object({
  waveId: uuidSchema,
  minutes: z.number().int().min(WAVE_OPEN_MINUTES.min).max(WAVE_OPEN_MINUTES.max).optional(),
});
export const waveCloseSchema = z.object({ waveId: uuidSchema });
export const waveRemindSchema = z.object({ waveId: uuidSchema });
export const waveExtendSchema = z.object({
  waveId: uuidSchema,
  minutes: z.number().int().min(WAVE_EXTEND_MINUTES.min).max(WAVE_EXTEND_MINUTES.max),
});
export const assessmentSubmitSchema = z.object({ activityId: idSchema });
