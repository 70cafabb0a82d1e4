import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type { MockInterviewPersonal } from '../../../../shared/activities/mock-interview/types.js';
import { NoteField } from './NoteField.js';

type Question = NonNullable<MockInterviewPersonal['question']>;

export interface PanelProps {
  idPrefix: string;
  personal: MockInterviewPersonal;
  /** Gives one feedback item about this round's candidate. */
  giveItem: (itemKey: string, value: unknown, signed?: boolean) => Promise<void>;
}

export function QuestionCard({ question, idPrefix }: { question: Question | null; idPrefix: string }) {
  const t = useT();
  const lang = useLang();
  if (!question) return <p className="hint">{t('mock-interview.noQuestion')}</p>;
  return (
    <section className="mi-question" aria-labelledby={`${idPrefix}-question`}>
      <h2 id={`${idPrefix}-question`}>
        {t('mock-interview.question')} · {t(`mock-interview.questionTypes.${question.type}`)}
      </h2>
      <p className="mi-question-text" data-testid="mi-question">
        {question.text[lang]}
      </p>
      {question.goodAnswerShows && (
        <>
          <h3>{t('mock-interview.goodAnswer')}</h3>
          <p>{question.goodAnswerShows[lang]}</p>
        </>
      )}
    </section>
  );
}

/** The interviewer: the question with what a good answer shows, "another question", and a note. */
export function InterviewerPanel({
  idPrefix,
  personal,
  giveItem,
  draw,
}: PanelProps & { draw: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const onDraw = async () => {
    setBusy(true);
    setError('');
    try {
      await draw();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <QuestionCard question={personal.question} idPrefix={idPrefix} />
      <button type="button" className="primary big" disabled={busy} onClick={() => void onDraw()}>
        {personal.question ? t('mock-interview.drawAnother') : t('mock-interview.draw')}
      </button>
      <p className="error-text" role="alert">
        {error}
      </p>
      <NoteField
        key={`${personal.round}-note`}
        id={`${idPrefix}-note`}
        label={t('mock-interview.note')}
        stored={personal.mine?.note ?? null}
        onSave={(text, signed) => giveItem('note', { text }, signed)}
      />
    </>
  );
}

/** The observer: the question, the rubric with its five anchors per criterion, a strength and a suggestion. */
export function ObserverPanel({ idPrefix, personal, giveItem }: PanelProps) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState('');
  // The point tapped shows at once (a radio that waits for the server looks like it ignored the
  // tap); per round, so the next round starts blank. A refused score goes back to the stored one.
  const [tapped, setTapped] = useState<{ round: number | null; scores: Record<string, number> }>({
    round: personal.round,
    scores: {},
  });
  const pending = tapped.round === personal.round ? tapped.scores : {};
  const score = async (criterionId: string, point: number) => {
    setError('');
    const round = personal.round;
    setTapped((prev) => ({
      round,
      scores: { ...(prev.round === round ? prev.scores : {}), [criterionId]: point },
    }));
    try {
      await giveItem(`rubric:${criterionId}`, { score: point });
    } catch (e) {
      setTapped((prev) => {
        const scores = { ...prev.scores };
        delete scores[criterionId];
        return { ...prev, scores };
      });
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <QuestionCard question={personal.question} idPrefix={idPrefix} />
      <h2>{t('mock-interview.rubric')}</h2>
      {(personal.rubric ?? []).map((criterion) => {
        const chosen = pending[criterion.id] ?? personal.mine?.scores[criterion.id] ?? null;
        const name = `${idPrefix}-${criterion.id}`;
        return (
          <fieldset key={criterion.id} className="mi-criterion" aria-describedby={`${name}-desc`}>
            <legend>{criterion.name[lang]}</legend>
            <p className="hint" id={`${name}-desc`}>
              {criterion.description[lang]}
            </p>
            {criterion.anchors.map((anchor, i) => (
              <label key={i} className="mi-anchor">
                <input
                  type="radio"
                  name={name}
                  value={i + 1}
                  checked={chosen === i + 1}
                  onChange={() => void score(criterion.id, i + 1)}
                />
                <span>
                  <strong>{t('mock-interview.point', { point: i + 1 })}</strong> {anchor[lang]}
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <p className="error-text" role="alert">
        {error}
      </p>
      <NoteField
        key={`${personal.round}-strength`}
        id={`${idPrefix}-strength`}
        label={t('mock-interview.strength')}
        stored={personal.mine?.strength ?? null}
        onSave={(text, signed) => giveItem('strength', { text }, signed)}
      />
      <NoteField
        key={`${personal.round}-suggestion`}
        id={`${idPrefix}-suggestion`}
        label={t('mock-interview.suggestion')}
        stored={personal.mine?.suggestion ?? null}
        onSave={(text, signed) => giveItem('suggestion', { text }, signed)}
      />
    </>
  );
}
