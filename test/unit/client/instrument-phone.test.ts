import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangContext } from '../../../client/src/common/i18n.js';
import { Phone, progressOf } from '../../../client/src/activities/instrument/Phone.js';
import { strings } from '../../../client/src/activities/instrument/strings.js';
import {
  STACK_MAX_POINTS,
  TEXT_MAX,
  firstUnanswered,
  instrumentProgress,
  openItems,
  scaleLayout,
} from '../../../client/src/activities/instrument/walk.js';
import {
  INSTRUMENT_TEXT_MAX,
  toPhoneInstrument,
  type InstrumentConfig,
  type InstrumentPersonal,
} from '../../../shared/activities/instrument/index.js';
import { instrumentById, instruments } from '../../../shared/content/index.js';

const phoneOf = (id: string) => {
  const instrument = instrumentById.get(id);
  if (!instrument) throw new Error(`no instrument ${id}`);
  return toPhoneInstrument(instrument);
};
const swls = phoneOf('swls');
const personalOf = (over: Partial<InstrumentPersonal> = {}): InstrumentPersonal => ({
  instrument: swls,
  answers: {},
  submitted: null,
  dueAt: null,
  anonymous: false,
  ...over,
});

describe('where the instrument phone resumes', () => {
  it('opens at the first item not decided on; a skipped one (null) was decided', () => {
    expect(firstUnanswered(swls.items, {})).toBe(0);
    expect(firstUnanswered(swls.items, { 'swls-1': 5, 'swls-2': null })).toBe(2);
    // A gap before later answers (the member went back and forth) is where it opens.
    expect(firstUnanswered(swls.items, { 'swls-1': 5, 'swls-3': 2 })).toBe(1);
  });

  it('opens at the submit screen (items.length) when every item was decided', () => {
    const all = Object.fromEntries(swls.items.map((item) => [item.id, 4]));
    expect(firstUnanswered(swls.items, all)).toBe(swls.items.length);
  });

  it('lists on the submit screen the items not reached, skipped, or left an empty text', () => {
    expect(openItems(swls.items, { 'swls-1': 5, 'swls-2': null, 'swls-4': 3 })).toEqual([1, 2, 4]);
    const survey = phoneOf('program-satisfaction');
    const textIndex = survey.items.findIndex((i) => i.kind === 'text');
    const textItem = survey.items[textIndex]!;
    expect(openItems(survey.items, { [textItem.id]: '' })).toContain(textIndex);
    expect(openItems(survey.items, { [textItem.id]: '좋았어요' })).not.toContain(textIndex);
  });
});

