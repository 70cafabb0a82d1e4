import { sql, type Kysely } from 'kysely';

/**
 * The download log (docs/design/assessments-reports.md §7.5): one row per export — who, when, which
 * center, which program (or the whole center's), which dataset and format, the filters and how many
 * rows left — never any of the data itself. It is the 접속기록 of downloads that PIPA's security
 * measures ask for, so it outlives what it names: a removed user or program leaves the row with its
 * id set null, and the user's name and the program's title are copied (`user_name`, `filters`).
 * A new table only, no table rebuilt. Nothing here is keyed by a member, so no merge rule applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('export_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.references('programs.id').onDelete('set null'))
    // 'program' (one program's export) or 'center' (the center's programs in a period).
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    // JSON: {programTitle?, from?, to?, programs}: what was asked, never a value of the file.
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('export_log_scope', sql`scope in ('program', 'center')`)
    .addCheckConstraint('export_log_format', sql`format in ('xlsx', 'csv')`)
    .addCheckConstraint('export_log_rows', sql`rows >= 0`)
    .execute();
  // The admin page reads a center's month, newest first.
  await db.schema
    .createIndex('export_log_center_time')
    .on('export_log')
    .columns(['center_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('export_log').execute();
}
