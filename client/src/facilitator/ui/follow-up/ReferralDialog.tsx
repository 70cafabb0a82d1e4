import { useState, type FormEvent } from 'react';
import { supportServiceById } from '../../../../../shared/content/index.js';
import {
  isHealthRelated,
  OTHER_SERVICE,
  REFERRAL_NOTE_MAX,
  referralBodySchema,
  type ReferralBody,
} from '../../../../../shared/referrals/schemas.js';
import { CENTER_TIME_ZONE, todayIn } from '../../../../../shared/program/dates.js';
import { reportShareNotice } from '../../../../../shared/program/report-share-notice.js';
import type { ReferralRecorded, ReferralsView } from '../../../../../shared/referrals/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatDate } from '../../format.js';
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
 * "리포트 함께 전달" hands the take-home report over (design §3.5): the notice names the service, the
 * member's paper consent must be ticked, and the link the server makes is shown once, after the save.
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
  const [share, setShare] = useState(false);
  const [shareConsent, setShareConsent] = useState(false);
  const [handedOver, setHandedOver] = useState<ReferralRecorded | null>(null);
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
    ...(share ? { shareReport: true, reportConsentOnPaper: shareConsent } : {}),
  };
  const valid =
    referralBodySchema.safeParse(body).success &&
    referredOn <= today &&
    (!health || consent) &&
    (!share || shareConsent);
  const serviceText = service?.name ?? { ko: otherName.trim(), en: otherName.trim() };

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
    // With the report handed over, the dialog stays open to show its link (or why there is none).
    if (share) setHandedOver(result.data);
    else onClose();
  };

  if (handedOver) {
    const link = handedOver.reportLink;
    return (
      <Dialog id="referral" title={t('referrals.shareLinkTitle')} onClose={onClose}>
        <div data-testid="referral-report-link">
          {link ? (
            <>
              <label htmlFor="referral-link" className="field-label">
                {t('referrals.shareLinkTitle')}
              </label>
              <input
                id="referral-link"
                readOnly
                value={`${window.location.origin}/r#link=${link.token}`}
                onFocus={(e) => e.target.select()}
              />
              <p className="hint">
                {t('referrals.shareLinkUntil', {
                  date: formatDate(todayIn(CENTER_TIME_ZONE, new Date(link.expiresAt)), lang),
                })}
              </p>
              <p className="hint">{t('referrals.shareLinkOnce')}</p>
            </>
          ) : (
            <p role="status">{t('referrals.shareLinkResent')}</p>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={onClose}>
            {t('common.dismiss')}
          </button>
        </div>
      </Dialog>
    );
  }

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
        <div className="referral-share" data-testid="referral-share">
          <label className="choice">
            <input
              type="checkbox"
              checked={share}
              aria-describedby="referral-share-hint"
              onChange={(e) => {
                setShare(e.target.checked);
                setShareConsent(false);
              }}
            />
            {t('referrals.share')}
          </label>
          <p id="referral-share-hint" className="hint">
            {t('referrals.shareHint')}
          </p>
          {share && (
            <>
              <p id="referral-share-notice" className="referral-health-notice referral-share-notice">
                {reportShareNotice({ service: serviceText })[lang]}
              </p>
              <label className="choice">
                <input
                  type="checkbox"
                  required
                  aria-describedby="referral-share-notice"
                  checked={shareConsent}
                  onChange={(e) => setShareConsent(e.target.checked)}
                />
                {t('referrals.shareConsent')}
              </label>
            </>
          )}
        </div>
        {error?.code === 'consent_required' ? (
          <p className="error-text" role="alert">
            {share && !(health && !consent)
              ? t('referrals.shareConsentRequired')
              : t('referrals.consentRequired')}
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
