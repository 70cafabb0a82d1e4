import { useLang, useT } from '../../common/i18n.js';
import type { ReceivedRound, SignedText } from '../../../../shared/activities/mock-interview/types.js';

interface Props {
  idPrefix: string;
  received: ReceivedRound[];
  /** A round whose feedback waits (the member is its candidate and it is still running). */
  hiddenRound: number | null;
}

function Notes({ title, items }: { title: string; items: SignedText[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((n, i) => (
          <li key={i}>
            {n.text}
            {n.from !== null && (
              <span className="mi-from"> {t('mock-interview.from', { name: n.from })}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Feedback the member received as candidate, per round: scores per criterion (unnamed) and notes. */
export function Feedback({ idPrefix, received, hiddenRound }: Props) {
  const t = useT();
  const lang = useLang();
  const shown = received.filter((r) => r.round !== hiddenRound);
  return (
    <section className="mi-feedback" aria-labelledby={`${idPrefix}-received`} data-testid="mi-feedback">
      <h2 id={`${idPrefix}-received`}>{t('mock-interview.received')}</h2>
      {hiddenRound !== null && <p className="hint">{t('mock-interview.waitingFeedback')}</p>}
      {shown.length === 0 && hiddenRound === null && <p className="hint">{t('mock-interview.noFeedback')}</p>}
      {shown.map((r) => (
        <article key={r.round} className="mi-round">
          <h3>{t('mock-interview.receivedRound', { round: r.round })}</h3>
          <dl className="mi-scores" aria-label={t('mock-interview.scores')}>
            {r.scores
              .filter((s) => s.scores.length > 0)
              .map((s) => (
                <div key={s.criterionId}>
                  <dt>{s.name[lang]}</dt>
                  <dd>{s.scores.map((n) => `${n} / 5`).join(', ')}</dd>
                </div>
              ))}
          </dl>
          <Notes title={t('mock-interview.strength')} items={r.strengths} />
          <Notes title={t('mock-interview.suggestion')} items={r.suggestions} />
          <Notes title={t('mock-interview.notes')} items={r.notes} />
        </article>
      ))}
    </section>
  );
}
