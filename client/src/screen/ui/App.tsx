import { errorText } from '../../common/errors.js';
import { LangContext, useT } from '../../common/i18n.js';
import { LangSwitch } from '../../common/LangSwitch.js';
import { TimerDisplay } from '../../common/TimerDisplay.js';
import { useScreenStore } from '../store.js';
import { ActivityPanel } from './ActivityPanel.js';
import { JoinPanel } from './JoinPanel.js';

function Room() {
  const t = useT();
  const lang = useScreenStore((s) => s.lang);
  const room = useScreenStore((s) => s.room);
  const error = useScreenStore((s) => s.error);
  const offline = useScreenStore((s) => s.connection === 'offline');
  const timer = useScreenStore((s) => s.timer);
  const offset = useScreenStore((s) => s.clockOffsetMs);
  if (!room && error?.code === 'session_not_started') {
    // A program whose day has not started: people can already join (and register) with the code.
    return (
      <div className="screen-layout no-activity" data-testid="waiting">
        <JoinPanel prominent />
        <main className="screen-main">
          <h1 className="screen-welcome">{t('screen.welcome')}</h1>
          <p className="screen-waiting-note">{t('screen.waitingForDay')}</p>
        </main>
      </div>
    );
  }
  if (!room) {
    return (
      <main className="screen-message">
        <h1>{error ? errorText(error, lang, t) : t('screen.connecting')}</h1>
      </main>
    );
  }
  if (room.session.status === 'ended') {
    return (
      <main className="screen-message" data-testid="ended">
        <h1>{t('screen.ended')}</h1>
        <p>{room.session.title}</p>
      </main>
    );
  }
  return (
    <div className={`screen-layout ${room.activity ? 'with-activity' : 'no-activity'}`}>
      <JoinPanel prominent={!room.activity} />
      <main className="screen-main">
        <header className="screen-header">
          <p className="screen-session-title">{room.session.title}</p>
          <TimerDisplay timer={timer} clockOffsetMs={offset} className="screen-timer" />
        </header>
        {room.activity ? <ActivityPanel /> : <h1 className="screen-welcome">{t('screen.welcome')}</h1>}
        {offline && (
          <p className="banner banner-offline" role="status">
            {t('screen.offline')}
          </p>
        )}
      </main>
    </div>
  );
}

export function App() {
  const lang = useScreenStore((s) => s.lang);
  const setLang = useScreenStore((s) => s.setLang);
  return (
    <LangContext.Provider value={lang}>
      <Room />
      <div className="screen-lang">
        <LangSwitch lang={lang} onChange={setLang} />
      </div>
    </LangContext.Provider>
  );
}
