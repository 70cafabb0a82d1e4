import type { Kysely, Selectable } from 'kysely';
import type { GroupingErrorCode, GroupingResult, Groups, History } from '../../shared/grouping/index.js';
import { isValidGrouping, leaveOut, moveMember, swapMembers } from '../../shared/grouping/index.js';
import type { Database, GroupingsTable } from '../db/schema.js';
import type { StoreTransaction } from './member-answers.js';

export type GroupingKind = GroupingsTable['kind'];

/**
 * A grouping with its members: `groups[i]` is group number i + 1 (its members in seat order), and
 * `leftOut` are the members placed in no group (absent today, no phone).
 */
export interface StoredGrouping {
  id: string;
  programId: string;
  kind: GroupingKind;
  size: number;
  label: string;
  madeForActivityId: string | null;
  shownOnScreen: boolean;
  createdAt: number;
  version: number;
  groups: string[][];
  leftOut: string[];
}

export interface NewGrouping {
  programId: string;
  kind: GroupingKind;
  size: number;
  label: string;
  madeForActivityId?: string | null;
  groups: Groups;
  leftOut?: readonly string[];
}

/** Why an edit was refused: the pure edit's reason, another edit came first, or a member of no such program. */
export type GroupingEditCode = GroupingErrorCode | 'version_conflict' | 'member_not_found';

export type GroupingEditResult =
  { ok: true; grouping: StoredGrouping } | { ok: false; code: GroupingEditCode };

/**
 * Groupings are program objects (docs/design/counseling-engine.md §4). Every edit runs under the
 * grouping row's lock (the UPDATE that bumps its `version`), reads the members, applies one of the
 * pure edits of shared/grouping and writes the seats back: two facilitators editing at once are
 * applied one after the other, never interleaved, and a group never empties.
 */
