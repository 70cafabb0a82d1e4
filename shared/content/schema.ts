/**
 * Schemas of the counseling content library.
 *
 * The data files next to this one are plain object literals; `index.ts` runs every collection through
 * these schemas when it is first imported, so a typo in the data fails loudly at start-up and in the tests.
 */
import { z } from 'zod';
import { isCounselingType } from '../activities/counseling-module.js';
import { ACTIVITY_TYPES, isEngineType } from '../activities/types.js';
import { text } from '../protocol/text.js';
import { libraryConfigProblems, visibilityProblems } from './engine-config.js';
import type { Text as SharedText } from '../i18n/text.js';
import { JOB_FAMILIES, jobFamilyNames, type JobFamilyId } from './job-families.js';

/** Every user-visible string: Korean first, English second. Both must be non-empty. */
export const Text = z.strictObject({
  ko: text().trim().min(1),
  en: text().trim().min(1),
});
export type Text = z.infer<typeof Text>;
// Compile-time check: the content's Text is the app-wide Text of shared/i18n, in both directions.
type Assert<T extends true> = T;
export type _TextMatchesShared = Assert<
  [Text] extends [SharedText] ? ([SharedText] extends [Text] ? true : false) : false
>;

/** Ids are lowercase kebab-case ascii, stable, never shown to users. */
export const Id = text().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase kebab-case');

/**
 * Counseling activities the facilitator leads in the room until the engine has a module for them
 * (issue 10 gives them one; then a type moves from here into the engine's ACTIVITY_TYPES).
 */
export const FACILITATOR_LED_TYPES = [
  'strength-cards',
  'barrier-map',
  'mock-interview',
  'action-plan',
  'instrument',
] as const;

/**
 * The library's activity types: every type the engine runs on phones (its ACTIVITY_TYPES, the one
 * list of engine types) plus the facilitator-led ones. These strings are the engine's ids: do not rename.
 */
export const ActivityType = z.enum([...ACTIVITY_TYPES, ...FACILITATOR_LED_TYPES]);
export type ActivityType = z.infer<typeof ActivityType>;
// Compile-time: a facilitator-led type is never also an engine type (engine types ⊂ library types
// holds by construction above).
export type _LedTypesAreNotEngineTypes = Assert<
  [Extract<(typeof FACILITATOR_LED_TYPES)[number], (typeof ACTIVITY_TYPES)[number]>] extends [never]
    ? true
    : false
>;

/** Job families used by program tracks, the interview question bank and the needs intake. */
export const JobFamily = z.enum(JOB_FAMILIES);
export type JobFamily = z.infer<typeof JobFamily>;
// Compile-time: the zod-free list (phones import it) and the enum are one set of names.
export type _JobFamilyIsTheList = Assert<[JobFamily] extends [JobFamilyId] ? true : false>;
export { jobFamilyNames };

// ---------------------------------------------------------------------------------------------------------
// Modules

export const ModuleTheme = z.enum([
  'opening-closing',
  'motivation',
  'self-understanding',
  'wellbeing',
  'information',
  'documents',
  'interview',
  'industry',
  'adaptation',
  'planning',
]);
export type ModuleTheme = z.infer<typeof ModuleTheme>;

export const ModuleActivity = z
  .strictObject({
    type: ActivityType,
    prompt: Text,
    /** Only for type 'instrument': which instrument to run. */
    instrumentId: Id.optional(),
    /**
     * What an activity that runs on phones opens with: its engine module's config, with every
     * user-visible string written as Text (Korean and English). Required for engine types, refused
     * for the others; both languages must parse with the module's config schema.
     */
    engine: z.unknown().optional(),
    /**
     * A prompt that invites sensitive or identifying answers: 'facilitator' — entries never reach
     * the projector or the other phones; 'self' — only the author sees theirs ("이름은 본인만
     * 봅니다"), the facilitator how many answered. Copied into the engine config the line opens
     * with (`lineConfig`), so the engine binds it; absent: the room may see the entries.
     */
    visibility: z.enum(['facilitator', 'self']).optional(),
  })
  .refine((a) => (a.type === 'instrument') === (a.instrumentId !== undefined), {
    message: "instrumentId is required for type 'instrument' and only allowed there",
  })
  .superRefine((a, ctx) => {
    if (!isEngineType(a.type)) {
      // A counseling type's few settings (picks, minutes per round) overlay its module's defaults; they
      // are checked against the module in test/unit/program/library-configs.test.ts, because the
      // modules read this file's data and cannot be imported here.
      // An instrument line carries none: its wave builds its config (design §2.1).
      const counselingSettings =
        isCounselingType(a.type) &&
        a.type !== 'instrument' &&
        a.engine !== null &&
        typeof a.engine === 'object';
      if (a.engine !== undefined && !counselingSettings)
        ctx.addIssue({ code: 'custom', path: ['engine'], message: 'engine is only for engine types' });
      return;
    }
    for (const message of libraryConfigProblems(a.type, a.engine))
      ctx.addIssue({ code: 'custom', path: ['engine'], message });
    for (const message of visibilityProblems(a.type, a.engine, a.visibility))
      ctx.addIssue({ code: 'custom', path: ['visibility'], message });
  });
