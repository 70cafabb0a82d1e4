import { useState, type FormEvent } from 'react';
import type { ClientError } from '../../common/errors.js';
import { useT } from '../../common/i18n.js';
import { TextField } from '../../common/TextField.js';
import { ErrorText } from '../../common/ErrorText.js';
import { login } from '../actions.js';

export function LoginForm() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failed = await login(email.trim(), password);
    setBusy(false);
    setError(failed);
  };
  return (
    <form className="auth-form card" onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title">{t('auth.loginTitle')}</h1>
      <TextField
        id="login-email"
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onValue={setEmail}
      />
      <TextField
        id="login-password"
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      <ErrorText error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('auth.login')}
      </button>
    </form>
  );
}
