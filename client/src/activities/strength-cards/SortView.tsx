import type { ReactNode } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import type {
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../../shared/activities/strength-cards/types.js';
import { deckByFamily, deckCard } from './deck.js';
import { pickAnswer } from './rank-moves.js';
import { RankedPicks } from './RankedPicks.js';
import { SaveBadge } from './SaveBadge.js';
import type { Saves } from './use-saves.js';

interface Props {
  config: StrengthCardsConfig;
  personal: StrengthCardsPersonal;
  saves: Saves;
  /** Shown right under my picks (the example for the top card), not after the whole deck. */
  afterPicks?: ReactNode;
}

/**
 * The deck by family: each card is a toggle button (pressed = picked). At the limit the unpicked
 * cards are disabled and the hint says to remove one first, rather than a refusal after the tap.
 */
export function SortView({ config, personal, saves, afterPicks }: Props) {
  const t = useT();
  const lang = useLang();
  const picked = new Map(personal.picks.map((p) => [p.cardId, p]));
  const full = personal.picks.length >= config.picks;
  const groups = deckByFamily(personal.deck, personal.families);

  const toggle = (cardId: string) => {
    const value = picked.has(cardId) ? { removed: true as const } : { rank: 0 };
    void saves.run(`pick:${cardId}`, [pickAnswer(cardId, value)]);
  };

  return (
    <section className="sc-section" aria-labelledby="sc-sort-title">
      <h2 id="sc-sort-title">{t('strengthCards.sortTitle')}</h2>
      <p className="hint">{t('strengthCards.sortHint', { picks: config.picks, top: config.top })}</p>
      <p className="sc-count" data-testid="sc-count">
        {t('strengthCards.pickedCount', { count: personal.picks.length, picks: config.picks })}
      </p>
      {full && <p className="hint">{t('strengthCards.limitHint')}</p>}

      <RankedPicks config={config} personal={personal} saves={saves} />
      {personal.picks.length > 0 && afterPicks}

      {personal.families.map((family) => {
        const ids = groups.get(family.id) ?? [];
        if (ids.length === 0) return null;
        return (
          <div key={family.id} className="sc-family" role="group" aria-labelledby={`sc-family-${family.id}`}>
            <h3 id={`sc-family-${family.id}`}>{family.name[lang]}</h3>
            <ul className="sc-deck">
              {ids.map((cardId) => {
                const card = deckCard(cardId);
                if (!card) return null;
                const isPicked = picked.has(cardId);
                return (
                  <li key={cardId}>
                    <button
                      type="button"
                      className={`sc-card${isPicked ? ' sc-card-picked' : ''}`}
                      aria-pressed={isPicked}
                      disabled={(!isPicked && full) || saves.pending(`pick:${cardId}`)}
                      onClick={() => toggle(cardId)}
                      data-testid={`sc-card-${cardId}`}
                    >
                      <span className="sc-card-name">
                        {isPicked && <span aria-hidden="true">✓ </span>}
                        {card.name[lang]}
                      </span>
                      <span className="sc-card-description">{card.description[lang]}</span>
                    </button>
                    <SaveBadge state={saves.states[`pick:${cardId}`]} />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
