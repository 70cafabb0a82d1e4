import { useState, type FormEvent } from 'react';
import { MAX_TIMER_MS, remainingMs } from '../../../../../shared/session/timer.js';
import { TimerDisplay } from '../../../common/TimerDisplay.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';

const MAX_MINUTES = MAX_TIMER_MS / 60_000;
const DEFAULT_MINUTES = 5;
const ONE_MINUTE_MS = 60_000;

interface Props {
  /** The planned minutes of the agenda line being run; the field starts from them when given. */
  defaultMinutes?: number;
}

/**
 * One compact row: the countdown every phone and the projector show in sync, the minutes, and
 * start / pause / +1 min / stop. It stays one line high so the live results stay above the fold.
 */
export function TimerControls({ defaultMinutes }: Props) {
  const t = useT();
  const timer = useFacilitatorStore((s) => s.timer);
  const offset = useFacilitatorStore((s) => s.clockOffsetMs);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  const planned =
    defaultMinutes && defaultMinutes > 0 ? Math.min(defaultMinutes, MAX_MINUTES) : DEFAULT_MINUTES;
  // What the facilitator typed counts for the line it was typed on: another agenda line starts
  // again from its own planned minutes.
  const [typed, setTyped] = useState<{ planned: number; value: string } | null>(null);
  const minutes = typed?.planned === planned ? typed.value : String(planned);
  const setMinutes = (value: string) => setTyped({ planned, value });
  const value = Number(minutes);
  const valid = Number.isFinite(value) && value > 0 && value <= MAX_MINUTES;
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (valid) void act('timer:start', { durationMs: Math.round(value * ONE_MINUTE_MS) });
  };
  const addMinute = () => {
    const left = remainingMs(timer, Date.now() + offset);
    void act('timer:start', { durationMs: Math.min(MAX_TIMER_MS, Math.round(left + ONE_MINUTE_MS)) });
  };
  // After the end there is nothing to time: the results take the space.
  if (ended) return null;
  return (
    <section className="card timer-row" aria-labelledby="timer-title" data-testid="timer-controls">
      <form className="timer-row-form" onSubmit={start}>
        <h2 id="timer-title" className="timer-row-title">
          {t('liveRun.timerLabel')}
        </h2>
        {timer.status === 'idle' ? null : <TimerDisplay timer={timer} clockOffsetMs={offset} />}
        <label className="timer-row-minutes">
          <span className="visually-hidden">{t('timer.minutes')}</span>
          <input
            id="timer-minutes"
            type="number"
            min={0.5}
            max={MAX_MINUTES}
            step={0.5}
            value={minutes}

            onChange={(e) => setMinutes(e.target.value)}
          />
          <span aria-hidden="true">{t('liveRun.minutes')}</span>
        </label>
        <button type="submit" className={timer.status === 'idle' ? 'primary' : ''} disabled={!valid}>
          {timer.status === 'idle' ? t('timer.start') : t('timer.restart')}
        </button>
        {timer.status === 'running' && (
          <>
            <button type="button" onClick={() => void act('timer:pause', {})}>
              {t('timer.pause')}
            </button>
            <button type="button" onClick={addMinute}>
              {t('liveRun.addMinute')}
            </button>
          </>
        )}
        {timer.status === 'paused' && (
          <button type="button" onClick={() => void act('timer:resume', {})}>
            {t('timer.resume')}
          </button>
        )}
        {timer.status !== 'idle' && (
          <button type="button" onClick={() => void act('timer:reset', {})}>
            {t('liveRun.stop')}
          </button>
        )}
      </form>
    </section>
  );
}
