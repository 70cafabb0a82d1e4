import { LangContext, useT } from '../../common/i18n.js';
import { pathOf } from '../state/route-slice.js';
import { useFacilitatorStore } from '../state/store.js';
import { AccountPage } from './account/AccountPage.js';
import { ActionAlert } from './ActionAlert.js';
import { AdminPage } from './admin/AdminPage.js';
import { ExportLogPage } from './admin/ExportLogPage.js';
import { ConsolePage } from './console/ConsolePage.js';
import { CreateProgramPage } from './create/CreateProgramPage.js';
import { HomePage } from './home/HomePage.js';
import { LoginForm } from './LoginForm.js';
import { PasswordBanner } from './PasswordBanner.js';
import { PrintPage } from './print/PrintPage.js';
import { ProgramPage } from './program/ProgramPage.js';
import { SatisfactionFormPage } from './satisfaction/SatisfactionFormPage.js';
import { DashboardPage } from './reports/DashboardPage.js';
import { ProgramReportPage } from './reports/ProgramReportPage.js';
import { SessionsPage } from './SessionsPage.js';
import { SetupForm } from './SetupForm.js';
import { TopBar } from './TopBar.js';

function Page() {
  const route = useFacilitatorStore((s) => s.route);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'newProgram':
      return <CreateProgramPage />;
    case 'program':
      return <ProgramPage key={route.programId} programId={route.programId} />;
    case 'print':
      return <PrintPage key={pathOf(route)} route={route} />;
    case 'satisfactionForm':
      return <SatisfactionFormPage key={route.programId} programId={route.programId} />;
    case 'programReport':
      return <ProgramReportPage key={route.programId} programId={route.programId} />;
    case 'reports':
      return <DashboardPage />;
    case 'admin':
      return <AdminPage />;
    case 'adminExports':
      return <ExportLogPage />;
    case 'account':
      return <AccountPage />;
    case 'sessions':
      return <SessionsPage />;
    case 'console':
      return <ConsolePage />;
  }
}

function Body() {
  const t = useT();
  const auth = useFacilitatorStore((s) => s.auth);
  switch (auth) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>;
    case 'setup':
      return <SetupForm />;
    case 'login':
      return <LoginForm />;
    case 'in':
      return <Page />;
  }
}

export function App() {
  const lang = useFacilitatorStore((s) => s.lang);
  return (
    <LangContext.Provider value={lang}>
      <TopBar />
      <main className="facilitator-main">
        <ActionAlert />
        <PasswordBanner />
        <Body />
      </main>
    </LangContext.Provider>
  );
}
