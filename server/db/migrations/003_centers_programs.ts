import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * Centers and their users, multi-day programs with one join code across their days, the program's
 * members (the roster that lasts across days) and attendance per day.
 *
 * Join codes of sessions and programs come from one registry (`join_codes`): a code is held by at
 * most one owner until released, so a quick session can never take a running program's code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('centers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('completion_threshold', 'double precision', (c) =>
      c
        .notNull()
        .defaultTo(0.8)
        .check(sql<SqlBool>`completion_threshold > 0 and completion_threshold <= 1`),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('facilitators')
    .addColumn('center_id', 'text', (c) => c.references('centers.id'))
    .execute();
  await db.schema
    .alterTable('facilitators')
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('admin')
        .check(sqlIn('role', ['admin', 'facilitator'])),
    )
    .execute();
  await db.schema
    .alterTable('facilitators')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('facilitators')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Accounts made before centers existed become admins of one center, so nobody is locked out.
  const existing = await sql<{ n: number | string }>`select count(*) as n from facilitators`.execute(db);
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    const id = crypto.randomUUID();
    await sql`insert into centers (id, name, completion_threshold, created_at) values (${id}, ${'기본 센터'}, ${0.8}, ${Date.now()})`.execute(
      db,
    );
    await sql`update facilitators set center_id = ${id}`.execute(db);
  }
  await db.schema.createIndex('facilitators_center').on('facilitators').column('center_id').execute();

  await db.schema
    .createTable('join_codes')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('released_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('join_codes_held')
    .on('join_codes')
    .column('code')
    .unique()
    .where(sql.ref('released_at'), 'is', null)
    .execute();
  await db.schema.createIndex('join_codes_owner').on('join_codes').column('owner_id').execute();
  await sql`insert into join_codes (code, owner_id, claimed_at, released_at)
            select code, id, created_at, null from live_sessions where status <> 'ended'`.execute(db);

  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('group_label', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['active', 'ended'])))
    .addColumn('template_id', 'text')
    .addColumn('track_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.notNull().references('facilitators.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .execute();
  await db.schema.createIndex('programs_center').on('programs').column('center_id').execute();
  await db.schema.createIndex('programs_code').on('programs').column('code').execute();

  await db.schema
    .createTable('program_facilitators')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('facilitator_id', 'text', (c) => c.notNull().references('facilitators.id'))
    .addPrimaryKeyConstraint('program_facilitators_pk', ['program_id', 'facilitator_id'])
    .execute();
  await db.schema
    .createIndex('program_facilitators_user')
    .on('program_facilitators')
    .column('facilitator_id')
    .execute();

  await db.schema
    .createTable('program_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('modules', 'text', (c) => c.notNull())
    .addColumn('planned_minutes', 'integer', (c) => c.notNull())
    .addUniqueConstraint('program_days_date', ['program_id', 'date'])
    .execute();

  // A program day's live session; one per day (starting it again resumes it).
  await db.schema
    .alterTable('live_sessions')
    .addColumn('program_day_id', 'text', (c) => c.references('program_days.id'))
    .execute();
  await db.schema
    .createIndex('live_sessions_program_day')
    .on('live_sessions')
    .column('program_day_id')
    .unique()
    .where(sql.ref('program_day_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('program_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('nickname', 'text', (c) => c.notNull())
    .addColumn('nickname_key', 'text', (c) => c.notNull())
    .addColumn('real_name', 'text')
    .addColumn('pin_hash', 'text', (c) => c.notNull())
    .addColumn('intake', 'text')
    .addColumn('consented_at', 'bigint', (c) => c.notNull())
    // The phone's id for its registration, so a registration resent after a lost answer is found again.
    .addColumn('registration_id', 'text', (c) => c.unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('program_members_nickname', ['program_id', 'nickname_key'])
    .execute();

  // Every phone a member uses holds its own token: recovering on a new phone does not log out the old one.
  await db.schema
    .createTable('member_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_tokens_member').on('member_tokens').column('member_id').execute();

  // Each day's participant row of a program member: the engine keeps working per session.
  await db.schema
    .alterTable('participants')
    .addColumn('member_id', 'text', (c) => c.references('program_members.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('participants_session_member')
    .on('participants')
    .columns(['session_id', 'member_id'])
    .unique()
    .where(sql.ref('member_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('attendance')
    .addColumn('day_id', 'text', (c) => c.notNull().references('program_days.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('joined_at', 'bigint')
    /** Hours as corrected by a facilitator; null = the day's planned hours when present. */
    .addColumn('hours', 'double precision', (c) => c.check(sql<SqlBool>`hours is null or hours >= 0`))
    .addColumn('corrected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['day_id', 'member_id'])
    .execute();
  await db.schema.createIndex('attendance_member').on('attendance').column('member_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attendance').execute();
  await db.schema.dropIndex('participants_session_member').execute();
  await db.schema.alterTable('participants').dropColumn('member_id').execute();
  await db.schema.dropTable('member_tokens').execute();
  await db.schema.dropTable('program_members').execute();
  await db.schema.dropIndex('live_sessions_program_day').execute();
  await db.schema.alterTable('live_sessions').dropColumn('program_day_id').execute();
  await db.schema.dropTable('program_days').execute();
  await db.schema.dropTable('program_facilitators').execute();
  await db.schema.dropTable('programs').execute();
  await db.schema.dropTable('join_codes').execute();
  await db.schema.dropIndex('facilitators_center').execute();
  for (const column of ['must_change_password', 'active', 'role', 'center_id']) {
    await db.schema.alterTable('facilitators').dropColumn(column).execute();
  }
  await db.schema.dropTable('centers').execute();
}

function sqlIn(column: string, values: string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
