import type { ReferralView } from '../../../../../shared/referrals/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate } from '../../format.js';
import { serviceName, statusLabel, updatesNewestFirst } from './referral-format.js';

/**
 * One member's referrals: the service (health-related ones marked), the date, the current status in
 * words, the note and who recorded it, then the outcomes newest first with the current one marked.
 */
export function ReferralList({
  referrals,
  name,
  onUpdate,
}: {
  referrals: ReferralView[];
  /** The member's nickname, for the buttons' names. */
  name: string;
  onUpdate: (referral: ReferralView) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="referral-list">
      {referrals.map((r) => {
        const service = serviceName(r, lang);
        const updates = updatesNewestFirst(r);
        return (
          <li key={r.id} data-testid="referral" data-status={r.status} data-service-id={r.serviceId}>
            <div className="referral-main">
              <div className="history-text">
                <span className="referral-head">
                  <strong data-testid="referral-service">{service}</strong>
                  {r.healthRelated && (
                    <span className="badge badge-health">{t('referrals.healthBadge')}</span>
                  )}
                  <span className={`badge referral-status is-${r.status}`} data-testid="referral-status">
                    {statusLabel(r.status, t)}
                  </span>
                </span>
                <span className="cell-line">
                  {t('referrals.referredOn', { date: formatDate(r.referredOn, lang) })} ·{' '}
                  {r.createdByName
                    ? t('referrals.createdBy', { name: r.createdByName })
                    : t('referrals.createdByNone')}
                </span>
                {r.note && <span className="cell-line cell-note-wide">{r.note}</span>}
              </div>
              <button
                type="button"
                aria-label={t('referrals.updateLabel', { name, service })}
                onClick={() => onUpdate(r)}
              >
                {t('referrals.update')}
              </button>
            </div>
            {updates.length > 0 && (
              <ol
                className="referral-updates"
                data-testid="referral-updates"
                aria-label={t('referrals.historyTitle', { service })}
              >
                {updates.map((u, i) => (
                  <li key={u.id} data-testid="referral-update" data-current={i === 0}>
                    <span>
                      {t('referrals.updateLine', {
                        date: formatDate(u.on, lang),
                        status: statusLabel(u.status, t),
                      })}
                    </span>
                    {i === 0 && <span className="badge badge-current">{t('referrals.current')}</span>}
                    {u.note && <span className="cell-line">{u.note}</span>}
                    <span className="cell-line referral-by">
                      {u.recordedByName
                        ? t('referrals.createdBy', { name: u.recordedByName })
                        : t('referrals.createdByNone')}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ul>
  );
}
