import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { SubmitButton } from '../common/SubmitButton.js';
import type { AnswerFormProps } from '../types.js';
import { scaleSteps as steps } from '../../../../shared/activities/scale/steps.js';

export function AnswerForm({ idPrefix, config, value, draft, disabled, onSubmit }: AnswerFormProps<'scale'>) {
  const t = useT();
  const [choice, setPicked] = useState<number | null>(draft?.value ?? null);
  // A step outside a changed range is no longer picked.
  const picked = choice !== null && steps(config).includes(choice) ? choice : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked !== null) onSubmit({ value: picked });
  };
  const endLabel = (step: number) =>
    step === config.min ? config.minLabel : step === config.max ? config.maxLabel : '';
  return (
    <form className="answer-form" onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend className="hint">{t('scale.hint', { min: config.min, max: config.max })}</legend>
        <div className="scale-ends" aria-hidden="true">
          <span>
            {config.min} = {config.minLabel}
          </span>
          <span>
            {config.max} = {config.maxLabel}
          </span>
        </div>
        {/* One row, left to right, however many steps: 0–10 gets narrower buttons, never a second row. */}
        <div className={`scale-steps ${steps(config).length > 7 ? 'scale-steps-dense' : ''}`}>
          {steps(config).map((step) => {
            const label = endLabel(step);
            return (
              <label key={step} className="scale-step" data-testid={`scale-${step}`}>
                <input
                  type="radio"
                  name={`${idPrefix}-scale`}
                  value={step}
                  checked={picked === step}
                  onChange={() => setPicked(step)}
                />
                <span>{step}</span>
                {label && <span className="visually-hidden"> {label}</span>}
              </label>
            );
          })}
        </div>
      </fieldset>
      <SubmitButton
        disabled={disabled || picked === null}
        unchanged={picked === (value?.value ?? null)}
        hasAnswer={value !== null}
      />
    </form>
  );
}
