import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, MemberAnswersTable } from '../db/schema.js';

/** A transaction a caller opened (e.g. to read the consent and store an answer at once). */
export type StoreTransaction = Transaction<Database>;

export type NoteState = 'held' | 'shown';

/** A counseling answer as the handler has validated it: who gives it, about whom, in which round, for which item. */
export interface MemberAnswerSubmission {
  activityId: string;
  /** The giver. */
  memberId: string;
  answerId: string;
  /** The subject member (a peer card, interview feedback); absent for one's own answer. */
  subjectMemberId?: string;
  round?: number;
  itemKey?: string;
  value: unknown;
  signed?: boolean;
  /** For anything a receiver reads: 'held' until the facilitator shows it, or 'shown'. */
  noteState?: NoteState | null;
}

export interface StoredMemberAnswer {
  activityId: string;
  memberId: string;
  /** '' for one's own answer. */
  subjectKey: string;
  round: number;
  itemKey: string;
  answerId: string;
  entryId: string;
  value: unknown;
  updatedAt: number;
  noteState: NoteState | null;
  signed: boolean;
}

/**
 * `stored` is the answer as now stored; a duplicate stored nothing. An answer id someone else already
 * used is refused (the id is taken) without saying whose it is.
 */
export type MemberAnswerResult =
  | { ok: true; duplicate: false; stored: StoredMemberAnswer }
  | { ok: true; duplicate: true; activityId: string }
  | { ok: false; code: 'invalid_payload' };

type Row = Selectable<MemberAnswersTable>;

function toAnswer(row: Row): StoredMemberAnswer {
  return {
    activityId: row.activity_id,
    memberId: row.member_id,
    subjectKey: row.subject_key,
    round: Number(row.round),
    itemKey: row.item_key,
    answerId: row.answer_id,
    entryId: row.entry_id,
    value: JSON.parse(row.value) as unknown,
    updatedAt: Number(row.updated_at),
    noteState: row.note_state,
    signed: row.signed === 1,
  };
}

/**
 * Counseling answers keyed by the program member (docs/design/counseling-engine.md §3). Stored exactly
 * once by answer id, like the engine's answers: receipt lookup → receipt → upsert, in one transaction.
 * Authorization (membership, open activity, subject in the giver's group, role, consent) is the
 * caller's, inside the same transaction when it reads the database.
 */
export class MemberAnswerStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Runs `work` in one transaction that the store methods below accept as their last argument. */
  transaction<T>(work: (trx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async submit(s: MemberAnswerSubmission, trx?: StoreTransaction): Promise<MemberAnswerResult> {
    if (!trx) return this.transaction((own) => this.submit(s, own));
    const known = await this.knownReceipt(trx, s.answerId);
    if (known) return resend(known, s);
    const inserted = await trx
      .insertInto('member_answer_receipts')
      .values({ answer_id: s.answerId, activity_id: s.activityId, member_id: s.memberId })
      .onConflict((oc) => oc.column('answer_id').doNothing())
      .returning('answer_id')
      .executeTakeFirst();
    if (!inserted) {
      // A concurrent duplicate committed the receipt between the lookup and the insert.
      const raced = await this.knownReceipt(trx, s.answerId);
      return raced ? resend(raced, s) : { ok: false, code: 'invalid_payload' };
    }
    const now = Date.now();
    const value = JSON.stringify(s.value);
    const signed = s.signed ? 1 : 0;
    const noteState = s.noteState ?? null;
    const row = await trx
      .insertInto('member_answers')
      .values({
        activity_id: s.activityId,
        member_id: s.memberId,
        subject_key: s.subjectMemberId ?? '',
        round: s.round ?? 0,
        item_key: s.itemKey ?? '',
        answer_id: s.answerId,
        entry_id: s.answerId,
        value,
        updated_at: now,
        note_state: noteState,
        signed,
      })
      .onConflict((oc) =>
        oc
          .columns(['activity_id', 'member_id', 'subject_key', 'round', 'item_key'])
          // An edited note is held again when the activity holds notes: the facilitator read the old text.
          .doUpdateSet({ answer_id: s.answerId, value, updated_at: now, signed, note_state: noteState }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ok: true, duplicate: false, stored: toAnswer(row) };
  }

  async listForActivity(activityId: string, trx?: StoreTransaction): Promise<StoredMemberAnswer[]> {
    const rows = await (trx ?? this.db)
      .selectFrom('member_answers')
      .selectAll()
      .where('activity_id', '=', activityId)
      .orderBy('updated_at')
      .orderBy('member_id')
      .execute();
    return rows.map(toAnswer);
  }

  /** What a member gave (own answers and what they gave others), in one activity or in all. */
  async listForMember(memberId: string, activityId?: string): Promise<StoredMemberAnswer[]> {
    const rows = await this.db
      .selectFrom('member_answers')
      .selectAll()
      .where('member_id', '=', memberId)
      .$if(activityId !== undefined, (qb) => qb.where('activity_id', '=', activityId!))
      .orderBy('updated_at')
      .execute();
    return rows.map(toAnswer);
  }

  /** What others gave about a member in one activity (optionally one round); the caller filters by note state. */
  async listAboutSubject(
    activityId: string,
    subjectMemberId: string,
    round?: number,
  ): Promise<StoredMemberAnswer[]> {
    const rows = await this.db
      .selectFrom('member_answers')
      .selectAll()
      .where('activity_id', '=', activityId)
      .where('subject_key', '=', subjectMemberId)
      .$if(round !== undefined, (qb) => qb.where('round', '=', round!))
      .orderBy('updated_at')
      .execute();
    return rows.map(toAnswer);
  }

  /** Shows or holds one entry (by its stable entry id) of an activity; false when there is no such entry. */
  async setNoteState(activityId: string, entryId: string, state: NoteState): Promise<boolean> {
    const result = await this.db
      .updateTable('member_answers')
      .set({ note_state: state })
      .where('activity_id', '=', activityId)
      .where('entry_id', '=', entryId)
      .where('note_state', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Deletes a member's answers to sensitive items (consent withdrawn: processing stops and the data is
   * destroyed). Receipts stay, so a queued resend of a deleted answer is a duplicate and stores nothing.
   */
  async deleteSensitive(
    memberId: string,
    itemKeys: readonly string[],
    trx?: StoreTransaction,
  ): Promise<number> {
    if (itemKeys.length === 0) return 0;
    const result = await (trx ?? this.db)
      .deleteFrom('member_answers')
      .where('member_id', '=', memberId)
      .where('item_key', 'in', [...itemKeys])
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Who gave a known answer id, to which activity; null for an id never stored (a resend's first check). */
  async receipt(answerId: string): Promise<{ memberId: string; activityId: string } | null> {
    const known = await this.knownReceipt(this.db, answerId);
    return known ? { memberId: known.member_id, activityId: known.activity_id } : null;
  }

  private async knownReceipt(trx: StoreTransaction | Kysely<Database>, answerId: string) {
    return trx
      .selectFrom('member_answer_receipts')
      .select(['member_id', 'activity_id'])
      .where('answer_id', '=', answerId)
      .executeTakeFirst();
  }
}

/** The sender's own resend is a duplicate; anyone else's cannot be stored (the id is taken). */
function resend(
  known: { member_id: string; activity_id: string },
  s: MemberAnswerSubmission,
): MemberAnswerResult {
  return known.member_id === s.memberId
    ? { ok: true, duplicate: true, activityId: known.activity_id }
    : { ok: false, code: 'invalid_payload' };
}
