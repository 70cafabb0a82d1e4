import { useT } from '../../common/i18n.js';
import { useFacilitatorStore } from '../state/store.js';

/** After an admin made the account or reset its password, every page says a new one is due. */
export function PasswordBanner() {
  const t = useT();
  const due = useFacilitatorStore((s) => s.auth === 'in' && s.user?.mustChangePassword === true);
  if (!due) return null;
  return (
    <p className="banner banner-pending" data-testid="password-banner">
      {t('account.mustChange')}
    </p>
  );
}
