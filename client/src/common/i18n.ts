import { createContext, useContext, useMemo } from 'react';
import { DEFAULT_LANG, type Lang } from '../../../shared/i18n/text.js';

/** One bundle of strings in both languages; each page merges the bundles it needs. */
export interface Strings {
  ko: Record<string, unknown>;
  en: Record<string, unknown>;
}
export type TFn = (key: string, options?: Record<string, unknown>) => string;

const LANG_KEY = 'moim.lang';

export function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return value === 'en' || value === 'ko' ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/** Bundles may share a top-level key (e.g. `timer`); their subtrees merge instead of replacing. */
function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isTree(value)) {
      const subtree: Tree = isTree(existing) ? existing : {};
      mergeInto(subtree, value);
      target[key] = subtree;
    } else {
      target[key] = value;
    }
  }
}

/**
 * The strings of both languages, merged from the page's bundles. A small translator of our own
 * instead of i18next: nested keys ("a.b"), {{name}} interpolation, plurals by `count`
 * (`key_one` / `key_other` through Intl.PluralRules, else the plain key) and Korean as fallback are
 * all the pages use, and the phone's first load is 15 KB (gzip) lighter without the library.
 */
const resources: Record<Lang, Tree> = { ko: {}, en: {} };
let currentLang: Lang = DEFAULT_LANG;

function lookup(tree: Tree, key: string): string | null {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!isTree(node)) return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralOf(lang: Lang, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function find(lang: Lang, key: string, count: unknown): string | null {
  const tree = resources[lang];
  if (typeof count === 'number') {
    const plural = lookup(tree, `${key}_${pluralOf(lang, count)}`) ?? lookup(tree, `${key}_other`);
    if (plural !== null) return plural;
  }
  return lookup(tree, key);
}

/** The text of `key` in `lang` (Korean when English lacks it; the key itself when both do). */
export function translate(key: string, options?: Record<string, unknown>, lang: Lang = currentLang): string {
  const template = find(lang, key, options?.count) ?? find(DEFAULT_LANG, key, options?.count) ?? key;
  if (!options) return template;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** Synchronous init: the strings ship inside the bundle, so the first render is already translated. */
export function initI18n(bundles: Strings[]): Lang {
  for (const bundle of bundles) {
    mergeInto(resources.ko, bundle.ko);
    mergeInto(resources.en, bundle.en);
  }
  const lang = storedLang();
  currentLang = lang;
  document.documentElement.lang = lang;
  return lang;
}

/** Adds strings after start (a lazily loaded part of the page brings its own). */
export function addStrings(bundle: Strings): void {
  mergeInto(resources.ko, bundle.ko);
  mergeInto(resources.en, bundle.en);
}

/** Switches language everywhere: the translator, the stored choice and the page's lang attribute. */
export function applyLang(lang: Lang): void {
  currentLang = lang;
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not stored: the switch still works for this visit.
  }
}

/** The page root provides the language from its store; shared components read it here. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): TFn {
  const lang = useLang();
  return useMemo<TFn>(() => (key, options) => translate(key, options, lang), [lang]);
}
