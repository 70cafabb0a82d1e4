import { useEffect, useRef, useState } from 'react';
import type { SatisfactionView } from '../../../../../shared/satisfaction/view.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { hasReleased, paperText, peopleText, pendingState } from './satisfaction-format.js';
import { SurveyFigures } from './SurveyFigures.js';

interface Props {
  programId: string;
  survey: SatisfactionView;
  onEnter: () => void;
  onChanged: (surveys: SatisfactionView[]) => void;
}

/**
 * One survey: its status and counts, what is not released yet with "지금 반영하기" and its outcome,
 * then the released figures — or, before the first release, only that they come with the close.
 */
export function SurveyCard({ programId, survey, onEnter, onChanged }: Props) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  // The button goes once nothing waits: the focus moves to what it answered instead of the page's top.
  const answer = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) answer.current?.focus();
  }, [outcome]);
  const pending = pendingState(survey, t);
  const paper = paperText(survey.paper, t);
  const released = hasReleased(survey);
  const titleId = `survey-${survey.waveId}-title`;

  const release = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await api.releaseSurvey(programId, survey.waveId);
    setBusy(false);
    setError(refused(result));
    if (!result.ok) return;
    setOutcome(
      result.data.released > 0
        ? t('satisfaction.released', { count: result.data.released })
        : t('satisfaction.notReleased', { n: survey.threshold }),
    );
    onChanged(result.data.surveys);
  };

  return (
    <article className="survey" aria-labelledby={titleId} data-testid="survey">
      <h3 id={titleId}>
        {survey.name[lang]}{' '}
        <span className={`badge survey-status is-${survey.status}`}>
          {t(`satisfaction.status.${survey.status}`)}
        </span>
      </h3>
      <ul className="survey-facts" data-testid="survey-facts">
        <li>{t('satisfaction.completed', { count: survey.completed })}</li>
        <li>{t('satisfaction.respondents', { count: peopleText(survey.respondents, t) })}</li>
        {paper && <li>{paper}</li>}
      </ul>
      {pending.text && (
        <p className="survey-pending" data-testid="survey-pending">
          {pending.text}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={onEnter}>
          {t('satisfaction.enter')}
        </button>
        {pending.canRelease && (
          <button type="button" onClick={() => void release()} disabled={busy}>
            {busy ? t('satisfaction.releasing') : t('satisfaction.release')}
          </button>
        )}
      </div>
      <p className="survey-outcome" role="status" tabIndex={-1} ref={answer} data-testid="release-outcome">
        {outcome}
      </p>
      <ErrorText error={error} />
      {!released && survey.status !== 'closed' ? (
        <p className="survey-before" data-testid="survey-before-release">
          {t('satisfaction.beforeRelease')}
        </p>
      ) : !released ? (
        <p className="hint">{t('satisfaction.noResponses')}</p>
      ) : (
        <SurveyFigures survey={survey} />
      )}
    </article>
  );
}
