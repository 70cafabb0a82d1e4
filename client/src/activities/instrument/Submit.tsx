import { useEffect, useRef } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type { Lang } from '../../../../shared/i18n/text.js';
import type { InstrumentAnswer, InstrumentOnPhone } from '../../../../shared/activities/instrument/index.js';
import { formatDateTime } from './Intro.js';
import { openItems, type Answers } from './walk.js';

export type SubmitState =
  { step: 'idle' } | { step: 'saving' } | { step: 'sending' } | { step: 'failed'; message: string };

/** The last screen: which items have no answer (each a way back to it), then "제출하기". */
export function SubmitScreen(props: {
  idPrefix: string;
  instrument: InstrumentOnPhone;
  answers: Answers;
  state: SubmitState;
  onGo: (index: number) => void;
  onPrevious: () => void;
  onSubmit: () => void;
}) {
  const { idPrefix, instrument, answers, state } = props;
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = openItems(instrument.items, answers);
  const busy = state.step === 'saving' || state.step === 'sending';
  return (
    <section className="iv-submit" aria-labelledby={`${idPrefix}-submit`} data-testid="instrument-submit">
      <h2 id={`${idPrefix}-submit`} ref={heading} tabIndex={-1}>
        {t('instrument.submitTitle')}
      </h2>
      {open.length === 0 ? (
        <p>{t('instrument.allAnswered')}</p>
      ) : (
        <>
          <p>{t('instrument.openItems', { count: open.length })}</p>
          <ul className="iv-open-list">
            {open.map((i) => (
              <li key={i}>
                <button type="button" className="iv-open-item" onClick={() => props.onGo(i)}>
                  {t('instrument.goToItem', { n: i + 1, text: instrument.items[i]?.text[lang] ?? '' })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="primary big"
        onClick={props.onSubmit}
        disabled={busy}
        aria-describedby={`${idPrefix}-submit-state`}
        data-testid="instrument-submit-button"
      >
        {busy ? t('instrument.submitting') : t('instrument.submit')}
      </button>
      <p
        id={`${idPrefix}-submit-state`}
        className={state.step === 'failed' ? 'error-text' : 'hint'}
        role={state.step === 'failed' ? 'alert' : 'status'}
      >
        {state.step === 'saving' && t('instrument.waiting')}
        {state.step === 'failed' && t('instrument.submitFailed', { message: state.message })}
      </p>
      <div className="iv-nav">
        <button type="button" onClick={props.onPrevious}>
          {t('instrument.previous')}
        </button>
      </div>
    </section>
  );
}

/** An answer as words: the scale's label with its number, the text, or "답하지 않음". */
function answerText(
  instrument: InstrumentOnPhone,
  value: InstrumentAnswer | undefined,
  lang: Lang,
  none: string,
): string {
  if (value === undefined || value === null || value === '') return none;
  if (typeof value === 'string') return value;
  const label = instrument.scale.labels.find((l) => l.value === value)?.label[lang];
  return label ? `${value} · ${label}` : String(value);
}

/** Handed in: when, and the answers read-only (an anonymous survey's answers left with the response). */
export function Submitted(props: {
  idPrefix: string;
  instrument: InstrumentOnPhone;
  answers: Answers;
  at: number | null;
  anonymous: boolean;
}) {
  const { idPrefix, instrument, answers, at, anonymous } = props;
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="iv-done" aria-labelledby={`${idPrefix}-done`} data-testid="instrument-submitted">
      <h2 id={`${idPrefix}-done`} ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('instrument.submitted')}
      </h2>
      {at !== null && <p>{t('instrument.submittedAt', { date: formatDateTime(at, lang) })}</p>}
      {anonymous ? (
        <p>{t('instrument.submittedAnonymous')}</p>
      ) : (
        <>
          <h3>{t('instrument.yourAnswers')}</h3>
          <ol className="iv-answers">
            {instrument.items.map((item) => (
              <li key={item.id}>
                <span className="iv-answer-q">{item.text[lang]}</span>
                <span className="iv-answer-a">
                  {answerText(instrument, answers[item.id], lang, t('instrument.noAnswer'))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
