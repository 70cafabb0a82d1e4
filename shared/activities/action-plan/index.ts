import { z } from 'zod';
import { supportServices } from '../../content/support-services.js';
import type { Text } from '../../i18n/text.js';
import { DATE_PATTERN, isValidDate } from '../../program/dates.js';
import { text } from '../../protocol/text.js';
import type {
  CheckedAnswer,
  LineOpenedModule,
  GiveContext,
  MemberAnswerRecord,
  MemberProgress,
  PersonalContext,
  ReportSection,
} from '../counseling-module.js';

/**
 * The action plan (희망실현 계획서): a self-paced task each member fills in on their own phone —
 * a goal, a few dated steps with who can help, and one first step for today or tomorrow. Nobody
 * else's phone or the projector sees it; the facilitators of the program read it and comment.
 */

export const ACTION_PLAN_MIN_STEPS = 3;
export const ACTION_PLAN_MAX_STEPS = 5;
export const ACTION_PLAN_PHASES = ['plan'] as const;

const knownSupportIds = new Set(supportServices.map((s) => s.id));

export const actionPlanConfigSchema = z.object({
  steps: z.number().int().min(ACTION_PLAN_MIN_STEPS).max(ACTION_PLAN_MAX_STEPS),
  /** Support services the phone offers as "who can help" (the content library's ids). */
  supportIds: z
    .array(text().refine((id) => knownSupportIds.has(id), 'unknown support service'))
    .max(20)
    .optional(),
});
export type ActionPlanConfig = z.infer<typeof actionPlanConfigSchema>;

/** A date as the phone's date input gives it, or words ("이번 달 안에"); a date must exist. */
const whenText = (max: number) =>
  text()
    .trim()
    .max(max)
    .refine((v) => !DATE_PATTERN.test(v) || isValidDate(v), 'not a calendar date');

export const goalSchema = z.object({
  job: text().trim().min(1).max(100),
  by: whenText(40).pipe(text().min(1)),
});
export const stepSchema = z.object({
  what: text().trim().min(1).max(200),
  when: whenText(40),
  support: text().trim().max(100),
});
export const firstStepSchema = z.object({ what: text().trim().min(1).max(200) });

export type PlanGoal = z.infer<typeof goalSchema>;
export type PlanStep = z.infer<typeof stepSchema>;
export type PlanFirstStep = z.infer<typeof firstStepSchema>;

export const GOAL_ITEM = 'goal';
export const FIRST_STEP_ITEM = 'first-step';
export const stepItem = (n: number) => `step:${n}`;

/** The item keys a plan of this config has, in the order the phone asks them. */
export function planItems(config: ActionPlanConfig): string[] {
  const steps = Array.from({ length: config.steps }, (_, i) => stepItem(i + 1));
  return [GOAL_ITEM, ...steps, FIRST_STEP_ITEM];
}

function schemaOf(config: ActionPlanConfig, itemKey: string): z.ZodType | null {
  if (itemKey === GOAL_ITEM) return goalSchema;
  if (itemKey === FIRST_STEP_ITEM) return firstStepSchema;
  return planItems(config).includes(itemKey) ? stepSchema : null;
}

/** What the member's phones show: their own plan as stored, and the services they may name. */
export interface ActionPlanPersonal {
  goal: PlanGoal | null;
  /** One slot per configured step, in order; null where nothing is written yet. */
  steps: (PlanStep | null)[];
  firstStep: PlanFirstStep | null;
  supports: { id: string; name: Text; howToReach: Text }[];
}

/** The member's own answers by item (the latest per item; a plan has no subject and no rounds). */
function ownItems(memberId: string, answers: readonly MemberAnswerRecord[]): Map<string, unknown> {
  const items = new Map<string, { value: unknown; at: number }>();
  for (const a of answers) {
    if (a.memberId !== memberId || a.subjectMemberId !== null) continue;
    const known = items.get(a.itemKey);
    if (!known || known.at <= a.updatedAt) items.set(a.itemKey, { value: a.value, at: a.updatedAt });
  }
  return new Map([...items].map(([k, v]) => [k, v.value]));
}

