import { openDatabase } from '../../server/db/database.js';

/**
 * A counseling activity row as the counseling runtime stores it (an `activities` row of a counseling
 * type, linked to its program), put in place directly for tests of what reads it (the report).
 */
export async function insertCounselingActivity(
  databaseUrl: string,
  a: { id: string; sessionId: string; programId: string; type: string; config: unknown },
): Promise<void> {
  const db = openDatabase(databaseUrl, () => undefined);
  try {
    await db.kysely
      .insertInto('activities')
      .values({
        id: a.id,
        session_id: a.sessionId,
        position: 99,
        type: a.type,
        title: a.type,
        config: JSON.stringify(a.config),
        // Closed: the report holds closed activities too, and an open live one is unique per session.
        status: 'closed',
        locked: 0,
        results_visible: 0,
        show_names: 0,
        review_entries: 0,
        created_at: Date.now(),
        program_id: a.programId,
        agenda_key: null,
      })
      .execute();
  } finally {
    await db.close();
  }
}
