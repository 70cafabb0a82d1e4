import type { Kysely, Selectable, Transaction } from 'kysely';
import { COUNSELING_TYPES, type CounselingType } from '../../shared/activities/counseling-module.js';
import type { ActivitiesTable, ActivityPace, Database } from '../db/schema.js';
import { lockSession } from './activities.js';

/** A counseling activity as the server works with it: the activity row with its stored phase. */
export interface StoredCounselingActivity {
  id: string;
  sessionId: string;
  programId: string;
  type: CounselingType;
  title: string;
  config: unknown;
  status: 'draft' | 'open' | 'closed';
  pace: ActivityPace;
  phase: string;
  agendaKey: string | null;
  groupingId: string | null;
  createdAt: number;
}

export interface NewCounselingActivity {
  programId: string;
  sessionId: string;
  agendaKey: string | null;
  type: CounselingType;
  title: string;
  config: unknown;
  pace: ActivityPace;
  /** The module's first phase: where an opened activity starts. */
  phase: string;
  groupingId: string | null;
}

type Row = Selectable<ActivitiesTable> & { phase: string | null };

function toCounselingActivity(row: Row): StoredCounselingActivity {
  return {
    id: row.id,
    sessionId: row.session_id,
    // Only program days make counseling activities (`create` requires a program).
    programId: row.program_id ?? '',
    type: row.type as CounselingType,
    title: row.title,
    config: JSON.parse(row.config) as unknown,
    status: row.status,
    pace: row.pace,
    phase: row.phase ?? '',
    agendaKey: row.agenda_key,
    groupingId: row.grouping_id,
    createdAt: Number(row.created_at),
  };
}

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Counseling activities (docs/design/counseling-engine.md §2, §5): rows of `activities` whose type
 * is a counseling type, with their phase in `activity_state`. Every read here returns counseling
 * types only, as the engine's ActivityStore returns engine types only. A live one shares the
 * session's one-open-live rule with the engine's (index `activities_one_open_live`); a self-paced
 * one is a task of the program, listed on every later day.
 */
export class CounselingActivityStore {
  constructor(private readonly db: Kysely<Database>) {}

  private select(db: Executor) {
    return db
      .selectFrom('activities')
      .leftJoin('activity_state', 'activity_state.activity_id', 'activities.id')
      .selectAll('activities')
      .select('activity_state.phase')
      .where('activities.type', 'in', COUNSELING_TYPES);
  }

  async get(activityId: string): Promise<StoredCounselingActivity | null> {
    const row = await this.select(this.db).where('activities.id', '=', activityId).executeTakeFirst();
    return row ? toCounselingActivity(row) : null;
  }

  /**
   * The agenda line's activity, made once: a second call (a co-facilitator, a resend) for the same
   * line returns the first's, whatever its type. Made by hand (no line), a new one each time. Decided
   * under the session's lock; the unique index on (program_id, agenda_key) is the backstop. Null
   * when the line already made an engine activity (it is not a counseling line).
   */
  async createOrGet(
    input: NewCounselingActivity,
  ): Promise<{ activity: StoredCounselingActivity; created: boolean } | null> {
    return this.db.transaction().execute(async (trx) => {
      await lockSession(trx, input.sessionId);
      if (input.agendaKey !== null) {
        const line = await trx
          .selectFrom('activities')
          .select(['id', 'type'])
          .where('program_id', '=', input.programId)
          .where('agenda_key', '=', input.agendaKey)
          .executeTakeFirst();
        if (line) {
          if (!(COUNSELING_TYPES as readonly string[]).includes(line.type)) return null;
          const row = await this.select(trx).where('activities.id', '=', line.id).executeTakeFirstOrThrow();
          return { activity: toCounselingActivity(row), created: false };
        }
      }
      const last = await trx
        .selectFrom('activities')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('session_id', '=', input.sessionId)
        .executeTakeFirst();
      const id = crypto.randomUUID();
      await trx
        .insertInto('activities')
        .values({
          id,
          session_id: input.sessionId,
          position: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
          type: input.type,
          title: input.title,
          config: JSON.stringify(input.config),
          status: 'draft',
          locked: 0,
          results_visible: 0,
          show_names: 0,
          review_entries: 0,
          created_at: Date.now(),
          program_id: input.programId,
          agenda_key: input.agendaKey,
          grouping_id: input.groupingId,
          pace: input.pace,
        })
        .execute();
      await trx
        .insertInto('activity_state')
        .values({ activity_id: id, phase: input.phase, state: 'null' })
        .execute();
      const row = await this.select(trx).where('activities.id', '=', id).executeTakeFirstOrThrow();
      return { activity: toCounselingActivity(row), created: true };
    });
  }

