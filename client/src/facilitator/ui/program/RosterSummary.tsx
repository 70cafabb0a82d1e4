import type { RosterMember, RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatHours, formatPercent } from '../../format.js';

/**
 * The roster's figures: the attendance rate over the days held so far (so halfway through, full
 * attendance reads 100%), and completion — final once every day is held, a forecast before.
 */
export function RosterSummary({ roster }: { roster: RosterView }) {
  const t = useT();
  const lang = useLang();
  const { completion, attendance } = roster;
  return (
    <div className="completion-summary" data-testid="completion-summary">
      <p data-testid="attendance-summary">
        {attendance.rate === null
          ? t('members.attendanceNone')
          : t('members.attendanceSoFar', {
              rate: formatPercent(attendance.rate, lang),
              count: attendance.heldDays,
              hours: formatHours(attendance.heldHours, lang, t),
            })}
      </p>
      <p>
        <strong>
          {completion.final
            ? t('members.completion', {
                rate: formatPercent(completion.rate, lang),
                completed: completion.completedCount,
                n: completion.n,
              })
            : t('members.completionForecast', {
                rate: formatPercent(completion.expectedRate, lang),
                expected: completion.expectedCount,
                n: completion.n,
              })}
        </strong>
        {' · '}
        {t('members.threshold', {
          threshold: formatPercent(completion.threshold, lang),
          hours: formatHours(completion.scheduledHours, lang, t),
        })}
      </p>
    </div>
  );
}

/** A member's completion: 수료 once final; before, 수료 예정 while still within reach. */
export function CompletionMark({ member, final }: { member: RosterMember; final: boolean }) {
  const t = useT();
  if (final)
    return member.completed ? (
      <span className="badge badge-live" data-testid="completed-badge">
        {t('members.completed')}
      </span>
    ) : (
      <span className="visually-hidden">{t('members.notCompleted')}</span>
    );
  return member.reachable ? (
    <span className="badge badge-expected" data-testid="expected-badge">
      {t('members.expected')}
    </span>
  ) : (
    <span className="hint" data-testid="unreachable">
      {t('members.unreachable')}
    </span>
  );
}
