import { useState, type FormEvent } from 'react';
import { WAVE_OPEN_MINUTES } from '../../../../../shared/protocol/schemas.js';
import type { WaveProgressView } from '../../../../../shared/protocol/wave-views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { actOnWave, remindWave } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ConfirmDialog } from '../Dialog.js';
import { parseOpenMinutes, preClosedByOpening, preLockedByPost } from './wave-lines.js';

/** Extending adds five or ten minutes: the two common asks, one press each (the server allows 1–60). */
const EXTEND_MINUTES = [5, 10] as const;

/**
 * A wave's controls: a planned or closed wave opens (with an optional limit); an open one reminds
 * those who have not handed in, extends its due time and closes after a confirmation. A refusal is
 * shown here, next to the wave, in the server's own words.
 */
export function WaveControls({ wave, name }: { wave: WaveProgressView; name: string }) {
  const t = useT();
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [reminded, setReminded] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<'close' | 'open-post' | null>(null);
  // Opening a post for the first time closes its pre for good: asked first, with the pre's count.
  const pre = useFacilitatorStore((s) => preClosedByOpening(wave, s.waves));
  const locked = useFacilitatorStore((s) => preLockedByPost(wave, s.waves));
  const kind = t(`waves.kindLong.${wave.kind}`);
  const id = `wave-${wave.waveId}`;
  const run = async (send: () => Promise<{ ok: boolean; error?: ClientError }>) => {
    setBusy(true);
    const ack = await send();
    setBusy(false);
    setError(ack.ok ? null : (ack.error ?? null));
    return ack.ok;
  };
  const open = async (event: FormEvent | null, confirmed = false) => {
    event?.preventDefault();
    const parsed = parseOpenMinutes(minutes);
    setInvalid(!parsed.ok);
    if (!parsed.ok) return;
    if (pre && !confirmed) {
      setConfirming('open-post');
      return;
    }
    const payload =
      parsed.minutes === undefined
        ? { waveId: wave.waveId }
        : { waveId: wave.waveId, minutes: parsed.minutes };
    if (await run(() => actOnWave('wave:open', payload))) {
      setMinutes('');
      setReminded(null);
    }
  };
  const remind = async () => {
    setReminded(null);
    const ack = await remindWave(wave.waveId);
    setError(ack.ok ? null : ack.error);
    if (ack.ok) setReminded(ack.data.reminded);
  };
  return (
    <div className="wave-controls">
      {wave.status === 'open' ? (
        <div className="wave-buttons">
          <button
            type="button"
            aria-label={t('waves.remindLabel', { name, kind })}
            data-testid="wave-remind"
            disabled={busy}
            onClick={() => void remind()}
          >
            {t('waves.remind')}
          </button>
          <span className="wave-extend" role="group" aria-label={t('waves.extend')}>
            {EXTEND_MINUTES.map((m) => (
              <button
                key={m}
                type="button"
                aria-label={t('waves.extendLabel', { name, kind, minutes: m })}
                data-testid={`wave-extend-${m}`}
                disabled={busy}
                onClick={() => void run(() => actOnWave('wave:extend', { waveId: wave.waveId, minutes: m }))}
              >
                {t('waves.extendBy', { minutes: m })}
              </button>
            ))}
          </span>
          <button
            type="button"
            className="danger"
            aria-label={t('waves.closeLabel', { name, kind })}
            data-testid="wave-close"
            disabled={busy}
            onClick={() => setConfirming('close')}
          >
            {t('waves.close')}
          </button>
        </div>
      ) : locked ? (
        <p className="hint" data-testid="wave-locked">
          {t('waves.lockedByPost')}
        </p>
      ) : (
        <form className="wave-open" onSubmit={(e) => void open(e)}>
          <label htmlFor={`${id}-minutes`}>{t('waves.minutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={WAVE_OPEN_MINUTES.min}
            max={WAVE_OPEN_MINUTES.max}
            step={1}
            value={minutes}
            aria-describedby={`${id}-minutes-hint`}
            aria-invalid={invalid || undefined}
            disabled={ended}
            onChange={(e) => {
              setMinutes(e.target.value);
              setInvalid(false);
            }}
          />
          <span className="hint" id={`${id}-minutes-hint`}>
            {invalid ? t('waves.minutesInvalid') : t('waves.minutesHint')}
          </span>
          <button
            type="submit"
            className="primary"
            aria-label={t(wave.status === 'closed' ? 'waves.reopenLabel' : 'waves.openLabel', { name, kind })}
            data-testid="wave-open"
            disabled={busy || ended}
          >
            {t(wave.status === 'closed' ? 'waves.reopen' : 'waves.open')}
          </button>
        </form>
      )}
      <p role="status" className="wave-reminded" data-testid="wave-reminded">
        {reminded === null ? '' : t('waves.reminded', { count: reminded })}
      </p>
      <ErrorText error={error} />
      {confirming === 'open-post' && pre && (
        <ConfirmDialog
          id={`${id}-open-post`}
          title={t('waves.openPostTitle')}
          confirmLabel={t('waves.openPostConfirm')}
          onConfirm={() => void open(null, true)}
          onClose={() => setConfirming(null)}
        >
          <p>{t('waves.openPostBody', { name, submitted: pre.submitted, total: pre.total })}</p>
        </ConfirmDialog>
      )}
      {confirming === 'close' && (
        <ConfirmDialog
          id={`${id}-close`}
          title={t('waves.closeTitle')}
          confirmLabel={t('waves.closeConfirm')}
          danger
          onConfirm={() => void run(() => actOnWave('wave:close', { waveId: wave.waveId }))}
          onClose={() => setConfirming(null)}
        >
          <p>{t('waves.closeBody', { name, kind })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
