import type { z } from 'zod';

/** One field's problem: a string key and its parameters, translated where it is shown. */
export interface FieldProblem {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * A config's problems by field: the key is the schema path joined with dots (`options.1.label`,
 * `min`); a problem of the whole config (a cross-field rule) has the key ''.
 */
export type FieldProblems = ReadonlyMap<string, FieldProblem>;

export const NO_PROBLEMS: FieldProblems = new Map();

/** Reads a config's problems out of its own schema, so the form and the server refuse the same things. */
export function fieldProblems(schema: z.ZodType, config: unknown): FieldProblems {
  const parsed = schema.safeParse(config);
  if (parsed.success) return NO_PROBLEMS;
  const problems = new Map<string, FieldProblem>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const key = path.join('.');
    if (problems.has(key)) continue;
    if (path.length >= 3 && path[path.length - 3] === 'options' && path[path.length - 1] === 'label') {
      problems.set(key, { key: 'formError.optionEmpty', params: { n: Number(path[path.length - 2]) + 1 } });
    } else if (path[path.length - 1] === 'options') {
      problems.set(key, { key: 'formError.optionsTooFew' });
    } else {
      problems.set(key, { key: 'formError.number' });
    }
  }
  return problems;
}

/** The id of a field's error text, for `aria-describedby`. */
export const errorIdOf = (fieldId: string): string => `${fieldId}-error`;
