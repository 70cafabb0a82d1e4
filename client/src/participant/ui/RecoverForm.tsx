import { useState, type FormEvent, type Ref } from 'react';
import { LEGACY_PIN_LENGTH, PIN_LENGTH, PIN_WINDOW_S } from '../../../../shared/program/limits.js';
import { NICKNAME_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import { errorText } from '../../common/errors.js';
import { isRecoveryPin, pinDigits } from '../../common/pin.js';
import { useLang, useT } from '../../common/i18n.js';
import { recoverIdentity } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { FieldError } from './FieldError.js';

/** A new phone: the nickname and the PIN from registering make it the same participant again. */
export function RecoverForm({ heading, onBack }: { heading: Ref<HTMLHeadingElement>; onBack: () => void }) {
  const t = useT();
  const lang = useLang();
  const title = useParticipantStore((s) => s.intro?.title ?? '');
  const submitting = useParticipantStore((s) => s.submitting === 'recover');
  const serverError = useParticipantStore((s) =>
    s.formError?.form === 'recover' ? s.formError.error : null,
  );
  const [nickname, setNickname] = useState('');
  const [pin, setPin] = useState('');
  const [invalid, setInvalid] = useState<'nickname' | 'pin' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = nickname.trim() === '' ? 'nickname' : !isRecoveryPin(pin) ? 'pin' : null;
    setInvalid(problem);
    if (problem) return document.getElementById(`rec-${problem}`)?.focus();
    recoverIdentity(nickname, pin);
  };

  let errorMessage: string | null = null;
  if (invalid === 'nickname') errorMessage = t('program.nicknameRequired');
  else if (invalid === 'pin') errorMessage = t('program.pinInvalid', { n: PIN_LENGTH });
  else if (serverError?.code === 'rate_limited')
    errorMessage = t('program.recoverLimited', { minutes: Math.round(PIN_WINDOW_S / 60) });
  else if (serverError?.code === 'network' || serverError?.code === 'timeout')
    errorMessage = t('program.sendFailed');
  else if (serverError) errorMessage = errorText(serverError, lang, t);

  return (
    <form className="card step recover" onSubmit={submit} noValidate aria-labelledby="recover-title">
      <h1 id="recover-title" ref={heading} tabIndex={-1}>
        {t('program.recoverTitle')}
      </h1>
      {title && <p className="program-name">{title}</p>}
      <p>{t('program.recoverIntro', { n: PIN_LENGTH })}</p>
      <div className="field">
        <label htmlFor="rec-nickname" className="field-label">
          {t('join.nicknameLabel')}
        </label>
        <input
          id="rec-nickname"
          data-testid="recover-nickname-input"
          autoComplete="nickname"
          maxLength={NICKNAME_MAX_LENGTH}
          value={nickname}
          required
          aria-describedby="rec-error"
          aria-invalid={invalid === 'nickname' ? true : undefined}
          onChange={(event) => setNickname(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="rec-pin" className="field-label">
          {t('program.pinLabel', { n: PIN_LENGTH })}
        </label>
        {/* Digits only: a PIN copied as it was shown ("123 456") or pasted with spaces still fits.
            Four digits still go through, for members from before PINs had six; the hint says so. */}
        <input
          id="rec-pin"
          data-testid="recover-pin-input"
          className="pin-input"
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9]*"
          value={pin}
          required
          aria-describedby="rec-pin-legacy rec-error"
          aria-invalid={invalid === 'pin' || serverError?.code === 'recover_failed' ? true : undefined}
          onChange={(event) => setPin(pinDigits(event.target.value))}
        />
        <p id="rec-pin-legacy" className="hint">
          {t('program.pinLegacy', { n: LEGACY_PIN_LENGTH })}
        </p>
      </div>
      <FieldError id="rec-error" text={errorMessage} />
      <p className="hint">{t('program.recoverHelp')}</p>
      <button type="submit" className="primary big" disabled={submitting} data-testid="recover-submit">
        {submitting ? t('program.recovering') : t('program.recover')}
      </button>
      <button type="button" className="link-button" onClick={onBack}>
        {t('program.backToRegister')}
      </button>
    </form>
  );
}