/** A stored value read back through its schema: a value that no longer fits shows as not written. */
function read<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function planOf(config: ActionPlanConfig, ctx: Pick<PersonalContext, 'memberId' | 'given'>) {
  const items = ownItems(ctx.memberId, ctx.given);
  return {
    goal: read(goalSchema, items.get(GOAL_ITEM)),
    steps: Array.from({ length: config.steps }, (_, i) => read(stepSchema, items.get(stepItem(i + 1)))),
    firstStep: read(firstStepSchema, items.get(FIRST_STEP_ITEM)),
  };
}

function check(config: ActionPlanConfig, ctx: GiveContext, value: unknown): CheckedAnswer {
  if (!(ACTION_PLAN_PHASES as readonly string[]).includes(ctx.phase))
    return { ok: false, code: 'wrong_phase' };
  // A plan is one's own: nobody writes in another member's plan, and it has no rounds.
  if (ctx.subjectMemberId !== null || ctx.round !== 0) return { ok: false, code: 'invalid_answer' };
  const schema = schemaOf(config, ctx.itemKey);
  if (!schema) return { ok: false, code: 'invalid_answer' };
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data, noteState: null }
    : { ok: false, code: 'invalid_answer' };
}

/** The member's own words read the same in either language. */
const ownWords = (v: string): Text => ({ ko: v, en: v });

function report(config: ActionPlanConfig, ctx: PersonalContext): ReportSection | null {
  const plan = planOf(config, ctx);
  const steps = plan.steps.flatMap((s, i) => (s ? [{ n: i + 1, step: s }] : []));
  if (!plan.goal && steps.length === 0 && !plan.firstStep) return null;
  const blocks: ReportSection['blocks'] = [];
  if (plan.goal)
    blocks.push({
      kind: 'pairs',
      rows: [
        { label: { ko: '목표', en: 'Goal' }, value: ownWords(plan.goal.job) },
        { label: { ko: '언제까지', en: 'By' }, value: ownWords(plan.goal.by) },
      ],
    });
  if (steps.length > 0)
    blocks.push({
      kind: 'list',
      items: steps.map(({ n, step }) => {
        const extra = (lang: 'ko' | 'en') =>
          [step.when, step.support && (lang === 'ko' ? `도움: ${step.support}` : `help: ${step.support}`)]
            .filter(Boolean)
            .join(', ');
        return {
          ko: `${n}. ${step.what}${extra('ko') ? ` (${extra('ko')})` : ''}`,
          en: `${n}. ${step.what}${extra('en') ? ` (${extra('en')})` : ''}`,
        };
      }),
    });
  if (plan.firstStep)
    blocks.push({
      kind: 'paragraph',
      text: { ko: `첫 단계: ${plan.firstStep.what}`, en: `First step: ${plan.firstStep.what}` },
    });
  return { title: { ko: '나의 실행 계획', en: 'My action plan' }, blocks };
}

export const actionPlan: LineOpenedModule<ActionPlanConfig, ActionPlanPersonal> = {
  type: 'action-plan',
  name: { ko: '실행 계획', en: 'Action plan' },
  openedBy: 'line',
  pace: 'self',
  configSchema: actionPlanConfigSchema,
  defaultConfig: () => ({ steps: ACTION_PLAN_MIN_STEPS }),
  phases: ACTION_PLAN_PHASES,
  checkAnswer: check,
  personalView: (config, ctx) => ({
    ...planOf(config, ctx),
    supports: (config.supportIds ?? []).flatMap((id) => {
      const service = supportServices.find((s) => s.id === id);
      return service ? [{ id, name: service.name, howToReach: service.howToReach }] : [];
    }),
  }),
  progress: (config, answers, memberIds) => {
    const items = new Set(planItems(config));
    const done = new Map<string, Set<string>>();
    for (const a of answers) {
      if (a.subjectMemberId !== null || !items.has(a.itemKey)) continue;
      const own = done.get(a.memberId) ?? new Set<string>();
      own.add(a.itemKey);
      done.set(a.memberId, own);
    }
    const progress: Record<string, MemberProgress> = {};
    for (const id of memberIds) progress[id] = { done: done.get(id)?.size ?? 0, total: items.size };
    return progress;
  },
  reportSection: report,
};
