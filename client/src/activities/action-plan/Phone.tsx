import { addStrings, useLang, useT } from '../../common/i18n.js';
import type { CounselingPhoneProps } from '../counseling-types.js';
import { ItemForm, type FieldSpec } from './ItemForm.js';
import {
  FIRST_STEP_KEY,
  GOAL_KEY,
  LIMITS,
  planFromPersonal,
  planProgress,
  stepKey,
  stepsOf,
  supportsFromPersonal,
  type PlanValues,
} from './plan-form.js';
import { strings } from './strings.js';

addStrings(strings);

const asFields = (value: object | null): Record<string, string> | null =>
  value ? (value as Record<string, string>) : null;

/**
 * The action plan (희망실현 계획서) on the member's phone: the goal (job, by when), the steps (what,
 * when, who helps) and the first step, each saved as its own item. It shows what the server holds
 * (`personal`), so a reload or another phone of the member resumes where they left off.
 */
export function Phone({ idPrefix, activity, personal, give }: CounselingPhoneProps) {
  const t = useT();
  const lang = useLang();
  const steps = stepsOf(activity.config);
  const supports = supportsFromPersonal(personal).map((s) => s.name[lang]);
  const plan = planFromPersonal(personal, steps);
  const save = (itemKey: string) => (value: Record<string, string>) => give({ itemKey, value });
  const goalFields: FieldSpec[] = [
    { name: 'job', label: t('action-plan.job'), limit: LIMITS.job, required: true },
    {
      name: 'by',
      label: t('action-plan.by'),
      limit: LIMITS.by,
      required: true,
      hint: t('action-plan.byHint'),
    },
  ];
  const stepFields: FieldSpec[] = [
    { name: 'what', label: t('action-plan.what'), limit: LIMITS.what, required: true, multiline: true },
    { name: 'when', label: t('action-plan.when'), limit: LIMITS.when, required: true, type: 'date' },
    {
      name: 'support',
      label: t('action-plan.support'),
      limit: LIMITS.support,
      required: false,
      hint: t('action-plan.supportHint'),
      suggestions: supports,
    },
  ];
  const firstFields: FieldSpec[] = [
    { name: 'what', label: t('action-plan.firstStep'), limit: LIMITS.what, required: true, multiline: true },
  ];
  return (
    <div className="action-plan" data-testid="action-plan">
      <p className="hint">{t('action-plan.intro')}</p>
      <ItemForm
        id={`${idPrefix}-goal`}
        heading={t('action-plan.goalTitle')}
        fields={goalFields}
        saved={asFields(plan.goal)}
        saveLabel={t('action-plan.save')}
        onSave={save(GOAL_KEY)}
      />
      <h2 className="plan-steps-title">{t('action-plan.stepsTitle')}</h2>
      {plan.steps.map((step, i) => (
        <ItemForm
          key={i}
          id={`${idPrefix}-step${i + 1}`}
          heading={t('action-plan.step', { n: i + 1 })}
          level={3}
          fields={stepFields}
          saved={asFields(step)}
          saveLabel={t('action-plan.saveStep', { n: i + 1 })}
          onSave={save(stepKey(i + 1))}
        />
      ))}
      <ItemForm
        id={`${idPrefix}-first`}
        heading={t('action-plan.firstStepTitle')}
        fields={firstFields}
        saved={asFields(plan.firstStep)}
        saveLabel={t('action-plan.save')}
        onSave={save(FIRST_STEP_KEY)}
      />
    </div>
  );
}

/** "3 / 5 saved": the plan's progress for the phone's task list. */
export function progressOf(config: unknown, personal: unknown): { done: number; total: number } {
  const plan: PlanValues = planFromPersonal(personal, stepsOf(config));
  return planProgress(plan);
}
