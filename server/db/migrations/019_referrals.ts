import { sql, type Kysely, type SqlBool } from 'kysely';

/**
 * Referrals (연계, docs/design/assessments-reports.md §4.4): staff record that a member was referred to
 * a service (the content library's, or 'other' with a name), and append its later outcome as updates;
 * the current status is the latest update. A referral to a health-related service is recorded only with
 * the member's separate consent, written here as who recorded it and when (given on paper), and is
 * deleted with its updates when that consent is withdrawn. Rows go with their program and member.
 * Numbered 019: 015–018 are the export log's, the survey's, the testimonials' and paper members'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text')
    .addColumn('referred_on', 'text', (c) => c.notNull().check(sql<SqlBool>`referred_on like '____-__-__'`))
    .addColumn('note', 'text')
    .addColumn('health_related', 'integer', (c) => c.notNull().check(sql<SqlBool>`health_related in (0, 1)`))
    .addColumn('consent_recorded_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('consent_recorded_at', 'bigint')
    .addColumn('created_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .addCheckConstraint('referrals_other_named', sql`service_id <> 'other' or service_name is not null`)
    // A health-related referral exists only with its recorded consent.
    .addCheckConstraint(
      'referrals_health_consent',
      sql`health_related = 0 or consent_recorded_at is not null`,
    )
    .execute();
  await db.schema.createIndex('referrals_program').on('referrals').column('program_id').execute();
  await db.schema.createIndex('referrals_member').on('referrals').column('member_id').execute();

  await db.schema
    .createTable('referral_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referrals.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql<SqlBool>`status in ('pending', 'connected', 'not-connected', 'declined')`),
    )
    .addColumn('on_date', 'text', (c) => c.notNull().check(sql<SqlBool>`on_date like '____-__-__'`))
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex('referral_updates_referral')
    .on('referral_updates')
    .column('referral_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('referral_updates').execute();
  await db.schema.dropTable('referrals').execute();
}
