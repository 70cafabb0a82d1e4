import { LangSwitch } from '../../common/LangSwitch.js';
import { useT } from '../../common/i18n.js';
import { logout } from '../actions.js';
import { useFacilitatorStore } from '../state/store.js';

export function TopBar() {
  const t = useT();
  const lang = useFacilitatorStore((s) => s.lang);
  const setLang = useFacilitatorStore((s) => s.setLang);
  const name = useFacilitatorStore((s) => s.facilitator?.name ?? null);
  return (
    <header className="top-bar">
      <p className="brand">
        <span className="brand-name">{t('app.name')}</span>{' '}
        <span className="brand-sub">{t('app.facilitator')}</span>
      </p>
      <div className="top-actions">
        {name && <span className="who">{name}</span>}
        <LangSwitch lang={lang} onChange={setLang} />
        {name && (
          <button type="button" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        )}
      </div>
    </header>
  );
}
