/**
 * A library activity's engine config is written in the engine module's shape with every
 * user-visible string as Text ({ ko, en }). Localising it gives the config a phone opens with, in
 * one language; the content schema checks both languages against the module's config schema.
 */
import { activityModule, resultsAudience } from '../activities/registry.js';
import type { ActivityType } from '../activities/types.js';

export type Lang = 'ko' | 'en';

function isText(value: object): value is { ko: string; en: string } {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as { ko?: unknown }).ko === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

/** The config with each Text replaced by its `lang` string; everything else as written. */
export function localizeConfig(config: unknown, lang: Lang): unknown {
  if (Array.isArray(config)) return config.map((v) => localizeConfig(v, lang));
  if (config === null || typeof config !== 'object') return config;
  if (isText(config)) return config[lang];
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, localizeConfig(v, lang)]));
}

/** Paths of strings written in one language only (ids excepted): every visible word is Text. */
function untranslated(config: unknown, path: string): string[] {
  if (typeof config === 'string') return path.endsWith('.id') ? [] : [path];
  if (config === null || typeof config !== 'object' || isText(config)) return [];
  return Object.entries(config).flatMap(([k, v]) => untranslated(v, `${path}.${k}`));
}

/** Why a library config cannot open on phones, in either language (empty when it can). */
export function libraryConfigProblems(type: ActivityType, config: unknown): string[] {
  if (config === undefined) return [`an activity of type '${type}' runs on phones and needs its config`];
  const problems = untranslated(config, 'engine').map((path) => `${path}: write it as { ko, en }`);
  for (const lang of ['ko', 'en'] as const) {
    const parsed = activityModule(type).configSchema.safeParse(localizeConfig(config, lang));
    if (!parsed.success)
      problems.push(
        ...parsed.error.issues.map((i) => `${lang}: ${i.path.join('.') || 'config'}: ${i.message}`),
      );
  }
  return problems;
}

/**
 * The engine config an agenda line made from a library activity opens with: the localised engine
 * config plus the activity's visibility flag, so the engine (not only the content) keeps it.
 */
export function lineConfig(
  activity: { engine?: unknown; visibility?: 'facilitator' | 'self' | undefined },
  lang: Lang,
): unknown {
  if (activity.engine === undefined) return undefined;
  const config = localizeConfig(activity.engine, lang);
  return activity.visibility === undefined
    ? config
    : { ...(config as object), visibility: activity.visibility };
}

/**
 * A flagged engine activity must be one whose module keeps the flag (a type that carries free
 * text); a flag its module would drop would promise privacy the engine does not give.
 */
export function visibilityProblems(type: ActivityType, engine: unknown, visibility: unknown): string[] {
  if (visibility === undefined || engine === undefined) return [];
  const parsed = activityModule(type).configSchema.safeParse(
    lineConfig({ engine, visibility: visibility as 'facilitator' | 'self' }, 'ko'),
  );
  if (parsed.success && resultsAudience(type, parsed.data) === visibility) return [];
  return [`the '${type}' module cannot keep entries '${String(visibility)}'-only`];
}
