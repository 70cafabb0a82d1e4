import { describe, expect, it } from 'vitest';
import type { GiveContext, MemberAnswerRecord } from '../../../shared/activities/counseling-module.js';
import { counselingConfigOf, counselingModule } from '../../../shared/activities/counseling-registry.js';
import { instrument, type InstrumentConfig } from '../../../shared/activities/instrument/index.js';

const config: InstrumentConfig = {
  waveId: crypto.randomUUID(),
  instrumentId: 'swls',
  instrumentVersion: 1,
  kind: 'pre',
  anonymous: false,
};
const survey: InstrumentConfig = {
  ...config,
  instrumentId: 'program-satisfaction',
  kind: 'once',
  anonymous: true,
};

const give = (itemKey: string, over: Partial<GiveContext> = {}): GiveContext => ({
  giverId: 'm1',
  subjectMemberId: null,
  round: 0,
  itemKey,
  phase: 'answer',
  groupMates: [],
  programMemberIds: ['m1', 'm2'],
  roles: {},
  consents: [],
  own: [],
  ...over,
});

const record = (memberId: string, itemKey: string, value: unknown): MemberAnswerRecord => ({
  answerId: crypto.randomUUID(),
  memberId,
  subjectMemberId: null,
  round: 0,
  itemKey,
  value,
  noteState: null,
  signed: false,
  updatedAt: 0,
});

describe('the instrument module', () => {
  it('is opened by the plan: no line opens it, whatever it carries', () => {
    expect(counselingModule('instrument')?.openedBy).toBe('plan');
    expect(counselingConfigOf('instrument', undefined)).toBeNull();
    expect(counselingConfigOf('instrument', config)).toBeNull();
  });

  it("takes a rating on the instrument's own scale, a skip, or a text for a text item; nothing else", () => {
    expect(instrument.checkAnswer(config, give('swls-1'), 7)).toEqual({
      ok: true,
      value: 7,
      noteState: null,
    });
    expect(instrument.checkAnswer(config, give('swls-1'), null)).toMatchObject({ ok: true, value: null });
    for (const value of [0, 8, 2.5, '5', {}])
      expect(instrument.checkAnswer(config, give('swls-1'), value)).toEqual({
        ok: false,
        code: 'invalid_answer',
      });
    expect(instrument.checkAnswer(config, give('rosenberg-1'), 3)).toEqual({
      ok: false,
      code: 'invalid_answer',
    });
    expect(instrument.checkAnswer(config, give('swls-1', { subjectMemberId: 'm2' }), 3)).toMatchObject({
      ok: false,
    });
    expect(instrument.checkAnswer(config, give('swls-1', { round: 1 }), 3)).toMatchObject({ ok: false });
    const text = instrument.checkAnswer(survey, give('liked'), '  좋았어요  ');
    expect(text).toEqual({ ok: true, value: '좋았어요', noteState: null });
    expect(instrument.checkAnswer(survey, give('liked'), 'x'.repeat(1001))).toMatchObject({ ok: false });
  });

  it("shows the member their own answers with the instrument's items, scale labels and credit", () => {
    const view = instrument.personalView(config, {
      memberId: 'm1',
      given: [record('m1', 'swls-2', 5), record('m1', 'swls-4', null), record('m1', 'stale-item', 3)],
      received: [],
      nicknames: {},
      groupMates: [],
      phase: 'answer',
      roles: {},
      state: null,
      consents: [],
      submitted: null,
      dueAt: 1234,
    });
    expect(view.answers).toEqual({ 'swls-2': 5, 'swls-4': null });
    expect(view.instrument?.items.map((i) => i.id)).toEqual([
      'swls-1',
      'swls-2',
      'swls-3',
      'swls-4',
      'swls-5',
    ]);
    expect(view.instrument?.scale.labels).toHaveLength(7);
    expect(view.instrument?.credit?.ko).toContain('Diener');
    expect(view).toMatchObject({ dueAt: 1234, submitted: null, anonymous: false });
  });

  it('counts answered items per member, and all of them once handed in', () => {
    const answers = [record('m1', 'swls-1', 3), record('m1', 'swls-1', 4), record('m1', 'swls-2', null)];
    expect(
      instrument.progress(config, answers, ['m1', 'm2', 'm3'], {
        phase: 'answer',
        groupMates: {},
        submitted: new Set(['m3']),
      }),
    ).toEqual({ m1: { done: 2, total: 5 }, m2: { done: 0, total: 5 }, m3: { done: 5, total: 5 } });
  });

  it("tells the console only who handed in the anonymous survey, never a draft's progress", () => {
    const answers = [record('m1', 'content', 5), record('m1', 'facilitator', 4)];
    expect(
      instrument.progress(survey, answers, ['m1', 'm2'], {
        phase: 'answer',
        groupMates: {},
        submitted: new Set(['m2']),
      }),
    ).toEqual({ m1: { done: 0, total: 8 }, m2: { done: 8, total: 8 } });
  });

  it('hands the anonymous survey in without its member, and a named wave with it', () => {
    expect(instrument.submission?.mode(config)).toBe('keep');
    expect(instrument.submission?.mode(survey)).toBe('detach');
  });
});
