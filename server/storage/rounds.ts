import { sql, type Kysely, type Selectable, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database, GroupRoundsTable } from '../db/schema.js';

export interface RoundRole {
  memberId: string;
  role: string;
}

/** One group's round: its own timer (paused, extended, ended per group) and its stored roles. */
export interface StoredRound {
  activityId: string;
  groupNo: number;
  round: number;
  phase: string;
  startedAt: number;
  pausedAt: number | null;
  endsAt: number;
  endedAt: number | null;
  roles: RoundRole[];
}

export interface RoundStart {
  activityId: string;
  groupNo: number;
  round: number;
  /** Computed once (shared/grouping `rotation`) and stored: later moves or merges never rewrite them. */
  roles: readonly RoundRole[];
  durationMs: number;
  phase?: string;
  now?: number;
}

/** Which groups a timer change applies to: one, or every group's current round of the activity. */
export type GroupScope = number | 'all';

/**
 * Rounds per group and the roles in them (docs/design/counseling-engine.md §4), and each activity's
 * stored phase and state. A timer is stored as times, never as a running clock: pausing keeps
 * `paused_at`, resuming pushes `ends_at` by the pause's length, so any process reads the same timer.
 */
export class RoundStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Starts a group's round with its roles, once: a second start of the same round (a resent command,
   * two facilitators) changes nothing and returns `started: false` with the round as stored.
   */
  async start(input: RoundStart): Promise<{ started: boolean; round: StoredRound }> {
    return this.db.transaction().execute((trx) => startIn(trx, input));
  }

  /**
   * Starts several groups' rounds in one transaction (one commit, not one per group), each as
   * `start` would: a round already started changes nothing.
   */
  async startAll(inputs: readonly RoundStart[]): Promise<{ started: boolean; round: StoredRound }[]> {
    if (inputs.length === 0) return [];
    return this.db.transaction().execute(async (trx) => {
      const out: { started: boolean; round: StoredRound }[] = [];
      for (const input of inputs) out.push(await startIn(trx, input));
      return out;
    });
  }

  /** Every round of one group of the activity, in order (a member's group: their personal view, their answers). */
  async listForGroup(activityId: string, groupNo: number): Promise<StoredRound[]> {
    return roundsWithRoles(this.db, activityId, { groupNo });
  }

  /** Pauses the running (not ended, not paused) current round of one group or of all; returns how many. */
  async pause(activityId: string, scope: GroupScope, now = Date.now()): Promise<number> {
    return this.update(activityId, scope, (q) => q.set({ paused_at: now }).where('paused_at', 'is', null));
  }

  async resume(activityId: string, scope: GroupScope, now = Date.now()): Promise<number> {
    return this.update(activityId, scope, (q) =>
      q
        .set({ ends_at: sql<number>`ends_at + (${now} - paused_at)`, paused_at: null })
        .where('paused_at', 'is not', null),
    );
  }

  /** Gives one group or all more time (negative shortens); paused rounds keep their remaining time plus it. */
  async extend(activityId: string, scope: GroupScope, ms: number): Promise<number> {
    return this.update(activityId, scope, (q) => q.set({ ends_at: sql<number>`ends_at + ${ms}` }));
  }

  async end(activityId: string, scope: GroupScope, now = Date.now()): Promise<number> {
    return this.update(activityId, scope, (q) => q.set({ ended_at: now, paused_at: null }));
  }

  async setPhase(activityId: string, scope: GroupScope, phase: string): Promise<number> {
    return this.update(activityId, scope, (q) => q.set({ phase }));
  }

  /** Each group's latest round with its roles, by group number (what a reconnecting phone and the console get). */
  async current(activityId: string): Promise<StoredRound[]> {
    const all = await roundsWithRoles(this.db, activityId, {});
    const latest = new Map<number, StoredRound>();
    for (const r of all) latest.set(r.groupNo, r); // ordered by round: the last one per group stays
    return [...latest.values()].sort((x, y) => x.groupNo - y.groupNo);
  }

  /** Every round of the activity, all groups, in order (the report, answer authorization). */
  async list(activityId: string): Promise<StoredRound[]> {
    return roundsWithRoles(this.db, activityId, {});
  }

  /** The member's stored role in each round of the activity. */
  async rolesOf(
    activityId: string,
    memberId: string,
  ): Promise<{ groupNo: number; round: number; role: string }[]> {
    const rows = await this.db
      .selectFrom('round_roles')
      .select(['group_no', 'round', 'role'])
      .where('activity_id', '=', activityId)
      .where('member_id', '=', memberId)
      .orderBy('round')
      .execute();
    return rows.map((r) => ({ groupNo: Number(r.group_no), round: Number(r.round), role: r.role }));
  }

  async state(activityId: string): Promise<{ phase: string; state: unknown } | null> {
    const row = await this.db
      .selectFrom('activity_state')
      .select(['phase', 'state'])
      .where('activity_id', '=', activityId)
      .executeTakeFirst();
    return row ? { phase: row.phase, state: JSON.parse(row.state) as unknown } : null;
  }

  async setState(activityId: string, phase: string, state: unknown): Promise<void> {
    const json = JSON.stringify(state);
    await this.db
      .insertInto('activity_state')
      .values({ activity_id: activityId, phase, state: json })
      .onConflict((oc) => oc.column('activity_id').doUpdateSet({ phase, state: json }))
      .execute();
  }

  /**
   * Changes the stored state (and phase) by a function of the stored one, under the row's lock, so
   * two groups' interviewers drawing at once never lose one draw. Creates the row with `phase` when
   * there is none; `change` returns the new phase and state.
   */
  async changeState<T>(
    activityId: string,
    phase: string,
    change: (current: { phase: string; state: unknown }) => { phase: string; state: unknown; result: T },
  ): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('activity_state')
        .values({ activity_id: activityId, phase, state: '{}' })
        .onConflict((oc) => oc.column('activity_id').doNothing())
        .execute();
      // A no-op update takes the row lock on PostgreSQL (SQLite has one writer anyway).
      await sql`update activity_state set activity_id = activity_id where activity_id = ${activityId}`.execute(
        trx,
      );
      const row = await trx
        .selectFrom('activity_state')
        .select(['phase', 'state'])
        .where('activity_id', '=', activityId)
        .executeTakeFirstOrThrow();
      const next = change({ phase: row.phase, state: JSON.parse(row.state) as unknown });
      await trx
        .updateTable('activity_state')
        .set({ phase: next.phase, state: JSON.stringify(next.state) })
        .where('activity_id', '=', activityId)
        .execute();
      return next.result;
    });
  }

  /** Applies a change to the current (not ended) round of one group or of every group. */
  private async update(
    activityId: string,
    scope: GroupScope,
    change: (q: RoundUpdate) => RoundUpdate,
  ): Promise<number> {
    const base = this.db
      .updateTable('group_rounds')
      .where('activity_id', '=', activityId)
      .where('ended_at', 'is', null)
      .$if(scope !== 'all', (q) => q.where('group_no', '=', scope as number));
    const result = await change(base).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

async function startIn(
  trx: Kysely<Database>,
  input: RoundStart,
): Promise<{ started: boolean; round: StoredRound }> {
  const now = input.now ?? Date.now();
  const inserted = await trx
    .insertInto('group_rounds')
    .values({
      activity_id: input.activityId,
      group_no: input.groupNo,
      round: input.round,
      phase: input.phase ?? 'running',
      started_at: now,
      paused_at: null,
      ends_at: now + input.durationMs,
      ended_at: null,
    })
    .onConflict((oc) => oc.columns(['activity_id', 'group_no', 'round']).doNothing())
    .returning('round')
    .executeTakeFirst();
  if (inserted) {
    // A group's earlier round still running ends when its next one starts: one clock per group.
    await trx
      .updateTable('group_rounds')
      .set({ ended_at: now, paused_at: null })
      .where('activity_id', '=', input.activityId)
      .where('group_no', '=', input.groupNo)
      .where('round', '<', input.round)
      .where('ended_at', 'is', null)
      .execute();
  }
  if (inserted && input.roles.length > 0) {
    await trx
      .insertInto('round_roles')
      .values(
        input.roles.map((r) => ({
          activity_id: input.activityId,
          group_no: input.groupNo,
          round: input.round,
          member_id: r.memberId,
          role: r.role,
        })),
      )
      .execute();
  }
  const [round] = await roundsWithRoles(trx, input.activityId, {
    groupNo: input.groupNo,
    round: input.round,
  });
  return { started: inserted !== undefined, round: round! };
}

type RoundUpdate = UpdateQueryBuilder<Database, 'group_rounds', 'group_rounds', UpdateResult>;

async function roundsWithRoles(
  db: Kysely<Database>,
  activityId: string,
  only: { groupNo?: number; round?: number },
): Promise<StoredRound[]> {
  const rounds = await db
    .selectFrom('group_rounds')
    .selectAll()
    .where('activity_id', '=', activityId)
    .$if(only.groupNo !== undefined, (q) => q.where('group_no', '=', only.groupNo!))
    .$if(only.round !== undefined, (q) => q.where('round', '=', only.round!))
    .orderBy('round')
    .orderBy('group_no')
    .execute();
  if (rounds.length === 0) return [];
  const roles = await db
    .selectFrom('round_roles')
    .select(['group_no', 'round', 'member_id', 'role'])
    .where('activity_id', '=', activityId)
    .$if(only.groupNo !== undefined, (q) => q.where('group_no', '=', only.groupNo!))
    .$if(only.round !== undefined, (q) => q.where('round', '=', only.round!))
    .orderBy('member_id')
    .execute();
  // Grouped once by (group, round): an activity of 100 triads has 900 role rows by its third round.
  const byRound = new Map<string, RoundRole[]>();
  for (const x of roles) {
    const key = `${Number(x.group_no)}:${Number(x.round)}`;
    let list = byRound.get(key);
    if (!list) byRound.set(key, (list = []));
    list.push({ memberId: x.member_id, role: x.role });
  }
  return rounds.map((r) => toRound(r, byRound.get(`${Number(r.group_no)}:${Number(r.round)}`) ?? []));
}

function toRound(r: Selectable<GroupRoundsTable>, roles: RoundRole[]): StoredRound {
  return {
    activityId: r.activity_id,
    groupNo: Number(r.group_no),
    round: Number(r.round),
    phase: r.phase,
    startedAt: Number(r.started_at),
    pausedAt: r.paused_at === null ? null : Number(r.paused_at),
    endsAt: Number(r.ends_at),
    endedAt: r.ended_at === null ? null : Number(r.ended_at),
    roles,
  };
}
