import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';

/**
 * "● 연결됨": a waiting phone shows that it is live, so nobody wonders whether it froze. Green dot
 * and word together (never colour alone); while reconnecting it says so instead.
 */
export function ConnectionBadge() {
  const t = useT();
  const connection = useParticipantStore((s) => s.connection);
  const text =
    connection === 'online'
      ? t('connection.online')
      : connection === 'offline'
        ? t('connection.offlineShort')
        : t('connection.connecting');
  return (
    <p className={`connection-badge is-${connection}`} data-testid="connection-state" data-state={connection}>
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
