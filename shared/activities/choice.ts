import { z } from 'zod';
import { text } from '../protocol/text.js';

/** Options shared by the single- and multiple-choice polls. */
export const MAX_OPTIONS = 12;
export const MAX_OPTION_LABEL = 80;

export const optionSchema = z.object({
  id: text().min(1).max(24),
  label: text().trim().min(1).max(MAX_OPTION_LABEL),
});

export const optionsSchema = z
  .array(optionSchema)
  .min(2)
  .max(MAX_OPTIONS)
  .refine((options) => new Set(options.map((o) => o.id)).size === options.length, {
    message: 'option ids must be unique',
  });

export type ChoiceOption = z.infer<typeof optionSchema>;

export interface ChoiceSummary {
  kind: 'choice';
  respondents: number;
  counts: { optionId: string; label: string; count: number }[];
}

export function countChoices(options: readonly ChoiceOption[], picks: readonly string[][]): ChoiceSummary {
  const counts = new Map(options.map((o) => [o.id, 0]));
  for (const pick of picks) {
    for (const id of new Set(pick)) {
      const current = counts.get(id);
      if (current !== undefined) counts.set(id, current + 1);
    }
  }
  return {
    kind: 'choice',
    respondents: picks.length,
    counts: options.map((o) => ({ optionId: o.id, label: o.label, count: counts.get(o.id) ?? 0 })),
  };
}

export function defaultOptions(labels: string[]): ChoiceOption[] {
  return labels.map((label, i) => ({ id: `o${i + 1}`, label }));
}

/**
 * A poll written as one line, "… (a / b / c)": the choices at its end become the options and leave
 * the title. Null without two to MAX_OPTIONS choices there.
 */
export function splitChoices(prompt: string): { title: string; choices: string[] } | null {
  const match = /\s*\(([^()]+)\)\s*$/u.exec(prompt);
  const choices =
    match?.[1]
      ?.split('/')
      .map((c) => c.trim())
      .filter(Boolean) ?? [];
  if (!match || choices.length < 2 || choices.length > MAX_OPTIONS) return null;
  return { title: prompt.slice(0, match.index).trim() || prompt, choices };
}
