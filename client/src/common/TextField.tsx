import type { InputHTMLAttributes, ReactNode } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Shown under the input and announced with it (aria-describedby). */
  hint?: ReactNode;
}

/** A labelled text input: the label is always there for screen readers and large enough to tap. */
export function TextField({ id, label, value, onValue, hint, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={hintId}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...input}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
