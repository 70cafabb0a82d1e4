import type { Kysely, Selectable } from 'kysely';
import type { OutcomeBody } from '../../shared/outcomes/schemas.js';
import type { Database, FollowUpOutcomesTable } from '../db/schema.js';

/** An outcome to record: the form's fields, whose member and program, and who records it. */
export interface NewOutcome extends Omit<OutcomeBody, 'requestId'> {
  requestId: string;
  programId: string;
  memberId: string;
  recordedBy: string;
}

export interface StoredOutcome extends Omit<OutcomeBody, 'requestId'> {
  id: string;
  programId: string;
  memberId: string;
  requestId: string;
  /** The record that corrects this one, if any. */
  supersededBy: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: number;
}

/**
 * What recording came to: the stored row (the first one when the request id was seen before), or why
 * not — the corrected record is not this member's (`outcome_not_found`), it was corrected already
 * (`outcome_superseded`), or the request id belongs to another member's record (`request_conflict`).
 */
export type RecordOutcome =
  | { outcome: StoredOutcome; duplicate: boolean }
  | 'outcome_not_found'
  | 'outcome_superseded'
  | 'request_conflict';

type Row = Selectable<FollowUpOutcomesTable> & {
  superseded_by: string | null;
  recorded_by_name: string | null;
};

/**
 * Follow-up outcomes (사후관리), insert-only: nothing here updates or deletes a row. A correction is a
 * new row naming the one it supersedes, so the history of what staff were told stays readable; the
 * merge of two members moves rows (merge-counseling.ts), and a program's or member's deletion cascades.
 */
export class OutcomeStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(input: NewOutcome, now = Date.now()): Promise<RecordOutcome> {
    const first = await this.replay(input);
    if (first) return first;
    if (input.supersedesId !== null) {
      const target = await this.db
        .selectFrom('follow_up_outcomes')
        .select('id')
        .where('id', '=', input.supersedesId)
        .where('program_id', '=', input.programId)
        .where('member_id', '=', input.memberId)
        .executeTakeFirst();
      if (!target) return 'outcome_not_found';
      if (await this.supersededAlready(input.supersedesId)) return 'outcome_superseded';
    }
    const id = crypto.randomUUID();
    try {
      // A concurrent insert of the same request id loses here quietly and is answered below as a resend.
      await this.db
        .insertInto('follow_up_outcomes')
        .values({
          id,
          program_id: input.programId,
          member_id: input.memberId,
          checkpoint_months: input.checkpointMonths,
          as_of: input.asOf,
          status: input.status,
          employed_on: input.employedOn,
          company: input.company,
          occupation: input.occupation,
          employment_type: input.employmentType,
          placement: input.placement,
          training_name: input.trainingName,
          note: input.note,
          supersedes_id: input.supersedesId,
          recorded_by: input.recordedBy,
          recorded_at: now,
          request_id: input.requestId,
        })
        .onConflict((oc) => oc.column('request_id').doNothing())
        .execute();
    } catch (error) {
      // Two corrections of one record at once: the partial unique index lets one through.
      if (input.supersedesId !== null && (await this.supersededAlready(input.supersedesId)))
        return 'outcome_superseded';
      throw error;
    }
    const stored = await this.replay(input);
    if (stored === null) return 'request_conflict';
    return typeof stored === 'string'
      ? stored
      : { outcome: stored.outcome, duplicate: stored.outcome.id !== id };
  }

  /** Every record of a program, oldest entry first. */
  async listForProgram(programId: string): Promise<StoredOutcome[]> {
    return this.listForPrograms([programId]);
  }

  async listForPrograms(programIds: readonly string[]): Promise<StoredOutcome[]> {
    if (programIds.length === 0) return [];
    const rows = await this.select()
      .where('o.program_id', 'in', programIds)
      .orderBy('o.recorded_at')
      .orderBy('o.id')
      .execute();
    return rows.map(toStored);
  }

  /** The row a request id stored, if it is this member's; a foreign one is a conflict, never shown. */
  private async replay(input: NewOutcome): Promise<RecordOutcome | null> {
    const row = await this.select().where('o.request_id', '=', input.requestId).executeTakeFirst();
    if (!row) return null;
    if (row.program_id !== input.programId || row.member_id !== input.memberId) return 'request_conflict';
    return { outcome: toStored(row), duplicate: true };
  }

  private async supersededAlready(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('follow_up_outcomes')
      .select('id')
      .where('supersedes_id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  private select() {
    return this.db
      .selectFrom('follow_up_outcomes as o')
      .leftJoin('follow_up_outcomes as c', 'c.supersedes_id', 'o.id')
      .leftJoin('facilitators as f', 'f.id', 'o.recorded_by')
      .selectAll('o')
      .select(['c.id as superseded_by', 'f.name as recorded_by_name']);
  }
}

function toStored(row: Row): StoredOutcome {
  return {
    id: row.id,
    programId: row.program_id,
    memberId: row.member_id,
    requestId: row.request_id,
    checkpointMonths: Number(row.checkpoint_months),
    asOf: row.as_of,
    status: row.status,
    employedOn: row.employed_on,
    company: row.company,
    occupation: row.occupation,
    employmentType: row.employment_type,
    placement: row.placement,
    trainingName: row.training_name,
    note: row.note,
    supersedesId: row.supersedes_id,
    supersededBy: row.superseded_by,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: Number(row.recorded_at),
  };
}
