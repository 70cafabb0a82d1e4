import { z } from 'zod';
import { dateSchema, timeSchema } from '../program/schemas.js';
import { idSchema } from '../protocol/schemas.js';
import { text } from '../protocol/text.js';

/**
 * What the program report and the center dashboard are sent (design §6.3, §6.4): every figure already
 * under the small-count rule (shared/privacy/figures.ts), so the client has nothing to hide. No member
 * id or nickname is in either; a quote is signed "참여자" or with the masked name its member chose.
 */
const count = z.number().int().min(0);
/** A catalog name (a template, a track, an instrument) in both languages. */
const localized = z.strictObject({ ko: text(), en: text() });
const shownFigure = z.strictObject({ value: z.number(), numerator: count.optional(), n: count });
export const figureSchema = z.union([shownFigure, z.strictObject({ lessThan: count })]);
export const countFigureSchema = z.union([z.strictObject({ count }), z.strictObject({ lessThan: count })]);
const breakdown = <K extends z.ZodType>(key: K) =>
  z.union([
    z.strictObject({
      cells: z.array(
        z.union([
          z.strictObject({ key, count }),
          z.strictObject({ key, lessThan: count }),
          z.strictObject({ key, hidden: z.literal(true) }),
        ]),
      ),
    }),
    z.strictObject({ withheld: z.literal(true) }),
  ]);
/** A total over the programs whose own figure is shown; `omitted` of them were not ("… n개 제외"). */
export const totalSchema = z.strictObject({ total: shownFigure.nullable(), omitted: count });
export type TotalFigure = z.infer<typeof totalSchema>;

/** A mean with its SD and distribution per scale point, all shown or all "3명 미만" (§3.3, §6.2). */
const ratingShown = z.strictObject({
  mean: figureSchema,
  sd: z.number().nullable(),
  distribution: breakdown(z.number().int()),
});

/** One satisfaction survey of a program, released responses only (design §3.3). */
export const satisfactionShownSchema = z.strictObject({
  instrumentId: idSchema,
  instrumentVersion: z.number().int().min(1),
  name: localized,
  scale: z.strictObject({
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(z.strictObject({ value: z.number().int(), label: localized })),
  }),
  respondents: countFigureSchema,
  /** The respondents' scores (each the mean of their items); the distributions are the items'. */
  overall: ratingShown.omit({ distribution: true }),
  items: z.array(z.strictObject({ itemId: idSchema, text: localized, ...ratingShown.shape })),
});
export type SatisfactionShown = z.infer<typeof satisfactionShownSchema>;

/** Referrals by service (health-related ones as one group) and connected or not (design §4.4). */
export const referralsShownSchema = z.strictObject({
  total: countFigureSchema,
  byService: breakdown(text()),
  /** The name each service key is counted under: "건강 관련 지원" for every health-related one. */
  names: z.record(text(), localized),
  status: breakdown(z.enum(['connected', 'other'])),
});
export type ReferralsShown = z.infer<typeof referralsShownSchema>;

/** A dashboard cell: both counts shown, or the program is left out of the referral totals. */
export const referralsCellSchema = z.strictObject({ count: countFigureSchema, connected: countFigureSchema });
export type ReferralsCell = z.infer<typeof referralsCellSchema>;

/** A consented quote as it prints: the text and its signature ("참여자" or a masked name), never a nickname. */
export const quoteSchema = z.strictObject({ text: text(), byline: localized });

const instrument = {
  instrumentId: idSchema,
  instrumentVersion: z.number().int().min(1),
  name: localized,
};

/** One instrument's pre/post as group figures only: no per-person row (design §6.3). */
export const prePostShownSchema = z.strictObject({
  ...instrument,
  /** Complete pairs. */
  pairs: countFigureSchema,
  meanPre: figureSchema,
  meanPost: figureSchema,
  meanChange: figureSchema,
  /** The test, when the pairs are shown; null when hidden or not computable (testNote says why). */
  sdChange: z.number().nullable(),
  ci: z.strictObject({ level: z.number(), lower: z.number(), upper: z.number() }).nullable(),
  t: z.number().nullable(),
  df: z.number().nullable(),
  p: z.number().nullable(),
  dz: z.number().nullable(),
  testNote: z.enum(['ok', 'too-few-pairs', 'no-variation']).nullable(),
  /** Members without both scores, by what they lack; withheld when the pairs are hidden. */
  missing: breakdown(z.enum(['pre', 'post', 'both'])),
});
export type PrePostShown = z.infer<typeof prePostShownSchema>;

export const employmentShownSchema = z.strictObject({
  threshold: count,
  rate: figureSchema,
  completers: countFigureSchema,
  training: countFigureSchema,
  placement: breakdown(z.enum(['self', 'placed'])),
});

