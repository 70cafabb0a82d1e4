import { useState, type FormEvent } from 'react';
import type { Role } from '../../../../../shared/program/schemas.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { createUser, type TemporaryPassword } from '../../admin-actions.js';

/** A new facilitator (or admin) of the center: the server makes a temporary password, shown once. */
export function CreateUserForm({ onCreated }: { onCreated: (temporary: TemporaryPassword) => void }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('facilitator');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !email.trim() || !name.trim()) return;
    setBusy(true);
    const result = await createUser({ email: email.trim(), name: name.trim(), role });
    setBusy(false);
    setError(result.error);
    if (result.created) {
      setEmail('');
      setName('');
      setRole('facilitator');
      onCreated(result.created);
    }
  };
  return (
    <form className="card create-user" onSubmit={submit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin.createUser')}</h2>
      <TextField
        id="new-user-name"
        label={t('admin.name')}
        required
        maxLength={60}
        value={name}
        onValue={setName}
      />
      <TextField
        id="new-user-email"
        label={t('admin.email')}
        type="email"
        autoComplete="off"
        required
        maxLength={200}
        value={email}
        onValue={setEmail}
      />
      <div className="field">
        <label htmlFor="new-user-role" className="field-label">
          {t('admin.role')}
        </label>
        <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="facilitator">{t('role.facilitator')}</option>
          <option value="admin">{t('role.admin')}</option>
        </select>
      </div>
      <ErrorText error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('admin.create')}
      </button>
    </form>
  );
}
