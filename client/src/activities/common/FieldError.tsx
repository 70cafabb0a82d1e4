import { useT } from '../../common/i18n.js';
import { errorIdOf, type FieldProblem } from './field-problems.js';

/** A field's error, right under it; the field points at it with `aria-describedby`. */
export function FieldError({ fieldId, problem }: { fieldId: string; problem: FieldProblem | undefined }) {
  const t = useT();
  if (!problem) return null;
  return (
    <p id={errorIdOf(fieldId)} className="field-error" data-testid="field-error">
      {t(problem.key, problem.params)}
    </p>
  );
}

/** The attributes that mark a field invalid and tie it to its error text. */
export function invalidProps(fieldId: string, problem: FieldProblem | undefined) {
  return problem ? { 'aria-invalid': true as const, 'aria-describedby': errorIdOf(fieldId) } : {};
}
