import { useT } from '../../common/i18n.js';

interface Props {
  disabled: boolean;
  /** The form already holds exactly the answer that was sent. */
  unchanged: boolean;
  hasAnswer: boolean;
}

/** The one submit button every answer form ends with: "send", or "change" once answered. */
export function SubmitButton({ disabled, unchanged, hasAnswer }: Props) {
  const t = useT();
  return (
    <button type="submit" className="primary big submit-answer" disabled={disabled || unchanged}>
      {hasAnswer ? t('answer.change') : t('answer.send')}
    </button>
  );
}
