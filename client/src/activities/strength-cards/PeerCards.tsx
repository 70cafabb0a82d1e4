import { useState, type FormEvent } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type {
  GivenCard,
  Peer,
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../../shared/activities/strength-cards/types.js';
import { deckByFamily, deckCard } from './deck.js';
import { SaveBadge } from './SaveBadge.js';
import type { Saves } from './use-saves.js';

const NOTE_MAX = 200;

interface Props {
  idPrefix: string;
  config: StrengthCardsConfig;
  personal: StrengthCardsPersonal;
  peer: Peer;
  given: GivenCard[];
  saves: Saves;
}

/**
 * The cards I gave one person (each can be taken back) and a form to give one: a card (choosing one
 * already given edits its note), a note, and whether to sign it.
 */
export function PeerCards({ idPrefix, config, personal, peer, given, saves }: Props) {
  const t = useT();
  const lang = useLang();
  const [cardId, setCardId] = useState('');
  const [note, setNote] = useState('');
  const [signed, setSigned] = useState(false);
  const base = `${idPrefix}-sc-peer-${peer.memberId}`;
  const formKey = `peer:${peer.memberId}`;
  const editing = given.some((c) => c.cardId === cardId);
  const full = given.length >= config.cardsPerPeer && !editing;
  const groups = deckByFamily(personal.deck, personal.families);
  const name = peer.nickname;

  const choose = (id: string) => {
    setCardId(id);
    const existing = given.find((c) => c.cardId === id);
    if (existing) {
      setNote(existing.note);
      setSigned(existing.signed);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (cardId === '' || full) return;
    const answer = { itemKey: `card:${cardId}`, subjectMemberId: peer.memberId, value: { note }, signed };
    if (await saves.run(formKey, [answer])) {
      setCardId('');
      setNote('');
      setSigned(false);
    }
  };

  const takeBack = (id: string) =>
    void saves.run(`${formKey}:${id}`, [
      { itemKey: `card:${id}`, subjectMemberId: peer.memberId, value: { removed: true } },
    ]);

  return (
    <article className="sc-peer" aria-labelledby={`${base}-name`} data-testid={`sc-peer-${peer.memberId}`}>
      <h3 id={`${base}-name`}>{name}</h3>
      {given.length > 0 && (
        <ul className="sc-given" aria-label={t('strengthCards.givenTo', { name })}>
          {given.map((card) => {
            const cardName = deckCard(card.cardId)?.name[lang] ?? card.cardId;
            return (
              <li key={card.cardId}>
                <strong>{cardName}</strong> ·{' '}
                {card.signed ? t('strengthCards.signed') : t('strengthCards.unsigned')}
                {card.note !== '' && <q className="sc-given-note">{card.note}</q>}
                <button
                  type="button"
                  className="danger"
                  disabled={saves.pending(`${formKey}:${card.cardId}`)}
                  onClick={() => takeBack(card.cardId)}
                >
                  {t('strengthCards.takeBack', { name: cardName })}
                </button>
                <SaveBadge state={saves.states[`${formKey}:${card.cardId}`]} />
              </li>
            );
          })}
        </ul>
      )}
      {full && <p className="hint">{t('strengthCards.peerLimit', { name, cards: config.cardsPerPeer })}</p>}
      <form className="sc-give" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${base}-card`}>{t('strengthCards.chooseCard')}</label>
        <select id={`${base}-card`} value={cardId} onChange={(event) => choose(event.target.value)}>
          <option value="">{t('strengthCards.chooseCardPlaceholder')}</option>
          {personal.families.map((family) => (
            <optgroup key={family.id} label={family.name[lang]}>
              {(groups.get(family.id) ?? []).map((id) => (
                <option key={id} value={id}>
                  {deckCard(id)?.name[lang] ?? id}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor={`${base}-note`}>{t('strengthCards.note')}</label>
        <textarea
          id={`${base}-note`}
          rows={2}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <label className="sc-sign">
          <input type="checkbox" checked={signed} onChange={(event) => setSigned(event.target.checked)} />{' '}
          {t('strengthCards.sign')}
        </label>
        <button type="submit" className="primary" disabled={cardId === '' || full || saves.pending(formKey)}>
          {editing ? t('strengthCards.giveAgain') : t('strengthCards.give')}
        </button>{' '}
        <SaveBadge state={saves.states[formKey]} />
      </form>
    </article>
  );
}
