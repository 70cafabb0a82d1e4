import { ResultsFor } from '../../activities/registry-results.js';
import { useT } from '../../common/i18n.js';
import { useScreenStore } from '../store.js';

/** The open activity, how many answered, and the results once the facilitator reveals them. */
export function ActivityPanel() {
  const t = useT();
  const activity = useScreenStore((s) => s.room?.activity ?? null);
  const results = useScreenStore((s) => s.room?.results ?? null);
  if (!activity) return null;
  const summary = results?.summary ?? null;
  // Once shown, count what is shown: a hidden open-text entry is not an answer on the screen.
  const respondents = summary?.respondents ?? results?.respondents ?? 0;
  return (
    <section className="activity-panel" aria-labelledby="screen-activity-title" data-testid="screen-activity">
      <h1 id="screen-activity-title" className="activity-title">
        {activity.title}
      </h1>
      <p className="answer-count" data-testid="answer-count" data-count={respondents} aria-live="polite">
        {t('screen.answers', { count: respondents })}
        {activity.status === 'closed' && <span className="tag">{t('screen.closed')}</span>}
        {activity.status === 'open' && activity.locked && <span className="tag">{t('screen.locked')}</span>}
      </p>
      {summary ? (
        <div className={`screen-results type-${activity.type}`} data-testid="results">
          <ResultsFor type={activity.type} config={activity.config} summary={summary} place="projector" />
        </div>
      ) : (
        <p className="results-hidden">{t('screen.resultsHidden')}</p>
      )}
    </section>
  );
}
