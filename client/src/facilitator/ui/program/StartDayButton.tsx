import { useState } from 'react';
import type { ProgramDayView } from '../../../../../shared/program/views.js';
import { useT } from '../../../common/i18n.js';
import { navigate } from '../../actions.js';
import { startDay } from '../../program-actions.js';

interface Props {
  programId: string;
  day: Pick<ProgramDayView, 'id' | 'session'>;
  /** Names what the button starts, e.g. the program's title, for a list with several. */
  describedBy?: string;
  /** The label of a day not started yet (default: "start today's session"). */
  startLabel?: string;
}

/**
 * One click to run a day: creates the day's live session from its agenda (or goes to the running
 * one) and opens the console. An ended day's session is only looked at here; reopening it is a
 * separate, deliberate action (DaySessions).
 */
export function StartDayButton({ programId, day, describedBy, startLabel }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const session = day.session;
  if (session?.status === 'ended') {
    return (
      <button
        type="button"
        aria-describedby={describedBy}
        data-testid="view-day"
        onClick={() => navigate({ name: 'console', sessionId: session.id })}
      >
        {t('home.viewSession')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="primary"
      aria-describedby={describedBy}
      disabled={busy}
      data-testid="start-day"
      onClick={async () => {
        setBusy(true);
        await startDay(programId, day.id);
        setBusy(false);
      }}
    >
      {session?.status === 'live' ? t('home.goToSession') : (startLabel ?? t('home.startToday'))}
    </button>
  );
}
