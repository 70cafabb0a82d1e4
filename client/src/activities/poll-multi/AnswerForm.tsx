import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { SubmitButton } from '../common/SubmitButton.js';
import type { AnswerFormProps } from '../types.js';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function AnswerForm({
  idPrefix,
  config,
  value,
  draft,
  disabled,
  onSubmit,
}: AnswerFormProps<'poll-multi'>) {
  const t = useT();
  const [choices, setPicked] = useState<string[]>(draft?.optionIds ?? []);
  // In the facilitator's option order, whatever order they were tapped in; options removed
  // meanwhile are dropped.
  const picked = config.options.map((o) => o.id).filter((id) => choices.includes(id));
  const full = picked.length >= config.maxPicks;
  const tooMany = picked.length > config.maxPicks;
  const toggle = (id: string) =>
    setPicked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length > 0 && !tooMany) onSubmit({ optionIds: picked });
  };
  return (
    <form className="answer-form" onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend className="hint">{t('poll-multi.hint', { max: config.maxPicks })}</legend>
        <div className="choices">
          {config.options.map((option) => {
            const checked = picked.includes(option.id);
            return (
              <label key={option.id} className="choice" data-testid={`choice-${option.id}`}>
                <input
                  type="checkbox"
                  name={`${idPrefix}-choice`}
                  value={option.id}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => toggle(option.id)}
                />
                <span>{option.label}</span>
              </label>
            );
          })}
        </div>
        <p className={`picked-count ${tooMany ? 'error-text' : ''}`} aria-live="polite">
          {t('poll-multi.picked', { count: picked.length, max: config.maxPicks })}
        </p>
      </fieldset>
      <SubmitButton
        disabled={disabled || picked.length === 0 || tooMany}
        unchanged={sameSet(picked, value?.optionIds ?? [])}
        hasAnswer={value !== null}
      />
    </form>
  );
}
