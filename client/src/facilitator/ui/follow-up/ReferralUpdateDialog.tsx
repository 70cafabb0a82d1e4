import { useState, type FormEvent } from 'react';
import {
  REFERRAL_NOTE_MAX,
  REFERRAL_STATUSES,
  referralUpdateBodySchema,
  type ReferralStatus,
  type ReferralUpdateBody,
} from '../../../../../shared/referrals/schemas.js';
import type { ReferralsView, ReferralView } from '../../../../../shared/referrals/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { Dialog } from '../Dialog.js';
import { serviceName, statusLabel } from './referral-format.js';

interface Props {
  programId: string;
  referral: ReferralView;
  /** The member as the section shows them. */
  name: string;
  today: string;
  onSaved: (view: ReferralsView) => void;
  onClose: () => void;
}

/**
 * "결과 기록" of a referral: a status, the day it held and a note, appended to its history (the latest
 * becomes the current status; nothing is overwritten). One request id per opened form.
 */
export function ReferralUpdateDialog({ programId, referral, name, today, onSaved, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const [requestId] = useState(newUuid);
  const [status, setStatus] = useState<ReferralStatus | null>(null);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const body: Partial<ReferralUpdateBody> = {
    requestId,
    status: status ?? undefined,
    on,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const parsed = referralUpdateBodySchema.safeParse(body);
  const valid = parsed.success && on <= today;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy || !parsed.success) return;
    setBusy(true);
    const result = await api.updateReferral(programId, referral.id, parsed.data);
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data);
    onClose();
  };

  return (
    <Dialog id="referral-update" title={t('referrals.updateTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="referral-form">
        <p className="dialog-sub">
          {t('referrals.updateWho', { name, service: serviceName(referral, lang) })}
        </p>
        <p className="hint">{t('referrals.statusNow', { status: statusLabel(referral.status, t) })}</p>
        <fieldset className="field choice-group">
          <legend className="field-label">{t('referrals.updateStatus')}</legend>
          {REFERRAL_STATUSES.map((s) => (
            <label key={s} className="choice">
              <input
                type="radio"
                name="referral-status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {statusLabel(s, t)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="referral-update-on" className="field-label">
            {t('referrals.updateOn')}
          </label>
          <input
            id="referral-update-on"
            type="date"
            max={today}
            value={on}
            aria-invalid={on && on <= today ? undefined : true}
            onChange={(e) => setOn(e.target.value)}
          />
        </div>
        <TextField
          id="referral-update-note"
          label={t('referrals.note')}
          maxLength={REFERRAL_NOTE_MAX}
          value={note}
          onValue={setNote}
        />
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
