import { describe, expect, it } from 'vitest';
import { Barrier, library, Module, Text } from '../../../shared/content/index.js';

/**
 * Every user-visible string is a Text { ko, en } with both sides non-empty. Plain strings are allowed
 * only under keys that hold ids or enum values, which are never shown to users, and numbers and
 * addresses, which read the same in both languages.
 */
const NON_VISIBLE_KEYS = new Set([
  'id',
  'type',
  'theme',
  'family',
  'jobFamily',
  'kind',
  'use',
  'origin',
  'method',
  'instrumentId',
  'visibility',
  'subscaleId',
  'moduleIds',
  'serviceIds',
  'itemIds',
  // A mock interview's question types (ids of shared/content questionTypeNames).
  'questionTypes',
  // A support service's phone number and website: shown, but the same in every language.
  'phone',
  'url',
]);
const HANGUL = /[\uac00-\ud7a3]/;

interface Found {
  texts: { path: string; ko: unknown; en: unknown }[];
  stray: string[];
  badShape: string[];
}

function walk(value: unknown, path: string, key: string, found: Found): void {
  if (typeof value === 'string') {
    if (!NON_VISIBLE_KEYS.has(key)) found.stray.push(`${path} = ${JSON.stringify(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, key, found));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('ko' in obj || 'en' in obj) {
      found.texts.push({ path, ko: obj['ko'], en: obj['en'] });
      if (Object.keys(obj).sort().join() !== 'en,ko') found.badShape.push(path);
      return;
    }
    for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`, k, found);
  }
}

describe('bilingual strings', () => {
  const found: Found = { texts: [], stray: [], badShape: [] };
  walk(library, 'library', '', found);

  it('finds a lot of text', () => {
    expect(found.texts.length).toBeGreaterThan(800);
  });

  it('every Text has exactly the keys ko and en', () => {
    expect(found.badShape).toEqual([]);
  });

  it('every Text has non-empty ko and en', () => {
    const bad = found.texts.filter(
      (t) => typeof t.ko !== 'string' || typeof t.en !== 'string' || t.ko.trim() === '' || t.en.trim() === '',
    );
    expect(bad.map((t) => t.path)).toEqual([]);
  });

  it('no user-visible string sits outside a Text', () => {
    expect(found.stray).toEqual([]);
  });

  it('Korean comes first and is Korean; English has no Hangul', () => {
    const notKorean = found.texts.filter((t) => !HANGUL.test(String(t.ko)));
    // Short proper nouns and citations may be the same in both languages.
    const allowedSame = notKorean.filter((t) => t.ko === t.en);
    expect(
      notKorean.filter((t) => !allowedSame.includes(t)).map((t) => `${t.path}: ${String(t.ko)}`),
    ).toEqual([]);
    expect(
      found.texts.filter((t) => HANGUL.test(String(t.en))).map((t) => `${t.path}: ${String(t.en)}`),
    ).toEqual([]);
  });
});

describe('schemas refuse incomplete content', () => {
  it('a Text missing English, or with blank Korean', () => {
    expect(Text.safeParse({ ko: '안녕' }).success).toBe(false);
    expect(Text.safeParse({ ko: '  ', en: 'hello' }).success).toBe(false);
    expect(Text.safeParse({ ko: '안녕', en: 'hello', fr: 'salut' }).success).toBe(false);
  });

  it('a module with an unknown activity type or an instrument activity without an instrument', () => {
    const m = library.modules[0];
    expect(Module.safeParse(m).success).toBe(true);
    const act = { type: 'quiz', prompt: { ko: '가', en: 'A' } };
    expect(Module.safeParse({ ...m, activities: [act] }).success).toBe(false);
    const ins = { type: 'instrument', prompt: { ko: '가', en: 'A' } };
    expect(Module.safeParse({ ...m, activities: [ins] }).success).toBe(false);
    expect(Module.safeParse({ ...m, id: 'Not An Id' }).success).toBe(false);
  });

  it('a sensitive barrier without a privacy note', () => {
    const b = library.barriers.find((x) => x.sensitive);
    expect(Barrier.safeParse(b).success).toBe(true);
    expect(Barrier.safeParse({ ...b, sensitiveNote: undefined }).success).toBe(false);
  });
});
