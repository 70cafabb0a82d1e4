import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * Activities belong to a program and link to their agenda line by key (design §2):
 * - `program_id`: the program of the day whose session holds the activity (null in a quick session);
 * - `agenda_key`: the agenda line the activity was made from (null for one added by hand);
 * - `pace`: `live` (the facilitator opens it, at most one open per session) or `self` (a task each
 *   phone works through at its own pace; several may be open at once).
 * Columns are added, never the table rebuilt (other tables' foreign keys point at it). The
 * one-open rule now counts live activities only; a line is linked to at most one activity of its
 * program.
 *
 * Existing program-day activities are linked to their lines once, here, the way the console used
 * to find them: in agenda order, the first unlinked activity of the line's type and title, else
 * the one at the line's place in the session as the day start made it (a poll whose choices were
 * written into its line left them out of the activity's title).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('program_id', 'text', (c) => c.references('programs.id'))
    .execute();
  await db.schema.alterTable('activities').addColumn('agenda_key', 'text').execute();
  await db.schema
    .alterTable('activities')
    .addColumn('pace', 'text', (c) =>
      c
        .notNull()
        .defaultTo('live')
        .check(sql<SqlBool>`pace in ('live', 'self')`),
    )
    .execute();

  await db.schema.dropIndex('activities_one_open').execute();
  await db.schema
    .createIndex('activities_one_open_live')
    .on('activities')
    .column('session_id')
    .unique()
    .where(openLive)
    .execute();

  await backfill(db);

  await db.schema
    .createIndex('activities_agenda_line')
    .on('activities')
    .columns(['program_id', 'agenda_key'])
    .unique()
    .where(sql<SqlBool>`program_id is not null and agenda_key is not null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('activities_agenda_line').execute();
  await db.schema.dropIndex('activities_one_open_live').execute();
  await db.schema
    .createIndex('activities_one_open')
    .on('activities')
    .column('session_id')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('open'))
    .execute();
  await db.schema.alterTable('activities').dropColumn('pace').execute();
  await db.schema.alterTable('activities').dropColumn('agenda_key').execute();
  await db.schema.alterTable('activities').dropColumn('program_id').execute();
}

const openLive: Expression<SqlBool> = sql<SqlBool>`status = 'open' and pace = 'live'`;

/** The types the engine ran on phones when this migration was written: only these lines became activities. */
const ENGINE_TYPES = new Set(['poll-single', 'poll-multi', 'scale', 'open-text', 'word-cloud']);

interface StoredLine {
  key: string;
  type: string;
  title: string;
  /** Its place among the day's engine lines: the position the day start gave its activity. */
  place: number;
}

interface SessionActivity {
  id: string;
  type: string;
  title: string;
  position: number;
}

/** The engine lines of a day's agenda (modules JSON), in order; a malformed agenda has none. */
function engineLines(modulesJson: string): StoredLine[] {
  try {
    const modules = JSON.parse(modulesJson) as { activities?: Partial<StoredLine>[] }[];
    return modules
      .flatMap((m) =>
        (m.activities ?? []).flatMap((a) =>
          typeof a.key === 'string' && typeof a.type === 'string' && ENGINE_TYPES.has(a.type)
            ? [{ key: a.key, type: a.type, title: typeof a.title === 'string' ? a.title : '' }]
            : [],
        ),
      )
      .map((line, place) => ({ ...line, place }));
  } catch {
    return [];
  }
}

/** Which activity each line became: by type and title in agenda order, else by its place (see above). */
function matchLines(
  lines: readonly StoredLine[],
  activities: readonly SessionActivity[],
): Map<string, string> {
  const byLine = new Map<string, string>();
  const taken = new Set<string>();
  for (const line of lines) {
    const found = activities.find(
      (a) => !taken.has(a.id) && a.type === line.type && a.title.trim() === line.title.trim(),
    );
    if (!found) continue;
    taken.add(found.id);
    byLine.set(line.key, found.id);
  }
  for (const line of lines) {
    if (byLine.has(line.key)) continue;
    const found = activities.find(
      (a) => !taken.has(a.id) && a.position === line.place && a.type === line.type,
    );
    if (!found) continue;
    taken.add(found.id);
    byLine.set(line.key, found.id);
  }
  return byLine;
}

async function backfill(db: Kysely<unknown>): Promise<void> {
  // Newest day first: a line moved to a later day after an earlier one started stays with the later one.
  const sessions = await sql<{ id: string; program_id: string; modules: string }>`
    select s.id, d.program_id, d.modules
    from live_sessions s join program_days d on d.id = s.program_day_id
    order by s.created_at desc, s.id
  `.execute(db);
  const linked = new Map<string, Set<string>>();
  for (const session of sessions.rows) {
    await sql`update activities set program_id = ${session.program_id} where session_id = ${session.id}`.execute(
      db,
    );
    const activities = await sql<SessionActivity>`
      select id, type, title, position from activities where session_id = ${session.id}
      order by position, created_at, id
    `.execute(db);
    const used = linked.get(session.program_id) ?? new Set<string>();
    linked.set(session.program_id, used);
    const lines = engineLines(session.modules).filter((line) => !used.has(line.key));
    // A key written twice in one agenda links its first line only.
    const unique = lines.filter((line, i) => lines.findIndex((l) => l.key === line.key) === i);
    for (const [key, activityId] of matchLines(unique, activities.rows.map(asActivity))) {
      used.add(key);
      await sql`update activities set agenda_key = ${key} where id = ${activityId}`.execute(db);
    }
  }
}

const asActivity = (a: SessionActivity): SessionActivity => ({ ...a, position: Number(a.position) });
