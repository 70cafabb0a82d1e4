import { beforeAll, describe, expect, it } from 'vitest';
// initI18n touches document and localStorage; addStrings is the same merge without them.
import { addStrings, translate } from '../../../client/src/common/i18n.js';

describe('the pages’ translator', () => {
  beforeAll(() => {
    addStrings({
      ko: { a: { hello: '안녕하세요, {{name}} 님', count: '답변 {{count}}개', only: '한국어만' } },
      en: {
        a: { hello: 'Hello, {{ name }}', count_one: '{{count}} answer', count_other: '{{count}} answers' },
      },
    });
    addStrings({ ko: { a: { later: '나중에' } }, en: { a: { later: 'Later' } } });
  });

  it('finds nested keys and fills {{names}} in either language', () => {
    expect(translate('a.hello', { name: '민지' }, 'ko')).toBe('안녕하세요, 민지 님');
    expect(translate('a.hello', { name: 'Minji' }, 'en')).toBe('Hello, Minji');
  });

  it('picks the plural form by count, or the plain key where the language has none', () => {
    expect(translate('a.count', { count: 1 }, 'en')).toBe('1 answer');
    expect(translate('a.count', { count: 3 }, 'en')).toBe('3 answers');
    expect(translate('a.count', { count: 3 }, 'ko')).toBe('답변 3개');
  });

  it('falls back to Korean, then to the key; bundles added later merge into the same tree', () => {
    expect(translate('a.only', undefined, 'en')).toBe('한국어만');
    expect(translate('a.missing', undefined, 'en')).toBe('a.missing');
    expect(translate('a.later', undefined, 'en')).toBe('Later');
    expect(translate('a.hello', undefined, 'ko')).toBe('안녕하세요, {{name}} 님');
  });
});
