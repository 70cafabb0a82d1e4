import type { CheckedAnswer, GiveContext, MemberAnswerRecord } from '../counseling-module.js';
import type { ErrorCode } from '../../protocol/errors.js';
import { currentCards, currentPicks } from './records.js';
import {
  ROOM_SCOPE_MAX_MEMBERS,
  exampleValueSchema,
  parseItemKey,
  peerCardValueSchema,
  pickValueSchema,
} from './schemas.js';
import type { StrengthCardsConfig } from './types.js';

const refuse = (code: ErrorCode): CheckedAnswer => ({ ok: false, code });
const own = (value: unknown): CheckedAnswer => ({ ok: true, value, noteState: null });

/**
 * Who may receive my cards. The room only while the program is small enough for everyone to know
 * everyone (≤ 20); a bigger program falls back to the group, so a room-scoped activity in a big
 * program still works in the groups instead of refusing every card.
 */
export function feedbackScopeIds(
  config: StrengthCardsConfig,
  groupMates: readonly string[],
  programMemberIds: readonly string[],
): readonly string[] {
  if (config.scope === 'room' && programMemberIds.length <= ROOM_SCOPE_MAX_MEMBERS) return programMemberIds;
  return groupMates;
}

/** A removal needs no deck check only for a row the giver already has (the deck may have changed since). */
const hasRow = (ctx: GiveContext, mine: readonly MemberAnswerRecord[]) =>
  mine.some((r) => r.itemKey === ctx.itemKey && r.subjectMemberId === ctx.subjectMemberId);

/**
 * One answer: its item key, the phase, its shape, then who may give what. Own picks and the example
 * are the giver's own (subject null); a card is about its receiver. Every strength answer is round 0:
 * a second round would be a second row for the same card and slip past the limits.
 */
export function checkAnswer(config: StrengthCardsConfig, ctx: GiveContext, value: unknown): CheckedAnswer {
  const item = parseItemKey(ctx.itemKey);
  if (!item || ctx.round !== 0) return refuse('invalid_answer');
  const mine = ctx.own.filter((r) => r.memberId === ctx.giverId);

  if (item.kind === 'example') {
    // Any phase: people often find their example while hearing what others saw in them.
    if (!config.example || ctx.subjectMemberId !== null) return refuse('invalid_answer');
    const parsed = exampleValueSchema.safeParse(value);
    return parsed.success ? own(parsed.data) : refuse('invalid_answer');
  }

  const inDeck = config.deck.includes(item.cardId);

  if (item.kind === 'pick') {
    if (ctx.subjectMemberId !== null) return refuse('invalid_answer');
    if (ctx.phase !== 'sort') return refuse('wrong_phase');
    const parsed = pickValueSchema(config).safeParse(value);
    if (!parsed.success) return refuse('invalid_answer');
    if ('removed' in parsed.data)
      return inDeck || hasRow(ctx, mine) ? own(parsed.data) : refuse('invalid_answer');
    if (!inDeck) return refuse('invalid_answer');
    const others = currentPicks(mine).filter((p) => p.cardId !== item.cardId);
    if (others.length >= config.picks) return refuse('limit_reached');
    // A rank held by another card is refused, not taken over: the phone moves that card first,
    // so two cards never claim 1위 and the stored rows alone say the order.
    const rank = parsed.data.rank;
    if (rank > 0 && others.some((p) => p.rank === rank)) return refuse('invalid_answer');
    return own(parsed.data);
  }

  const subject = ctx.subjectMemberId;
  if (subject === null || subject === ctx.giverId) return refuse('invalid_answer');
  if (ctx.phase !== 'feedback') return refuse('wrong_phase');
  const parsed = peerCardValueSchema.safeParse(value);
  if (!parsed.success) return refuse('invalid_answer');
  const noteState = config.holdNotes ? 'held' : 'shown';
  if ('removed' in parsed.data) {
    return inDeck || hasRow(ctx, mine)
      ? { ok: true, value: parsed.data, noteState }
      : refuse('invalid_answer');
  }
  if (!inDeck) return refuse('invalid_answer');
  if (!feedbackScopeIds(config, ctx.groupMates, ctx.programMemberIds).includes(subject)) {
    return refuse('not_in_group');
  }
  const toSubject = currentCards(mine).filter(
    (c) => c.subjectMemberId === subject && c.cardId !== item.cardId,
  );
  if (toSubject.length >= config.cardsPerPeer) return refuse('limit_reached');
  return { ok: true, value: parsed.data, noteState };
}
