import { useState, type FormEvent } from 'react';
import type { DayAttendance, RosterMember, RosterView } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, formatHours } from '../../format.js';
import { correctAttendance } from '../../program-actions.js';
import { Dialog } from '../Dialog.js';

interface Props {
  programId: string;
  member: RosterMember;
  day: RosterView['days'][number];
  current: DayAttendance | null;
  onClose: () => void;
}

const NOTE_MAX = 200;
const MAX_HOURS = 24;

/** Corrects one member's attendance of one day: present or not, hours counted (late, left early), a note. */
export function AttendanceDialog({ programId, member, day, current, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const [present, setPresent] = useState(current?.present ?? true);
  // Empty: the whole day. Shown as the stored hours only when a facilitator set them.
  const [hours, setHours] = useState(current?.corrected && current.present ? String(current.hours) : '');
  const [note, setNote] = useState(current?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const value = hours.trim() === '' ? null : Number(hours);
  const valid =
    value === null || (Number.isFinite(value) && value >= 0 && value <= MAX_HOURS && (value * 4) % 1 === 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const failed = await correctAttendance(programId, day.id, member.id, {
      present,
      hours: present ? value : 0,
      note: note.trim(),
    });
    setBusy(false);
    if (failed) setError(failed);
    else onClose();
  };

  return (
    <Dialog id="attendance" title={t('members.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-sub">
          {t('members.dialogWho', {
            name: member.nickname,
            day: day.number,
            date: formatDate(day.date, lang),
          })}
        </p>
        <div className="field field-check">
          <input
            id="attendance-present"
            type="checkbox"
            checked={present}
            onChange={(e) => setPresent(e.target.checked)}
          />
          <label htmlFor="attendance-present">{t('members.presentLabel')}</label>
        </div>
        <div className="field field-number">
          <label htmlFor="attendance-hours" className="field-label">
            {t('members.hoursLabel')}
          </label>
          <input
            id="attendance-hours"
            type="number"
            inputMode="decimal"
            min={0}
            max={MAX_HOURS}
            step={0.25}
            disabled={!present}
            aria-invalid={valid ? undefined : true}
            aria-describedby="attendance-hours-hint"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
          <p id="attendance-hours-hint" className="hint">
            {t('members.hoursHint', { hours: formatHours(day.scheduledHours, lang, t) })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="attendance-note" className="field-label">
            {t('members.note')}
          </label>
          <input
            id="attendance-note"
            type="text"
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !valid}>
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
