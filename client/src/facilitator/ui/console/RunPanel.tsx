import type { ReactNode } from 'react';
import { hidesAuthors, namesApply, resultsAudience } from '../../../../../shared/activities/registry.js';
import { ResultsFor } from '../../../activities/registry-results.js';
import { hasModeration } from '../../../activities/registry-facilitator.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { setReview } from '../../run-actions.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AnswerList } from './AnswerList.js';
import { EndedResults } from './EndedResults.js';
import { NotAnswered } from './Roster.js';

interface Props {
  /** Shown in the panel's header row (e.g. the compact `TimerControls`), if the page puts it there. */
  timer?: ReactNode;
}

/**
 * The activity on the phones now. Its header row and controls are short, so the live results and
 * who has not answered sit above the fold at 1280×720; after the session ended, every activity's
 * results and the CSV download.
 */
export function RunPanel({ timer }: Props) {
  const t = useT();
  const activity = useFacilitatorStore((s) =>
    s.live?.activities.find((a) => a.id === s.live?.session.currentActivityId),
  );
  const results = useFacilitatorStore((s) => s.results);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  if (ended) return <EndedResults />;
  if (!activity) {
    return (
      <section className="card run-panel" aria-labelledby="run-title">
        <div className="run-head">
          <h2 id="run-title">{t('run.title')}</h2>
          {timer}
        </div>
        <p className="hint" data-testid="run-idle">
          {t('run.none')}
        </p>
      </section>
    );
  }
  const activityId = activity.id;
  // The module says whether its results can name authors and whether its config hides them; the
  // console does not switch on the type for either. An anonymous open text keeps the (disabled)
  // button, with the hint saying why.
  const anonymous = hidesAuthors(activity.type, activity.config);
  const namesShowable = namesApply(activity.type, activity.config);
  const offersNames = namesShowable || anonymous;
  // A prompt flagged private never goes up on the projector: the server refuses the reveal.
  const audience = resultsAudience(activity.type, activity.config);
  const isPrivate = audience !== 'room';
  const oneList = hasModeration(activity.type);
  const summary = results?.activityId === activityId ? results.summary : null;
  const respondents = results?.activityId === activityId ? results.respondents : 0;
  return (
    <section
      className="card run-panel"
      aria-labelledby="run-title"
      data-testid="run-panel"
      data-activity-id={activityId}
    >
      <div className="run-head">
        <h2 id="run-title">
          {t('run.title')}: <span className="run-activity-title">{activity.title}</span>
        </h2>
        <p className="run-state" role="status">
          {t(`status.${activity.status}`)}
          {activity.locked && ` · ${t('status.locked')}`}
          {activity.resultsVisible && ` · ${t('status.revealed')}`}
          {activity.showNames && namesShowable && ` · ${t('status.names')}`}
          {activity.review && ` · ${t('liveRun.review')}`}
        </p>
        {timer}
      </div>
      <div className="button-row run-controls">
        {activity.status === 'open' ? (
          <button
            type="button"
            data-testid="control-close"
            onClick={() => void act('activity:close', { activityId })}
          >
            {t('run.close')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            data-testid="control-reopen"
            onClick={() => void act('activity:open', { activityId })}
          >
            {t('console.reopen')}
          </button>
        )}
        <button
          type="button"
          data-testid="control-lock"
          data-state={activity.locked ? 'on' : 'off'}
          disabled={activity.status !== 'open'}
          onClick={() => void act('activity:lock', { activityId, locked: !activity.locked })}
        >
          {activity.locked ? t('run.unlock') : t('run.lock')}
        </button>
        <button
          type="button"
          className={activity.resultsVisible ? '' : 'primary'}
          data-testid="control-reveal"
          data-state={activity.resultsVisible ? 'on' : 'off'}
          disabled={isPrivate && !activity.resultsVisible}
          aria-describedby={isPrivate ? 'private-hint' : undefined}
          onClick={() => void act('activity:reveal', { activityId, visible: !activity.resultsVisible })}
        >
          {activity.resultsVisible ? t('run.hideResults') : t('run.showResults')}
        </button>
        {offersNames && (
          <button
            type="button"
            data-testid="control-names"
            data-state={activity.showNames ? 'on' : 'off'}
            disabled={anonymous}
            aria-describedby={anonymous ? 'names-hint' : undefined}
            onClick={() => void act('activity:names', { activityId, showNames: !activity.showNames })}
          >
            {activity.showNames ? t('run.hideNames') : t('run.showNames')}
          </button>
        )}
        {oneList && (
          <label
            className="review-switch"
            data-testid="control-review"
            data-state={activity.review ? 'on' : 'off'}
          >
            <input
              type="checkbox"
              checked={activity.review}
              aria-describedby="review-hint"
              onChange={(e) => setReview(activityId, e.target.checked)}
            />
            {t('liveRun.review')}
          </label>
        )}
      </div>
      {anonymous && (
        <p id="names-hint" className="hint">
          {t('run.anonymousHint')}
        </p>
      )}
      {isPrivate && (
        <p id="private-hint" className="hint" data-testid="private-hint">
          {t(audience === 'self' ? 'run.privateSelf' : 'run.privateFacilitator')}
        </p>
      )}
      {oneList && (
        <p id="review-hint" className="hint visually-hidden">
          {t('liveRun.reviewHint')}
        </p>
      )}
      <div className="run-body">
        <section className="live-results" aria-labelledby="live-results-title" data-testid="live-results">
          <h3 id="live-results-title">
            {t('run.liveResults')}{' '}
            <span className="respondents" data-testid="answer-count" data-count={respondents}>
              ({t('results.respondents', { count: respondents })})
            </span>
          </h3>
          {audience === 'self' ? (
            // Only each author reads their entry: the console has the count above and no rows.
            <p className="hint" data-testid="self-only-entries">
              {t('run.selfOnlyEntries')}
            </p>
          ) : oneList ? (
            <AnswerList activity={activity} />
          ) : summary ? (
            <ResultsFor type={activity.type} config={activity.config} summary={summary} place="console" />
          ) : (
            <p className="hint">{t('run.noAnswers')}</p>
          )}
        </section>
        <NotAnswered />
      </div>
      {!oneList && audience !== 'self' && <AnswerList activity={activity} />}
    </section>
  );
}
