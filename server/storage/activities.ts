import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { reviewedInProgramDay } from '../../shared/activities/registry.js';
import { ACTIVITY_TYPES, type ActivityType } from '../../shared/activities/types.js';
import { MAX_ACTIVITIES_PER_SESSION } from '../../shared/protocol/limits.js';
import type { ActivityDraft } from '../../shared/protocol/schemas.js';
import type { Database } from '../db/schema.js';
import { flag, toActivity, type StoredActivity } from './rows.js';
import { lockRow } from './locks.js';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Answers of a type its module reviews in a program day (open text) wait for the facilitator there
 * (a group of job seekers who meet again tomorrow); a quick session shows them at once. The
 * facilitator can switch either way.
 */
export function reviewByDefault(type: ActivityType, inProgramDay: boolean): boolean {
  return inProgramDay && reviewedInProgramDay(type);
}

/** Where an activity of a program day belongs: its program, and the agenda line it was made from. */
export interface ProgramLink {
  programId: string;
  /** Null for an activity added by hand in the console. */
  agendaKey: string | null;
}

/** A quick session's activity has no link; a program day's has its program (and line, if made from one). */
export async function insertActivity(
  db: Executor,
  sessionId: string,
  position: number,
  draft: ActivityDraft,
  link: ProgramLink | null = null,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      session_id: sessionId,
      position,
      type: draft.type,
      title: draft.title,
      config: JSON.stringify(draft.config),
      status: 'draft',
      locked: 0,
      results_visible: 0,
      show_names: 0,
      review_entries: flag(reviewByDefault(draft.type, link !== null)),
      created_at: Date.now(),
      program_id: link?.programId ?? null,
      agenda_key: link?.agendaKey ?? null,
      pace: 'live',
    })
    .execute();
  return id;
}

/** Subquery: the answers to this activity (used as "not exists"). */
function answersTo(selectFrom: ExpressionBuilder<Database, 'activities'>['selectFrom'], activityId: string) {
  return selectFrom('answers').select('answers.activity_id').where('answers.activity_id', '=', activityId);
}

/**
 * Serialises changes to one session's activities. On PostgreSQL the no-op update takes the session
 * row's lock, so two concurrent "open" calls queue and the second sees the first's committed result
 * (read committed re-reads per statement); SQLite transactions are serial anyway. The partial unique
 * index `activities_one_open_live` is the backstop.
 */
export async function lockSession(trx: Transaction<Database>, sessionId: string): Promise<void> {
  await lockRow(trx, 'live_sessions', sessionId);
}

export type ActivityFlags = Partial<Pick<StoredActivity, 'locked' | 'resultsVisible' | 'showNames'>>;

/**
 * The engine's activities: every read here returns the engine's five types only. Counseling
 * activities share the table (and the one-open-live rule) but have their own store
 * (counseling-activities.ts), so the engine's console, phones and projector never meet a type
 * they cannot show.
 */
