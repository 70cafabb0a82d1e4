import { useState, type FormEvent } from 'react';
import { followUpMonthsSchema, MAX_FOLLOW_UP_MONTH } from '../../../../../shared/outcomes/schemas.js';
import {
  DEFAULT_RETENTION_MONTHS,
  MAX_COMPLETION_THRESHOLD,
  MAX_SMALL_COUNT_THRESHOLD,
  MIN_COMPLETION_THRESHOLD,
  MIN_SMALL_COUNT_THRESHOLD,
} from '../../../../../shared/program/limits.js';
import type { CenterView } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { updateCenter } from '../../admin-actions.js';

const MIN = Math.round(MIN_COMPLETION_THRESHOLD * 100);
const MAX = Math.round(MAX_COMPLETION_THRESHOLD * 100);

/** "1, 3, 6" → [1, 3, 6]; null unless it is what PATCH /api/center takes (1..4 ascending whole months). */
function parseMonths(value: string): number[] | null {
  const parts = value.split(/[,\s]+/).filter((p) => p !== '');
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  const parsed = followUpMonthsSchema.safeParse(parts.map(Number));
  return parsed.success ? parsed.data : null;
}

/**
 * The center's name, completion threshold (entered as a percentage), small-count threshold and the
 * follow-up points (months after a program's last day).
 */
export function CenterSettings({ center }: { center: CenterView }) {
  const t = useT();
  const [name, setName] = useState(center.name);
  const [percent, setPercent] = useState(String(Math.round(center.completionThreshold * 100)));
  const [smallCount, setSmallCount] = useState(String(center.smallCountThreshold));
  const [months, setMonths] = useState(center.followUpMonths.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const value = Number(percent);
  const percentValid = percent.trim() !== '' && Number.isFinite(value) && value >= MIN && value <= MAX;
  const smallValue = Number(smallCount);
  const smallValid =
    smallCount.trim() !== '' &&
    Number.isInteger(smallValue) &&
    smallValue >= MIN_SMALL_COUNT_THRESHOLD &&
    smallValue <= MAX_SMALL_COUNT_THRESHOLD;
  const followUpMonths = parseMonths(months);
  const valid = name.trim().length > 0 && percentValid && smallValid && followUpMonths !== null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setSaved(false);
    const failed = await updateCenter({
      name: name.trim(),
      completionThreshold: value / 100,
      smallCountThreshold: smallValue,
      ...(followUpMonths ? { followUpMonths } : {}),
    });
    setBusy(false);
    setError(failed);
    setSaved(failed === null);
  };
  return (
    <form className="card center-settings" onSubmit={submit} aria-labelledby="center-title" noValidate>
      <h2 id="center-title">{t('admin.center')}</h2>
      <TextField
        id="center-name"
        label={t('admin.centerName')}
        required
        maxLength={80}
        value={name}
        onValue={setName}
      />
      <TextField
        id="center-threshold"
        label={t('admin.threshold')}
        type="number"
        inputMode="numeric"
        min={MIN}
        max={MAX}
        step={1}
        required
        value={percent}
        onValue={setPercent}
        aria-invalid={percentValid ? undefined : true}
        hint={t('admin.thresholdHint', { min: MIN, max: MAX })}
      />
      <TextField
        id="center-small-count"
        label={t('admin.smallCount')}
        type="number"
        inputMode="numeric"
        min={MIN_SMALL_COUNT_THRESHOLD}
        max={MAX_SMALL_COUNT_THRESHOLD}
        step={1}
        required
        value={smallCount}
        onValue={setSmallCount}
        aria-invalid={smallValid ? undefined : true}
        hint={t('admin.smallCountHint', {
          n: smallValid ? smallValue : center.smallCountThreshold,
          min: MIN_SMALL_COUNT_THRESHOLD,
          max: MAX_SMALL_COUNT_THRESHOLD,
        })}
      />
      <TextField
        id="center-follow-up"
        label={t('admin.followUpMonths')}
        inputMode="numeric"
        required
        value={months}
        onValue={setMonths}
        aria-invalid={followUpMonths ? undefined : true}
        hint={t('admin.followUpMonthsHint', {
          max: MAX_FOLLOW_UP_MONTH,
          retention: DEFAULT_RETENTION_MONTHS,
        })}
      />
      <ErrorText error={error} />
      <p role="status" className="saved-note">
        {saved ? t('admin.centerSaved') : ''}
      </p>
      <button type="submit" className="primary" disabled={busy || !valid}>
        {t('admin.saveCenter')}
      </button>
    </form>
  );
}
