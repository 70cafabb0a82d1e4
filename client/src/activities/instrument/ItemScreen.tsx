import { useEffect, useRef, useState } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type { InstrumentAnswer, InstrumentOnPhone } from '../../../../shared/activities/instrument/index.js';
import { TEXT_MAX, scaleLayout, type ScaleButton } from './walk.js';

interface Props {
  idPrefix: string;
  instrument: InstrumentOnPhone;
  index: number;
  value: InstrumentAnswer | undefined;
  error: string | null;
  /** Gives the answer and moves on. */
  onAnswer: (value: InstrumentAnswer) => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** "3 / 5" with a bar; read as "5문항 중 3번째". */
function Progress({ n, total }: { n: number; total: number }) {
  const t = useT();
  return (
    <div className="iv-progress">
      <p className="iv-position">
        <span aria-hidden="true">{t('instrument.position', { n, total })}</span>
        <span className="visually-hidden">{t('instrument.positionLong', { n, total })}</span>
      </p>
      <span className="iv-bar" aria-hidden="true">
        <span className="iv-bar-fill" style={{ width: `${(n / total) * 100}%` }} />
      </span>
    </div>
  );
}

function RatingButtons(props: {
  instrument: InstrumentOnPhone;
  value: InstrumentAnswer | undefined;
  labelledBy: string;
  onAnswer: (value: number) => void;
}) {
  const lang = useLang();
  const layout = scaleLayout(props.instrument.scale);
  const button = (b: ScaleButton) => {
    const label = b.label?.[lang] ?? null;
    const grid = layout.kind === 'grid';
    return (
      <button
        key={b.value}
        type="button"
        className={`iv-choice ${grid ? 'iv-choice-grid' : 'iv-choice-stack'}`}
        aria-pressed={props.value === b.value}
        // A grid's button shows its number; its name adds the word the scale has for it, if any.
        aria-label={grid && label ? `${b.value} ${label}` : undefined}
        onClick={() => props.onAnswer(b.value)}
      >
        {grid ? (
          b.value
        ) : (
          <>
            <span className="iv-choice-num" aria-hidden="true">
              {b.value}
            </span>
            <span>{label ?? b.value}</span>
          </>
        )}
      </button>
    );
  };
  return (
    <div role="group" aria-labelledby={props.labelledBy} className={`iv-scale iv-scale-${layout.kind}`}>
      {layout.kind === 'grid' && (
        <p className="iv-ends" aria-hidden="true">
          <span>
            {layout.buttons[0]?.value} {layout.ends.min?.[lang]}
          </span>
          <span>
            {layout.buttons.at(-1)?.value} {layout.ends.max?.[lang]}
          </span>
        </p>
      )}
      <div className={layout.kind === 'grid' ? 'iv-grid' : 'iv-stack'}>{layout.buttons.map(button)}</div>
    </div>
  );
}

function TextAnswer(props: {
  id: string;
  value: InstrumentAnswer | undefined;
  onSave: (text: string) => void;
}) {
  const t = useT();
  const [text, setText] = useState(typeof props.value === 'string' ? props.value : '');
  return (
    <form
      className="iv-text"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text.trim());
      }}
    >
      <label htmlFor={props.id} className="field-label">
        {t('instrument.textLabel')}
      </label>
      <textarea
        id={props.id}
        rows={5}
        maxLength={TEXT_MAX}
        value={text}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="hint" id={`${props.id}-hint`}>
        {t('instrument.textHint', { max: TEXT_MAX })}
      </p>
      <button type="submit" className="primary big" disabled={text.trim() === ''}>
        {t('instrument.save')}
      </button>
    </form>
  );
}

/** One item on its own screen: the question, the instrument's own scale (or a text), and the way on. */
export function ItemScreen(props: Props) {
  const { idPrefix, instrument, index, value, error } = props;
  const t = useT();
  const lang = useLang();
  const item = instrument.items[index];
  const heading = useRef<HTMLHeadingElement>(null);
  // A new question: reading (and the keyboard) starts from it, not from the button just pressed.
  useEffect(() => heading.current?.focus(), [index]);
  if (!item) return null;
  const textId = `${idPrefix}-item-${item.id}`;
  return (
    <section className="iv-item" data-testid="instrument-item" data-item={item.id}>
      <Progress n={index + 1} total={instrument.items.length} />
      <h2 className="iv-question" id={`${textId}-text`} ref={heading} tabIndex={-1}>
        {item.text[lang]}
      </h2>
      {item.kind === 'text' ? (
        <TextAnswer key={item.id} id={`${textId}-answer`} value={value} onSave={props.onAnswer} />
      ) : (
        <RatingButtons
          instrument={instrument}
          value={value}
          labelledBy={`${textId}-text`}
          onAnswer={props.onAnswer}
        />
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('instrument.error', { message: error })}
        </p>
      )}
      <button
        type="button"
        className={`iv-skip${value === null ? ' iv-skip-chosen' : ''}`}
        aria-pressed={value === null}
        onClick={() => props.onAnswer(null)}
      >
        {t('instrument.skip')}
      </button>
      <div className="iv-nav">
        <button type="button" onClick={props.onPrevious}>
          {t('instrument.previous')}
        </button>
        <button type="button" onClick={props.onNext}>
          {t('instrument.next')}
        </button>
      </div>
      {instrument.credit && <p className="iv-credit">{instrument.credit[lang]}</p>}
    </section>
  );
}