export class ActivityStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(sessionId: string): Promise<StoredActivity[]> {
    const rows = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('type', 'in', ACTIVITY_TYPES)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
    return rows.map(toActivity);
  }

  /** Scoped by session: an activity id from another session is simply not found. */
  async get(sessionId: string, activityId: string): Promise<StoredActivity | null> {
    const row = await this.db
      .selectFrom('activities')
      .selectAll()
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .where('type', 'in', ACTIVITY_TYPES)
      .executeTakeFirst();
    return row ? toActivity(row) : null;
  }

  /** The activity and whether it is the session's current one, in one query (the results flush path). */
  async getWithCurrent(
    sessionId: string,
    activityId: string,
  ): Promise<{ activity: StoredActivity; isCurrent: boolean } | null> {
    const row = await this.db
      .selectFrom('activities')
      .innerJoin('live_sessions', 'live_sessions.id', 'activities.session_id')
      .selectAll('activities')
      .select('live_sessions.current_activity_id')
      .where('activities.id', '=', activityId)
      .where('activities.session_id', '=', sessionId)
      .where('activities.type', 'in', ACTIVITY_TYPES)
      .executeTakeFirst();
    if (!row) return null;
    const { current_activity_id, ...activity } = row;
    return { activity: toActivity(activity), isCurrent: current_activity_id === activityId };
  }

  /**
   * Adds at the end; null when the session already holds `MAX_ACTIVITIES_PER_SESSION` (the number
   * every form, the reorder schema and the console assume). Counted under the session's lock, so
   * adds racing from several sockets or processes cannot go past it.
   */
  async add(sessionId: string, draft: ActivityDraft): Promise<StoredActivity | null> {
    return this.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      const last = await trx
        .selectFrom('activities')
        .select((eb) => [eb.fn.max('position').as('max'), eb.fn.countAll<number>().as('n')])
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      if (Number(last?.n ?? 0) >= MAX_ACTIVITIES_PER_SESSION) return null;
      const position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
      const day = await trx
        .selectFrom('live_sessions')
        .innerJoin('program_days', 'program_days.id', 'live_sessions.program_day_id')
        .select('program_days.program_id')
        .where('live_sessions.id', '=', sessionId)
        .executeTakeFirst();
      // Added by hand: part of the program's day, but of no agenda line.
      const link = day ? { programId: day.program_id, agendaKey: null } : null;
      const id = await insertActivity(trx, sessionId, position, draft, link);
      return toActivity(
        await trx.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  /**
   * With `onlyIfUnanswered`, the change happens only while no answer exists, checked in the same
   * statement. Returns false when it was refused.
   */
  async update(
    sessionId: string,
    activityId: string,
    draft: ActivityDraft,
    options: { onlyIfUnanswered: boolean },
  ): Promise<boolean> {
    const session = await this.db
      .selectFrom('live_sessions')
      .select('program_day_id')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    // A new type starts with its own review default (a poll is never reviewed; open text in a
    // program day is); the same type keeps the facilitator's choice.
    const reviewIfRetyped = flag(reviewByDefault(draft.type, (session?.program_day_id ?? null) !== null));
    const result = await this.db
      .updateTable('activities')
      .set((eb) => ({
        type: draft.type,
        title: draft.title,
        config: JSON.stringify(draft.config),
        review_entries: eb
          .case()
          .when('type', '=', draft.type)
          .then(eb.ref('review_entries'))
          .else(reviewIfRetyped)
          .end(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .$if(options.onlyIfUnanswered, (qb) =>
        qb.where(({ not, exists, selectFrom }) => not(exists(answersTo(selectFrom, activityId)))),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Removes an activity nobody has answered; returns false (and removes nothing) otherwise. */
  async removeIfUnanswered(sessionId: string, activityId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .deleteFrom('activities')
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .where(({ not, exists, selectFrom }) => not(exists(answersTo(selectFrom, activityId))))
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: null })
        .where('id', '=', sessionId)
        .where('current_activity_id', '=', activityId)
        .execute();
      return true;
    });
  }

  /** `orderedIds` must be exactly the session's activities; the caller checks that. */
  async reorder(sessionId: string, orderedIds: string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [position, id] of orderedIds.entries()) {
        await trx
          .updateTable('activities')
          .set({ position })
          .where('id', '=', id)
          .where('session_id', '=', sessionId)
          .execute();
      }
    });
  }

  /**
   * One open live activity at a time: closing the other live ones and opening this one is one
   * transaction. Self-paced tasks stay open beside it.
   */
  async open(sessionId: string, activityId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('session_id', '=', sessionId)
        .where('status', '=', 'open')
        .where('pace', '=', 'live')
        .where('id', '<>', activityId)
        .execute();
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'open', locked: 0, version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .execute();
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: activityId })
        .where('id', '=', sessionId)
        .execute();
    });
  }

  /** Closing ends answering and takes the activity off the phones and the projector. */
  async close(sessionId: string, activityId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      await trx
        .updateTable('activities')
        .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .execute();
      await trx
        .updateTable('live_sessions')
        .set({ current_activity_id: null })
        .where('id', '=', sessionId)
        .where('current_activity_id', '=', activityId)
        .execute();
    });
  }

  /**
   * Switches "review before showing". Switching it on approves the entries stored so far: they were
   * already in the room, and taking them off the projector mid-discussion would only confuse it.
   */
  async setReview(sessionId: string, activityId: string, review: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('activities')
        .set((eb) => ({ review_entries: flag(review), version: eb('version', '+', 1) }))
        .where('id', '=', activityId)
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      if (!review || Number(result.numUpdatedRows) === 0) return;
      await trx.updateTable('answers').set({ approved: 1 }).where('activity_id', '=', activityId).execute();
    });
  }

  async setFlags(sessionId: string, activityId: string, flags: ActivityFlags): Promise<void> {
    await this.db
      .updateTable('activities')
      .set((eb) => ({
        ...(flags.locked === undefined ? {} : { locked: flag(flags.locked) }),
        ...(flags.resultsVisible === undefined ? {} : { results_visible: flag(flags.resultsVisible) }),
        ...(flags.showNames === undefined ? {} : { show_names: flag(flags.showNames) }),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', activityId)
      .where('session_id', '=', sessionId)
      .execute();
  }
}
