import { useT } from '../../common/i18n.js';
import { useScreenStore } from '../store.js';

/** How to get in: the code in very large type, the QR of the join link, the link as text. */
export function JoinPanel({ prominent }: { prominent: boolean }) {
  const t = useT();
  const code = useScreenStore((s) => s.code);
  const count = useScreenStore((s) => s.room?.participantCount ?? 0);
  const joinUrl = `${window.location.origin}/j/${code}`;
  return (
    <section className={`join-panel ${prominent ? 'prominent' : ''}`} aria-labelledby="join-heading">
      <h2 id="join-heading" className="join-heading">
        {t('screen.joinHeading')}
      </h2>
      <p className="join-code-line">
        <span className="join-code-label">{t('screen.codeLabel')}</span>
        <span className="join-code" data-testid="join-code">
          {code}
        </span>
      </p>
      <img className="qr" src={`/api/qr/${code}.svg`} alt={t('screen.qrAlt', { url: joinUrl })} />
      <p className="join-url" data-testid="join-url">
        {joinUrl}
      </p>
      <p className="participant-count" data-testid="participant-count" data-count={count}>
        {t('screen.participants', { count })}
      </p>
    </section>
  );
}
