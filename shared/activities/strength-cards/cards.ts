import { strengthFamilyNames, type StrengthCard, type StrengthFamily } from '../../content/schema.js';
import { strengths } from '../../content/strengths.js';
import type { CardLabel } from './types.js';

/** Every card of the content library, in its order: the default deck. */
export const ALL_CARD_IDS: readonly string[] = strengths.map((card) => card.id);

const byId = new Map<string, StrengthCard>(strengths.map((card) => [card.id, card]));

export function cardById(cardId: string): StrengthCard | undefined {
  return byId.get(cardId);
}

export const FAMILY_IDS = Object.keys(strengthFamilyNames) as StrengthFamily[];

export function familyList(): { id: string; name: (typeof strengthFamilyNames)[StrengthFamily] }[] {
  return FAMILY_IDS.map((id) => ({ id, name: strengthFamilyNames[id] }));
}

/** The card as views and reports name it; undefined for an id the library no longer has. */
export function cardLabel(cardId: string): CardLabel | undefined {
  const card = byId.get(cardId);
  if (!card) return undefined;
  return {
    cardId,
    name: card.name,
    description: card.description,
    family: card.family,
    familyName: strengthFamilyNames[card.family],
  };
}
