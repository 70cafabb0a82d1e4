import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';
import { useFocusHeading } from './focus.js';
import { ProgramSchedule } from './ProgramSchedule.js';

/** One empty list: a selector must not return a new array on every call (zustand would loop). */
const NO_DAYS: never[] = [];

/** In a program while none of its days runs: calm, and it opens by itself when today's session starts. */
export function WaitingView() {
  const t = useT();
  const title = useParticipantStore((s) => s.program?.title ?? '');
  const dayEnded = useParticipantStore((s) => s.dayEnded);
  const undelivered = useParticipantStore((s) => s.undelivered);
  const days = useParticipantStore((s) => s.intro?.days ?? NO_DAYS);
  const heading = useFocusHeading<HTMLHeadingElement>('program-waiting');
  return (
    <div className="card waiting program-waiting" data-testid="program-waiting">
      <h1 ref={heading} tabIndex={-1}>
        {t('program.waitingTitle')}
      </h1>
      <p className="program-name">{title}</p>
      {dayEnded !== null && (
        <p className="day-ended" data-testid="day-ended">
          {t('program.dayEnded', { n: dayEnded })}
        </p>
      )}
      {undelivered > 0 && (
        <p className="error-text" data-testid="undelivered" data-count={undelivered}>
          {t('session.undelivered', { count: undelivered })}
        </p>
      )}
      <p className="waiting-main">{t('program.waiting')}</p>
      <p className="hint">{t('program.waitingKeep')}</p>
      <ProgramSchedule days={days} />
    </div>
  );
}
