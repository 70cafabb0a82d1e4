import { describe, expect, it } from 'vitest';
import { openText } from '../../../shared/activities/open-text/index.js';
import { wordCloud } from '../../../shared/activities/word-cloud/index.js';
import { normalizeWord } from '../../../shared/activities/word-cloud/normalize.js';
import { records } from './records.js';

describe('open text', () => {
  const named = { maxLength: 100, anonymous: false };
  it('lists visible entries, without names unless names are on and the activity is not anonymous', () => {
    const answers = records([{ text: '좋았어요' }, { text: '부적절' }, { text: '유익했어요' }], [1]);
    const anonymous = openText.summarize(named, answers, { withNames: false });
    expect(anonymous.entries.map((e) => [e.text, e.author])).toEqual([
      ['좋았어요', null],
      ['유익했어요', null],
    ]);
    expect(openText.summarize(named, answers, { withNames: true }).entries[0]?.author).toBe('사람0');
    expect(
      openText.summarize({ ...named, anonymous: true }, answers, { withNames: true }).entries[0]?.author,
    ).toBeNull();
    expect(openText.hidesAuthors?.({ ...named, anonymous: true })).toBe(true);
  });
  it('trims text and enforces its length', () => {
    const schema = openText.answerSchema({ maxLength: 10, anonymous: true });
    expect(schema.parse({ text: '  안녕하세요  ' })).toEqual({ text: '안녕하세요' });
    expect(schema.safeParse({ text: '   ' }).success).toBe(false);
    expect(schema.safeParse({ text: '가'.repeat(11) }).success).toBe(false);
  });
});

describe('word cloud', () => {
  it('normalises case, spacing and surrounding punctuation', () => {
    expect(normalizeWord('  Teamwork! ')).toBe('teamwork');
    expect(normalizeWord('"팀워크."')).toBe('팀워크');
    expect(normalizeWord('성실   함')).toBe('성실 함');
    expect(normalizeWord('!!!')).toBe('');
  });
  it('counts each word once per person and sorts by count', () => {
    const answers = records([
      { words: ['끈기', '성실'] },
      { words: ['성실', 'Team'] },
      { words: ['성실!', '성실'] },
    ]);
    const summary = wordCloud.summarize({ maxWords: 3 }, answers, { withNames: false });
    expect(summary.words[0]).toEqual({ word: '성실', count: 3 });
    expect(summary.words).toHaveLength(3);
    expect(summary.respondents).toBe(3);
  });
  it('refuses more words than allowed and answers that normalise to nothing', () => {
    const schema = wordCloud.answerSchema({ maxWords: 2 });
    expect(schema.parse({ words: [' A ', 'b'] })).toEqual({ words: ['a', 'b'] });
    expect(schema.safeParse({ words: ['a', 'b', 'c'] }).success).toBe(false);
    expect(schema.safeParse({ words: ['?!'] }).success).toBe(false);
  });
});
