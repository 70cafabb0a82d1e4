import { useT } from '../../common/i18n.js';
import { useScreenStore } from '../store.js';

/**
 * How to get in. Large between activities: the QR, the address to type and the code, each on its
 * own line so the code never breaks. During an activity a corner strip: a small QR and the code.
 */
export function JoinPanel({ size }: { size: 'large' | 'strip' }) {
  const t = useT();
  const code = useScreenStore((s) => s.code);
  // Unknown before a program's day starts (no room yet): not shown rather than "0".
  const count = useScreenStore((s) => s.room?.participantCount ?? null);
  // The QR carries the direct link; people typing go to /join and enter the code shown below.
  const joinLink = `${window.location.origin}/j/${code}`;
  const large = size === 'large';
  return (
    <section
      className={`join-panel join-${size}`}
      aria-labelledby="join-heading"
      data-testid="join-panel"
      data-size={size}
    >
      <img className="qr" src={`/api/qr/${code}.svg`} alt={t('screen.qrAlt', { url: joinLink })} />
      <div className="join-text">
        <h2 id="join-heading" className={large ? 'join-heading' : 'visually-hidden'}>
          {t('screen.joinHeading')}
        </h2>
        {large && (
          <>
            <p className="join-how">{t('screen.joinHow')}</p>
            <p className="join-address">
              <span className="join-label">{t('screen.addressLabel')}</span>
              <span className="join-url" data-testid="join-url">
                {window.location.host}/join
              </span>
            </p>
          </>
        )}
        <p className="join-code-line">
          <span className="join-label">{t('screen.codeLabel')}</span>
          <span className="join-code" data-testid="join-code">
            {code}
          </span>
        </p>
        {count !== null && (
          <p className="participant-count" data-testid="participant-count" data-count={count}>
            {t('screen.participants', { count })}
          </p>
        )}
      </div>
    </section>
  );
}
