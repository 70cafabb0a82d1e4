import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AnswerValue } from '../../../../shared/activities/types.js';
import { AnswerLockedContext } from '../../activities/common/answer-lock.js';
import { AnswerFormFor } from '../../activities/registry-participant.js';
import { ResultsFor } from '../../activities/registry-results.js';
import { useT } from '../../common/i18n.js';
import { submitAnswer } from '../connection.js';
import { canAnswer, currentAnswer } from '../state/selectors.js';
import { useParticipantStore } from '../state/store.js';
import { AnswerStatus } from './AnswerStatus.js';
import { Lazy } from './lazy.js';
import { useFocusHeading } from './focus.js';

/**
 * The open activity: its title, state, answer form, my answer's status, and results once revealed.
 * An answer given is shown as given — "saved" and a real "답변 바꾸기" button — until the person
 * asks to change it; then the form opens again with what they gave.
 */
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
  // Changing is asked for one given answer: a newer answer (sent or arrived) shows as given again.
  const [changing, setChanging] = useState<string | null>(null);
  const formArea = useRef<HTMLDivElement>(null);
  const given = mine.status === 'saved' || mine.status === 'pending';
  const locked = editable && given && changing !== formKey;
  const editing = editable && given && changing === formKey;

  const changeButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // "답변 바꾸기" pressed: on to the form's first field; back from changing (kept or sent): on to
  // "답변 바꾸기" again. Keyboards and screen readers follow instead of falling to the page's start.
  useEffect(() => {
    if (editing)
      formArea.current?.querySelector<HTMLElement>('input:not(:disabled), textarea:not([readonly])')?.focus();
    else if (wasEditing.current && locked) changeButton.current?.focus();
    wasEditing.current = editing;
  }, [editing, locked]);

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
      <div ref={formArea} className={locked ? 'answer-locked' : undefined}>
        <AnswerLockedContext.Provider value={locked}>
          <Lazy>
            <AnswerFormFor
              key={`${formKey}:${editing ? 'changing' : 'shown'}`}
              type={activity.type}
              idPrefix={`a-${activity.id}`}
              config={activity.config}
              value={mine.value}
              draft={mine.draft}
              disabled={!editable || locked}
              onSubmit={(value) => submitAnswer(activity.id, value as AnswerValue)}
            />
          </Lazy>
        </AnswerLockedContext.Provider>
      </div>
      <AnswerStatus status={mine.status} activityId={activity.id} />
      {locked && (
        <button
          type="button"
          ref={changeButton}
          className="change-answer big"
          data-testid="change-answer"
          onClick={() => setChanging(formKey)}
        >
          {t('answer.change')}
        </button>
      )}
      {editing && (
        <button type="button" className="link-button keep-answer" onClick={() => setChanging(null)}>
          {t('answer.keep')}
        </button>
      )}
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
