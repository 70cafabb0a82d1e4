import { useLang, useT } from '../../common/i18n.js';
import type {
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../../shared/activities/strength-cards/types.js';
import { pickAnswer, rankAnswers } from './rank-moves.js';
import { SaveBadge } from './SaveBadge.js';
import { useDragRank } from './use-drag-rank.js';
import type { Saves } from './use-saves.js';

interface Props {
  config: StrengthCardsConfig;
  personal: StrengthCardsPersonal;
  saves: Saves;
}

/**
 * My picks, ranked first: "1위/2위/3위" toggle buttons (pressing the pressed one takes the rank
 * away), up/down for a ranked card (swaps with the neighbouring rank, or moves into a free one),
 * and remove. All are buttons, so the keyboard and a screen reader reach every move.
 */
export function RankedPicks({ config, personal, saves }: Props) {
  const t = useT();
  const lang = useLang();
  const ranks = Array.from({ length: config.top }, (_, i) => i + 1);
  const setRank = (cardId: string, rank: number) => {
    const answers = rankAnswers(personal.picks, cardId, rank);
    if (answers.length > 0) void saves.run(`pick:${cardId}`, answers);
  };
  const drag = useDragRank(setRank);

  return (
    <div className="sc-picks">
      <h3>{t('strengthCards.myPicks')}</h3>
      {personal.picks.length === 0 ? (
        <p className="hint">{t('strengthCards.noPicks')}</p>
      ) : (
        <ol className="sc-pick-list" data-testid="sc-picks">
          {personal.picks.map((pick) => {
            const name = pick.name[lang];
            const busy = saves.pending(`pick:${pick.cardId}`);
            return (
              <li
                key={pick.cardId}
                className={`sc-pick${drag.over === pick.cardId ? ' sc-pick-over' : ''}${drag.dragging === pick.cardId ? ' sc-pick-dragging' : ''}`}
                data-drop-card={pick.cardId}
                data-drop-rank={pick.rank}
              >
                <span className="sc-pick-name">
                  {/* A pointer shortcut only (hidden from screen readers): the buttons below do the same. */}
                  <span className="sc-drag-handle" aria-hidden="true" {...drag.handleProps(pick.cardId)}>
                    ⠿
                  </span>
                  {pick.rank > 0 && (
                    <span className="sc-rank-badge">{t('strengthCards.rank', { rank: pick.rank })}</span>
                  )}{' '}
                  {name}
                </span>
                <div className="sc-pick-actions">
                  <div
                    className="sc-rank-buttons"
                    role="group"
                    aria-label={t('strengthCards.rankGroup', { name })}
                  >
                    {ranks.map((rank) => (
                      <button
                        key={rank}
                        type="button"
                        aria-pressed={pick.rank === rank}
                        disabled={busy}
                        onClick={() => setRank(pick.cardId, pick.rank === rank ? 0 : rank)}
                      >
                        {t('strengthCards.rank', { rank })}
                      </button>
                    ))}
                  </div>
                  <button
                    type="button"
                    aria-label={t('strengthCards.moveUp', { name })}
                    disabled={busy || pick.rank <= 1}
                    onClick={() => setRank(pick.cardId, pick.rank - 1)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t('strengthCards.up')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('strengthCards.moveDown', { name })}
                    disabled={busy || pick.rank === 0 || pick.rank >= config.top}
                    onClick={() => setRank(pick.cardId, pick.rank + 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('strengthCards.down')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('strengthCards.unpickLabel', { name })}
                    disabled={busy}
                    onClick={() =>
                      void saves.run(`pick:${pick.cardId}`, [pickAnswer(pick.cardId, { removed: true })])
                    }
                  >
                    {t('strengthCards.unpick')}
                  </button>
                </div>
                <SaveBadge state={saves.states[`pick:${pick.cardId}`]} />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
