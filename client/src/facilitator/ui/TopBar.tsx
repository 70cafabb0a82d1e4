import { LangSwitch } from '../../common/LangSwitch.js';
import { useT } from '../../common/i18n.js';
import { logout } from '../actions.js';
import type { Route } from '../state/route-slice.js';
import { useFacilitatorStore } from '../state/store.js';
import { AppLink } from './AppLink.js';

/** Which menu entry a page belongs to (program pages and a program day's console under home). */
function section(route: Route, programConsole: boolean): Route['name'] {
  if (route.name === 'program' || route.name === 'newProgram' || route.name === 'satisfactionForm')
    return 'home';
  if (route.name === 'programReport') return 'reports';
  if (route.name === 'console') return programConsole ? 'home' : 'sessions';
  if (route.name === 'adminExports') return 'admin';
  return route.name;
}

export function TopBar() {
  const t = useT();
  const lang = useFacilitatorStore((s) => s.lang);
  const setLang = useFacilitatorStore((s) => s.setLang);
  const user = useFacilitatorStore((s) => (s.auth === 'in' ? s.user : null));
  const current = useFacilitatorStore((s) => section(s.route, Boolean(s.live?.session.program)));
  const entries: { route: Route; label: string }[] = user
    ? [
        { route: { name: 'home' }, label: t('nav.home') },
        { route: { name: 'sessions' }, label: t('nav.sessions') },
        { route: { name: 'reports' }, label: t('nav.reports') },
        ...(user.role === 'admin' ? [{ route: { name: 'admin' } as Route, label: t('nav.admin') }] : []),
        { route: { name: 'account' }, label: t('nav.account') },
      ]
    : [];
  return (
    <header className="top-bar">
      <p className="brand">
        <span className="brand-name">{t('app.name')}</span>{' '}
        <span className="brand-sub">{user ? user.centerName : t('app.facilitator')}</span>
      </p>
      {user && (
        <nav aria-label={t('nav.label')} className="top-nav">
          <ul>
            {entries.map((entry) => (
              <li key={entry.route.name}>
                <AppLink to={entry.route} aria-current={current === entry.route.name ? 'page' : undefined}>
                  {entry.label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="top-actions">
        {user && <span className="who">{user.name}</span>}
        <LangSwitch lang={lang} onChange={setLang} />
        {user && (
          <button type="button" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        )}
      </div>
    </header>
  );
}
