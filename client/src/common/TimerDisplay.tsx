import { formatRemaining, remainingMs, type TimerState } from '../../../shared/session/timer.js';
import { useNow } from './clock.js';
import { useT } from './i18n.js';

interface Props {
  timer: TimerState;
  clockOffsetMs: number;
  className?: string;
}

/** The shared countdown: computed from server instants corrected by this device's clock offset. */
export function TimerDisplay({ timer, clockOffsetMs, className }: Props) {
  const t = useT();
  const now = useNow(timer.status === 'running');
  if (timer.status === 'idle') return null;
  const left = remainingMs(timer, now + clockOffsetMs);
  const state = timer.status === 'running' && left === 0 ? 'done' : timer.status;
  return (
    <div className={`timer timer-${state} ${className ?? ''}`} data-testid="timer" data-state={state}>
      {/* Label and time are both plain text, so a screen reader reads "Time left 4:59". */}
      <span className="timer-label">{t(`timer.${state}`)} </span>
      <span className="timer-value" role="timer">
        {formatRemaining(left)}
      </span>
    </div>
  );
}
