import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { SubmitButton } from '../common/SubmitButton.js';
import type { AnswerFormProps } from '../types.js';

export function AnswerForm({
  idPrefix,
  config,
  value,
  draft,
  disabled,
  onSubmit,
}: AnswerFormProps<'poll-single'>) {
  const t = useT();
  const [choice, setPicked] = useState<string | null>(draft?.optionId ?? null);
  // An option the facilitator removed meanwhile is no longer picked.
  const picked = config.options.some((o) => o.id === choice) ? choice : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked) onSubmit({ optionId: picked });
  };
  return (
    <form className="answer-form" onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend className="hint">{t('poll-single.hint')}</legend>
        <div className="choices">
          {config.options.map((option) => (
            <label key={option.id} className="choice" data-testid={`choice-${option.id}`}>
              <input
                type="radio"
                name={`${idPrefix}-choice`}
                value={option.id}
                checked={picked === option.id}
                onChange={() => setPicked(option.id)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton
        disabled={disabled || picked === null}
        unchanged={picked === (value?.optionId ?? null)}
        hasAnswer={value !== null}
      />
    </form>
  );
}
