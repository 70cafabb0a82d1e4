import { MAX_MODULE_MINUTES } from '../../../../../shared/program/limits.js';

interface Props {
  id: string;
  label: string;
  value: number;
  min: number;
  onChange: (value: number) => void;
  /** The label is read out but not shown (the column heading shows it). */
  hideLabel?: boolean;
}

/** Whole minutes in 5-minute steps; an empty field is NaN, which the program schema refuses. */
export function MinutesInput({ id, label, value, min, onChange, hideLabel = false }: Props) {
  return (
    <div className="field field-minutes">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={MAX_MODULE_MINUTES}
        step={5}
        value={Number.isNaN(value) ? '' : value}
        onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
      />
    </div>
  );
}
