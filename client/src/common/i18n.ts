import i18next from 'i18next';
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

/** Synchronous init: the strings ship inside the bundle, so the first render is already translated. */
export function initI18n(bundles: Strings[]): Lang {
  const ko: Record<string, unknown> = {};
  const en: Record<string, unknown> = {};
  for (const bundle of bundles) {
    mergeInto(ko, bundle.ko);
    mergeInto(en, bundle.en);
  }
  const lang = storedLang();
  void i18next.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources: { ko: { translation: ko }, en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lang;
  return lang;
}

/** Switches language everywhere: i18next, the stored choice and the page's lang attribute. */
export function applyLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
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
  return useMemo<TFn>(() => {
    const fixed = i18next.getFixedT(lang);
    return (key, options) => String(fixed(key, options));
  }, [lang]);
}
