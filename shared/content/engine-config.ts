/**
 * A library activity's engine config is written in the engine module's shape with every
 * user-visible string as Text ({ ko, en }). Localising it gives the config a phone opens with, in
 * one language; the content schema checks both languages against the module's config schema.
 */
import { activityModule } from '../activities/registry.js';
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
