import { useEffect, useState } from 'react';
import type { DueFollowUpsView, DueFollowUpView } from '../../../../../shared/outcomes/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatDate } from '../../format.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { checkpointLabel } from '../follow-up/outcome-format.js';

/**
 * "이번 주 사후관리 n명" on the facilitator home: the follow-up calls due Monday to Sunday in the
 * user's programs (an admin may widen it to the center), each linking to its outcome form; overdue
 * calls are listed apart, below.
 */
export function FollowUpsDue() {
  const t = useT();
  const lang = useLang();
  const isAdmin = useFacilitatorStore((s) => s.user?.role === 'admin');
  const [center, setCenter] = useState(false);
  const [view, setView] = useState<DueFollowUpsView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void api.dueFollowUps(center ? 'center' : undefined).then((result) => {
      if (!current) return;
      if (result.ok) setView(result.data);
      else setError(refused(result));
    });
    return () => {
      current = false;
    };
  }, [center]);

  const people = view ? new Set(view.due.map((f) => f.memberId)).size : 0;
  return (
    <section className="card follow-ups-due" aria-labelledby="follow-ups-title" data-testid="follow-ups-due">
      <div className="follow-ups-head">
        <h2 id="follow-ups-title">{t('followUp.homeTitle', { count: people })}</h2>
        {view && (
          <span className="hint">
            {t('followUp.homeWeek', {
              from: formatDate(view.week.from, lang),
              to: formatDate(view.week.to, lang),
            })}
          </span>
        )}
        {isAdmin && (
          <div className="field-check">
            <input
              id="follow-ups-center"
              type="checkbox"
              checked={center}
              onChange={(e) => setCenter(e.target.checked)}
            />
            <label htmlFor="follow-ups-center">{t('followUp.homeCenter')}</label>
          </div>
        )}
      </div>
      <ErrorText error={error} />
      {!view ? (
        !error && <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          {view.due.length === 0 ? (
            <p className="hint">{t('followUp.homeNone')}</p>
          ) : (
            <ul className="day-list" data-testid="follow-ups-this-week">
              {view.due.map((f) => (
                <FollowUpRow key={`${f.memberId}:${f.checkpointMonths}`} item={f} />
              ))}
            </ul>
          )}
          {view.overdue.length > 0 && (
            <>
              <h3>{t('followUp.homeOverdue', { count: view.overdue.length })}</h3>
              <ul className="day-list" data-testid="follow-ups-overdue">
                {view.overdue.map((f) => (
                  <FollowUpRow key={`${f.memberId}:${f.checkpointMonths}`} item={f} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function FollowUpRow({ item }: { item: DueFollowUpView }) {
  const t = useT();
  const lang = useLang();
  const name = item.realName ? `${item.nickname} (${item.realName})` : item.nickname;
  const checkpoint = checkpointLabel(item.checkpointMonths, t);
  const date = formatDate(item.dueOn, lang);
  return (
    <li className="day-row" data-testid="follow-up-due">
      <div className="day-row-text">
        <span className="follow-up-name">{name}</span>
        <span className="day-row-meta">
          {item.programTitle} · {checkpoint} ·{' '}
          {item.daysLate
            ? t('followUp.homeLate', { date, days: item.daysLate })
            : t('followUp.homeDue', { date })}
        </span>
      </div>
      <AppLink
        className="button-link"
        to={{
          name: 'program',
          programId: item.programId,
          tab: 'followUp',
          followUp: { memberId: item.memberId, checkpointMonths: item.checkpointMonths },
        }}
        aria-label={t('followUp.homeOpenLabel', { name, program: item.programTitle, checkpoint })}
      >
        {t('followUp.homeOpen')}
      </AppLink>
    </li>
  );
}
