import { useState, type FormEvent } from 'react';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { changePassword } from '../../actions.js';
import { useFacilitatorStore } from '../../state/store.js';

/** Matches the server's rule (changePasswordBodySchema). */
const PASSWORD_MIN_LENGTH = 8;

/** Who is logged in, and a new password (required first when an admin set a temporary one). */
export function AccountPage() {
  const t = useT();
  const user = useFacilitatorStore((s) => s.user);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [done, setDone] = useState(false);
  const mismatch = confirm !== '' && next !== confirm;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    if (busy || !current || next.length < PASSWORD_MIN_LENGTH || next !== confirm) return;
    setBusy(true);
    const failed = await changePassword(current, next);
    setBusy(false);
    setError(failed);
    if (!failed) {
      setCurrent('');
      setNext('');
      setConfirm('');
      setTried(false);
      setDone(true);
    }
  };
  if (!user) return null;
  return (
    <div className="account-page">
      <h1>{t('account.title')}</h1>
      <p>
        <strong>{user.name}</strong> · {user.email}
        <br />
        {t('account.info', { center: user.centerName, role: t(`role.${user.role}`) })}
      </p>
      <form
        className="card auth-form account-form"
        onSubmit={submit}
        aria-labelledby="password-title"
        noValidate
      >
        <h2 id="password-title">{t('account.passwordTitle')}</h2>
        <TextField
          id="current-password"
          label={t('account.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
        />
        <TextField
          id="new-password"
          label={t('account.new')}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          value={next}
          onValue={setNext}
          aria-invalid={tried && next.length < PASSWORD_MIN_LENGTH ? true : undefined}
          hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        />
        <TextField
          id="confirm-password"
          label={t('account.confirm')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onValue={setConfirm}
          aria-invalid={mismatch ? true : undefined}
        />
        {(mismatch || (tried && next !== confirm)) && (
          <p className="error-text" role="alert">
            {t('account.mismatch')}
          </p>
        )}
        <ErrorText error={error} />
        <p role="status" className="saved-note">
          {done ? t('account.done') : ''}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {t('account.submit')}
        </button>
      </form>
    </div>
  );
}
