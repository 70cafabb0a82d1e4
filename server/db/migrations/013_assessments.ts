import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * Assessment waves and their stored scores (docs/design/assessments-reports.md §2.2–§2.5, §9.1).
 *
 * - `assessment_waves`: a program's plan of instrument waves (pre on the first day, post on the last,
 *   once for the end-of-program survey) and each wave's lifecycle. The plan is the truth; agenda lines
 *   only display it. One wave per (program, instrument, kind).
 * - `instrument_scores`: one member's submitted result of one wave, written once (primary key). It
 *   copies the wave's program, instrument, version and kind so reports never join back, and composite
 *   foreign keys make those copies agree with the wave and the member with the program: a score can
 *   never name another wave's instrument or a member of another program.
 * - `programs.wave_plan_version`: the plan's version, bumped by every plan edit, so a stale editor is
 *   refused (a wave row's own `version` moves on open/close too, which must not refuse a plan edit).
 *
 * New tables, one ADD COLUMN and one new index only: no existing table is rebuilt. Active programs get
 * their waves from their agendas (below); ended ones have no answers to pair.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('wave_plan_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The target of instrument_scores' (member_id, program_id) key: a score's member is of its program.
  await db.schema
    .createIndex('program_members_id_program')
    .on('program_members')
    .columns(['id', 'program_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('assessment_waves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    // Pinned when planned: a version's items and scoring are frozen, so pre and post stay comparable.
    .addColumn('instrument_version', 'integer', (c) =>
      c.notNull().check(sql<SqlBool>`instrument_version > 0`),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', KINDS)))
    // Null = the default day of its kind (pre → first, post/once → last); a deleted day falls back to it.
    .addColumn('planned_day_id', 'text', (c) => c.references('program_days.id').onDelete('set null'))
    .addColumn('activity_id', 'text', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('planned')
        .check(sqlIn('status', ['planned', 'open', 'closed'])),
    )
    // Set from the instrument (the survey), never by a person; only a `once` wave can be anonymous.
    .addColumn('anonymous', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sqlIn('anonymous', [0, 1])),
    )
    .addColumn('opened_at', 'bigint')
    .addColumn('due_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    // The last reminder: at most one a minute, decided by this column so it holds across processes.
    .addColumn('reminded_at', 'bigint')
    .addColumn('release_batches', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql<SqlBool>`release_batches >= 0`),
    )
    // Bumped by every change of the row (plan edit, open, close, extend, remind).
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('assessment_waves_anonymous_once', sql`anonymous = 0 or kind = 'once'`)
    .addCheckConstraint('assessment_waves_opened', sql`status = 'planned' or opened_at is not null`)
    .addCheckConstraint('assessment_waves_closed', sql`status <> 'closed' or closed_at is not null`)
    .addCheckConstraint('assessment_waves_due', sql`due_at is null or opened_at is not null`)
    .addUniqueConstraint('assessment_waves_plan', ['program_id', 'instrument_id', 'kind'])
    // The target of instrument_scores' composite key (the copied columns must be the wave's).
    .addUniqueConstraint('assessment_waves_key', [
      'id',
      'program_id',
      'instrument_id',
      'instrument_version',
      'kind',
    ])
    .execute();
  // One wave per activity: the activity's answers belong to exactly one wave.
  await db.schema
    .createIndex('assessment_waves_activity')
    .on('assessment_waves')
    .column('activity_id')
    .unique()
    .where(sql.ref('activity_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('instrument_scores')
    .addColumn('wave_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', KINDS)))
    // Null when too few items were answered for the instrument's own missing-item rule.
    .addColumn('score', 'double precision')
    .addColumn('answered', 'integer', (c) => c.notNull().check(sql<SqlBool>`answered >= 0`))
    .addColumn('missing', 'integer', (c) => c.notNull().check(sql<SqlBool>`missing >= 0`))
    .addColumn('prorated', 'integer', (c) => c.notNull().check(sqlIn('prorated', [0, 1])))
    // JSON {subscaleId: score | null} and {itemId: value}: the submitted answers, frozen.
    .addColumn('subscales', 'text', (c) => c.notNull())
    .addColumn('item_values', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'bigint', (c) => c.notNull())
    // The running day at submit ("recorded when it was taken"); null between days or on paper without a day.
    .addColumn('taken_day_id', 'text', (c) => c.references('program_days.id').onDelete('set null'))
    .addColumn('taken_day_number', 'integer', (c) =>
      c.check(sql<SqlBool>`taken_day_number is null or taken_day_number >= 1`),
    )
    .addColumn('auto_submitted', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sqlIn('auto_submitted', [0, 1])),
    )
    // A paper form entered by staff (§2.5); such a row is never an automatic submit.
    .addColumn('entered_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    // The staff entry's request id: a resend finds the first result.
    .addColumn('request_id', 'text', (c) => c.unique())
    .addCheckConstraint('instrument_scores_score_answered', sql`score is null or answered > 0`)
    .addCheckConstraint('instrument_scores_auto_staff', sql`auto_submitted = 0 or entered_by is null`)
    .addPrimaryKeyConstraint('instrument_scores_pk', ['wave_id', 'member_id'])
    .addForeignKeyConstraint(
      'instrument_scores_wave',
      ['wave_id', 'program_id', 'instrument_id', 'instrument_version', 'kind'],
      'assessment_waves',
      ['id', 'program_id', 'instrument_id', 'instrument_version', 'kind'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'instrument_scores_member',
      ['member_id', 'program_id'],
      'program_members',
      ['id', 'program_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('instrument_scores_pairing')
    .on('instrument_scores')
    .columns(['program_id', 'instrument_id', 'instrument_version', 'kind'])
    .execute();
  await db.schema
    .createIndex('instrument_scores_member')
    .on('instrument_scores')
    .column('member_id')
    .execute();

  await backfill(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instrument_scores').execute();
  await db.schema.dropTable('assessment_waves').execute();
  await db.schema.dropIndex('program_members_id_program').execute();
  await db.schema.alterTable('programs').dropColumn('wave_plan_version').execute();
}

const KINDS = ['pre', 'post', 'once'];

function sqlIn(column: string, values: readonly (string | number)[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

// ── backfill ─────────────────────────────────────────────────────────────────────────────────────
// A frozen copy of the template default (design §2.2, `defaultWaves`): the code's rule may change
// later, what this migration wrote must not. The instruments' `use` as the content library had it
// when this was written; every instrument was at its first version then.

const FROZEN_USE: Readonly<Record<string, 'pre-post' | 'end-of-program'>> = {
  'life-satisfaction': 'pre-post',
  swls: 'pre-post',
  'rosenberg-self-esteem': 'pre-post',
  'job-search-readiness': 'pre-post',
  'program-satisfaction': 'end-of-program',
};
const FROZEN_VERSION = 1;

export interface FrozenWave {
  instrumentId: string;
  kind: 'pre' | 'post' | 'once';
  /** Null = the default day of the kind. */
  plannedDayId: string | null;
}

/** The instrument ids of a day's agenda (modules JSON), in agenda order; a malformed agenda has none. */
function instrumentLines(modulesJson: string): string[] {
  try {
    const modules = JSON.parse(modulesJson) as {
      activities?: { type?: unknown; instrumentId?: unknown }[];
    }[];
    return modules.flatMap((m) =>
      (m.activities ?? []).flatMap((a) =>
        a.type === 'instrument' && typeof a.instrumentId === 'string' && a.instrumentId in FROZEN_USE
          ? [a.instrumentId]
          : [],
      ),
    );
  } catch {
    return [];
  }
}

/**
 * The waves a program's agenda implies (days in date order), as `defaultWaves` had it when this was
 * written: a pre-post instrument's line on the first day is its pre, on the last day its post (on a
 * one-day program its first line is the pre, a later one the post); an end-of-program instrument is
 * taken `once` on the day of its last line, planned on that day unless it is the last. Lines of
 * middle days and unknown instruments make none.
 */
export function frozenDefaultWaves(days: readonly { id: string; modules: string }[]): FrozenWave[] {
  const waves = new Map<string, FrozenWave>();
  const add = (wave: FrozenWave) => {
    const key = `${wave.instrumentId}:${wave.kind}`;
    if (!waves.has(key)) waves.set(key, wave);
  };
  days.forEach((day, index) => {
    const first = index === 0;
    const last = index === days.length - 1;
    for (const instrumentId of instrumentLines(day.modules)) {
      if (FROZEN_USE[instrumentId] === 'end-of-program') {
        // A later line wins: an end-of-program survey measures the end.
        waves.delete(`${instrumentId}:once`);
        add({ instrumentId, kind: 'once', plannedDayId: last ? null : day.id });
      } else if (first && !waves.has(`${instrumentId}:pre`)) {
        add({ instrumentId, kind: 'pre', plannedDayId: null });
      } else if (last) {
        add({ instrumentId, kind: 'post', plannedDayId: null });
      }
    }
  });
  return [...waves.values()];
}

async function backfill(db: Kysely<unknown>): Promise<void> {
  const programs = await sql<{ id: string }>`select id from programs where status = 'active'`.execute(db);
  const now = Date.now();
  for (const program of programs.rows) {
    const days = await sql<{ id: string; modules: string }>`
      select id, modules from program_days where program_id = ${program.id} order by date, id
    `.execute(db);
    for (const wave of frozenDefaultWaves(days.rows)) {
      const anonymous = FROZEN_USE[wave.instrumentId] === 'end-of-program' ? 1 : 0;
      await sql`
        insert into assessment_waves
          (id, program_id, instrument_id, instrument_version, kind, planned_day_id, anonymous, created_at)
        values (${crypto.randomUUID()}, ${program.id}, ${wave.instrumentId}, ${FROZEN_VERSION}, ${wave.kind},
          ${wave.plannedDayId}, ${anonymous}, ${now})
      `.execute(db);
    }
  }
}
