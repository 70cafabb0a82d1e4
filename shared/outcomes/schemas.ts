import { z } from 'zod';
import { DATE_PATTERN, isValidDate } from '../program/dates.js';
import { DEFAULT_RETENTION_MONTHS } from '../program/limits.js';
import { text, uuid } from '../protocol/text.js';
import { OUTCOME_STATUSES } from './latest.js';

/**
 * Follow-up outcomes over HTTP (docs/design/assessments-reports.md §4): the outcome form's body and the
 * center's follow-up points. Re-exported by shared/program/schemas.ts, so the wire tests (storable text,
 * fuzz fields) find them with the other bodies. The database checks the same rules again (migration 014).
 */

export const EMPLOYMENT_TYPES = [
  'regular',
  'fixed-term',
  'part-time',
  'daily',
  'self-employed',
  'other',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const PLACEMENTS = ['self', 'placed'] as const;

/** The latest checkpoint an outcome may name (the database's check): two years after the last day. */
export const MAX_CHECKPOINT_MONTHS = 24;
export const OUTCOME_TEXT_MAX_LENGTH = 100;
export const OUTCOME_NOTE_MAX_LENGTH = 500;
/** At most this many follow-up points a center sets: more calls than a counselor makes. */
export const MAX_FOLLOW_UP_POINTS = 4;
/**
 * The latest follow-up point: a month before the data is destroyed (retention is counted from the day
 * the program ended, never earlier than its last day), so no follow-up is due after the data is gone.
 */
export const MAX_FOLLOW_UP_MONTH = DEFAULT_RETENTION_MONTHS - 1;

const date = text().regex(DATE_PATTERN).refine(isValidDate, 'not a calendar date');
/** Free text a form may leave empty: '' (after trimming) is "not known", stored as null. */
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));

export const outcomeBodySchema = z
  .object({
    /** Made by the form once per save: a resend (lost answer, double click) stores nothing new. */
    requestId: uuid(),
    checkpointMonths: z.number().int().min(0).max(MAX_CHECKPOINT_MONTHS),
    /** The day the outcome held (not after today at the center; the route checks). */
    asOf: date,
    status: z.enum(OUTCOME_STATUSES),
    employedOn: date.optional().transform((v) => v ?? null),
    company: optionalText(OUTCOME_TEXT_MAX_LENGTH),
    occupation: optionalText(OUTCOME_TEXT_MAX_LENGTH),
    employmentType: z
      .enum(EMPLOYMENT_TYPES)
      .optional()
      .transform((v) => v ?? null),
    placement: z
      .enum(PLACEMENTS)
      .optional()
      .transform((v) => v ?? null),
    trainingName: optionalText(OUTCOME_TEXT_MAX_LENGTH),
    note: optionalText(OUTCOME_NOTE_MAX_LENGTH),
    /** The record this one corrects (it stays in the history, struck through). */
    supersedesId: text()
      .min(1)
      .max(64)
      .optional()
      .transform((v) => v ?? null),
  })
  .refine(
    (o) =>
      o.status === 'employed'
        ? o.employedOn !== null && o.placement !== null
        : o.employedOn === null &&
          o.placement === null &&
          o.company === null &&
          o.occupation === null &&
          o.employmentType === null,
    { message: 'employed needs its date and 본인/알선; other statuses take no employment fields' },
  )
  .refine((o) => o.trainingName === null || o.status === 'training', {
    message: 'a course name belongs to training',
  });
export type OutcomeBody = z.output<typeof outcomeBodySchema>;
export type OutcomeInput = z.input<typeof outcomeBodySchema>;

/** 1..4 distinct whole months in ascending order, each at most MAX_FOLLOW_UP_MONTH. */
export const followUpMonthsSchema = z
  .array(z.number().int().min(1).max(MAX_FOLLOW_UP_MONTH))
  .min(1)
  .max(MAX_FOLLOW_UP_POINTS)
  .refine((months) => months.every((m, i) => i === 0 || m > months[i - 1]!), {
    message: 'distinct months in ascending order',
  });
