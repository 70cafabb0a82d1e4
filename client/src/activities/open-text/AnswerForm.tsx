import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { SubmitButton } from '../common/SubmitButton.js';
import type { AnswerFormProps } from '../types.js';

export function AnswerForm({ idPrefix, config, value, disabled, onSubmit }: AnswerFormProps<'open-text'>) {
  const t = useT();
  const [text, setText] = useState(value?.text ?? '');
  const trimmed = text.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) onSubmit({ text: trimmed });
  };
  const id = `${idPrefix}-text`;
  return (
    <form className="answer-form" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        {t('open-text.label')}
      </label>
      <p className="hint" id={`${id}-privacy`}>
        {config.anonymous ? t('open-text.anonymous') : t('open-text.named')}
      </p>
      <textarea
        id={id}
        rows={4}
        maxLength={config.maxLength}
        value={text}
        disabled={disabled}
        aria-describedby={`${id}-privacy ${id}-count`}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="char-count" id={`${id}-count`}>
        {t('open-text.count', { count: text.length, max: config.maxLength })}
      </p>
      <SubmitButton
        disabled={disabled || trimmed.length === 0}
        unchanged={trimmed === (value?.text ?? '')}
        hasAnswer={value !== null}
      />
    </form>
  );
}
