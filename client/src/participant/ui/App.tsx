import { LangContext } from '../../common/i18n.js';
import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';
import { CodeStep } from './CodeStep.js';
import { Header } from './Header.js';
import { NicknameStep } from './NicknameStep.js';
import { SessionView } from './SessionView.js';
import { StatusBar } from './StatusBar.js';

function Body() {
  const t = useT();
  const phase = useParticipantStore((s) => s.phase);
  const typedNickname = useParticipantStore((s) => s.nickname !== '');
  const error = useParticipantStore((s) => s.joinError);
  switch (phase) {
    case 'code':
    case 'checking':
      return <CodeStep />;
    case 'nickname':
      return <NicknameStep />;
    case 'joining':
      return typedNickname ? (
        <NicknameStep />
      ) : (
        <p className="card connecting" role="status">
          {t('join.reconnecting')}
        </p>
      );
    case 'in':
      return <SessionView />;
    case 'ended':
      return (
        <div className="card ended" data-testid="ended">
          <h1>{t('session.endedTitle')}</h1>
          <p>{error ? t('session.endedBefore') : t('session.ended')}</p>
        </div>
      );
  }
}

export function App() {
  const lang = useParticipantStore((s) => s.lang);
  return (
    <LangContext.Provider value={lang}>
      <Header />
      <main className="participant-main">
        <StatusBar />
        <Body />
      </main>
    </LangContext.Provider>
  );
}
