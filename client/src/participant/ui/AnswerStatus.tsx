import { errorText } from '../../common/errors.js';
import { useLang, useT } from '../../common/i18n.js';
import type { AnswerStatus as Status } from '../state/selectors.js';
import { useParticipantStore } from '../state/store.js';

/** Saved (big, with a check) / pending / refused, announced politely whenever it changes. */
export function AnswerStatus({ status, activityId }: { status: Status; activityId: string }) {
  const t = useT();
  const lang = useLang();
  const online = useParticipantStore((s) => s.connection === 'online');
  const error = useParticipantStore((s) => s.answerErrors[activityId]?.error ?? null);
  let text = '';
  if (status === 'saved') text = t('answer.saved');
  if (status === 'pending') text = online ? t('answer.sending') : t('answer.pendingOffline');
  if (status === 'error' && error) text = errorText(error, lang, t);
  return (
    <p
      className={`answer-status status-${status}`}
      role="status"
      data-testid="answer-status"
      data-status={status}
    >
      {status === 'saved' && (
        <span className="status-icon" aria-hidden="true">
          ✓
        </span>
      )}
      <span>{text}</span>
    </p>
  );
}
