import { z } from 'zod';
import { text } from '../../protocol/text.js';
import { ALL_CARD_IDS, cardById } from './cards.js';
import type { StrengthCardsConfig } from './types.js';

/** Peer cards to the whole room only in a small program: beyond this, the room is too many to know. */
export const ROOM_SCOPE_MAX_MEMBERS = 20;
export const EXAMPLE_MAX_LENGTH = 300;
export const NOTE_MAX_LENGTH = 200;

export const PHASES = ['sort', 'feedback'] as const;
export type StrengthPhase = (typeof PHASES)[number];

const cardId = text()
  .min(1)
  .max(60)
  .refine((id) => cardById(id) !== undefined, 'not a card of the strength deck');

export const configSchema = z
  .object({
    deck: z
      .array(cardId)
      .min(1)
      .max(ALL_CARD_IDS.length)
      .refine((ids) => new Set(ids).size === ids.length, 'a card is in the deck twice')
      .default(() => [...ALL_CARD_IDS]),
    picks: z.number().int().min(1).max(10).default(5),
    top: z.number().int().min(1).max(3).default(3),
    example: z.boolean().default(true),
    scope: z.enum(['group', 'room']).default('group'),
    cardsPerPeer: z.number().int().min(1).max(3).default(1),
    holdNotes: z.boolean().default(false),
  })
  .refine((c) => c.top <= c.picks, { message: 'top must not exceed picks', path: ['top'] })
  .refine((c) => c.picks <= c.deck.length, { message: 'picks must not exceed the deck', path: ['picks'] });

// The explicit interface (types.ts) is what the phone reads; this line keeps the schema in step with it.
export const strengthCardsConfigSchema: z.ZodType<StrengthCardsConfig> = configSchema;

export const defaultConfig = (): StrengthCardsConfig => configSchema.parse({});

const removed = z.strictObject({ removed: z.literal(true) });

export const pickValueSchema = (config: StrengthCardsConfig) =>
  z.union([z.strictObject({ rank: z.number().int().min(0).max(config.top) }), removed]);

export const exampleValueSchema = z.strictObject({ text: text().trim().max(EXAMPLE_MAX_LENGTH) });

export const peerCardValueSchema = z.union([
  z.strictObject({ note: text().trim().max(NOTE_MAX_LENGTH) }),
  removed,
]);

/** The three kinds of item a member gives; the card's id is part of the key so each card is one row. */
export type ParsedItem =
  { kind: 'pick'; cardId: string } | { kind: 'example' } | { kind: 'card'; cardId: string };

export const pickKey = (id: string) => `pick:${id}`;
export const cardKey = (id: string) => `card:${id}`;
export const EXAMPLE_KEY = 'example';

export function parseItemKey(itemKey: string): ParsedItem | null {
  if (itemKey === EXAMPLE_KEY) return { kind: 'example' };
  const match = /^(pick|card):(.+)$/.exec(itemKey);
  if (!match) return null;
  return { kind: match[1] === 'pick' ? 'pick' : 'card', cardId: match[2]! };
}
