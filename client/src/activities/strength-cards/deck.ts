import type { StrengthCard } from '../../../../shared/content/schema.js';
import { strengths } from '../../../../shared/content/strengths.js';

/**
 * The card data, in this lazily loaded chunk only: the personal view sends card ids, so the deck's
 * text reaches a phone once, with the component, not with every view update. strengths.ts imports
 * the schema's types only, so no zod comes along.
 */
const byId = new Map<string, StrengthCard>(strengths.map((card) => [card.id, card]));

export function deckCard(cardId: string): StrengthCard | undefined {
  return byId.get(cardId);
}

/** The deck's ids grouped by family, in the order of `families`; unknown ids are dropped. */
export function deckByFamily(
  deck: readonly string[],
  families: readonly { id: string }[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>(families.map((f) => [f.id, []]));
  for (const id of deck) {
    const family = byId.get(id)?.family;
    if (family) groups.get(family)?.push(id);
  }
  return groups;
}
