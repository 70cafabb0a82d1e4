import { useState } from 'react';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';

/** Session title, join code, projector link, and ending the session (with a confirmation step). */
export function ConsoleHeader() {
  const t = useT();
  const session = useFacilitatorStore((s) => s.live?.session);
  const online = useFacilitatorStore((s) => s.live?.participants.filter((p) => p.online).length ?? 0);
  const total = useFacilitatorStore((s) => s.live?.participants.length ?? 0);
  const connection = useFacilitatorStore((s) => s.connection);
  const [confirming, setConfirming] = useState(false);
  if (!session) return null;
  const ended = session.status === 'ended';
  // "프로그램 · N일차": the session's own title usually says it already.
  const programDay = session.program
    ? t('console.programDay', { title: session.program.title, n: session.program.dayNumber })
    : null;
  const joinUrl = `${window.location.origin}/j/${session.code}`;
  return (
    <header className="console-header card">
      <div className="console-title">
        {session.program ? (
          <AppLink to={{ name: 'program', programId: session.program.id }} className="back-link">
            ← {t('console.backToProgram')}
          </AppLink>
        ) : (
          <AppLink to={{ name: 'sessions' }} className="back-link">
            {t('console.backToList')}
          </AppLink>
        )}
        <h1>{session.title}</h1>
        {programDay && programDay !== session.title && (
          <p className="console-program" data-testid="console-program">
            {programDay}
          </p>
        )}
        {ended && <span className="badge badge-ended">{t('sessions.status.ended')}</span>}
        {connection === 'offline' && (
          <span className="badge badge-offline" role="status">
            {t('console.offline')}
          </span>
        )}
      </div>
      <dl className="console-facts">
        <div>
          <dt>{t('console.joinCode')}</dt>
          <dd className="console-code" data-testid="join-code">
            {session.code}
          </dd>
        </div>
        <div>
          <dt>{t('console.joinUrl')}</dt>
          <dd data-testid="join-url">{joinUrl}</dd>
        </div>
        <div>
          <dt>{t('console.participants')}</dt>
          <dd data-testid="participant-count">{t('console.participantCount', { online, total })}</dd>
        </div>
      </dl>
      <div className="console-actions">
        <a
          className="button-link"
          href={`/screen/${session.code}`}
          target="_blank"
          rel="noopener"
          data-testid="screen-link"
        >
          {t('console.openScreen')}
        </a>
        {!ended &&
          (confirming ? (
            <span className="confirm" role="group" aria-label={t('console.endConfirm')}>
              <span>{t('console.endConfirm')}</span>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirming(false);
                  void act('session:end', {});
                }}
              >
                {t('console.endYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('console.end')}
            </button>
          ))}
      </div>
    </header>
  );
}
