import { ResultsFor } from '../../../activities/registry-results.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AnswerList } from './AnswerList.js';

/** The activity on the phones now: close, lock, show results on the projector, names, live results. */
export function RunPanel() {
  const t = useT();
  const activity = useFacilitatorStore((s) =>
    s.live?.activities.find((a) => a.id === s.live?.session.currentActivityId),
  );
  const results = useFacilitatorStore((s) => s.results);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  if (!activity) {
    return (
      <section className="card run-panel" aria-labelledby="run-title">
        <h2 id="run-title">{t('run.title')}</h2>
        <p className="hint" data-testid="run-idle">
          {t('run.none')}
        </p>
      </section>
    );
  }
  const activityId = activity.id;
  const anonymous =
    activity.type === 'open-text' && (activity.config as { anonymous?: boolean }).anonymous === true;
  const namesApply = activity.type === 'open-text' && !anonymous;
  const summary = results?.activityId === activityId ? results.summary : null;
  return (
    <section
      className="card run-panel"
      aria-labelledby="run-title"
      data-testid="run-panel"
      data-activity-id={activityId}
    >
      <h2 id="run-title">
        {t('run.title')}: <span className="run-activity-title">{activity.title}</span>
      </h2>
      <p className="run-state" role="status">
        {t(`status.${activity.status}`)}
        {activity.locked && ` · ${t('status.locked')}`}
        {activity.resultsVisible && ` · ${t('status.revealed')}`}
        {activity.showNames && namesApply && ` · ${t('status.names')}`}
      </p>
      <div className="button-row run-controls">
        {activity.status === 'open' ? (
          <button
            type="button"
            data-testid="control-close"
            disabled={ended}
            onClick={() => void act('activity:close', { activityId })}
          >
            {t('run.close')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            data-testid="control-reopen"
            disabled={ended}
            onClick={() => void act('activity:open', { activityId })}
          >
            {t('console.reopen')}
          </button>
        )}
        <button
          type="button"
          data-testid="control-lock"
          data-state={activity.locked ? 'on' : 'off'}
          disabled={ended || activity.status !== 'open'}
          onClick={() => void act('activity:lock', { activityId, locked: !activity.locked })}
        >
          {activity.locked ? t('run.unlock') : t('run.lock')}
        </button>
        <button
          type="button"
          className={activity.resultsVisible ? '' : 'primary'}
          data-testid="control-reveal"
          data-state={activity.resultsVisible ? 'on' : 'off'}
          disabled={ended}
          onClick={() => void act('activity:reveal', { activityId, visible: !activity.resultsVisible })}
        >
          {activity.resultsVisible ? t('run.hideResults') : t('run.showResults')}
        </button>
        {activity.type === 'open-text' && (
          <button
            type="button"
            data-testid="control-names"
            data-state={activity.showNames ? 'on' : 'off'}
            disabled={ended || anonymous}
            aria-describedby={anonymous ? 'names-hint' : undefined}
            onClick={() => void act('activity:names', { activityId, showNames: !activity.showNames })}
          >
            {activity.showNames ? t('run.hideNames') : t('run.showNames')}
          </button>
        )}
      </div>
      {anonymous && (
        <p id="names-hint" className="hint">
          {t('run.anonymousHint')}
        </p>
      )}
      <section className="live-results" aria-labelledby="live-results-title">
        <h3 id="live-results-title">
          {t('run.liveResults')}{' '}
          <span className="respondents" data-testid="answer-count" data-count={results?.respondents ?? 0}>
            ({t('results.respondents', { count: results?.respondents ?? 0 })})
          </span>
        </h3>
        {summary ? (
          <ResultsFor type={activity.type} config={activity.config} summary={summary} place="console" />
        ) : (
          <p className="hint">{t('run.noAnswers')}</p>
        )}
      </section>
      <AnswerList activity={activity} />
    </section>
  );
}