describe('the scale buttons by scale size', () => {
  it('lays an 11-point 0–10 scale out as a grid of numbers with its end labels above', () => {
    const layout = scaleLayout(phoneOf('life-satisfaction').scale);
    expect(layout.kind).toBe('grid');
    expect(layout.buttons.map((b) => b.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(layout.ends.min?.ko).toBe('전혀 만족하지 않는다');
    expect(layout.ends.max?.ko).toBe('매우 만족한다');
    // The middle keeps its word for the button's name; unlabelled numbers have none.
    expect(layout.buttons[5]!.label?.ko).toBe('보통');
    expect(layout.buttons[1]!.label).toBeNull();
  });

  it('stacks a 7-point agreement scale (SWLS), each button with its own label', () => {
    const layout = scaleLayout(swls.scale);
    expect(layout.kind).toBe('stack');
    expect(layout.buttons.map((b) => [b.value, b.label?.ko])).toEqual(
      swls.scale.labels.map((l) => [l.value, l.label.ko]),
    );
  });

  it('stacks 4- and 5-point scales, and sizes alone decide (a made-up 8-point scale is a grid)', () => {
    expect(scaleLayout(phoneOf('rosenberg-self-esteem').scale).buttons).toHaveLength(4);
    expect(scaleLayout(phoneOf('rosenberg-self-esteem').scale).kind).toBe('stack');
    expect(scaleLayout(phoneOf('program-satisfaction').scale).kind).toBe('stack');
    const labels = [{ value: 1, label: { ko: '낮음', en: 'Low' } }];
    expect(scaleLayout({ min: 1, max: STACK_MAX_POINTS, labels }).kind).toBe('stack');
    expect(scaleLayout({ min: 1, max: STACK_MAX_POINTS + 1, labels }).kind).toBe('grid');
  });

  it('gives every published instrument a layout with a button per point and a label per stacked button', () => {
    for (const instrument of instruments) {
      const layout = scaleLayout(toPhoneInstrument(instrument).scale);
      expect(layout.buttons).toHaveLength(instrument.scale.max - instrument.scale.min + 1);
      if (layout.kind === 'stack')
        expect(
          layout.buttons.every((b) => b.label !== null),
          instrument.id,
        ).toBe(true);
    }
  });

  it("keeps the phone's text limit the module's", () => {
    expect(TEXT_MAX).toBe(INSTRUMENT_TEXT_MAX);
  });
});

describe('the progress on "내 할 일"', () => {
  it('counts items decided on, and all of them once handed in', () => {
    expect(instrumentProgress(null)).toEqual({ done: 0, total: 0 });
    expect(progressOf(null, personalOf({ answers: { 'swls-1': 3, 'swls-2': null } }))).toEqual({
      done: 2,
      total: 5,
    });
    const submitted = personalOf({ answers: { 'swls-1': 3 }, submitted: { at: 1, dayNumber: 1 } });
    expect(progressOf(null, submitted)).toEqual({ done: 5, total: 5 });
  });
});

// A smoke render on the server renderer (no DOM): the first screen and the handed-in state.
const config: InstrumentConfig = {
  waveId: '00000000-0000-4000-8000-000000000001',
  instrumentId: 'swls',
  instrumentVersion: 1,
  kind: 'pre',
  anonymous: false,
};
const noop = () => Promise.resolve();
const render = (personal: InstrumentPersonal | null, title = '사전 평가', lang: 'ko' | 'en' = 'ko') =>
  renderToStaticMarkup(
    createElement(
      LangContext.Provider,
      { value: lang },
      createElement(Phone, {
        idPrefix: 'iv',
        activity: { id: 'a1', type: 'instrument', title, config, pace: 'self', phase: 'answer' },
        personal,
        group: null,
        give: noop,
        act: noop,
      }),
    ),
  );

const keysOf = (tree: unknown, prefix = ''): string[] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([k, v]) => keysOf(v, `${prefix}${k.replace(/_(one|other)$/, '')}.`))
    : [prefix];

describe('the instrument phone, rendered', () => {
  it('opens on its first screen: name, item count, the close rule, the credit and start', () => {
    const html = render(personalOf());
    expect(html).toContain('삶의 만족 척도 (SWLS)');
    expect(html).toContain('5문항');
    expect(html).toContain('마감 때 답한 내용은 제출됩니다');
    expect(html).toContain('Diener, Emmons, Larsen &amp; Griffin (1985)');
    expect(html).toContain('시작하기');
    expect(html).not.toContain('이름 없이');
    // The server names the task after the instrument: the card's title says it, the screen does not repeat it.
    expect(render(personalOf(), '삶의 만족 척도 (SWLS)')).not.toContain('<h2>삶의 만족 척도 (SWLS)</h2>');
    expect(html).toContain('<h2>삶의 만족 척도 (SWLS)</h2>');
  });

  it('says continue once some items are answered, and that the anonymous survey takes no names', () => {
    expect(render(personalOf({ answers: { 'swls-1': 4 } }))).toContain('이어서 하기');
    expect(render(personalOf({ anonymous: true }))).toContain('이름 없이 모아 봅니다');
  });

  it('waits for the personal view, and says when the instrument is unknown here', () => {
    expect(render(null)).toContain('불러오는 중');
    expect(render(personalOf({ instrument: null }))).toContain('이 평가를 이 화면에서 열 수 없어요');
  });

  it('says the time is up after the due time, without stopping anything', () => {
    const html = render(personalOf({ dueAt: Date.now() - 60_000 }));
    expect(html).toContain('시간이 지났어요. 지금 마쳐도 괜찮아요');
    expect(html).toContain('시작하기');
  });

  it('shows a handed-in wave with its answers read-only, and an anonymous one without them', () => {
    const at = Date.UTC(2026, 11, 1, 6, 30);
    const html = render(personalOf({ answers: { 'swls-1': 7 }, submitted: { at, dayNumber: 1 } }));
    expect(html).toContain('제출했어요');
    expect(html).toContain('12월 1일');
    expect(html).toContain('7 · 매우 그렇다');
    expect(html).toContain('답하지 않음');
    expect(html).not.toContain('<button');
    const anonymous = render(personalOf({ anonymous: true, submitted: { at, dayNumber: 1 } }));
    expect(anonymous).toContain('답은 이름 없이 모였어요');
    expect(anonymous).not.toContain('매우 그렇다');
  });
});

describe('the instrument phone in English', () => {
  it('has every word in both languages', () => {
    expect([...new Set(keysOf(strings.en))].sort()).toEqual([...new Set(keysOf(strings.ko))].sort());
  });

  it("speaks English throughout, the instrument's own words included", () => {
    const html = render(personalOf({ anonymous: true, answers: { 'swls-1': 2 } }), '사전 평가', 'en');
    expect(html).toContain('Satisfaction With Life Scale (SWLS)');
    expect(html).toContain('5 questions');
    expect(html).toContain('Answers are collected without names');
    expect(html).toContain('Continue');
    expect(html).not.toMatch(/[가-힣]/);
  });
});