export type ModuleActivity = z.infer<typeof ModuleActivity>;

export const Module = z.strictObject({
  id: Id,
  title: Text,
  theme: ModuleTheme,
  goal: Text,
  durationMinutes: z.number().int().positive().multipleOf(15),
  activities: z.array(ModuleActivity).min(1),
  facilitatorNotes: z.strictObject({
    intro: Text,
    watchFor: Text,
    close: Text,
  }),
});
export type Module = z.infer<typeof Module>;

// ---------------------------------------------------------------------------------------------------------
// Programs

export const AgendaDay = z.strictObject({
  day: z.number().int().positive(),
  title: Text,
  moduleIds: z.array(Id).min(1),
});
export type AgendaDay = z.infer<typeof AgendaDay>;

export const Program = z
  .strictObject({
    id: Id,
    name: Text,
    target: Text,
    /** Only where the catalog names an age band. */
    ageRange: z.strictObject({ min: z.number().int(), max: z.number().int() }).optional(),
    focus: Text,
    /** Day counts the catalog allows, e.g. [2, 3, 4] for "2~4" or [2, 4] for "2·4". */
    dayOptions: z.array(z.number().int().positive()).min(1),
    hours: z.strictObject({ min: z.number().positive(), max: z.number().positive() }),
    /** Job family of a program aimed at one industry (tracks carry their own). */
    jobFamily: JobFamily.optional(),
    tracks: z.array(z.strictObject({ id: Id, name: Text, focus: Text, jobFamily: JobFamily })).default([]),
    agenda: z.strictObject({
      /** 'default': written by Moim; 'published-outline': topics are published, the day split is ours. */
      origin: z.enum(['default', 'published-outline']),
      note: Text,
      days: z.array(AgendaDay).min(1),
    }),
  })
  .refine((p) => p.hours.min <= p.hours.max, { message: 'hours.min must not exceed hours.max' });
export type Program = z.infer<typeof Program>;

// ---------------------------------------------------------------------------------------------------------
// Strength cards

export const StrengthFamily = z.enum(['work-habits', 'thinking', 'people', 'inner', 'hands-on']);
export type StrengthFamily = z.infer<typeof StrengthFamily>;

export const strengthFamilyNames: Record<StrengthFamily, Text> = {
  'work-habits': { ko: '일하는 태도', en: 'How I work' },
  thinking: { ko: '생각하는 힘', en: 'How I think' },
  people: { ko: '함께하는 힘', en: 'How I work with people' },
  inner: { ko: '마음의 힘', en: 'Inner strength' },
  'hands-on': { ko: '몸과 손의 힘', en: 'Hands-on strength' },
};

export const StrengthCard = z.strictObject({
  id: Id,
  family: StrengthFamily,
  name: Text,
  description: Text,
  example: Text,
});
export type StrengthCard = z.infer<typeof StrengthCard>;

// ---------------------------------------------------------------------------------------------------------
// Barriers and support services

/** A phone number as Koreans dial it: 3–4 digit hotlines (1350, 109) or dashed groups (1577-0199). */
export const SERVICE_PHONE = /^(?:\d{3,4}|\d{2,4}-\d{3,4}(?:-\d{4})?)$/;
/** Only https: the phone opens it as a link, and a public service's site is served over TLS. */
export const SERVICE_URL = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:\/[\w./?=&%-]*)?$/;

export const SupportService = z.strictObject({
  id: Id,
  name: Text,
  what: Text,
  howToReach: Text,
  /** The national number, dialled from the phone (`tel:`); left out when the service has none or we are unsure. */
  phone: text().regex(SERVICE_PHONE, 'phone must be digits, optionally in dashed groups').optional(),
  /** The official website (https). */
  url: text().regex(SERVICE_URL, 'url must be an https address').optional(),
  /**
   * Using it says something about a person's health or disability (민감정보): recording a referral to it
   * needs a separate, recorded consent, and outside the program's own pages it is never named, only
   * counted as "건강 관련 지원" (docs/design/assessments-reports.md §4.4).
   */
  healthRelated: z.literal(true).optional(),
});
export type SupportService = z.infer<typeof SupportService>;

export const Barrier = z
  .strictObject({
    id: Id,
    name: Text,
    description: Text,
    /** true where Korean privacy law treats the information as sensitive (민감정보, 개인정보보호법 제23조). */
    sensitive: z.boolean(),
    /** Required when sensitive: why, and how to handle it. */
    sensitiveNote: Text.optional(),
    copingStrategies: z.array(Text).min(2),
    serviceIds: z.array(Id).min(1),
  })
  .refine((b) => b.sensitive === (b.sensitiveNote !== undefined), {
    message: 'sensitiveNote is required exactly when sensitive is true',
  });
