import { useEffect, useState } from 'react';
import type { SessionResults } from '../../../../../shared/protocol/views.js';
import { ResultsFor } from '../../../activities/registry-results.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { api } from '../../api.js';
import { useFacilitatorStore } from '../../state/store.js';

/**
 * After the end: every activity's results (what the facilitator kept; hidden entries left out),
 * and every answer as a CSV for the center's records.
 */
export function EndedResults() {
  const t = useT();
  const sessionId = useFacilitatorStore((s) => s.live?.session.id ?? null);
  const [results, setResults] = useState<SessionResults | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!sessionId) return;
    let current = true;
    void api.sessionResults(sessionId).then((ack) => {
      if (!current) return;
      if (ack.ok) setResults(ack.data);
      else setError(ack.error);
    });
    return () => {
      current = false;
    };
  }, [sessionId, attempt]);
  const retry = () => {
    setError(null);
    setAttempt((n) => n + 1);
  };
  if (!sessionId) return null;
  return (
    <section
      className="card run-panel ended-results"
      aria-labelledby="ended-title"
      data-testid="ended-results"
    >
      <h2 id="ended-title">{t('ended.title')}</h2>
      <p>{t('ended.intro')}</p>
      <p className="button-row">
        <a
          className="button-link primary"
          href={`/api/sessions/${encodeURIComponent(sessionId)}/answers.csv`}
          download
          aria-describedby="csv-hint"
          data-testid="download-csv"
        >
          {t('ended.download')}
        </a>
      </p>
      <p id="csv-hint" className="hint">
        {t('ended.downloadHint')}
      </p>
      {error ? (
        <div>
          <ErrorText error={error} />
          <button type="button" onClick={retry}>
            {t('ended.retry')}
          </button>
        </div>
      ) : !results ? (
        <p role="status">{t('ended.loading')}</p>
      ) : (
        <ol className="ended-activities">
          {results.activities.map((a) => (
            <li key={a.activityId} className="ended-activity" data-testid="ended-activity">
              <h3>
                {a.title}{' '}
                <span className="respondents">({t('ended.respondents', { count: a.respondents })})</span>
              </h3>
              {a.respondents === 0 ? (
                <p className="hint">{t('ended.noAnswers')}</p>
              ) : (
                <ResultsFor type={a.type} config={a.config} summary={a.summary} place="console" />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
