import type {
  CountPicture,
  MemberAnswerRecord,
  MemberProgress,
  ProgressContext,
} from '../counseling-module.js';
import { cardById, familyList } from './cards.js';
import { feedbackScopeIds } from './check.js';
import { currentCards, currentPicks } from './records.js';
import type { StrengthCardsConfig } from './types.js';

/**
 * The projector's picture: how many people picked at least one card of each strength family. People,
 * not picks: the small-count rule protects people, so one member's three cards of a family are one
 * person ("3명 미만"), never "3명". A member picks in several families, so the cells do not sum to the
 * number of people (`onePerMember: false`). Peer cards are not counted: the picture is what people
 * see in themselves.
 */
export function groupPicture(
  _config: StrengthCardsConfig,
  answers: readonly MemberAnswerRecord[],
): CountPicture {
  const people = new Map<string, Set<string>>();
  for (const pick of currentPicks(answers)) {
    const family = cardById(pick.cardId)?.family;
    if (!family) continue;
    const members = people.get(family) ?? new Set<string>();
    members.add(pick.memberId);
    people.set(family, members);
  }
  return {
    caption: { ko: '강점 가족별 고른 사람 수', en: 'People who picked each strength family' },
    cells: familyList().map(({ id, name }) => ({ key: id, label: name, count: people.get(id)?.size ?? 0 })),
    onePerMember: false,
  };
}

/** The phase and each member's group-mates (`ProgressContext`); without it the sort is reported. */
export type StrengthProgressContext = ProgressContext;

/**
 * Per member, for the console: in the sort, current picks of `picks`; in the feedback, how many of
 * the people they may give cards to have at least one card from them. Counts only, never which cards.
 */
export function progress(
  config: StrengthCardsConfig,
  answers: readonly MemberAnswerRecord[],
  memberIds: readonly string[],
  context?: StrengthProgressContext,
): Record<string, MemberProgress> {
  const result: Record<string, MemberProgress> = {};
  if (context?.phase === 'feedback') {
    const cards = currentCards(answers);
    for (const memberId of memberIds) {
      const scope = feedbackScopeIds(config, context.groupMates[memberId] ?? [], memberIds).filter(
        (id) => id !== memberId,
      );
      const given = new Set(cards.filter((c) => c.memberId === memberId).map((c) => c.subjectMemberId));
      result[memberId] = { done: scope.filter((id) => given.has(id)).length, total: scope.length };
    }
    return result;
  }
  const picks = currentPicks(answers);
  for (const memberId of memberIds) {
    const count = picks.filter((p) => p.memberId === memberId).length;
    result[memberId] = { done: Math.min(count, config.picks), total: config.picks };
  }
  return result;
}
