import { LangContext, useT } from '../../common/i18n.js';
import { useFacilitatorStore } from '../state/store.js';
import { ActionAlert } from './ActionAlert.js';
import { ConsolePage } from './console/ConsolePage.js';
import { LoginForm } from './LoginForm.js';
import { SessionsPage } from './SessionsPage.js';
import { SetupForm } from './SetupForm.js';
import { TopBar } from './TopBar.js';

function Body() {
  const t = useT();
  const auth = useFacilitatorStore((s) => s.auth);
  const route = useFacilitatorStore((s) => s.route.name);
  switch (auth) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>;
    case 'setup':
      return <SetupForm />;
    case 'login':
      return <LoginForm />;
    case 'in':
      return route === 'console' ? <ConsolePage /> : <SessionsPage />;
  }
}

export function App() {
  const lang = useFacilitatorStore((s) => s.lang);
  return (
    <LangContext.Provider value={lang}>
      <TopBar />
      <main className="facilitator-main">
        <ActionAlert />
        <Body />
      </main>
    </LangContext.Provider>
  );
}
