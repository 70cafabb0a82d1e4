import { useState, type FormEvent } from 'react';
import { supportServiceById } from '../../../../../shared/content/index.js';
import {
  isHealthRelated,
  OTHER_SERVICE,
  REFERRAL_NOTE_MAX,
  referralBodySchema,
  type ReferralBody,
} from '../../../../../shared/referrals/schemas.js';
import type { ReferralsView } from '../../../../../shared/referrals/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { Dialog } from '../Dialog.js';
import { serviceGroups } from './referral-format.js';

interface Props {
  programId: string;
  memberId: string;
  /** "민지 (김민지)". */
  name: string;
  today: string;
  onSaved: (view: ReferralsView) => void;
  onClose: () => void;
}

const groups = serviceGroups();

/**
 * "연계 기록": one referral of a member to a library service or another one typed in. A health-related
 * service is sensitive information: the form says so and saves only with the separate consent ticked
 * (the server refuses it otherwise). One request id per opened form: a save sent twice stores once.
 */
export function ReferralDialog({ programId, memberId, name, today, onSaved, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const [requestId] = useState(newUuid);
  const [serviceId, setServiceId] = useState('');
  const [otherName, setOtherName] = useState('');
  const [referredOn, setReferredOn] = useState(today);
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const other = serviceId === OTHER_SERVICE;
  const health = isHealthRelated(serviceId);
  const service = supportServiceById.get(serviceId);
  const body: ReferralBody = {
    requestId,
    serviceId,
    ...(other ? { serviceName: otherName.trim() } : {}),
    referredOn,
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(health ? { healthConsentOnPaper: consent } : {}),
  };
  const valid = referralBodySchema.safeParse(body).success && referredOn <= today && (!health || consent);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const result = await api.recordReferral(programId, memberId, body);
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data);
    onClose();
  };

  return (
    <Dialog id="referral" title={t('referrals.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="referral-form">
        <p className="dialog-sub">{t('referrals.dialogWho', { name })}</p>
        <div className="field">
          <label htmlFor="referral-service" className="field-label">
            {t('referrals.service')}
          </label>
          <select
            id="referral-service"
            value={serviceId}
            aria-describedby={service ? 'referral-service-what' : undefined}
            onChange={(e) => {
              setServiceId(e.target.value);
              setConsent(false);
            }}
          >
            <option value="">{t('referrals.chooseService')}</option>
            <optgroup label={t('referrals.groupGeneral')}>
              {groups.general.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name[lang]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('referrals.groupHealth')}>
              {groups.health.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name[lang]}
                </option>
              ))}
            </optgroup>
            <option value={OTHER_SERVICE}>{t('referrals.other')}</option>
          </select>
          {service && (
            <p id="referral-service-what" className="hint">
              {service.what[lang]}
            </p>
          )}
        </div>
        {other && (
          <TextField
            id="referral-other-name"
            label={t('referrals.otherName')}
            maxLength={100}
            value={otherName}
            aria-invalid={otherName.trim() ? undefined : true}
            onValue={setOtherName}
          />
        )}
        {health && (
          <div className="referral-health" data-testid="referral-health">
            <p id="referral-health-notice" className="referral-health-notice">
              {t('referrals.healthNotice')}
            </p>
            <label className="choice">
              <input
                type="checkbox"
                required
                aria-describedby="referral-health-notice referral-health-hint"
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
              />
              {t('referrals.healthConsent')}
            </label>
            <p id="referral-health-hint" className="hint">
              {t('referrals.healthConsentHint')}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor="referral-date" className="field-label">
            {t('referrals.date')}
          </label>
          <input
            id="referral-date"
            type="date"
            max={today}
            value={referredOn}
            aria-invalid={referredOn && referredOn <= today ? undefined : true}
            aria-describedby="referral-date-hint"
            onChange={(e) => setReferredOn(e.target.value)}
          />
          <p id="referral-date-hint" className="hint">
            {t('referrals.dateHint')}
          </p>
        </div>
        <TextField
          id="referral-note"
          label={t('referrals.note')}
          maxLength={REFERRAL_NOTE_MAX}
          value={note}
          onValue={setNote}
        />
        {error?.code === 'consent_required' ? (
          <p className="error-text" role="alert">
            {t('referrals.consentRequired')}
          </p>
        ) : (
          <ErrorText error={error} />
        )}
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
