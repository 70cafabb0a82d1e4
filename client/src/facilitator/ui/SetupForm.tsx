import { useState, type FormEvent } from 'react';
import type { ClientError } from '../../common/errors.js';
import { useT } from '../../common/i18n.js';
import { TextField } from '../../common/TextField.js';
import { setup } from '../actions.js';
import { ErrorText } from '../../common/ErrorText.js';

/** Matches the server's rule for the first account's password. */
const PASSWORD_MIN_LENGTH = 8;

/** First run only: the first center and its admin account, created from the browser. */
export function SetupForm() {
  const t = useT();
  const [centerName, setCenterName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failed = await setup({
      centerName: centerName.trim(),
      email: email.trim(),
      password,
      name: name.trim(),
    });
    setBusy(false);
    setError(failed);
  };
  return (
    <form className="auth-form card" onSubmit={submit} aria-labelledby="setup-title">
      <h1 id="setup-title">{t('auth.setupTitle')}</h1>
      <p className="hint">{t('auth.setupIntro')}</p>
      <TextField
        id="setup-center"
        label={t('auth.centerName')}
        type="text"
        autoComplete="organization"
        required
        maxLength={80}
        value={centerName}
        onValue={setCenterName}
        hint={t('auth.centerHint')}
      />
      <TextField
        id="setup-name"
        label={t('auth.name')}
        type="text"
        autoComplete="name"
        required
        maxLength={60}
        value={name}
        onValue={setName}
      />
      <TextField
        id="setup-email"
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onValue={setEmail}
      />
      <TextField
        id="setup-password"
        label={t('auth.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        value={password}
        onValue={setPassword}
        hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      />
      <ErrorText error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('auth.createAccount')}
      </button>
    </form>
  );
}
