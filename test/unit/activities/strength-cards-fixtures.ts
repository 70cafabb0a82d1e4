import type {
  GiveContext,
  MemberAnswerRecord,
  PersonalContext,
} from '../../../shared/activities/counseling-module.js';
import { strengthCards, type StrengthCardsConfig } from '../../../shared/activities/strength-cards/index.js';
import { ALL_CARD_IDS } from '../../../shared/activities/strength-cards/cards.js';

/** The first cards of the library; tests read better with a few fixed ids. */
export const [C1, C2, C3, C4, C5, C6, C7] = ALL_CARD_IDS as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export const config = (over: Partial<StrengthCardsConfig> = {}): StrengthCardsConfig => ({
  ...strengthCards.defaultConfig(),
  ...over,
});

let clock = 0;

interface RowOptions {
  subject?: string | null;
  signed?: boolean;
  noteState?: 'held' | 'shown' | null;
  round?: number;
}

/** One stored row as the server would hand it to the module. */
export function row(
  memberId: string,
  itemKey: string,
  value: unknown,
  o: RowOptions = {},
): MemberAnswerRecord {
  clock += 1;
  const subject = o.subject ?? null;
  return {
    answerId: `a${clock}`,
    memberId,
    subjectMemberId: subject,
    round: o.round ?? 0,
    itemKey,
    value,
    noteState: o.noteState !== undefined ? o.noteState : subject === null ? null : 'shown',
    signed: o.signed ?? false,
    updatedAt: clock,
  };
}

export const pick = (memberId: string, cardId: string, rank = 0) => row(memberId, `pick:${cardId}`, { rank });
export const unpick = (memberId: string, cardId: string) =>
  row(memberId, `pick:${cardId}`, { removed: true });
export const card = (giver: string, subject: string, cardId: string, note = '', o: RowOptions = {}) =>
  row(giver, `card:${cardId}`, { note }, { subject, ...o });

export function giveCtx(over: Partial<GiveContext> = {}): GiveContext {
  return {
    giverId: 'm1',
    subjectMemberId: null,
    round: 0,
    itemKey: `pick:${C1}`,
    phase: 'sort',
    groupMates: ['m2', 'm3'],
    programMemberIds: ['m1', 'm2', 'm3', 'm4', 'm5'],
    roles: {},
    consents: [],
    own: [],
    ...over,
  };
}

export const nick = (id: string) => `nick-${id}`;

export function personalCtx(over: Partial<PersonalContext> = {}): PersonalContext {
  const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
  return {
    memberId: 'm1',
    given: [],
    received: [],
    nicknames: Object.fromEntries(ids.map((id) => [id, nick(id)])),
    groupMates: ['m2', 'm3'],
    phase: 'feedback',
    roles: {},
    state: null,
    consents: [],
    ...over,
  };
}
