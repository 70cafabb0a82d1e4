import { LangContext, useLang, useT } from '../../common/i18n.js';
import { errorText } from '../../common/errors.js';
import { ErrorText } from '../../common/ErrorText.js';
import { joinAnotherCode, tryAgain } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { CodeStep } from './CodeStep.js';
import { useFocusHeading, useFocusStart } from './focus.js';
import { Header } from './Header.js';
import { NicknameStep } from './NicknameStep.js';
import { Lazy, lazyComponent } from './lazy.js';
import { SessionView } from './SessionView.js';
import { StatusBar } from './StatusBar.js';

// A program's sign-up and PIN are only for a program's first visit: `/join` and quick sessions
// never download them.
const ProgramOnboarding = lazyComponent(async () => (await import('./onboarding.js')).ProgramOnboarding);
const PinNotice = lazyComponent(async () => (await import('./onboarding.js')).PinNotice);

function Ended() {
  const t = useT();
  const lang = useLang();
  const joinError = useParticipantStore((s) => s.joinError);
  const before = joinError !== null;
  const programEnded = joinError?.code === 'program_ended';
  const undelivered = useParticipantStore((s) => s.undelivered);
  const heading = useFocusHeading<HTMLHeadingElement>('ended');
  return (
    <div className="card ended" data-testid="ended">
      <h1 ref={heading} tabIndex={-1}>
        {programEnded ? t('program.endedTitle') : t('session.endedTitle')}
      </h1>
      {programEnded ? (
        <p>{errorText(joinError, lang, t)}</p>
      ) : (
        <p>{before ? t('session.endedBefore') : t('session.ended')}</p>
      )}
      {undelivered > 0 && (
        <p className="error-text" data-testid="undelivered" data-count={undelivered}>
          {t('session.undelivered', { count: undelivered })}
        </p>
      )}
      <button type="button" className="primary big" onClick={joinAnotherCode}>
        {t('session.joinAnother')}
      </button>
    </div>
  );
}

/** Joining by the phone's identity: a calm line, or why it failed and a way to try again. */
function Rejoining() {
  const t = useT();
  const error = useParticipantStore((s) => s.joinError);
  if (!error)
    return (
      <p className="card connecting" role="status">
        {t('join.reconnecting')}
      </p>
    );
  return (
    <div className="card connecting">
      <p>{t('program.joinFailed')}</p>
      <ErrorText error={error} />
      <button type="button" className="primary big" onClick={tryAgain}>
        {t('program.tryAgain')}
      </button>
    </div>
  );
}

function Body() {
  const phase = useParticipantStore((s) => s.phase);
  const typedNickname = useParticipantStore((s) => s.nickname !== '');
  switch (phase) {
    case 'code':
    case 'checking':
      return <CodeStep />;
    case 'nickname':
      return <NicknameStep />;
    case 'onboarding':
      return (
        <Lazy>
          <ProgramOnboarding />
        </Lazy>
      );
    case 'pin':
      return (
        <Lazy>
          <PinNotice />
        </Lazy>
      );
    case 'joining':
      return typedNickname ? <NicknameStep /> : <Rejoining />;
    case 'in':
      return <SessionView />;
    case 'ended':
      return <Ended />;
  }
}

/** Polite announcements of what changed while the person was busy elsewhere on the page. */
function Announcer() {
  const t = useT();
  const announcement = useParticipantStore((s) => s.announcement);
  let text = '';
  if (announcement?.kind === 'activity') text = t('announce.newActivity', { title: announcement.title });
  if (announcement?.kind === 'results') text = t('announce.results', { title: announcement.title });
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {/* A changed key makes the same words a new node, so they are read again. */}
      {text && <span key={announcement?.n}>{text}</span>}
    </p>
  );
}

export function App() {
  const lang = useParticipantStore((s) => s.lang);
  useFocusStart();
  return (
    <LangContext.Provider value={lang}>
      <Header />
      <main className="participant-main">
        <StatusBar />
        <Body />
        <Announcer />
      </main>
    </LangContext.Provider>
  );
}
