import type { CounselingAnswerInput } from '../counseling-types.js';

export const pickAnswer = (
  cardId: string,
  value: { rank: number } | { removed: true },
): CounselingAnswerInput => ({
  itemKey: `pick:${cardId}`,
  value,
});

/**
 * The answers that give `cardId` the rank `rank` (0 = no rank). The server refuses a rank another
 * card holds, so that card steps down to 0 first, then takes this card's old rank (a swap) when
 * this card had one. Nothing when the card already has the rank.
 */
export function rankAnswers(
  picks: readonly { cardId: string; rank: number }[],
  cardId: string,
  rank: number,
): CounselingAnswerInput[] {
  const current = picks.find((p) => p.cardId === cardId)?.rank ?? 0;
  if (current === rank) return [];
  const holder = rank > 0 ? picks.find((p) => p.rank === rank && p.cardId !== cardId) : undefined;
  const answers: CounselingAnswerInput[] = [];
  if (holder) answers.push(pickAnswer(holder.cardId, { rank: 0 }));
  answers.push(pickAnswer(cardId, { rank }));
  if (holder && current > 0) answers.push(pickAnswer(holder.cardId, { rank: current }));
  return answers;
}
