import { z } from 'zod';
import { DATE_PATTERN, isValidDate } from '../program/dates.js';
import { idSchema } from '../protocol/schemas.js';
import { text, uuid } from '../protocol/text.js';

/**
 * The assessment routes' bodies and answers (docs/design/assessments-reports.md §2.2, §2.5, §2.6, §8.2):
 * the plan editor's waves, a paper form entered by staff, and the pre/post group table. Staff only:
 * the group table names members and never reaches a phone.
 */

const waveKind = z.enum(['pre', 'post', 'once']);
const localText = z.object({ ko: text(), en: text() });

/** `PUT /api/programs/:id/waves`. No `anonymous`: the server sets it from the instrument. */
export const wavePlanBodySchema = z.strictObject({
  version: z.number().int().min(0),
  waves: z
    .array(
      z.strictObject({
        instrumentId: idSchema,
        kind: waveKind,
        /** A day of the program; absent or null: the kind's default day (pre → first, post/once → last). */
        plannedDayId: idSchema.nullish().transform((v) => v ?? null),
      }),
    )
    .max(40),
});
export type WavePlanBody = z.input<typeof wavePlanBodySchema>;

/** An answer on a paper form: a rating, a text, or null (left blank). */
const paperValue = z.union([z.number().int().min(-1000).max(1000), text().max(1000), z.null()]);

/** `PUT /api/programs/:id/waves/:waveId/members/:memberId/response`. */
export const staffEntryBodySchema = z.strictObject({
  /** Made once per opened form: a resend (lost answer, double click) answers as the first call. */
  requestId: uuid(),
  /** The date on the paper form; the program's day of that date, else no day. */
  takenOn: text().regex(DATE_PATTERN).refine(isValidDate, 'not a calendar date'),
  answers: z.record(idSchema, paperValue).refine((a) => Object.keys(a).length <= 100),
});
export type StaffEntryBody = z.input<typeof staffEntryBodySchema>;

export const waveViewSchema = z.object({
  id: text(),
  instrumentId: text(),
  instrumentVersion: z.number().int(),
  instrumentName: localText,
  kind: waveKind,
  /** The chosen day; null: the kind's default day. */
  plannedDayId: text().nullable(),
  /** The day it is taken on (the chosen one or the default): 1-based, in date order. */
  dayNumber: z.number().int(),
  status: z.enum(['planned', 'open', 'closed']),
  dueAt: z.number().nullable(),
  openedAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  /** Score rows (phones, staff entries, auto-submits) of this wave. */
  submitted: z.number().int(),
  /** The program's members. */
  total: z.number().int(),
  anonymous: z.boolean(),
  /** Anything answered or handed in: the plan editor cannot remove the wave (`wave_has_responses`). */
  hasResponses: z.boolean(),
});
export type WaveView = z.infer<typeof waveViewSchema>;

/** A library instrument the plan may name (its newest version is what a new pre or once wave pins). */
export const planInstrumentSchema = z.object({
  id: text(),
  name: localText,
  use: z.enum(['pre-post', 'end-of-program']),
  version: z.number().int(),
  versions: z.array(z.number().int()),
});
export type PlanInstrument = z.infer<typeof planInstrumentSchema>;

/** `GET` and `PUT /api/programs/:id/waves`. */
export const wavesViewSchema = z.object({
  version: z.number().int(),
  waves: z.array(waveViewSchema),
  instruments: z.array(planInstrumentSchema),
});
export type WavesView = z.infer<typeof wavesViewSchema>;

const side = z.object({
  score: z.number().nullable(),
  /** The program day it was taken on; null: between days, or paper on no program day. */
  dayNumber: z.number().int().nullable(),
  /** Taken after its wave's day ("3일차 응답"); still paired. */
  late: z.boolean(),
  /** Entered from paper by staff ("직원 입력"). */
  enteredByStaff: z.boolean(),
  /** Handed in by the wave's close ("자동 제출"). */
  autoSubmitted: z.boolean(),
});
export type PrePostSideView = z.infer<typeof side>;

export const prePostRowSchema = z.object({
  memberId: text(),
  nickname: text(),
  pre: side.nullable(),
  post: side.nullable(),
  change: z.number().nullable(),
});
export type PrePostRowView = z.infer<typeof prePostRowSchema>;

/** `comparePrePost`'s figures, and who is missing a side (nicknames: every member is listed). */
const statsShape = {
  meanPre: z.number().nullable(),
  meanPost: z.number().nullable(),
  meanChange: z.number().nullable(),
  sdChange: z.number().nullable(),
  ci95: z.object({ lower: z.number(), upper: z.number() }).nullable(),
  t: z.number().nullable(),
  df: z.number().nullable(),
  p: z.number().nullable(),
  dz: z.number().nullable(),
  /** Complete pairs. */
  n: z.number().int(),
  testNote: z.enum(['ok', 'too-few-pairs', 'no-variation']),
  missingPre: z.array(text()),
  missingPost: z.array(text()),
  missingBoth: z.array(text()),
};
const range = z.object({ min: z.number(), max: z.number() });

export const prePostSubscaleSchema = z.object({ id: text(), name: localText, range, ...statsShape });
export type PrePostSubscaleView = z.infer<typeof prePostSubscaleSchema>;

export const prePostViewSchema = z.object({
  instrumentId: text(),
  version: z.number().int(),
  name: localText,
  /** The scale's full range of the total: the chart's axis. */
  range,
  preWaveId: text(),
  postWaveId: text(),
  ...statsShape,
  rows: z.array(prePostRowSchema),
  subscales: z.array(prePostSubscaleSchema),
});
export type PrePostView = z.infer<typeof prePostViewSchema>;

/** `GET /api/programs/:id/assessments`: one table per instrument with a pre and a post wave. */
export const assessmentsViewSchema = z.object({ tables: z.array(prePostViewSchema) });
export type AssessmentsView = z.infer<typeof assessmentsViewSchema>;

/** `PUT …/waves/:waveId/members/:memberId/response`: the stored row (a resend reads back the first) and the tables. */
export const staffEntryViewSchema = z.object({
  entry: z.object({
    waveId: text(),
    memberId: text(),
    score: z.number().nullable(),
    answered: z.number().int(),
    missing: z.number().int(),
    prorated: z.boolean(),
    takenDayNumber: z.number().int().nullable(),
    enteredAt: z.number(),
  }),
  tables: z.array(prePostViewSchema),
});
export type StaffEntryView = z.infer<typeof staffEntryViewSchema>;
