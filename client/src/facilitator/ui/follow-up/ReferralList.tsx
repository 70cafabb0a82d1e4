import type { ReferralView } from '../../../../../shared/referrals/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../../../../shared/program/dates.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate } from '../../format.js';
import { serviceName, statusLabel, updatesNewestFirst } from './referral-format.js';

/**
 * One member's referrals: the service (health-related ones marked), the date, the current status in
 * words, the note and who recorded it, then the outcomes newest first with the current one marked.
 * A report handed over with it shows until when its link opens, and "링크 취소" while it is open.
 */
export function ReferralList({
  referrals,
  name,
  onUpdate,
  onRevokeLink,
  now,
}: {
  referrals: ReferralView[];
  /** The member's nickname, for the buttons' names. */
  name: string;
  onUpdate: (referral: ReferralView) => void;
  onRevokeLink: (referral: ReferralView) => void;
  /** The time the view was read: a link past its expiry shows as expired. */
  now: number;
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
                {r.reportLink && (
                  <span className="cell-line referral-shared" data-testid="referral-report">
                    {r.reportLink.revoked
                      ? t('referrals.sharedRevoked')
                      : r.reportLink.expiresAt <= now
                        ? t('referrals.sharedExpired')
                        : t('referrals.shared', {
                            date: formatDate(
                              todayIn(CENTER_TIME_ZONE, new Date(r.reportLink.expiresAt)),
                              lang,
                            ),
                          })}
                    {!r.reportLink.revoked && r.reportLink.expiresAt > now && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('referrals.revokeLinkLabel', { name, service })}
                        onClick={() => onRevokeLink(r)}
                      >
                        {t('referrals.revokeLink')}
                      </button>
                    )}
                  </span>
                )}
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
