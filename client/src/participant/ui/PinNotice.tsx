import { useT } from '../../common/i18n.js';
import { confirmPinNoted } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { useFocusHeading } from './focus.js';
import { groupPin } from '../../common/pin.js';

/** The PIN from registering, big and once: needed with the nickname to come back on another phone. */
export function PinNotice() {
  const t = useT();
  const pin = useParticipantStore((s) => s.pin?.pin ?? '');
  const nickname = useParticipantStore((s) => s.pin?.nickname ?? '');
  const heading = useFocusHeading<HTMLHeadingElement>('pin');
  return (
    <div className="card step pin-notice" data-testid="pin-notice">
      <h1 ref={heading} tabIndex={-1}>
        {t('program.pinTitle')}
      </h1>
      <p className="pin-label" aria-hidden="true">
        {t('program.pinIs')}
      </p>
      <p className="pin-value" data-testid="pin-value">
        {/* Shown in groups of three ("123 456") to copy down; read digit by digit, not as a number. */}
        <span aria-hidden="true">{groupPin(pin)}</span>
        <span className="visually-hidden">{t('program.pinSpoken', { digits: pin.split('').join(' ') })}</span>
      </p>
      {nickname && <p className="pin-nickname">{t('program.pinNickname', { nickname })}</p>}
      <p className="pin-explain">{t('program.pinExplain')}</p>
      <p className="hint">{t('program.pinOnce')}</p>
      <button type="button" className="primary big" data-testid="pin-done" onClick={confirmPinNoted}>
        {t('program.pinDone')}
      </button>
    </div>
  );
}
