import type { Text } from '../../i18n/text.js';

/**
 * The strength-cards types, zod-free, so the phone component can `import type` them without pulling
 * the schemas (or zod) into its chunk.
 */

/** Who a member may give peer cards to: their current group, or everyone in the program (≤ 20 members). */
export type FeedbackScope = 'group' | 'room';

export interface StrengthCardsConfig {
  /** Card ids from shared/content/strengths.ts, in the order the phone shows them. */
  deck: string[];
  /** How many cards a member picks in the sort (1..10). */
  picks: number;
  /** How many of the picks are ranked 1위, 2위, 3위 (1..3, at most `picks`). */
  top: number;
  /** Whether a member may write an example from their own life for their top card. */
  example: boolean;
  scope: FeedbackScope;
  /** How many cards one member may give one peer (1..3). */
  cardsPerPeer: number;
  /** Peer notes wait for the facilitator (`'held'`) before their receiver reads them. */
  holdNotes: boolean;
}

/** Stored values, by item key. A removed pick or card stays as a tombstone so a resend stays idempotent. */
export type Removed = { removed: true };
/** `pick:<cardId>`: rank 1..top, or 0 for picked but not in the top. */
export type PickValue = { rank: number } | Removed;
/** `example`: the member's own example for their top card. */
export type ExampleValue = { text: string };
/** `card:<cardId>` with subject = the receiver. */
export type PeerCardValue = { note: string } | Removed;

/** One card as a view names it (the phone also has the deck data itself, lazily loaded). */
export interface CardLabel {
  cardId: string;
  name: Text;
  description: Text;
  family: string;
  familyName: Text;
}

export interface MyPick extends CardLabel {
  /** 1..top, or 0 (picked, not in the top). */
  rank: number;
}

export interface ReceivedNote {
  text: string;
  /** The giver's nickname when they signed the card, else "익명 / anonymous". */
  from: Text;
  signed: boolean;
}

export interface ReceivedCard extends CardLabel {
  /** How many people gave me this card (notes or not). */
  count: number;
  /** Non-empty notes only. */
  notes: ReceivedNote[];
}

export interface GivenCard {
  cardId: string;
  note: string;
  signed: boolean;
}

export interface GivenToPeer {
  subjectMemberId: string;
  nickname: string;
  cards: GivenCard[];
}

export interface Peer {
  memberId: string;
  nickname: string;
}

/** What one member's phone shows (`personalView`): never another member's own picks or an unsigned giver. */
export interface StrengthCardsPersonal {
  phase: string;
  /** Card ids only: the phone imports the card data from its own lazily loaded chunk. */
  deck: string[];
  families: { id: string; name: Text }[];
  /** Ranked picks 1..top first, then the others in the order they were picked. */
  picks: MyPick[];
  example: string | null;
  /** Grouped by card, most given first. */
  received: ReceivedCard[];
  /** Cards I picked that others gave me too ("다른 사람도 알아본 강점"). */
  bothSeen: CardLabel[];
  /** The cards I gave, per receiver, so I can change them. */
  given: GivenToPeer[];
  /** Who I may give cards to now (group-mates, or the room when the scope allows it). */
  peers: Peer[];
}
