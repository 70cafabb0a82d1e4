import type { CountPicture, MemberAnswerRecord, MemberProgress } from '../counseling-module.js';
import { cardById, familyList } from './cards.js';
import { feedbackScopeIds } from './check.js';
import { currentCards, currentPicks } from './records.js';
import type { StrengthCardsConfig } from './types.js';

/**
 * The projector's picture: how many picks fall in each strength family, over everyone. A member
 * picks several cards, so the cells do not sum to the number of people (`onePerMember: false`).
 * Peer cards are not counted: the picture is what people see in themselves.
 */
export function groupPicture(
  _config: StrengthCardsConfig,
  answers: readonly MemberAnswerRecord[],
): CountPicture {
  const counts = new Map<string, number>();
  for (const pick of currentPicks(answers)) {
    const family = cardById(pick.cardId)?.family;
    if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return {
    caption: { ko: '강점 가족별 선택 수', en: 'Picks by strength family' },
    cells: familyList().map(({ id, name }) => ({ key: id, label: name, count: counts.get(id) ?? 0 })),
    onePerMember: false,
  };
}

/**
 * What `progress` needs beyond the interface's three arguments: the activity's phase and each
 * member's group-mates. Optional, so the module still fits `CounselingModule.progress`; without it
 * the sort is reported (it is the first phase, and it needs nothing but the answers).
 */
export interface StrengthProgressContext {
  phase: string;
  groupMates: Readonly<Record<string, readonly string[]>>;
}

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
