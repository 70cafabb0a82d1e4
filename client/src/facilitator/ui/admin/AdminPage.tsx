import { useState } from 'react';
import { useT } from '../../../common/i18n.js';
import type { TemporaryPassword } from '../../admin-actions.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { CenterProgramsTable } from './CenterProgramsTable.js';
import { CenterSettings } from './CenterSettings.js';
import { CreateUserForm } from './CreateUserForm.js';
import { TemporaryPasswordNotice } from './TemporaryPasswordNotice.js';
import { UsersTable } from './UsersTable.js';

/** The center admin's page: the center, its users, and every program with its rates. */
export function AdminPage() {
  const t = useT();
  const center = useFacilitatorStore((s) => s.center);
  // A temporary password is shown once, right where it was made, until dismissed.
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  if (!center) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="admin-page">
      <h1>{t('admin.title')}</h1>
      <p>
        <AppLink to={{ name: 'adminExports' }}>{t('exports.adminLink')}</AppLink>
      </p>
      <div className="admin-top">
        <CenterSettings center={center.center} />
        <CreateUserForm onCreated={setTemporary} />
      </div>
      {temporary && (
        <TemporaryPasswordNotice
          key={temporary.password}
          temporary={temporary}
          onDismiss={() => setTemporary(null)}
        />
      )}
      <UsersTable users={center.users} onReset={setTemporary} />
      <CenterProgramsTable programs={center.programs} />
    </div>
  );
}
