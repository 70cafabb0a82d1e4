import type { FieldProblem } from './field-problems.js';
import { FieldError, invalidProps } from './FieldError.js';

interface Props {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  problem?: FieldProblem;
}

/** A labelled whole-number input; an empty field is NaN, which the config schema then refuses. */
export function NumberField({ id, label, value, min, max, onChange, problem }: Props) {
  return (
    <div className="field field-number">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={Number.isNaN(value) ? '' : value}
        {...invalidProps(id, problem)}
        onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
      />
      <FieldError fieldId={id} problem={problem} />
    </div>
  );
}
