import { FIRST_STEP_KEY, GOAL_KEY } from './plan-form.js';

type T = (key: string, options?: Record<string, unknown>) => string;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const joined = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join(' · ');

/** Goal first, then steps by number, then the first step; anything else last. */
function order(itemKey: string): number {
  if (itemKey === GOAL_KEY) return 0;
  if (itemKey === FIRST_STEP_KEY) return 100;
  const step = /^step:(\d+)$/.exec(itemKey);
  return step ? Number(step[1]) : 200;
}

/**
 * One member's plan as the console lists it, item by item ("목표: 사무 보조 · 3개월 안에"), from the
 * stored answers (`counseling:answers`), so a facilitator comments on what the member wrote.
 */
export function planLines(
  rows: readonly { itemKey: string; value: unknown }[],
  t: T,
): { label: string; text: string }[] {
  return [...rows]
    .sort((a, b) => order(a.itemKey) - order(b.itemKey))
    .flatMap(({ itemKey, value }) => {
      if (!isRecord(value)) return [];
      if (itemKey === GOAL_KEY)
        return [{ label: t('action-plan.goalTitle'), text: joined(str(value.job), str(value.by)) }];
      if (itemKey === FIRST_STEP_KEY)
        return [{ label: t('action-plan.firstStepTitle'), text: str(value.what) }];
      const step = /^step:(\d+)$/.exec(itemKey);
      if (!step) return [];
      return [
        {
          label: t('action-plan.step', { n: Number(step[1]) }),
          text: joined(str(value.what), str(value.when), str(value.support)),
        },
      ];
    });
}
