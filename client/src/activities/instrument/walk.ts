// Types only from the module: its schemas (zod) and the content library stay off the phone.
import type {
  InstrumentAnswer,
  InstrumentOnPhone,
  InstrumentPersonal,
} from '../../../../shared/activities/instrument/index.js';
import type { Text } from '../../../../shared/i18n/text.js';

/**
 * The pure part of the instrument phone: where a member resumes, which items are still open, how a
 * scale's buttons are laid out, and the task's progress. No React, no store.
 */

/** The module's INSTRUMENT_TEXT_MAX, copied so the module (zod, the library) stays off the phone; a unit test pins it. */
export const TEXT_MAX = 1000;

export type Answers = Readonly<Record<string, InstrumentAnswer>>;
type Items = InstrumentOnPhone['items'];

/** Whether the member decided on the item: a value, or "답하지 않기" (null). */
export const isDecided = (answers: Answers, itemId: string): boolean =>
  Object.prototype.hasOwnProperty.call(answers, itemId);

/**
 * Where "이어서 하기" opens: the first item the member has not decided on yet (a skipped item was
 * decided); `items.length` when every item was, which is the submit screen.
 */
export function firstUnanswered(items: Items, answers: Answers): number {
  const index = items.findIndex((item) => !isDecided(answers, item.id));
  return index === -1 ? items.length : index;
}

/** Items the submit screen lists to go back to: not reached, skipped, or an empty text. */
export function openItems(items: Items, answers: Answers): number[] {
  const open: number[] = [];
  items.forEach((item, i) => {
    const value = answers[item.id];
    if (value === undefined || value === null || value === '') open.push(i);
  });
  return open;
}

export interface ScaleButton {
  value: number;
  /** The instrument's own word for this value, if it has one (a 0–10 scale names its ends and middle). */
  label: Text | null;
}

/**
 * How a rating item's buttons are laid out: an 11-point (0–10) scale as a grid of numbers with the end
 * labels above; a 4–7 point or 5-point scale as full-width stacked buttons, each with its label.
 */
export interface ScaleLayout {
  kind: 'grid' | 'stack';
  buttons: ScaleButton[];
  /** For a grid: the words at its two ends, shown above it. */
  ends: { min: Text | null; max: Text | null };
}

/** More points than this are a grid of numbers: a stack of 8+ labelled rows would not fit a phone. */
export const STACK_MAX_POINTS = 7;

export function scaleLayout(scale: InstrumentOnPhone['scale']): ScaleLayout {
  const labels = new Map(scale.labels.map((l) => [l.value, l.label]));
  const buttons: ScaleButton[] = [];
  for (let value = scale.min; value <= scale.max; value++)
    buttons.push({ value, label: labels.get(value) ?? null });
  const kind = buttons.length > STACK_MAX_POINTS ? 'grid' : 'stack';
  return {
    kind,
    buttons,
    ends: { min: labels.get(scale.min) ?? null, max: labels.get(scale.max) ?? null },
  };
}

/** "3 / 5 완료" on the "내 할 일" list: items decided on, or all of them once handed in. */
export function instrumentProgress(personal: InstrumentPersonal | null): { done: number; total: number } {
  const items = personal?.instrument?.items ?? [];
  const total = items.length;
  if (!personal) return { done: 0, total };
  if (personal.submitted) return { done: total, total };
  return { done: items.filter((item) => isDecided(personal.answers, item.id)).length, total };
}
