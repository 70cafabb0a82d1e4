import { useT } from '../../common/i18n.js';
import type {
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../../shared/activities/strength-cards/types.js';
import { PeerCards } from './PeerCards.js';
import type { Saves } from './use-saves.js';

interface Props {
  idPrefix: string;
  config: StrengthCardsConfig;
  personal: StrengthCardsPersonal;
  saves: Saves;
}

/** Peer feedback: one block per person I may give cards to (group-mates, or the room when small). */
export function FeedbackView({ idPrefix, config, personal, saves }: Props) {
  const t = useT();
  return (
    <section className="sc-section" aria-labelledby="sc-feedback-title">
      <h2 id="sc-feedback-title">{t('strengthCards.feedbackTitle')}</h2>
      <p className="hint">{t('strengthCards.feedbackHint', { cards: config.cardsPerPeer })}</p>
      {/* Said to everyone, and first when it applies: signing is a choice, anonymity in a pair is not real. */}
      <p className={personal.peers.length === 1 ? 'sc-notice' : 'hint'}>{t('strengthCards.pairHint')}</p>
      {config.holdNotes && <p className="hint">{t('strengthCards.heldHint')}</p>}
      {personal.peers.length === 0 ? (
        <p className="hint">{t('strengthCards.noPeers')}</p>
      ) : (
        personal.peers.map((peer) => (
          <PeerCards
            key={peer.memberId}
            idPrefix={idPrefix}
            config={config}
            personal={personal}
            peer={peer}
            given={personal.given.find((g) => g.subjectMemberId === peer.memberId)?.cards ?? []}
            saves={saves}
          />
        ))
      )}
    </section>
  );
}
