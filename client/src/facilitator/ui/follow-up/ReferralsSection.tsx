import { useEffect, useState } from 'react';
import type { MemberOutcomesView } from '../../../../../shared/outcomes/views.js';
import type { ReferralsView, ReferralView } from '../../../../../shared/referrals/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { ConfirmDialog } from '../Dialog.js';
import { ReferralDialog } from './ReferralDialog.js';
import { ReferralList } from './ReferralList.js';
import { ReferralUpdateDialog } from './ReferralUpdateDialog.js';
import { referralsByMember, serviceName } from './referral-format.js';

type Member = Pick<MemberOutcomesView, 'memberId' | 'nickname' | 'realName'>;
type Open =
  | { kind: 'record'; member: Member }
  | { kind: 'update'; member: Member; referral: ReferralView }
  | { kind: 'withdraw'; member: Member; services: string[] }
  | { kind: 'revoke-link'; member: Member; referral: ReferralView }
  | { kind: 'withdraw-share'; member: Member }
  | null;

const fullName = (m: Member) => (m.realName ? `${m.nickname} (${m.realName})` : m.nickname);

/**
 * The follow-up tab's referrals (연계, docs/design/assessments-reports.md §4.4): each member with their
 * referrals and outcomes, "연계 기록" per member, "결과 기록" per referral, and for a member with
 * health-related referrals the record of a withdrawn consent, which deletes those referrals. A report
 * handed over with a referral has "링크 취소"; the withdrawn report-share consent closes all of a member's.
 */
export function ReferralsSection({
  programId,
  members,
  today,
}: {
  programId: string;
  members: Member[];
  today: string;
}) {
  const t = useT();
  const lang = useLang();
  const [view, setView] = useState<ReferralsView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  // When the section opened: enough to tell an expired report link (they last 30 days).
  const [now] = useState(() => Date.now());

  useEffect(() => {
    let current = true;
    void api.referrals(programId).then((result) => {
      if (!current) return;
      if (result.ok) setView(result.data);
      else setError(refused(result));
    });
    return () => {
      current = false;
    };
  }, [programId]);

  const saved = (next: ReferralsView) => {
    setView(next);
    setDone(null);
    setError(null);
  };

  const withdraw = async (member: Member) => {
    const result = await api.withdrawHealthConsent(programId, member.memberId);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    saved(result.data);
    setDone(t('referrals.withdrawn', { name: fullName(member), count: result.data.deleted }));
  };

  const revokeLink = async (referral: ReferralView) => {
    const result = await api.revokeReferralReport(programId, referral.id);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    saved(result.data);
    setDone(t('referrals.linkRevoked'));
  };

  const withdrawShare = async (member: Member) => {
    const result = await api.withdrawReportConsent(programId, member.memberId);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    saved(result.data);
    setDone(t('referrals.shareWithdrawn', { name: fullName(member), count: result.data.revoked }));
  };

  const byMember = referralsByMember(view?.referrals ?? []);
  return (
    <section className="card referrals" aria-labelledby="referrals-title" data-testid="referrals">
      <h2 id="referrals-title">{t('referrals.title')}</h2>
      <p className="hint">{t('referrals.intro')}</p>
      <ErrorText error={error} />
      <p role="status" className="referrals-done">
        {done}
      </p>
      {!view ? (
        !error && <p role="status">{t('common.loading')}</p>
      ) : members.length === 0 ? (
        <p className="hint">{t('referrals.empty')}</p>
      ) : (
        <ul className="referral-members">
          {members.map((m) => {
            const list = byMember.get(m.memberId) ?? [];
            const health = list.filter((r) => r.healthRelated);
            const openLinks = list.filter(
              (r) => r.reportLink && !r.reportLink.revoked && r.reportLink.expiresAt > now,
            );
            const headingId = `referrals-of-${m.memberId}`;
            return (
              <li key={m.memberId} data-testid="referral-member" data-member-id={m.memberId}>
                <div className="referral-member-head">
                  <h3 id={headingId}>
                    {m.nickname}
                    {m.realName && <span className="th-sub">{m.realName}</span>}
                  </h3>
                  <span className="hint">
                    {list.length ? t('referrals.count', { count: list.length }) : t('referrals.none')}
                  </span>
                  <div className="row-actions">
                    <button
                      type="button"
                      aria-label={t('referrals.recordLabel', { name: fullName(m) })}
                      onClick={() => setOpen({ kind: 'record', member: m })}
                    >
                      {t('referrals.record')}
                    </button>
                    {health.length > 0 && (
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('referrals.withdrawLabel', { name: fullName(m) })}
                        onClick={() =>
                          setOpen({
                            kind: 'withdraw',
                            member: m,
                            services: health.map((r) => serviceName(r, lang)),
                          })
                        }
                      >
                        {t('referrals.withdraw')}
                      </button>
                    )}
                    {openLinks.length > 0 && (
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('referrals.withdrawShareLabel', { name: fullName(m) })}
                        onClick={() => setOpen({ kind: 'withdraw-share', member: m })}
                      >
                        {t('referrals.withdrawShare')}
                      </button>
                    )}
                  </div>
                </div>
                {list.length > 0 && (
                  <ReferralList
                    referrals={list}
                    name={m.nickname}
                    onUpdate={(referral) => setOpen({ kind: 'update', member: m, referral })}
                    onRevokeLink={(referral) => setOpen({ kind: 'revoke-link', member: m, referral })}
                    now={now}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open?.kind === 'record' && (
        <ReferralDialog
          programId={programId}
          memberId={open.member.memberId}
          name={fullName(open.member)}
          today={today}
          onSaved={saved}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'update' && (
        <ReferralUpdateDialog
          programId={programId}
          referral={open.referral}
          name={fullName(open.member)}
          today={today}
          onSaved={saved}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'withdraw' && (
        <ConfirmDialog
          id="referral-withdraw"
          title={t('referrals.withdrawTitle')}
          confirmLabel={t('referrals.withdrawConfirm')}
          danger
          onConfirm={() => void withdraw(open.member)}
          onClose={() => setOpen(null)}
        >
          <p>{t('referrals.withdrawBody', { name: fullName(open.member), count: open.services.length })}</p>
          <ul>
            {open.services.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
      {open?.kind === 'revoke-link' && (
        <ConfirmDialog
          id="referral-revoke-link"
          title={t('referrals.revokeLinkTitle')}
          confirmLabel={t('referrals.revokeLinkConfirm')}
          danger
          onConfirm={() => void revokeLink(open.referral)}
          onClose={() => setOpen(null)}
        >
          <p>{t('referrals.revokeLinkBody', { service: serviceName(open.referral, lang) })}</p>
        </ConfirmDialog>
      )}
      {open?.kind === 'withdraw-share' && (
        <ConfirmDialog
          id="referral-withdraw-share"
          title={t('referrals.withdrawShareTitle')}
          confirmLabel={t('referrals.withdrawShareConfirm')}
          danger
          onConfirm={() => void withdrawShare(open.member)}
          onClose={() => setOpen(null)}
        >
          <p>{t('referrals.withdrawShareBody', { name: fullName(open.member) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
