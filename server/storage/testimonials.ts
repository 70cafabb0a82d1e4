import type { Kysely, Selectable } from 'kysely';
import { TESTIMONIAL_QUOTE } from '../../shared/program/testimonial-notice.js';
import type { TestimonialAttribution } from '../../shared/testimonials/mask.js';
import type { Database } from '../db/schema.js';
import type { TestimonialsTable } from '../db/schema-testimonials.js';
import type { ConsentStore } from './consents.js';
import { lockRow } from './locks.js';
import type { StoreTransaction } from './member-answers.js';

/** A testimonial with what decides how it may be used: the quote consent (current or not). */
export interface StoredTestimonial {
  id: string;
  programId: string;
  memberId: string;
  text: string;
  attribution: TestimonialAttribution;
  enteredBy: string | null;
  createdAt: number;
  updatedAt: number;
  /** A current `testimonial-quote` consent of the member: the one source of "quotable". */
  quotable: boolean;
}

/** A save: from the phone (`by` null), or typed in by staff from paper (`by` the user). */
export interface TestimonialSave {
  programId: string;
  memberId: string;
  requestId: string;
  text: string;
  quote: boolean;
  attribution: TestimonialAttribution;
  /** The notice version the quote consent names (the current one). */
  noticeVersion: string;
  by: string | null;
}

/** A quotable testimonial with its member's real name and its program's title and last day. */
export interface QuotableRow extends StoredTestimonial {
  realName: string | null;
  programTitle: string;
  lastDay: string | null;
}

function toTestimonial(row: Selectable<TestimonialsTable>, quotable: boolean): StoredTestimonial {
  return {
    id: row.id,
    programId: row.program_id,
    memberId: row.member_id,
    text: row.text,
    attribution: row.attribution,
    enteredBy: row.entered_by,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    quotable,
  };
}

/**
 * Testimonials (참여자 소감, docs/design/assessments-reports.md §3.4), `storage.testimonials`. One per
 * member and program. A save writes the text and gives or withdraws the `testimonial-quote` consent
 * in one transaction under the member's row lock; whether a text may be quoted is always read from
 * that consent, never copied, so a withdrawal stops every quote at once and leaves the text.
 */
export class TestimonialStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly consents: ConsentStore,
  ) {}

  /**
   * Upserts the text and gives (on paper: recorded by `by`) or withdraws the quote consent. A resend
   * of the last save's request id changes nothing and answers what is stored. Null when the member
   * is not one of the program's.
   */
  save(input: TestimonialSave, now = Date.now()): Promise<StoredTestimonial | null> {
    return this.db.transaction().execute(async (trx) => {
      if (!(await memberOf(trx, input.programId, input.memberId))) return null;
      await lockRow(trx, 'program_members', input.memberId);
      const existing = await this.row(trx, input.programId, input.memberId);
      if (existing?.request_id === input.requestId) return this.withQuote(trx, existing);
      const values = {
        text: input.text,
        attribution: input.attribution,
        entered_by: input.by,
        request_id: input.requestId,
        updated_at: now,
      };
      if (existing) await trx.updateTable('testimonials').set(values).where('id', '=', existing.id).execute();
      else
        await trx
          .insertInto('testimonials')
          .values({
            ...values,
            id: crypto.randomUUID(),
            program_id: input.programId,
            member_id: input.memberId,
            created_at: now,
          })
          .execute();
      if (input.quote) {
        const by = input.by ? { channel: 'paper' as const, recordedBy: input.by } : undefined;
        await this.consents.give(input.memberId, TESTIMONIAL_QUOTE, input.noticeVersion, now, {
          trx,
          ...(by ? { by } : {}),
        });
      } else await this.consents.withdraw(input.memberId, TESTIMONIAL_QUOTE, trx, now);
      return this.withQuote(trx, (await this.row(trx, input.programId, input.memberId))!);
    });
  }

  /** Deletes the member's text and withdraws the quote consent; whether there was a text. */
  remove(programId: string, memberId: string, now = Date.now()): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (!(await memberOf(trx, programId, memberId))) return false;
      await lockRow(trx, 'program_members', memberId);
      const deleted = await trx
        .deleteFrom('testimonials')
        .where('program_id', '=', programId)
        .where('member_id', '=', memberId)
        .executeTakeFirst();
      await this.consents.withdraw(memberId, TESTIMONIAL_QUOTE, trx, now);
      return Number(deleted.numDeletedRows) > 0;
    });
  }

  /** The member's testimonial for the program, or null. */
  async get(programId: string, memberId: string): Promise<StoredTestimonial | null> {
    const row = await this.row(this.db, programId, memberId);
    return row ? this.withQuote(this.db, row) : null;
  }

  /** Every testimonial of the program, oldest first, each with whether it is quotable now. */
  async listForProgram(programId: string): Promise<StoredTestimonial[]> {
    const rows = await this.selectWithQuote(this.db)
      .where('testimonials.program_id', '=', programId)
      .orderBy('testimonials.created_at')
      .orderBy('testimonials.id')
      .execute();
    return rows.map(({ quote_id, ...row }) => toTestimonial(row, quote_id !== null));
  }

  /** The consented testimonials of these programs only, with what a quote is signed and dated with. */
  async quotable(programIds: readonly string[]): Promise<QuotableRow[]> {
    if (programIds.length === 0) return [];
    const rows = await this.selectWithQuote(this.db)
      .innerJoin('program_members', 'program_members.id', 'testimonials.member_id')
      .innerJoin('programs', 'programs.id', 'testimonials.program_id')
      .select((eb) => [
        'program_members.real_name as real_name',
        'programs.title as program_title',
        eb
          .selectFrom('program_days')
          .select((d) => d.fn.max('program_days.date').as('last'))
          .whereRef('program_days.program_id', '=', 'testimonials.program_id')
          .as('last_day'),
      ])
      .where('testimonials.program_id', 'in', [...programIds])
      .where('consents.id', 'is not', null)
      .orderBy('testimonials.updated_at', 'desc')
      .orderBy('testimonials.id')
      .execute();
    return rows.map(({ quote_id, real_name, program_title, last_day, ...row }) => ({
      ...toTestimonial(row, quote_id !== null),
      realName: real_name,
      programTitle: program_title,
      lastDay: last_day ?? null,
    }));
  }

  private selectWithQuote(db: Kysely<Database> | StoreTransaction) {
    return db
      .selectFrom('testimonials')
      .leftJoin('consents', (join) =>
        join
          .onRef('consents.member_id', '=', 'testimonials.member_id')
          .on('consents.purpose', '=', TESTIMONIAL_QUOTE)
          .on('consents.withdrawn_at', 'is', null),
      )
      .selectAll('testimonials')
      .select('consents.id as quote_id');
  }

  private row(db: Kysely<Database> | StoreTransaction, programId: string, memberId: string) {
    return db
      .selectFrom('testimonials')
      .selectAll()
      .where('program_id', '=', programId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
  }

  private async withQuote(
    db: Kysely<Database> | StoreTransaction,
    row: Selectable<TestimonialsTable>,
  ): Promise<StoredTestimonial> {
    const consent = await db
      .selectFrom('consents')
      .select('id')
      .where('member_id', '=', row.member_id)
      .where('purpose', '=', TESTIMONIAL_QUOTE)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return toTestimonial(row, consent !== undefined);
  }
}

async function memberOf(trx: StoreTransaction, programId: string, memberId: string): Promise<boolean> {
  const found = await trx
    .selectFrom('program_members')
    .select('id')
    .where('id', '=', memberId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return found !== undefined;
}
