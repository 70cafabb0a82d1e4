import { z } from 'zod';
import type { ActivityModule, AnswerRecord, ResultsAudience, SummaryOptions } from './module.js';
import { pollSingle } from './poll-single/index.js';
import { pollMulti } from './poll-multi/index.js';
import { scale } from './scale/index.js';
import { openText } from './open-text/index.js';
import { wordCloud } from './word-cloud/index.js';
import { ACTIVITY_TYPES, type ActivityType } from './types.js';
import type { ActivitySummary, ActivityTypeMap } from './types.js';

type ModuleFor<T extends ActivityType> = ActivityModule<
  ActivityTypeMap[T]['config'],
  ActivityTypeMap[T]['answer'],
  ActivityTypeMap[T]['summary']
>;

/**
 * The only place that lists the activity modules. The mapped type makes the compiler refuse a type
 * listed in ACTIVITY_TYPES without a module, or a module under the wrong key.
 */
export const activityModules: { [T in ActivityType]: ModuleFor<T> } = {
  'poll-single': pollSingle,
  'poll-multi': pollMulti,
  scale,
  'open-text': openText,
  'word-cloud': wordCloud,
};

// The modules are heterogenous; at the boundary they are handled through this erased view.
type AnyModule = ActivityModule<unknown, unknown, ActivitySummary>;

export function activityModule(type: ActivityType): AnyModule {
  return activityModules[type] as unknown as AnyModule;
}

/**
 * Whether even the facilitator must not learn who answered this activity (anonymous open text):
 * the module decides from the config, so no caller switches on a type.
 */
export function hidesAuthors(type: ActivityType, config: unknown): boolean {
  return activityModule(type).hidesAuthors?.(config) ?? false;
}

/**
 * Who may see this activity's entries: 'room', 'facilitator' (never the projector or phones) or
 * 'self' (each author only; the console gets counts). The module decides from the config.
 */
export function resultsAudience(type: ActivityType, config: unknown): ResultsAudience {
  return activityModule(type).resultsAudience?.(config) ?? 'room';
}

/** Whether the results can name who wrote what, so the console offers the names button. */
export function namesApply(type: ActivityType, config: unknown): boolean {
  return activityModule(type).namesApply?.(config) ?? false;
}

/** Whether a program day holds this type's answers for review before the room sees them. */
export function reviewedInProgramDay(type: ActivityType): boolean {
  return activityModule(type).reviewedInProgramDay ?? false;
}

/** Activity definition as the facilitator writes it: a type and a config valid for that type. */
export const activityDefinitionSchema = z.discriminatedUnion(
  'type',
  ACTIVITY_TYPES.map((type) =>
    z.object({ type: z.literal(type), config: activityModules[type].configSchema }),
  ) as [
    z.ZodObject<{ type: z.ZodLiteral<ActivityType>; config: z.ZodType<unknown> }>,
    ...z.ZodObject<{ type: z.ZodLiteral<ActivityType>; config: z.ZodType<unknown> }>[],
  ],
);

export function summarize(
  type: ActivityType,
  config: unknown,
  answers: readonly AnswerRecord<unknown>[],
  options: SummaryOptions,
): ActivitySummary {
  return activityModule(type).summarize(config, answers, options);
}

/**
 * The title and config an agenda line opens with: the config it carries (the library's, checked by
 * the content schema), else the one its words imply (`configFromPrompt`), else the type's default.
 * A carried or implied config that does not parse falls back to the next, so a bad one never
 * reaches a phone; the title then keeps its words, so none are lost.
 */
export function engineDraftOf(
  type: ActivityType,
  title: string,
  config: unknown,
): { title: string; type: ActivityType; config: unknown } {
  const module = activityModule(type);
  const candidates: { title: string; config: unknown }[] = [];
  if (config !== undefined) candidates.push({ title, config });
  const implied = module.configFromPrompt?.(title);
  if (implied) candidates.push(implied);
  for (const candidate of candidates) {
    const parsed = module.configSchema.safeParse(candidate.config);
    if (parsed.success) return { title: candidate.title, type, config: parsed.data };
  }
  return { title, type, config: module.defaultConfig() };
}
