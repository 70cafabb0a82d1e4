import { useState, type FormEvent } from 'react';
import { MAX_TIMER_MS } from '../../../../../shared/session/timer.js';
import { TimerDisplay } from '../../../common/TimerDisplay.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';

const MAX_MINUTES = MAX_TIMER_MS / 60_000;

/** Start a countdown of N minutes that every phone and the projector show in sync; pause, resume, reset. */
export function TimerControls({ defaultMinutes }: { defaultMinutes?: number } = {}) {
  const t = useT();
  const timer = useFacilitatorStore((s) => s.timer);
  const offset = useFacilitatorStore((s) => s.clockOffsetMs);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  const [minutes, setMinutes] = useState(String(defaultMinutes ?? 5));
  const value = Number(minutes);
  const valid = Number.isFinite(value) && value > 0 && value <= MAX_MINUTES;
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (valid) void act('timer:start', { durationMs: Math.round(value * 60_000) });
  };
  return (
    <section className="card timer-controls" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('timer.title')}</h2>
      <TimerDisplay timer={timer} clockOffsetMs={offset} />
      <form className="timer-form" onSubmit={start}>
        <div className="field field-inline">
          <label htmlFor="timer-minutes" className="field-label">
            {t('timer.minutes')}
          </label>
          <input
            id="timer-minutes"
            type="number"
            min={0.5}
            max={MAX_MINUTES}
            step={0.5}
            value={minutes}
            disabled={ended}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={ended || !valid}>
            {timer.status === 'idle' ? t('timer.start') : t('timer.restart')}
          </button>
          {timer.status === 'running' && (
            <button type="button" disabled={ended} onClick={() => void act('timer:pause', {})}>
              {t('timer.pause')}
            </button>
          )}
          {timer.status === 'paused' && (
            <button type="button" disabled={ended} onClick={() => void act('timer:resume', {})}>
              {t('timer.resume')}
            </button>
          )}
          {timer.status !== 'idle' && (
            <button type="button" disabled={ended} onClick={() => void act('timer:reset', {})}>
              {t('timer.reset')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
