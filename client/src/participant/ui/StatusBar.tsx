import { errorText } from '../../common/errors.js';
import { useLang, useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';

/** Connection state and answers still waiting on this phone, announced when they change. */
export function StatusBar() {
  const t = useT();
  const lang = useLang();
  const connection = useParticipantStore((s) => s.connection);
  const pending = useParticipantStore((s) => s.queue.length);
  const notice = useParticipantStore((s) => s.notice);
  const setNotice = useParticipantStore((s) => s.setNotice);
  const offline = connection === 'offline';
  return (
    <div className="status-bar">
      <div role="status" aria-live="polite">
        {offline && (
          <p className="banner banner-offline" data-testid="offline-banner">
            {t('connection.offline')}
          </p>
        )}
        {pending > 0 && (
          <p className="banner banner-pending" data-testid="pending-count" data-count={pending}>
            {t('connection.pending', { count: pending })}
          </p>
        )}
      </div>
      {notice && (
        <div className="banner banner-error" role="alert">
          <p>{errorText(notice, lang, t)}</p>
          <button type="button" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