export type Barrier = z.infer<typeof Barrier>;

// ---------------------------------------------------------------------------------------------------------
// Interview question bank and rubric

export const QuestionType = z.enum(['personality', 'job', 'situational', 'experience']);
export type QuestionType = z.infer<typeof QuestionType>;

export const questionTypeNames: Record<QuestionType, Text> = {
  personality: { ko: '인성', en: 'Personality' },
  job: { ko: '직무', en: 'Job knowledge' },
  situational: { ko: '상황', en: 'Situational' },
  experience: { ko: '경험(STAR)', en: 'Experience (STAR)' },
};

export const InterviewQuestion = z.strictObject({
  id: Id,
  type: QuestionType,
  jobFamily: JobFamily,
  question: Text,
  goodAnswerShows: Text,
});
export type InterviewQuestion = z.infer<typeof InterviewQuestion>;

export const RubricCriterion = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  /** Exactly five anchors, for points 1 to 5 in order. */
  anchors: z
    .array(z.strictObject({ point: z.number().int().min(1).max(5), behaviour: Text }))
    .length(5)
    .refine((a) => a.every((x, i) => x.point === i + 1), { message: 'anchors must be points 1..5 in order' }),
});
export type RubricCriterion = z.infer<typeof RubricCriterion>;

// ---------------------------------------------------------------------------------------------------------
// Instruments (self-assessments and surveys)

export const InstrumentItem = z.discriminatedUnion('kind', [
  z.strictObject({
    id: Id,
    kind: z.literal('rating'),
    text: Text,
    /** Reverse-keyed: scored as (scale.min + scale.max − answer). */
    reverse: z.boolean().default(false),
    subscaleId: Id.optional(),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('text'),
    text: Text,
  }),
]);
export type InstrumentItem = z.infer<typeof InstrumentItem>;

export const Instrument = z
  .strictObject({
    id: Id,
    /**
     * Scores are stored with the version they were taken on, and a pre is paired only with a post of
     * its version: so a version's items, scale, subscales and scoring never change once published
     * (test/unit/content/instrument-versions.test.ts keeps their hash). A change is a new version.
     */
    version: z.number().int().min(1),
    name: Text,
    purpose: Text,
    /** 'pre-post': same form on the first and last day; 'end-of-program': once at the end. */
    use: z.enum(['pre-post', 'end-of-program']),
    source: z.strictObject({
      kind: z.enum(['published', 'in-house']),
      validated: z.boolean(),
      citation: Text,
      note: Text,
    }),
    /**
     * The short credit shown under every item on the phone and with the scores in the member's report,
     * where the source asks to be credited (required for a published source, e.g. SWLS).
     */
    credit: Text.optional(),
    scale: z.strictObject({
      min: z.number().int(),
      max: z.number().int(),
      /** Labels for some or all points of the scale. */
      labels: z.array(z.strictObject({ value: z.number().int(), label: Text })).min(2),
    }),
    items: z.array(InstrumentItem).min(1),
    subscales: z.array(z.strictObject({ id: Id, name: Text, itemIds: z.array(Id).min(1) })).default([]),
    scoring: z.strictObject({
      /** 'sum': total of item scores (prorated when items are missing); 'mean': mean of answered items. */
      method: z.enum(['sum', 'mean']),
      /** Most rating items that may be missing for a total score; more missing → no score. */
      maxMissing: z.number().int().min(0),
      /** Same for each subscale; defaults to maxMissing. */
      subscaleMaxMissing: z.number().int().min(0).optional(),
      rule: Text,
      missingRule: Text,
      interpretation: Text,
      /** Optional descriptive bands of the total score (inclusive bounds). */
      bands: z.array(z.strictObject({ min: z.number(), max: z.number(), label: Text })).default([]),
    }),
  })
  .superRefine((ins, ctx) => {
    if (ins.scale.min >= ins.scale.max)
      ctx.addIssue({ code: 'custom', message: 'scale.min must be < scale.max' });
    if (ins.source.kind === 'published' && ins.credit === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['credit'],
        message: 'a published instrument needs its credit line',
      });
    for (const l of ins.scale.labels) {
      if (l.value < ins.scale.min || l.value > ins.scale.max) {
        ctx.addIssue({ code: 'custom', message: `label value ${l.value} outside the scale` });
      }
    }
  });
export type Instrument = z.infer<typeof Instrument>;
/** What a data file writes (defaults may be left out). */
export type InstrumentInput = z.input<typeof Instrument>;
export type ProgramInput = z.input<typeof Program>;
