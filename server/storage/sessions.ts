import type { Kysely, Transaction } from 'kysely';
import { IDLE_TIMER, type TimerState } from '../../shared/session/timer.js';
import type { DayActivityDraft } from '../../shared/program/day-activities.js';
import type { ActivityDraft } from '../../shared/protocol/schemas.js';
import type { SessionListItem } from '../../shared/protocol/views.js';
import type { Database } from '../db/schema.js';
import { toSession, type StoredSession } from './rows.js';
import { insertActivity, lockSession } from './activities.js';
import { claimJoinCode, releaseJoinCode } from './join-codes.js';
import { lockRow } from './locks.js';

async function insertSession(
  trx: Transaction<Database>,
  s: {
    id: string;
    code: string;
    title: string;
    facilitatorId: string;
    dayId: string | null;
    autoEndAt: number | null;
  },
): Promise<void> {
  await trx
    .insertInto('live_sessions')
    .values({
      id: s.id,
      code: s.code,
      title: s.title,
      facilitator_id: s.facilitatorId,
      status: 'live',
      current_activity_id: null,
      timer: JSON.stringify(IDLE_TIMER),
      created_at: Date.now(),
      ended_at: null,
      program_day_id: s.dayId,
      auto_end_at: s.autoEndAt,
    })
    .execute();
}

/** A day's session started or resumed, and the sessions of other days that were ended to make room. */
export interface StartedDay {
  session: StoredSession;
  created: boolean;
  endedSessionIds: string[];
}

export class SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** A quick session: its own join code, claimed from the registry every code comes from. */
  async create(input: {
    facilitatorId: string;
    title: string;
    activities: ActivityDraft[];
  }): Promise<StoredSession> {
    return this.db.transaction().execute(async (trx) => {
      const id = crypto.randomUUID();
      const code = await claimJoinCode(trx, id);
      await insertSession(trx, {
        id,
        code,
        title: input.title,
        facilitatorId: input.facilitatorId,
        dayId: null,
        autoEndAt: null,
      });
      for (const [position, draft] of input.activities.entries()) {
        await insertActivity(trx, id, position, draft);
      }
      return toSession(
        await trx.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  /**
   * The live session of one program day, under the program's code. Starting a day that has a session
   * resumes it (reopened if it was ended). While another day of the program runs, the start is refused
   * (`day_already_running`) unless `endRunning` says the facilitator agreed to end that day: then it
   * ends and this one starts in the same transaction. `autoEndAt` is when the server ends this day if
   * it is left running (set again on every start or resume).
   */
  async startProgramDay(input: {
    programId: string;
    dayId: string;
    code: string;
    title: string;
    facilitatorId: string;
    autoEndAt?: number | null;
    endRunning?: boolean;
    activities: () => DayActivityDraft[];
  }): Promise<StartedDay | 'day_already_running' | 'program_ended' | 'day_not_found'> {
    return this.db.transaction().execute(async (trx) => {
      // The program row is the lock: two "start" clicks, two days, or a start and an end of the
      // program are decided one after the other; the status is read after taking it.
      await lockRow(trx, 'programs', input.programId);
      const program = await trx
        .selectFrom('programs')
        .select('status')
        .where('id', '=', input.programId)
        .executeTakeFirst();
      if (!program) return 'day_not_found';
      if (program.status !== 'active') return 'program_ended';
      const day = await trx
        .selectFrom('program_days')
        .select('id')
        .where('id', '=', input.dayId)
        .where('program_id', '=', input.programId)
        .executeTakeFirst();
      if (!day) return 'day_not_found';
      const others = await trx
        .selectFrom('live_sessions')
        .select('id')
        .where('code', '=', input.code)
        .where('status', '<>', 'ended')
        .where((eb) => eb.or([eb('program_day_id', 'is', null), eb('program_day_id', '<>', input.dayId)]))
        .execute();
      const endedSessionIds = others.map((o) => o.id);
      if (endedSessionIds.length > 0 && !input.endRunning) return 'day_already_running';
      await endSessions(trx, endedSessionIds);
      const existing = await trx
        .selectFrom('live_sessions')
        .selectAll()
        .where('program_day_id', '=', input.dayId)
        .executeTakeFirst();
      if (existing) {
        await trx
          .updateTable('live_sessions')
          .set({ auto_end_at: input.autoEndAt ?? null })
          .where('id', '=', existing.id)
          .execute();
        // Decided by the UPDATE, not by the row read above: another process's sweep may have
        // ended the day since.
        await trx
          .updateTable('live_sessions')
          .set({ status: 'live', ended_at: null })
          .where('id', '=', existing.id)
          .where('status', '=', 'ended')
          .execute();
        const row = await trx
          .selectFrom('live_sessions')
          .selectAll()
          .where('id', '=', existing.id)
          .executeTakeFirstOrThrow();
        return { session: toSession(row), created: false, endedSessionIds };
      }
      const id = crypto.randomUUID();
      await insertSession(trx, {
        id,
        code: input.code,
        title: input.title,
        facilitatorId: input.facilitatorId,
        dayId: input.dayId,
        autoEndAt: input.autoEndAt ?? null,
      });
      const drafts = input.activities();
      await unlinkLines(
        trx,
        input.programId,
        drafts.map((d) => d.agendaKey),
      );
      const linked = new Set<string>();
      for (const [position, { agendaKey, ...draft }] of drafts.entries()) {
        // An agenda saved before the schema refused a key used twice links its first line only.
        const key = linked.has(agendaKey) ? null : agendaKey;
        linked.add(agendaKey);
        await insertActivity(trx, id, position, draft, { programId: input.programId, agendaKey: key });
      }
      const row = await trx
        .selectFrom('live_sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return { session: toSession(row), created: true, endedSessionIds };
    });
  }

  /**
   * Ends every program day's session still running past its `auto_end_at`. The UPDATE itself decides
   * (status not ended and the time passed), so when two server processes sweep at once each session
   * is ended by one of them and reported once. Returns the sessions this call ended.
   */
  async endOverdueDays(now: number): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      const ended = await trx
        .updateTable('live_sessions')
        .set({ status: 'ended', ended_at: now, timer: JSON.stringify(IDLE_TIMER) })
        .where('status', '<>', 'ended')
        .where('auto_end_at', 'is not', null)
        .where('auto_end_at', '<=', now)
        .returning('id')
        .execute();
      const ids = ended.map((r) => r.id);
      await closeOpenActivities(trx, ids);
      return ids;
    });
  }

  /**
   * Moves the automatic end of a program day's running session (the day's planned end changed while
   * it runs). Ended sessions and quick sessions are left alone.
   */
  async rescheduleAutoEnd(dayId: string, autoEndAt: number): Promise<void> {
    await this.db
      .updateTable('live_sessions')
      .set({ auto_end_at: autoEndAt })
      .where('program_day_id', '=', dayId)
      .where('status', '<>', 'ended')
      .where('auto_end_at', 'is not', null)
      .execute();
  }

  async findById(id: string): Promise<StoredSession | null> {
    const row = await this.db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSession(row) : null;
  }

  /** The session a join code opens: the one not yet ended, else the latest ended one (to say "ended"). */
  async findByCode(code: string): Promise<StoredSession | null> {
    const row = await this.db
      .selectFrom('live_sessions')
      .selectAll()
      .where('code', '=', code)
      .orderBy((eb) => eb.case().when('status', '=', 'ended').then(1).else(0).end())
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row ? toSession(row) : null;
  }

  async listForFacilitator(facilitatorId: string): Promise<SessionListItem[]> {
    const rows = await this.db
      .selectFrom('live_sessions as s')
      .select((eb) => [
        's.id',
        's.code',
        's.title',
        's.status',
        's.created_at',
        eb
          .selectFrom('activities')
          .whereRef('activities.session_id', '=', 's.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('activity_count'),
        eb
          .selectFrom('participants')
          .whereRef('participants.session_id', '=', 's.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('participant_count'),
      ])
      .where('s.facilitator_id', '=', facilitatorId)
      .where('s.program_day_id', 'is', null)
      .orderBy('s.created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status,
      createdAt: Number(r.created_at),
      activityCount: Number(r.activity_count ?? 0),
      participantCount: Number(r.participant_count ?? 0),
    }));
  }

  async setTimer(sessionId: string, timer: TimerState): Promise<void> {
    await this.db
      .updateTable('live_sessions')
      .set({ timer: JSON.stringify(timer) })
      .where('id', '=', sessionId)
      .execute();
  }

  /** Ending closes the open activity and stops the timer in the same transaction. */
  async end(sessionId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      await endSessions(trx, [sessionId]);
      // A quick session frees its code; a program day's session uses the program's, which stays.
      await releaseJoinCode(trx, sessionId);
    });
  }
}

