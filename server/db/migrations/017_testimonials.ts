import { sql, type Kysely, type SqlBool } from 'kysely';

/**
 * Testimonials (참여자 소감, docs/design/assessments-reports.md §3.4): one text per member and program,
 * apart from the anonymous survey, stored with the member. Whether it may be quoted is no column
 * here: it is a current `testimonial-quote` consent (one source of truth), so a withdrawal stops
 * every quote at once.
 * - `attribution`: how a quote is signed, 'none' ("참여자") or 'masked-name' ("임○종");
 * - `entered_by`: the staff member who typed in a paper testimonial (null from the phone);
 * - `request_id`: the last save's id, so a resent save changes nothing.
 * Consents gain where they were given (`channel`: the phone, or paper recorded by staff) and who
 * recorded a paper one (`recorded_by`).
 *
 * Numbered 017: 015 and 016 went to work built at the same time. ADD COLUMN and a new table only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('testimonials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull().check(sql<SqlBool>`length(text) between 1 and 1000`))
    .addColumn('attribution', 'text', (c) =>
      c.notNull().check(sql<SqlBool>`attribution in ('none', 'masked-name')`),
    )
    .addColumn('entered_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('request_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('testimonials_program_member', ['program_id', 'member_id'])
    .execute();
  await db.schema.createIndex('testimonials_member').on('testimonials').column('member_id').execute();

  await db.schema
    .alterTable('consents')
    .addColumn('channel', 'text', (c) =>
      c
        .notNull()
        .defaultTo('phone')
        .check(sql<SqlBool>`channel in ('phone', 'paper')`),
    )
    .execute();
  await db.schema
    .alterTable('consents')
    .addColumn('recorded_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consents').dropColumn('recorded_by').execute();
  await db.schema.alterTable('consents').dropColumn('channel').execute();
  await db.schema.dropTable('testimonials').execute();
}
