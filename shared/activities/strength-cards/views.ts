import type { Text } from '../../i18n/text.js';
import { visibleToSubject, type PersonalContext } from '../counseling-module.js';
import { cardLabel, familyList } from './cards.js';
import { feedbackScopeIds } from './check.js';
import { currentCards, currentExample, currentPicks, inRankOrder } from './records.js';
import type {
  CardLabel,
  GivenToPeer,
  MyPick,
  Peer,
  ReceivedCard,
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from './types.js';

export const ANONYMOUS: Text = { ko: '익명', en: 'anonymous' };

const nicknameOf = (ctx: PersonalContext, memberId: string): string => ctx.nicknames[memberId] ?? '?';

/** My current picks in rank order, named. Only rows I gave: never anyone else's own picks. */
export function myPicks(ctx: PersonalContext): MyPick[] {
  const mine = ctx.given.filter((r) => r.memberId === ctx.memberId);
  return inRankOrder(currentPicks(mine)).flatMap((pick) => {
    const label = cardLabel(pick.cardId);
    return label ? [{ ...label, rank: pick.rank }] : [];
  });
}

/**
 * Cards given to me, grouped by card, most given first. Only rows `visibleToSubject` lets through
 * (checked again here: the one rule decides, whatever the caller passed), and a giver is named only
 * on a signed card; an unsigned note carries no trace of who wrote it.
 */
export function receivedCards(ctx: PersonalContext): ReceivedCard[] {
  const rows = currentCards(ctx.received.filter(visibleToSubject)).filter(
    (c) => c.subjectMemberId === ctx.memberId,
  );
  const byCard = new Map<string, ReceivedCard>();
  for (const row of [...rows].sort((a, b) => a.updatedAt - b.updatedAt)) {
    const label = cardLabel(row.cardId);
    if (!label) continue;
    const card = byCard.get(row.cardId) ?? { ...label, count: 0, notes: [] };
    card.count += 1;
    const note = row.note.trim();
    if (note !== '') {
      const nickname = nicknameOf(ctx, row.memberId);
      card.notes.push({
        text: note,
        from: row.signed ? { ko: nickname, en: nickname } : ANONYMOUS,
        signed: row.signed,
      });
    }
    byCard.set(row.cardId, card);
  }
  return [...byCard.values()].sort((a, b) => b.count - a.count);
}

/** The cards I picked that someone gave me too, in my rank order. */
export function bothSeen(picks: readonly MyPick[], received: readonly ReceivedCard[]): CardLabel[] {
  const receivedIds = new Set(received.map((c) => c.cardId));
  return picks
    .filter((p) => receivedIds.has(p.cardId))
    .map(({ cardId, name, description, family, familyName }) => ({
      cardId,
      name,
      description,
      family,
      familyName,
    }));
}

/** The cards I gave, per receiver (so the phone can change or take them back). */
export function givenCards(ctx: PersonalContext): GivenToPeer[] {
  const mine = currentCards(ctx.given.filter((r) => r.memberId === ctx.memberId));
  const bySubject = new Map<string, GivenToPeer>();
  for (const card of [...mine].sort((a, b) => a.updatedAt - b.updatedAt)) {
    const entry = bySubject.get(card.subjectMemberId) ?? {
      subjectMemberId: card.subjectMemberId,
      nickname: nicknameOf(ctx, card.subjectMemberId),
      cards: [],
    };
    entry.cards.push({ cardId: card.cardId, note: card.note, signed: card.signed });
    bySubject.set(card.subjectMemberId, entry);
  }
  return [...bySubject.values()];
}

/**
 * Who I may give cards to: the same rule as `checkAnswer` (the nicknames list the program's members).
 * Group-mates keep their seat order; the room is sorted by nickname so a name is easy to find.
 */
export function peers(config: StrengthCardsConfig, ctx: PersonalContext): Peer[] {
  const programIds = Object.keys(ctx.nicknames);
  const ids = feedbackScopeIds(config, ctx.groupMates, programIds);
  const list = ids
    .filter((id) => id !== ctx.memberId)
    .map((memberId) => ({ memberId, nickname: nicknameOf(ctx, memberId) }));
  return ids === programIds ? list.sort((a, b) => a.nickname.localeCompare(b.nickname, 'ko')) : list;
}

export function personalView(config: StrengthCardsConfig, ctx: PersonalContext): StrengthCardsPersonal {
  const picks = myPicks(ctx);
  const received = receivedCards(ctx);
  return {
    phase: ctx.phase,
    deck: [...config.deck],
    families: familyList(),
    picks,
    example: config.example ? currentExample(ctx.given, ctx.memberId) : null,
    received,
    bothSeen: bothSeen(picks, received),
    given: givenCards(ctx),
    peers: peers(config, ctx),
  };
}
