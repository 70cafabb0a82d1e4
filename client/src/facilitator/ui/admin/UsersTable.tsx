import type { Role } from '../../../../../shared/program/schemas.js';
import type { UserView } from '../../../../../shared/program/views.js';
import { useT } from '../../../common/i18n.js';
import { resetPassword, updateUser, type TemporaryPassword } from '../../admin-actions.js';
import { useFacilitatorStore } from '../../state/store.js';

/** The center's users: role, active or not, password reset. */
export function UsersTable({
  users,
  onReset,
}: {
  users: UserView[];
  onReset: (temporary: TemporaryPassword) => void;
}) {
  const t = useT();
  const me = useFacilitatorStore((s) => s.user?.id);
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users', { count: users.length })}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid="user-row" className={u.active ? '' : 'is-inactive'}>
                <th scope="row" id={`user-${u.id}`}>
                  {u.name} {u.id === me && <span className="hint">{t('admin.you')}</span>}
                </th>
                <td>{u.email}</td>
                <td>
                  <label htmlFor={`role-${u.id}`} className="visually-hidden">
                    {t('admin.roleOf', { name: u.name })}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    className="compact"
                    value={u.role}
                    onChange={(e) => void updateUser(u.id, { role: e.target.value as Role })}
                  >
                    <option value="facilitator">{t('role.facilitator')}</option>
                    <option value="admin">{t('role.admin')}</option>
                  </select>
                </td>
                <td>
                  <span className={`badge ${u.active ? 'badge-live' : 'badge-ended'}`}>
                    {u.active ? t('admin.active') : t('admin.inactive')}
                  </span>
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      aria-describedby={`user-${u.id}`}
                      onClick={() => void resetPassword(u.id).then((temp) => temp && onReset(temp))}
                    >
                      {t('admin.resetPassword')}
                    </button>
                    <button
                      type="button"
                      className={u.active ? 'danger' : ''}
                      aria-describedby={`user-${u.id}`}
                      disabled={u.id === me}
                      onClick={() => void updateUser(u.id, { active: !u.active })}
                    >
                      {u.active ? t('admin.deactivate') : t('admin.reactivate')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
