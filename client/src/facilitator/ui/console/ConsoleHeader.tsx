import { useState } from 'react';
import { useLang, useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { ConfirmDialog } from '../Dialog.js';
import { IntakeDialog } from '../program/IntakeDialog.js';
import { GroupingsButton } from '../groupings/GroupingsButton.js';

/**
 * One slim bar: session title, join code, projector link, the program's intake cards, and, set
 * apart at the end, ending the day or session (asks first). Slim, so the day's agenda and the
 * running activity get the screen.
 */
export function ConsoleHeader() {
  const t = useT();
  const lang = useLang();
  const session = useFacilitatorStore((s) => s.live?.session);
  const online = useFacilitatorStore((s) => s.live?.participants.filter((p) => p.online).length ?? 0);
  const total = useFacilitatorStore((s) => s.live?.participants.length ?? 0);
  const connection = useFacilitatorStore((s) => s.connection);
  const [confirming, setConfirming] = useState(false);
  const [intake, setIntake] = useState(false);
  if (!session) return null;
  const ended = session.status === 'ended';
  const program = session.program;
  // "프로그램 · N일차": the session's own title usually says it already.
  const programDay = program ? t('console.programDay', { title: program.title, n: program.dayNumber }) : null;
  const joinUrl = `${window.location.origin}/j/${session.code}`;
  const day = program ? { n: program.dayNumber } : null;
  return (
    <header className="console-header card">
      <div className="console-title">
        {program ? (
          <AppLink to={{ name: 'program', programId: program.id }} className="back-link">
            ← {t('console.backToProgram')}
          </AppLink>
        ) : (
          <AppLink to={{ name: 'sessions' }} className="back-link">
            {t('console.backToList')}
          </AppLink>
        )}
        <h1>{session.title}</h1>
        {programDay && program && !session.title.startsWith(program.title) && (
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
          <dd className="console-url" data-testid="join-url">
            {joinUrl.replace(/^https?:\/\//, '')}
          </dd>
        </div>
        <div>
          <dt>{t('console.participants')}</dt>
          <dd data-testid="participant-count">{t('console.participantCount', { online, total })}</dd>
        </div>
      </dl>
      <div className="console-actions">
        {program && (
          <button type="button" data-testid="open-intake" onClick={() => setIntake(true)}>
            {t('console.intake')}
          </button>
        )}
        {program && <GroupingsButton />}
        <a
          className="button-link"
          // The projector speaks the console's language (it has no switch of its own).
          href={`/screen/${session.code}?lang=${lang}`}
          target="_blank"
          rel="noopener"
          data-testid="screen-link"
        >
          {t('console.openScreen')}
        </a>
        {!ended && (
          <div className="danger-zone">
            <button
              type="button"
              className="danger"
              data-testid="end-session"
              onClick={() => setConfirming(true)}
            >
              {day ? t('console.endDay', day) : t('console.end')}
            </button>
          </div>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          id="end-session"
          title={day ? t('console.endDayTitle', day) : t('console.endTitle')}
          confirmLabel={day ? t('console.endDay', day) : t('console.endYes')}
          danger
          onConfirm={() => void act('session:end', {})}
          onClose={() => setConfirming(false)}
        >
          <p>{day ? t('console.endDayConfirm') : t('console.endConfirm')}</p>
        </ConfirmDialog>
      )}
      {intake && program && <IntakeDialog programId={program.id} onClose={() => setIntake(false)} />}
    </header>
  );
}