/** Ending sessions, inside the caller's transaction: open activities close and timers stop with them. */
export async function endSessions(trx: Transaction<Database>, sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  await closeOpenActivities(trx, sessionIds);
  await trx
    .updateTable('live_sessions')
    .set({ status: 'ended', ended_at: Date.now(), timer: JSON.stringify(IDLE_TIMER) })
    .where('id', 'in', sessionIds)
    // One that another process (the overdue sweep) ended first keeps its end time.
    .where('status', '<>', 'ended')
    .execute();
}

/** The live activities close with their day; self-paced tasks outlive it (they span the program's days). */
async function closeOpenActivities(trx: Transaction<Database>, sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  await trx
    .updateTable('activities')
    .set((eb) => ({ status: 'closed', version: eb('version', '+', 1) }))
    .where('session_id', 'in', sessionIds)
    .where('status', '=', 'open')
    .where('pace', '=', 'live')
    .execute();
}

/**
 * A line links to one activity of its program. A line moved to this day after another day made an
 * activity of it now belongs here: the earlier activity keeps its answers and its day but no longer
 * stands for the line (that day's console lists it with the ones added by hand).
 */
async function unlinkLines(
  trx: Transaction<Database>,
  programId: string,
  agendaKeys: readonly string[],
): Promise<void> {
  if (agendaKeys.length === 0) return;
  await trx
    .updateTable('activities')
    .set((eb) => ({ agenda_key: null, version: eb('version', '+', 1) }))
    .where('program_id', '=', programId)
    .where('agenda_key', 'in', agendaKeys)
    .execute();
}
