import type { MemberOutcomesView, OutcomeView } from '../../../../../shared/outcomes/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { CENTER_TIME_ZONE, todayIn } from '../../../../../shared/program/dates.js';
import { formatClock, formatDate } from '../../format.js';
import { checkpointLabel, outcomeSummary } from './outcome-format.js';

/**
 * A member's records, newest first. A corrected record stays, struck through and marked "정정됨" in
 * words (not only by the line); each current record can be corrected, which adds a record.
 */
export function OutcomeHistory({
  member,
  onCorrect,
}: {
  member: MemberOutcomesView;
  onCorrect: (record: OutcomeView) => void;
}) {
  const t = useT();
  const lang = useLang();
  const name = member.nickname;
  return (
    <section aria-label={t('followUp.historyTitle', { name })}>
      <ol className="outcome-history" data-testid="outcome-history">
        {member.history.map((o) => {
          const superseded = o.supersededBy !== null;
          const day = todayIn(CENTER_TIME_ZONE, new Date(o.recordedAt));
          const when = `${formatDate(day, lang)} ${formatClock(o.recordedAt, lang)}`;
          return (
            <li
              key={o.id}
              className={superseded ? 'is-superseded' : undefined}
              data-testid="history-item"
              data-superseded={superseded}
            >
              <div className="history-text">
                <span className="history-head">
                  <strong>{checkpointLabel(o.checkpointMonths, t)}</strong> ·{' '}
                  {t('followUp.asOfShort', { date: formatDate(o.asOf, lang) })}
                  {superseded && <span className="badge badge-superseded">{t('followUp.superseded')}</span>}
                  {o.supersedesId && <span className="badge badge-draft">{t('followUp.correctionOf')}</span>}
                </span>
                {superseded ? <s>{outcomeSummary(o, lang, t)}</s> : <span>{outcomeSummary(o, lang, t)}</span>}
                {o.note && <span className="cell-line">{o.note}</span>}
                <span className="cell-line">
                  {o.recordedBy
                    ? t('followUp.recordedBy', { name: o.recordedBy, when })
                    : t('followUp.recordedByNone', { when })}
                </span>
              </div>
              {!superseded && (
                <button
                  type="button"
                  aria-label={t('followUp.correctLabel', {
                    name,
                    date: formatDate(o.asOf, lang),
                    status: t(`followUp.status.${o.status}`),
                  })}
                  onClick={() => onCorrect(o)}
                >
                  {t('followUp.correct')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
