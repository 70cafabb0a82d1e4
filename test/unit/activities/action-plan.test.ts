import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionPlan,
  actionPlanConfigSchema,
  planItems,
  type ActionPlanConfig,
} from '../../../shared/activities/action-plan/index.js';
import type {
  GiveContext,
  MemberAnswerRecord,
  PersonalContext,
} from '../../../shared/activities/counseling-module.js';
import { counselingModule, counselingModules } from '../../../shared/activities/counseling-registry.js';

const config: ActionPlanConfig = { steps: 3 };

function give(over: Partial<GiveContext> = {}): GiveContext {
  return {
    giverId: 'me',
    subjectMemberId: null,
    round: 0,
    itemKey: 'goal',
    phase: 'plan',
    groupMates: [],
    programMemberIds: ['me', 'you'],
    roles: {},
    consents: [],
    own: [],
    ...over,
  };
}

let clock = 0;
function answer(memberId: string, itemKey: string, value: unknown, over: Partial<MemberAnswerRecord> = {}) {
  clock += 1;
  return {
    answerId: `a${clock}`,
    memberId,
    subjectMemberId: null,
    round: 0,
    itemKey,
    value,
    noteState: null,
    signed: false,
    updatedAt: clock,
    ...over,
  } satisfies MemberAnswerRecord;
}

function personal(given: MemberAnswerRecord[], memberId = 'me'): PersonalContext {
  return {
    memberId,
    given,
    received: [],
    nicknames: {},
    groupMates: [],
    phase: 'plan',
    roles: {},
    state: null,
    consents: [],
  };
}

const goal = { job: '바리스타', by: '2027-03-01' };
const step = { what: '이력서 고치기', when: '2026-12-05', support: '고용센터' };

describe('action plan: config', () => {
  it('defaults to 3 steps and accepts 3..5 steps and library support ids only', () => {
    expect(actionPlanConfigSchema.parse(actionPlan.defaultConfig())).toEqual({ steps: 3 });
    for (const steps of [3, 4, 5]) expect(actionPlanConfigSchema.safeParse({ steps }).success).toBe(true);
    for (const steps of [2, 6, 3.5]) expect(actionPlanConfigSchema.safeParse({ steps }).success).toBe(false);
    expect(actionPlanConfigSchema.safeParse({ steps: 3, supportIds: ['work24'] }).success).toBe(true);
    expect(actionPlanConfigSchema.safeParse({ steps: 3, supportIds: ['made-up'] }).success).toBe(false);
  });

  it('is a self-paced task with the one phase "plan", reached through the registry', () => {
    expect(actionPlan.pace).toBe('self');
    expect(actionPlan.phases).toEqual(['plan']);
    expect(counselingModule('action-plan')).toBe(actionPlan);
    expect(counselingModules['action-plan']?.type).toBe('action-plan');
  });
});

describe('action plan: checkAnswer', () => {
  it('takes the goal, each configured step and the first step, trimmed', () => {
    expect(actionPlan.checkAnswer(config, give(), { job: ' 바리스타 ', by: '3월까지' })).toEqual({
      ok: true,
      value: { job: '바리스타', by: '3월까지' },
      noteState: null,
    });
    for (const itemKey of ['step:1', 'step:2', 'step:3'])
      expect(actionPlan.checkAnswer(config, give({ itemKey }), step)).toMatchObject({ ok: true });
    expect(
      actionPlan.checkAnswer(config, give({ itemKey: 'first-step' }), { what: '전화하기' }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses item keys outside the config', () => {
    for (const itemKey of ['step:0', 'step:4', 'step:1.0', '', 'goal ', 'barrier:health'])
      expect(actionPlan.checkAnswer(config, give({ itemKey }), step)).toEqual({
        ok: false,
        code: 'invalid_answer',
      });
    expect(actionPlan.checkAnswer({ steps: 5 }, give({ itemKey: 'step:5' }), step)).toMatchObject({
      ok: true,
    });
  });

  it("refuses writing in someone else's plan, a round, or another phase", () => {
    expect(actionPlan.checkAnswer(config, give({ subjectMemberId: 'you' }), goal)).toEqual({
      ok: false,
      code: 'invalid_answer',
    });
    expect(actionPlan.checkAnswer(config, give({ round: 1 }), goal)).toEqual({
      ok: false,
      code: 'invalid_answer',
    });
    expect(actionPlan.checkAnswer(config, give({ phase: 'other' }), goal)).toEqual({
      ok: false,
      code: 'wrong_phase',
    });
  });

  it('refuses values over the limits, empty goals and dates that do not exist', () => {
    const refused = [
      ['goal', { job: 'x'.repeat(101), by: '내년' }],
      ['goal', { job: '', by: '내년' }],
      ['goal', { job: '요리사', by: '' }],
      ['goal', { job: '요리사', by: '2027-02-30' }],
      ['goal', { job: '요리사', by: 'x'.repeat(41) }],
      ['step:1', { ...step, what: 'x'.repeat(201) }],
      ['step:1', { ...step, support: 'x'.repeat(101) }],
      ['step:1', { what: '하기' }],
      ['first-step', { what: '' }],
      ['first-step', 'text'],
    ] as const;
    for (const [itemKey, value] of refused)
      expect(actionPlan.checkAnswer(config, give({ itemKey }), value)).toEqual({
        ok: false,
        code: 'invalid_answer',
      });
  });

  it('never accepts a value for a key outside the plan (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.string(), fc.anything(), (steps, itemKey, value) => {
        const result = actionPlan.checkAnswer({ steps }, give({ itemKey }), value);
        if (result.ok) expect(planItems({ steps })).toContain(itemKey);
      }),
    );
  });
});

describe('action plan: views', () => {
  it("shows the member's own plan, latest per item, and never another member's", () => {
    const given = [
      answer('me', 'goal', { job: '제빵사', by: '내년' }),
      answer('me', 'goal', goal),
      answer('me', 'step:2', step),
      answer('you', 'step:1', { ...step, what: '남의 계획' }),
      answer('me', 'first-step', { what: '전화하기' }),
    ];
    const view = actionPlan.personalView({ steps: 3, supportIds: ['work24'] }, personal(given));
    expect(view).toEqual({
      goal,
      steps: [null, step, null],
      firstStep: { what: '전화하기' },
      supports: [{ id: 'work24', name: expect.any(Object), howToReach: expect.any(Object) }],
    });
  });

  it('counts answered items of 2 + steps per member, zero for members who wrote nothing', () => {
    const answers = [
      answer('me', 'goal', goal),
      answer('me', 'goal', goal),
      answer('me', 'step:1', step),
      answer('you', 'first-step', { what: '하기' }),
      answer('you', 'step:9', step),
    ];
    expect(actionPlan.progress({ steps: 4 }, answers, ['me', 'you', 'them'])).toEqual({
      me: { done: 2, total: 6 },
      you: { done: 1, total: 6 },
      them: { done: 0, total: 6 },
    });
  });

  it('reports goal, steps and first step; nothing written is no section', () => {
    expect(actionPlan.reportSection?.(config, personal([]))).toBeNull();
    const section = actionPlan.reportSection?.(
      config,
      personal([
        answer('me', 'goal', goal),
        answer('me', 'step:1', step),
        answer('me', 'first-step', { what: '전화' }),
      ]),
    );
    expect(section?.title.ko).toBe('나의 실행 계획');
    expect(section?.blocks.map((b) => b.kind)).toEqual(['pairs', 'list', 'paragraph']);
    expect(JSON.stringify(section)).toContain('이력서 고치기');
    expect(JSON.stringify(section)).toContain('바리스타');
  });
});
