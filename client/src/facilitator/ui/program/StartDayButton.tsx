import { useState } from 'react';
import type { ProgramDayView } from '../../../../../shared/program/views.js';
import { useT } from '../../../common/i18n.js';
import { startDay } from '../../program-actions.js';

interface Props {
  programId: string;
  day: Pick<ProgramDayView, 'id' | 'session'>;
  /** Names what the button starts, e.g. the program's title, for a list with several. */
  describedBy?: string;
}

/**
 * Today's one click: creates the day's live session from its agenda (or resumes it) and opens the
 * console. A running session reads "go to session"; the same call resumes it.
 */
export function StartDayButton({ programId, day, describedBy }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const status = day.session?.status;
  const label =
    status === 'live'
      ? t('home.goToSession')
      : status === 'ended'
        ? t('home.viewSession')
        : t('home.startToday');
  return (
    <button
      type="button"
      className={status === 'ended' ? '' : 'primary'}
      aria-describedby={describedBy}
      disabled={busy}
      data-testid="start-day"
      onClick={async () => {
        setBusy(true);
        await startDay(programId, day.id);
        setBusy(false);
      }}
    >
      {label}
    </button>
  );
}
