import type { MemberAnswerRecord, NoteText } from '../counseling-module.js';
import { cardLabel } from './cards.js';
import { EXAMPLE_KEY, parseItemKey } from './schemas.js';

/**
 * Reading stored rows back. Values were checked when given, but a view must not break on a row from
 * an older config, so each reader takes only what still has the expected shape.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isRemoved = (value: unknown): boolean => isObject(value) && value.removed === true;

/** One row per (giver, subject, item): the newest, whatever round it came in. */
export function newestRows(records: readonly MemberAnswerRecord[]): MemberAnswerRecord[] {
  const rows = new Map<string, MemberAnswerRecord>();
  for (const record of records) {
    const key = JSON.stringify([record.memberId, record.subjectMemberId, record.itemKey]);
    const seen = rows.get(key);
    if (!seen || seen.updatedAt <= record.updatedAt) rows.set(key, record);
  }
  return [...rows.values()];
}

export interface PickRow {
  memberId: string;
  cardId: string;
  rank: number;
  updatedAt: number;
}

/** Current (not removed) picks, for every giver in `records`; own answers only (subject null). */
export function currentPicks(records: readonly MemberAnswerRecord[]): PickRow[] {
  return newestRows(records).flatMap((record) => {
    const item = parseItemKey(record.itemKey);
    if (record.subjectMemberId !== null || item?.kind !== 'pick') return [];
    const value = record.value;
    if (!isObject(value) || typeof value.rank !== 'number') return [];
    return [
      { memberId: record.memberId, cardId: item.cardId, rank: value.rank, updatedAt: record.updatedAt },
    ];
  });
}

export interface CardRow {
  memberId: string;
  subjectMemberId: string;
  cardId: string;
  note: string;
  signed: boolean;
  updatedAt: number;
}

/** Current (not removed) peer cards in `records`, self-given ones dropped (nobody gives themselves a card). */
export function currentCards(records: readonly MemberAnswerRecord[]): CardRow[] {
  return newestRows(records).flatMap((record) => {
    const item = parseItemKey(record.itemKey);
    const subject = record.subjectMemberId;
    if (subject === null || subject === record.memberId || item?.kind !== 'card') return [];
    const value = record.value;
    if (!isObject(value) || typeof value.note !== 'string') return [];
    return [
      {
        memberId: record.memberId,
        subjectMemberId: subject,
        cardId: item.cardId,
        note: value.note,
        signed: record.signed,
        updatedAt: record.updatedAt,
      },
    ];
  });
}

/** The member's own example text, or null (none, or emptied). */
export function currentExample(records: readonly MemberAnswerRecord[], memberId: string): string | null {
  const row = newestRows(records).find(
    (r) => r.memberId === memberId && r.subjectMemberId === null && r.itemKey === EXAMPLE_KEY,
  );
  const value = row?.value;
  if (!isObject(value) || typeof value.text !== 'string' || value.text.trim() === '') return null;
  return value.text;
}

/** Ranked picks 1..top first by rank, then the unranked in the order they were picked. */
export function inRankOrder<P extends { rank: number; updatedAt: number; cardId: string }>(picks: P[]): P[] {
  const weight = (rank: number) => (rank > 0 ? rank : Number.MAX_SAFE_INTEGER);
  return [...picks].sort(
    (a, b) =>
      weight(a.rank) - weight(b.rank) || a.updatedAt - b.updatedAt || a.cardId.localeCompare(b.cardId),
  );
}

/** A peer card as the console reviews it: the card's name and its note ('' when none); null for any other row. */
export function describeNote(itemKey: string, value: unknown): NoteText | null {
  const item = parseItemKey(itemKey);
  if (item?.kind !== 'card' || !isObject(value) || isRemoved(value)) return null;
  const card = cardLabel(item.cardId);
  return {
    label: card?.name ?? { ko: item.cardId, en: item.cardId },
    text: typeof value.note === 'string' ? value.note : '',
  };
}