export const programReportSchema = z.strictObject({
  generatedOn: dateSchema,
  center: z.strictObject({ name: text() }),
  thresholds: z.strictObject({ smallCount: count, completion: z.number() }),
  program: z.strictObject({
    id: idSchema,
    title: text(),
    group: text(),
    template: localized.nullable(),
    track: localized.nullable(),
    firstDay: dateSchema.nullable(),
    lastDay: dateSchema.nullable(),
    ended: z.boolean(),
    /** Figures so far: a day is still to come or runs now ("진행 중"). */
    inProgress: z.boolean(),
    facilitators: z.array(text()),
  }),
  /** Enrolment, shown as it is: it says nothing about any one person. */
  participants: count,
  days: z.array(
    z.strictObject({
      number: z.number().int().min(1),
      date: dateSchema,
      startTime: timeSchema,
      endTime: timeSchema,
      plannedHours: z.number(),
      held: z.boolean(),
      /** Present of enrolled; null for a day not held yet. */
      present: figureSchema.nullable(),
      /** Member-hours attended, when `present` is shown. */
      attendedHours: z.number().nullable(),
    }),
  ),
  attendance: z.strictObject({ heldDays: count, rate: figureSchema.nullable() }),
  completion: z.strictObject({ final: z.boolean(), figure: figureSchema.nullable() }),
  prePost: z.array(prePostShownSchema),
  employment: employmentShownSchema,
  satisfaction: z.array(satisfactionShownSchema),
  referrals: referralsShownSchema,
  /** Quotes under a current `testimonial-quote` consent only, read when the report is asked for. */
  testimonials: z.array(quoteSchema),
  agenda: z.array(
    z.strictObject({
      number: z.number().int().min(1),
      date: dateSchema,
      modules: z.array(z.strictObject({ title: text(), minutes: count })),
    }),
  ),
});
export type ProgramReport = z.infer<typeof programReportSchema>;

/** `GET /api/dashboard`'s query: every part optional; dates 'YYYY-MM-DD'. */
export const dashboardQuerySchema = z.strictObject({
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  templateId: idSchema.optional(),
  facilitatorId: idSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const prePostCell = z.strictObject({ ...instrument, meanChange: figureSchema, dz: z.number().nullable() });

export const dashboardRowSchema = z.strictObject({
  id: idSchema,
  title: text(),
  group: text(),
  template: localized.nullable(),
  firstDay: dateSchema.nullable(),
  lastDay: dateSchema.nullable(),
  inProgress: z.boolean(),
  participants: count,
  /** null before any day was held. */
  attendance: figureSchema.nullable(),
  /** Final completion, or the forecast while `final` is false; null without planned hours. */
  completion: z.strictObject({ final: z.boolean(), figure: figureSchema.nullable() }),
  /** Employed of completers reached; null while nobody was reached. */
  employment: figureSchema.nullable(),
  prePost: z.array(prePostCell),
  /** The program-satisfaction score's mean over released responses; null with none released. */
  satisfaction: figureSchema.nullable(),
  referrals: referralsCellSchema,
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;

export const dashboardViewSchema = z.strictObject({
  query: z.strictObject({
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    templateId: idSchema.nullable(),
    facilitatorId: idSchema.nullable(),
  }),
  /** `center` for an admin; `own` for a facilitator, whose view is forced to their programs. */
  scope: z.enum(['center', 'own']),
  threshold: count,
  completionThreshold: z.number(),
  filters: z.strictObject({
    templates: z.array(z.strictObject({ id: idSchema, name: localized })),
    /** The center's users, for an admin's filter; empty for a facilitator. */
    facilitators: z.array(z.strictObject({ id: idSchema, name: text() })),
  }),
  programs: z.array(dashboardRowSchema),
  totals: z.strictObject({
    programs: count,
    participants: count,
    attendance: totalSchema,
    completion: totalSchema,
    employment: totalSchema,
    prePost: z.array(z.strictObject({ ...instrument, meanChange: totalSchema, dz: z.number().nullable() })),
    /** Pooled over respondents of the shown programs: "응답자 전체 평균 (3명 미만 프로그램 제외)". */
    satisfaction: totalSchema,
    /** The same per program type (template; null: programs without one). */
    satisfactionByType: z.array(
      z.strictObject({ templateId: idSchema.nullable(), name: localized.nullable(), mean: totalSchema }),
    ),
    /** Over the programs whose count and connected are both shown. */
    referrals: z.strictObject({ count: count, connected: count, omitted: count }),
  }),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;

/** `GET /api/dashboard/testimonials`: consented quotes of the programs the dashboard's query covers. */
export const dashboardTestimonialsSchema = z.strictObject({
  testimonials: z.array(
    z.strictObject({ ...quoteSchema.shape, programTitle: text(), lastDay: dateSchema.nullable() }),
  ),
});
export type DashboardTestimonials = z.infer<typeof dashboardTestimonialsSchema>;