  /**
   * Opens it. A live one first closes the session's open live activity — the engine's or another
   * counseling one — and clears the session's current activity if that was it, in one transaction
   * under the session's lock. Returns the ids it closed (their audiences must hear it).
   */
  async open(activityId: string): Promise<{ closedIds: string[] } | null> {
    const activity = await this.get(activityId);
    if (!activity) return null;
    return this.db.transaction().execute(async (trx) => {
      await lockSession(trx, activity.sessionId);
      let closedIds: string[] = [];
      if (activity.pace === 'live') {
        const open = await trx
          .selectFrom('activities')
          .select('id')
          .where('session_id', '=', activity.sessionId)
          .where('status', '=', 'open')
          .where('pace', '=', 'live')
          .where('id', '<>', activityId)
          .execute();
        closedIds = open.map((r) => r.id);
        if (closedIds.length > 0) {
          await trx
            .updateTable('activities')
            .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
            .where('id', 'in', closedIds)
            .execute();
          await trx
            .updateTable('live_sessions')
            .set({ current_activity_id: null })
            .where('id', '=', activity.sessionId)
            .where('current_activity_id', 'in', closedIds)
            .execute();
        }
      }
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'open', version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .execute();
      return { closedIds };
    });
  }

  async close(activityId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('activities')
      .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
      .where('id', '=', activityId)
      .where('type', 'in', COUNSELING_TYPES)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Stores the phase (the per-activity state stays as it is). */
  async setPhase(activityId: string, phase: string): Promise<void> {
    await this.db
      .insertInto('activity_state')
      .values({ activity_id: activityId, phase, state: 'null' })
      .onConflict((oc) => oc.column('activity_id').doUpdateSet({ phase }))
      .execute();
  }

  /**
   * What a member's phone lists: the program's open self-paced tasks (whichever day opened them) and,
   * when a day runs, that day's open live activity. Oldest first.
   */
  async listOpenForProgram(programId: string, sessionId: string | null): Promise<StoredCounselingActivity[]> {
    const rows = await this.select(this.db)
      .where('activities.program_id', '=', programId)
      .where('activities.status', '=', 'open')
      .where((eb) =>
        sessionId === null
          ? eb('activities.pace', '=', 'self')
          : eb.or([eb('activities.pace', '=', 'self'), eb('activities.session_id', '=', sessionId)]),
      )
      .orderBy('activities.created_at')
      .orderBy('activities.id')
      .execute();
    return rows.map(toCounselingActivity);
  }

  /** The session's open live counseling activity (the projector's), if any. */
  async openLiveInSession(sessionId: string): Promise<StoredCounselingActivity | null> {
    const row = await this.select(this.db)
      .where('activities.session_id', '=', sessionId)
      .where('activities.status', '=', 'open')
      .where('activities.pace', '=', 'live')
      .executeTakeFirst();
    return row ? toCounselingActivity(row) : null;
  }

  /** Every counseling activity of the program (the console): open ones first, then newest first. */
  async listForProgram(programId: string): Promise<StoredCounselingActivity[]> {
    const rows = await this.select(this.db)
      .where('activities.program_id', '=', programId)
      .orderBy((eb) => eb.case().when('activities.status', '=', 'open').then(0).else(1).end())
      .orderBy('activities.created_at', 'desc')
      .orderBy('activities.id')
      .execute();
    return rows.map(toCounselingActivity);
  }
}
