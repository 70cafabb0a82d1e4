import { errorText } from '../../common/errors.js';
import { LangContext, useT } from '../../common/i18n.js';
import { TimerDisplay } from '../../common/TimerDisplay.js';
import { useScreenStore } from '../store.js';
import { ActivityPanel } from './ActivityPanel.js';
import { CounselingPanel } from './CounselingPanel.js';
import { GroupsPanel } from './GroupsPanel.js';
import { JoinPanel } from './JoinPanel.js';

function ScreenTimer() {
  const timer = useScreenStore((s) => s.timer);
  const offset = useScreenStore((s) => s.clockOffsetMs);
  return <TimerDisplay timer={timer} clockOffsetMs={offset} className="screen-timer" />;
}

/** The timer and how to join, in the top corner while something is on the stage. */
function ScreenCorner() {
  return (
    <>
      <ScreenTimer />
      <JoinPanel size="strip" />
    </>
  );
}

function OfflineBanner() {
  const t = useT();
  const offline = useScreenStore((s) => s.connection === 'offline');
  if (!offline) return null;
  return (
    <p className="banner banner-offline screen-offline" role="status">
      {t('screen.offline')}
    </p>
  );
}

/**
 * Between activities (and before a program's day starts): the session's title and how to join,
 * large; the timer in the corner when one runs (a break).
 */
function Lobby({ title, note }: { title: string; note: string | null }) {
  return (
    <main className="screen-layout screen-lobby" data-testid="waiting">
      <header className="lobby-head">
        <ScreenTimer />
      </header>
      <div className="lobby-body">
        <div className="lobby-welcome">
          <h1 className="screen-welcome">{title}</h1>
          {note && <p className="screen-waiting-note">{note}</p>}
        </div>
        <JoinPanel size="large" />
      </div>
      <OfflineBanner />
    </main>
  );
}

function Room() {
  const t = useT();
  const lang = useScreenStore((s) => s.lang);
  const room = useScreenStore((s) => s.room);
  const error = useScreenStore((s) => s.error);
  if (!room && error?.code === 'session_not_started') {
    // A program whose day has not started: people can already join (and register) with the code.
    return <Lobby title={t('screen.welcome')} note={t('screen.waitingForDay')} />;
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
  // The facilitator shows who is in which group: people find each other, then it is hidden again.
  if (room.groups) {
    return (
      <main className="screen-layout screen-stage">
        <GroupsPanel groups={room.groups} corner={<ScreenCorner />} />
        <OfflineBanner />
      </main>
    );
  }
  // A live counseling activity closed the engine's one when it opened: it owns the screen.
  if (room.counseling) {
    return (
      <main className="screen-layout screen-stage">
        <CounselingPanel counseling={room.counseling} corner={<ScreenCorner />} />
        <OfflineBanner />
      </main>
    );
  }
  if (!room.activity) return <Lobby title={room.session.title} note={null} />;
  return (
    <main className="screen-layout screen-stage">
      <ActivityPanel corner={<ScreenCorner />} />
      <OfflineBanner />
    </main>
  );
}

/** The projector: no language switch (its language comes from the link), nothing to click. */
export function App() {
  const lang = useScreenStore((s) => s.lang);
  return (
    <LangContext.Provider value={lang}>
      <Room />
    </LangContext.Provider>
  );
}
