import { useShallow } from 'zustand/react/shallow';
import type { AnswerValue } from '../../../../shared/activities/types.js';
import { AnswerFormFor } from '../../activities/registry-participant.js';
import { ResultsFor } from '../../activities/registry-results.js';
import { useT } from '../../common/i18n.js';
import { submitAnswer } from '../connection.js';
import { canAnswer, currentAnswer } from '../state/selectors.js';
import { useParticipantStore } from '../state/store.js';
import { AnswerStatus } from './AnswerStatus.js';
import { useFocusHeading } from './focus.js';

/** The open activity: its title, state, answer form, my answer's status, and results once revealed. */
export function ActivityCard() {
  const t = useT();
  const activity = useParticipantStore((s) => s.activity);
  const summary = useParticipantStore((s) => s.results?.summary ?? null);
  const editable = useParticipantStore(canAnswer);
  const mine = useParticipantStore(useShallow(currentAnswer));
  // A new answer id remounts the form, so it starts from what was last sent (or just refused).
  // Not the config: a facilitator's edit must not empty what someone is typing; forms adapt to it.
  const formKey = `${activity?.id ?? ''}:${mine.answerId ?? 'none'}`;
  const heading = useFocusHeading<HTMLHeadingElement>(formKey);
  if (!activity) return null;

  const notice =
    activity.status === 'closed' ? t('activity.closed') : activity.locked ? t('activity.locked') : null;

  return (
    <article
      className="card activity"
      aria-labelledby="activity-title"
      data-testid="activity"
      data-type={activity.type}
    >
      <h1 id="activity-title" ref={heading} tabIndex={-1}>
        {activity.title}
      </h1>
      {notice && (
        <p className="activity-notice" data-testid="activity-notice">
          {notice}
        </p>
      )}
      <AnswerFormFor
        key={formKey}
        type={activity.type}
        idPrefix={`a-${activity.id}`}
        config={activity.config}
        value={mine.value}
        draft={mine.draft}
        disabled={!editable}
        onSubmit={(value) => submitAnswer(activity.id, value as AnswerValue)}
      />
      <AnswerStatus status={mine.status} activityId={activity.id} />
      {summary && (
        <section className="results" aria-labelledby="results-title" data-testid="results">
          <h2 id="results-title">{t('results.title')}</h2>
          <p className="respondents">{t('results.respondents', { count: summary.respondents })}</p>
          <ResultsFor type={activity.type} config={activity.config} summary={summary} place="phone" />
        </section>
      )}
    </article>
  );
}
