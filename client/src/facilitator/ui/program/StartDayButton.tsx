import type { ProgramDayView } from '../../../../../shared/program/views.js';
import { useT } from '../../../common/i18n.js';
import { navigate } from '../../actions.js';
import { useStartDay } from './use-start-day.js';

interface Props {
  programId: string;
  day: Pick<ProgramDayView, 'id' | 'number' | 'session'>;
  /** Names what the button starts, e.g. the program's title, for a list with several. */
  describedBy?: string;
  /** The label of a day not started yet (default: "start today's session"). */
  startLabel?: string;
  /** The page's one primary action (today's start on the program page): drawn large. */
  hero?: boolean;
}

/**
 * One click to run a day: creates the day's live session from its agenda (or goes to the running
 * one) and opens the console; asks first when another day still runs. An ended day's session is
 * only looked at here; reopening it is a separate, deliberate action (DaySessions).
 */
export function StartDayButton({ programId, day, describedBy, startLabel, hero }: Props) {
  const t = useT();
  const { start, busy, dialog } = useStartDay(programId, day);
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
    <>
      <button
        type="button"
        className={`primary ${hero ? 'start-hero' : ''}`}
        aria-describedby={describedBy}
        disabled={busy}
        data-testid="start-day"
        onClick={() => void start()}
      >
        {session?.status === 'live' ? t('home.goToSession') : (startLabel ?? t('home.startToday'))}
      </button>
      {dialog}
    </>
  );
}