export class GroupingStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Returns null when a member is of another program, a member is placed twice, or a group is empty. */
  async create(input: NewGrouping): Promise<StoredGrouping | null> {
    const leftOut = (input.leftOut ?? []).filter((m) => !input.groups.some((g) => g.includes(m)));
    if (!isValidGrouping(input.groups) || new Set(leftOut).size !== leftOut.length) return null;
    return this.db.transaction().execute(async (trx) => {
      const members = [...input.groups.flat(), ...leftOut];
      if (!(await allInProgram(trx, input.programId, members))) return null;
      const id = crypto.randomUUID();
      await trx
        .insertInto('groupings')
        .values({
          id,
          program_id: input.programId,
          kind: input.kind,
          size: input.size,
          label: input.label,
          made_for_activity_id: input.madeForActivityId ?? null,
          shown_on_screen: 0,
          created_at: Date.now(),
          version: 1,
        })
        .execute();
      await writeSeats(trx, id, input.groups, leftOut);
      return read(trx, input.programId, id);
    });
  }

  /** The program a grouping belongs to, for authorizing an event that names only the grouping. */
  async programIdOf(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('groupings')
      .select('program_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.program_id ?? null;
  }

  async get(programId: string, id: string): Promise<StoredGrouping | null> {
    return read(this.db, programId, id);
  }

  /** The program's groupings, oldest first. */
  async listForProgram(programId: string): Promise<StoredGrouping[]> {
    return (await this.newest(programId)).reverse();
  }

  /**
   * The program's newest groupings, newest first, at most `limit`: only those are read, so a
   * snapshot on every join costs the same however many groupings a long program has made.
   */
  async newest(programId: string, limit?: number): Promise<StoredGrouping[]> {
    let query = this.db
      .selectFrom('groupings')
      .select('id')
      .where('program_id', '=', programId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    const groupings = await Promise.all(rows.map((r) => read(this.db, programId, r.id)));
    return groupings.filter((g): g is StoredGrouping => g !== null);
  }

  /** Who has been together in this program: every group of every grouping (left-out members excluded). */
  async history(programId: string, exceptGroupingId?: string): Promise<History> {
    const rows = await this.db
      .selectFrom('grouping_members as gm')
      .innerJoin('groupings as g', 'g.id', 'gm.grouping_id')
      .select(['gm.grouping_id', 'gm.group_no', 'gm.member_id'])
      .where('g.program_id', '=', programId)
      .where('gm.group_no', '>', 0)
      .$if(exceptGroupingId !== undefined, (qb) => qb.where('g.id', '<>', exceptGroupingId!))
      .orderBy('gm.grouping_id')
      .orderBy('gm.group_no')
      .orderBy('gm.seat')
      .execute();
    const groups = new Map<string, string[]>();
    for (const r of rows) {
      const key = `${r.grouping_id}/${r.group_no}`;
      const group = groups.get(key) ?? [];
      group.push(r.member_id);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /** Moves a member to group `groupNo` (from 1); a left-out member is placed there. */
  move(programId: string, id: string, memberId: string, groupNo: number, expectedVersion?: number) {
    return this.edit(programId, id, expectedVersion, [memberId], (g) => moveMember(g, memberId, groupNo - 1));
  }

  swap(programId: string, id: string, a: string, b: string, expectedVersion?: number) {
    return this.edit(programId, id, expectedVersion, [a, b], (g) => swapMembers(g, a, b));
  }

  leaveOut(programId: string, id: string, memberId: string, expectedVersion?: number) {
    return this.edit(programId, id, expectedVersion, [memberId], (g) => leaveOut(g, memberId));
  }

  /**
   * Any change computed from the groups as they are under the lock (e.g. `placeLateJoiner` with the
   * program's history). Null when no such grouping is in this program.
   */
  async edit(
    programId: string,
    id: string,
    expectedVersion: number | undefined,
    touched: readonly string[],
    change: (groups: Groups) => GroupingResult,
  ): Promise<GroupingEditResult | null> {
    return this.db.transaction().execute(async (trx) => {
      // The lock and the version bump in one statement; a refused edit rolls the bump back.
      const locked = await trx
        .updateTable('groupings')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('program_id', '=', programId)
        .returning('version')
        .executeTakeFirst();
      if (!locked) return null;
      const refuse = async (code: GroupingEditCode): Promise<GroupingEditResult> => {
        await trx
          .updateTable('groupings')
          .set((eb) => ({ version: eb('version', '-', 1) }))
          .where('id', '=', id)
          .execute();
        return { ok: false, code };
      };
      if (expectedVersion !== undefined && locked.version - 1 !== expectedVersion) {
        return refuse('version_conflict');
      }
      if (!(await allInProgram(trx, programId, touched))) return refuse('member_not_found');
      const before = (await read(trx, programId, id))!;
      const result = change(before.groups);
      if (!result.ok) return refuse(result.code);
      const placed = new Set(result.groups.flat());
      const leftOut = [...before.leftOut, ...before.groups.flat()].filter((m) => !placed.has(m));
      for (const m of touched) if (!placed.has(m) && !leftOut.includes(m)) leftOut.push(m);
      await trx.deleteFrom('grouping_members').where('grouping_id', '=', id).execute();
      await writeSeats(trx, id, result.groups, leftOut);
      return { ok: true, grouping: (await read(trx, programId, id))! };
    });
  }

  /** Whether the projector shows who is in which group (see `showOnScreen`); false when not found. */
  async setShownOnScreen(programId: string, id: string, shown: boolean): Promise<boolean> {
    return (await this.showOnScreen(programId, id, shown)) !== null;
  }

  /**
   * Shows one grouping on the projector and hides any other of the program (one picture of "who is
   * where" at a time), or hides it. Each grouping whose state changed gets a new version. Returns the
   * grouping and the ids of the others it hid; null when no such grouping is in this program.
   */
  async showOnScreen(
    programId: string,
    id: string,
    shown: boolean,
  ): Promise<{ grouping: StoredGrouping; hidden: string[] } | null> {
    return this.db.transaction().execute(async (trx) => {
      const target = await trx
        .updateTable('groupings')
        .set((eb) => ({ shown_on_screen: shown ? 1 : 0, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('program_id', '=', programId)
        .returning('id')
        .executeTakeFirst();
      if (!target) return null;
      const hidden = shown
        ? await trx
            .updateTable('groupings')
            .set((eb) => ({ shown_on_screen: 0, version: eb('version', '+', 1) }))
            .where('program_id', '=', programId)
            .where('id', '<>', id)
            .where('shown_on_screen', '=', 1)
            .returning('id')
            .execute()
        : [];
      return { grouping: (await read(trx, programId, id))!, hidden: hidden.map((r) => r.id) };
    });
  }

  /** The grouping the projector of this program day shows: the program's newest shown one, or null. */
  async shownForDay(programDayId: string): Promise<StoredGrouping | null> {
    const row = await this.db
      .selectFrom('groupings as g')
      .innerJoin('program_days as d', 'd.program_id', 'g.program_id')
      .select(['g.id', 'g.program_id'])
      .where('d.id', '=', programDayId)
      .where('g.shown_on_screen', '=', 1)
      .orderBy('g.created_at', 'desc')
      .orderBy('g.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? read(this.db, row.program_id, row.id) : null;
  }
}

type Reader = Kysely<Database> | StoreTransaction;

async function allInProgram(db: Reader, programId: string, members: readonly string[]): Promise<boolean> {
  const unique = [...new Set(members)];
  if (unique.length === 0) return true;
  const found = await db
    .selectFrom('program_members')
    .select('id')
    .where('program_id', '=', programId)
    .where('id', 'in', unique)
    .execute();
  return found.length === unique.length;
}

async function writeSeats(
  trx: StoreTransaction,
  groupingId: string,
  groups: Groups,
  leftOut: readonly string[],
): Promise<void> {
  const rows = [
    ...groups.flatMap((group, g) =>
      group.map((member_id, seat) => ({ grouping_id: groupingId, member_id, group_no: g + 1, seat })),
    ),
    ...leftOut.map((member_id) => ({ grouping_id: groupingId, member_id, group_no: 0, seat: 0 })),
  ];
  if (rows.length > 0) await trx.insertInto('grouping_members').values(rows).execute();
}

async function read(db: Reader, programId: string, id: string): Promise<StoredGrouping | null> {
  const row = await db
    .selectFrom('groupings')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  if (!row) return null;
  const seats = await db
    .selectFrom('grouping_members')
    .select(['member_id', 'group_no'])
    .where('grouping_id', '=', id)
    .orderBy('group_no')
    .orderBy('seat')
    .orderBy('member_id')
    .execute();
  return toGrouping(row, seats);
}

function toGrouping(
  row: Selectable<GroupingsTable>,
  seats: { member_id: string; group_no: number }[],
): StoredGrouping {
  const groups: string[][] = [];
  const leftOut: string[] = [];
  for (const s of seats) {
    const no = Number(s.group_no);
    if (no === 0) {
      leftOut.push(s.member_id);
      continue;
    }
    while (groups.length < no) groups.push([]);
    groups[no - 1]!.push(s.member_id);
  }
  return {
    id: row.id,
    programId: row.program_id,
    kind: row.kind,
    size: Number(row.size),
    label: row.label,
    madeForActivityId: row.made_for_activity_id,
    shownOnScreen: row.shown_on_screen === 1,
    createdAt: Number(row.created_at),
    version: Number(row.version),
    groups,
    leftOut,
  };
}
