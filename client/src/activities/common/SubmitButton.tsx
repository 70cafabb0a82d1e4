import { useContext } from 'react';
import { useT } from '../../common/i18n.js';
import { AnswerLockedContext } from './answer-lock.js';

interface Props {
  disabled: boolean;
  /** The form already holds exactly the answer that was sent. */
  unchanged: boolean;
  hasAnswer: boolean;
}

/**
 * The one submit button every answer form ends with: "send", or "send the changed answer" while
 * changing one. Hidden while the answer is shown as given (the card offers "change" instead).
 */
export function SubmitButton({ disabled, unchanged, hasAnswer }: Props) {
  const t = useT();
  const locked = useContext(AnswerLockedContext);
  if (locked) return null;
  return (
    <button
      type="submit"
      className="primary big submit-answer"
      data-testid="submit-answer"
      disabled={disabled || (hasAnswer && unchanged)}
    >
      {hasAnswer ? t('answer.sendChanged') : t('answer.send')}
    </button>
  );
}
