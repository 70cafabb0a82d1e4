/**
 * The action plan as the phone's form holds it, read from the member's personal view. zod-free and
 * type-only towards shared/: it ships in the action plan's lazy chunk, never on the first load.
 * Item keys are the module's (shared/activities/action-plan, which imports zod and the content
 * library, so it is not imported here): `goal`, `step:<n>` (n from 1), `first-step`; each is saved
 * as its own answer.
 */
export interface GoalValue {
  job: string;
  by: string;
}
export interface StepValue {
  what: string;
  when: string;
  support: string;
}
export interface FirstStepValue {
  what: string;
}

export interface PlanValues {
  goal: GoalValue | null;
  /** Index i is step i + 1; null where the step is not saved yet. */
  steps: (StepValue | null)[];
  firstStep: FirstStepValue | null;
}

export const GOAL_KEY = 'goal';
export const FIRST_STEP_KEY = 'first-step';
export const stepKey = (n: number): string => `step:${n}`;

export const MIN_STEPS = 3;
export const MAX_STEPS = 5;
/** Field lengths, as the module checks them. */
export const LIMITS = { job: 100, by: 40, what: 200, when: 40, support: 100 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How many steps the plan asks for: the config's `steps` (3..5), else 3. */
export function stepsOf(config: unknown): number {
  const steps = isRecord(config) ? config.steps : undefined;
  return typeof steps === 'number' && Number.isInteger(steps)
    ? Math.min(MAX_STEPS, Math.max(MIN_STEPS, steps))
    : MIN_STEPS;
}

const goalOf = (v: unknown): GoalValue | null => (isRecord(v) ? { job: str(v.job), by: str(v.by) } : null);
const stepOf = (v: unknown): StepValue | null =>
  isRecord(v) ? { what: str(v.what), when: str(v.when), support: str(v.support) } : null;
const firstOf = (v: unknown): FirstStepValue | null => (isRecord(v) ? { what: str(v.what) } : null);

/**
 * The saved plan from the personal view (the module's `ActionPlanPersonal`: `goal`, `steps` — one
 * slot per configured step —, `firstStep`). Anything missing or malformed reads as not saved: the
 * form never throws on a view it does not expect (an older server, a config changed meanwhile).
 */
export function planFromPersonal(personal: unknown, steps: number): PlanValues {
  const view = isRecord(personal) ? personal : {};
  const saved = Array.isArray(view.steps) ? (view.steps as unknown[]) : [];
  return {
    goal: goalOf(view.goal),
    steps: Array.from({ length: steps }, (_, i) => stepOf(saved[i])),
    firstStep: firstOf(view.firstStep),
  };
}

/** The support services the facilitator offered (names in both languages), for the "who helps" field. */
export function supportsFromPersonal(personal: unknown): { id: string; name: { ko: string; en: string } }[] {
  const list = isRecord(personal) && Array.isArray(personal.supports) ? (personal.supports as unknown[]) : [];
  return list.flatMap((s) =>
    isRecord(s) && typeof s.id === 'string' && isRecord(s.name)
      ? [{ id: s.id, name: { ko: str(s.name.ko), en: str(s.name.en) } }]
      : [],
  );
}

/** What the member has saved of what the plan asks: goal, each step and the first step. */
export function planProgress(plan: PlanValues): { done: number; total: number } {
  const done = (plan.goal ? 1 : 0) + plan.steps.filter((s) => s !== null).length + (plan.firstStep ? 1 : 0);
  return { done, total: 2 + plan.steps.length };
}

/** Whether a field's value, trimmed, is within its limit and not empty when required. */
export function fieldOk(value: string, limit: number, required: boolean): boolean {
  const trimmed = value.trim();
  return trimmed.length <= limit && (!required || trimmed.length > 0);
}
