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
}: AnswerFormProps<'open-text'>) {
  const t = useT();
  const [text, setText] = useState(draft?.text ?? '');
  const trimmed = text.trim();
  // The limit may shrink while someone types: keep the text, ask them to shorten it.
  const tooLong = trimmed.length > config.maxLength;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed && !tooLong && !disabled) onSubmit({ text: trimmed });
  };
  const id = `${idPrefix}-text`;
  // Who will read it, as the server binds it: a private prompt never reaches the room.
  const privacy =
    config.visibility === 'self'
      ? t('open-text.selfOnly')
      : config.visibility === 'facilitator'
        ? t(config.anonymous ? 'open-text.facilitatorAnonymous' : 'open-text.facilitatorNamed')
        : t(config.anonymous ? 'open-text.anonymous' : 'open-text.named');
  return (
    <form className="answer-form" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        {t('open-text.label')}
      </label>
      <p className="hint" id={`${id}-privacy`}>
        {privacy}
      </p>
      <textarea
        id={id}
        rows={4}
        maxLength={config.maxLength}
        value={text}
        readOnly={disabled}
        aria-invalid={tooLong ? true : undefined}
        aria-describedby={`${id}-privacy ${id}-count`}
        onChange={(event) => setText(event.target.value)}
      />
      <p className={`char-count ${tooLong ? 'error-text' : ''}`} id={`${id}-count`}>
        {t('open-text.count', { count: text.length, max: config.maxLength })}
      </p>
      <SubmitButton
        disabled={disabled || trimmed.length === 0 || tooLong}
        unchanged={trimmed === (value?.text ?? '')}
        hasAnswer={value !== null}
      />
    </form>
  );
}
