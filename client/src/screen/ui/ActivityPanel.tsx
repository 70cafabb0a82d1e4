import { useRef, type ReactNode } from 'react';
import { useFitText, type FitRange } from '../../activities/common/fitText.js';
import { ResultsFor } from '../../activities/registry-results.js';
import { useT } from '../../common/i18n.js';
import { useScreenStore } from '../store.js';

/** Bars and words grow into the room when there are few, and shrink only when nothing else fits. */
const RESULTS_FIT: FitRange = { min: 0.4, max: 1.6 };

/** A title of up to 200 characters still leaves the results room: longer ones are set a step smaller. */
function titleLength(title: string): 'short' | 'medium' | 'long' {
  return title.length > 120 ? 'long' : title.length > 60 ? 'medium' : 'short';
}

/**
 * The open activity owns the screen: the question across the top (the corner — timer and join
 * strip — beside it), then the results in all the room that is left; until they are revealed, how
 * many answered, large.
 */
export function ActivityPanel({ corner }: { corner: ReactNode }) {
  const t = useT();
  const sessionTitle = useScreenStore((s) => s.room?.session.title ?? '');
  const activity = useScreenStore((s) => s.room?.activity ?? null);
  const results = useScreenStore((s) => s.room?.results ?? null);
  const summary = results?.summary ?? null;
  const resultsRef = useRef<HTMLDivElement>(null);
  // Results are fitted to the room left, by what they are rather than by type: a list of entries
  // keeps its own size (it scrolls), and before the reveal there is nothing to fit.
  useFitText(resultsRef, summary, summary && summary.kind !== 'entries' ? RESULTS_FIT : null);
  if (!activity) return null;
  // Once shown, count what is shown: a hidden (or not yet approved) open-text entry is not on the
  // screen, so shown open text counts its entries.
  const respondents = summary?.respondents ?? results?.respondents ?? 0;
  const count = (
    <p
      className={`answer-count ${summary ? '' : 'answer-count-large'}`}
      data-testid="answer-count"
      data-count={respondents}
      aria-live="polite"
    >
      {t(summary?.kind === 'entries' ? 'screen.entries' : 'screen.answers', {
        count: respondents,
      })}
    </p>
  );
  return (
    <section
      className="stage"
      aria-labelledby="screen-activity-title"
      data-testid="screen-activity"
      data-type={activity.type}
      data-revealed={summary !== null}
    >
      <header className="stage-head">
        <div className="stage-heading">
          <div className="stage-meta">
            <p className="screen-session-title">{sessionTitle}</p>
            {summary && count}
            {activity.status === 'closed' && <p className="tag">{t('screen.closed')}</p>}
            {activity.status === 'open' && activity.locked && <p className="tag">{t('screen.locked')}</p>}
          </div>
          <h1
            id="screen-activity-title"
            className="activity-title"
            data-testid="screen-question"
            data-length={titleLength(activity.title)}
          >
            {activity.title}
          </h1>
        </div>
        <div className="stage-corner">{corner}</div>
      </header>
      {summary ? (
        <div
          key={activity.id}
          ref={resultsRef}
          className={`screen-results type-${activity.type}`}
          data-testid="results"
          data-respondents={summary.respondents}
        >
          <ResultsFor type={activity.type} config={activity.config} summary={summary} place="projector" />
        </div>
      ) : (
        <div className="stage-waiting">
          {count}
          <p className="results-hidden">{t('screen.resultsHidden')}</p>
        </div>
      )}
    </section>
  );
}
