import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLines } from '../../../client/src/activities/action-plan/describe.js';
import {
  planFromPersonal,
  planProgress,
  stepsOf,
  supportsFromPersonal,
} from '../../../client/src/activities/action-plan/plan-form.js';
import type { MemberAnswerRecord, PersonalContext } from '../../../shared/activities/counseling-module.js';
import { actionPlan, planItems } from '../../../shared/activities/action-plan/index.js';

const ME = 'member-1';
const valueFor = (itemKey: string, n: number) =>
  itemKey === 'goal'
    ? { job: `직무 ${n}`, by: '2027-03-31' }
    : itemKey === 'first-step'
      ? { what: `첫 걸음 ${n}` }
      : { what: `할 일 ${n}`, when: '2027-01-15', support: n % 2 ? '고용센터' : '' };

const record = (itemKey: string, n: number, memberId = ME): MemberAnswerRecord => ({
  answerId: `${memberId}-${itemKey}-${n}`,
  memberId,
  subjectMemberId: null,
  round: 0,
  itemKey,
  value: valueFor(itemKey, n),
  noteState: null,
  signed: false,
  updatedAt: n,
});

const context = (given: MemberAnswerRecord[]): PersonalContext => ({
  memberId: ME,
  given,
  received: [],
  nicknames: {},
  groupMates: [],
  phase: 'plan',
  roles: {},
  state: null,
  consents: [],
});

describe('the action plan’s phone form', () => {
  it('reads the module’s personal view back as what was saved, item by item', () => {
    const config = { steps: 4 };
    const given = [record('goal', 1), record('step:2', 2), record('first-step', 3)];
    const plan = planFromPersonal(actionPlan.personalView(config, context(given)), stepsOf(config));
    expect(plan.goal).toEqual(valueFor('goal', 1));
    expect(plan.steps).toEqual([null, valueFor('step:2', 2), null, null]);
    expect(plan.firstStep).toEqual(valueFor('first-step', 3));
  });

  it('counts progress as the module does for the console, for any answers and step count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 99 }))),
        (steps, picks) => {
          const config = { steps };
          const items = planItems(config);
          const given = picks.map(([i, n]) => record(items[i % items.length]!, n));
          const phone = planProgress(
            planFromPersonal(actionPlan.personalView(config, context(given)), steps),
          );
          expect(phone).toEqual(actionPlan.progress(config, given, [ME])[ME]);
        },
      ),
    );
  });

  it('never throws on a view it does not expect, and reads nothing from it', () => {
    fc.assert(
      fc.property(fc.anything(), (view) => {
        const plan = planFromPersonal(view, 3);
        expect(plan.steps).toHaveLength(3);
        expect(Array.isArray(supportsFromPersonal(view))).toBe(true);
      }),
    );
    expect(planProgress(planFromPersonal(null, 5))).toEqual({ done: 0, total: 7 });
  });

  it('asks for 3 to 5 steps, 3 when the config says nothing usable', () => {
    expect(stepsOf({ steps: 4 })).toBe(4);
    expect(stepsOf({ steps: 9 })).toBe(5);
    expect(stepsOf({ steps: 1 })).toBe(3);
    expect(stepsOf(null)).toBe(3);
  });

  it('offers the support services the facilitator chose', () => {
    const config = { steps: 3, supportIds: ['work24', 'national-employment-support'] };
    const view = actionPlan.personalView(config, context([]));
    const supports = supportsFromPersonal(view);
    expect(supports.map((s) => s.id)).toEqual(['work24', 'national-employment-support']);
    expect(supports[0]!.name).toEqual(view.supports[0]!.name);
  });

  it('lists a member’s plan for the console in the plan’s order, whatever order the rows come in', () => {
    const t = (key: string, o?: Record<string, unknown>) => (o?.n ? `${key}#${String(o.n)}` : key);
    const rows = [record('first-step', 3), record('step:2', 2), record('goal', 1), record('step:1', 4)];
    expect(planLines(rows, t)).toEqual([
      { label: 'action-plan.goalTitle', text: '직무 1 · 2027-03-31' },
      { label: 'action-plan.step#1', text: '할 일 4 · 2027-01-15' },
      { label: 'action-plan.step#2', text: '할 일 2 · 2027-01-15' },
      { label: 'action-plan.firstStepTitle', text: '첫 걸음 3' },
    ]);
  });
});
