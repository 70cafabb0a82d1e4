import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { SubmitButton } from '../common/SubmitButton.js';
import type { AnswerFormProps } from '../types.js';
import { WORD_MAX_LENGTH } from '../../../../shared/activities/word-cloud/limits.js';

export function AnswerForm({
  idPrefix,
  config,
  value,
  draft,
  disabled,
  onSubmit,
}: AnswerFormProps<'word-cloud'>) {
  const t = useT();
  const [typed, setWords] = useState<string[]>(() => draft?.words ?? []);
  // As many fields as the activity allows now; words typed beyond a lowered limit come back if it rises.
  const words = Array.from({ length: config.maxWords }, (_, i) => typed[i] ?? '');
  const filled = words.map((w) => w.trim()).filter((w) => w.length > 0);
  const previous = value?.words ?? [];
  const unchanged = filled.length === previous.length && filled.every((w, i) => w === previous[i]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (filled.length > 0) onSubmit({ words: filled });
  };
  const setWord = (index: number, word: string) =>
    setWords((current) => {
      const next = [...current];
      while (next.length <= index) next.push('');
      next[index] = word;
      return next;
    });
  return (
    <form className="answer-form" onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend className="hint">{t('word-cloud.hint', { count: config.maxWords })}</legend>
        {/* Who will read them, as the server binds it: a private prompt never reaches the room. */}
        {config.visibility && config.visibility !== 'room' && (
          <p className="hint" data-testid="word-cloud-privacy">
            {t(config.visibility === 'self' ? 'word-cloud.selfOnly' : 'word-cloud.facilitatorOnly')}
          </p>
        )}
        {words.map((word, index) => {
          const id = `${idPrefix}-word-${index}`;
          return (
            <div key={index} className="field">
              <label htmlFor={id} className="field-label">
                {t('word-cloud.word', { n: index + 1 })}
              </label>
              <input
                id={id}
                type="text"
                autoComplete="off"
                enterKeyHint={index === words.length - 1 ? 'send' : 'next'}
                maxLength={WORD_MAX_LENGTH}
                value={word}
                onChange={(event) => setWord(index, event.target.value)}
              />
            </div>
          );
        })}
      </fieldset>
      <SubmitButton
        disabled={disabled || filled.length === 0}
        unchanged={unchanged}
        hasAnswer={value !== null}
      />
    </form>
  );
}
