import { useState, type FormEvent } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type { StrengthCardsPersonal } from '../../../../shared/activities/strength-cards/types.js';
import { SaveBadge } from './SaveBadge.js';
import type { Saves } from './use-saves.js';

const MAX = 300;

/** The optional example for my top card: any phase, saved on the button (not on every keystroke). */
export function ExampleField({
  idPrefix,
  personal,
  saves,
  nested = false,
}: {
  idPrefix: string;
  /** Inside the sort section (an h3), or a section of its own (an h2). */
  nested?: boolean;
  personal: StrengthCardsPersonal;
  saves: Saves;
}) {
  const t = useT();
  const lang = useLang();
  const stored = personal.example ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? stored;
  const top = personal.picks.find((p) => p.rank === 1);
  const id = `${idPrefix}-sc-example`;
  const Heading = nested ? 'h3' : 'h2';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The draft stays: the personal view with the stored text may arrive a moment after the ack.
    await saves.run('example', [{ itemKey: 'example', value: { text: value } }]);
  };

  return (
    <section className="sc-section" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('strengthCards.exampleTitle')}</Heading>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={id} className="hint">
          {top
            ? t('strengthCards.exampleHint', { name: top.name[lang] })
            : t('strengthCards.exampleHintNoTop')}
        </label>
        <textarea
          id={id}
          rows={3}
          maxLength={MAX}
          value={value}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={`${id}-left`}
        />
        <p id={`${id}-left`} className="sc-chars">
          {t('strengthCards.charsLeft', { count: MAX - value.length })}
        </p>
        <button
          type="submit"
          className="primary"
          disabled={saves.pending('example') || value.trim() === stored.trim()}
        >
          {t('strengthCards.exampleSave')}
        </button>{' '}
        <SaveBadge state={saves.states.example} />
      </form>
    </section>
  );
}
