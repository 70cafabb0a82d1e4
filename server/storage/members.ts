import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Intake } from '../../shared/program/schemas.js';
import type { AttendanceTable, Database, ProgramMembersTable } from '../db/schema.js';
import { nicknameKey, ParticipantStore } from './participants.js';
import { lockRow } from './locks.js';
import { mergeCounseling } from './merge-counseling.js';

/** A person on a program's roster: one identity across all its days and phones. */
export interface StoredMember {
  id: string;
  programId: string;
  nickname: string;
  realName: string | null;
  intake: Intake | null;
  createdAt: number;
  /** The first time the member came back with a token (null: not yet); binds a resent registration. */
  returnedAt: number | null;
}

export interface MemberWithPin extends StoredMember {
  pinHash: string;
}

type Row = Selectable<ProgramMembersTable>;

function toMember(row: Row): StoredMember {
  return {
    id: row.id,
    programId: row.program_id,
    nickname: row.nickname,
    realName: row.real_name,
    intake: row.intake ? (JSON.parse(row.intake) as Intake) : null,
    createdAt: Number(row.created_at),
    returnedAt: row.returned_at === null ? null : Number(row.returned_at),
  };
}

/** What a merge changed, so the caller can tell the duplicate's connected phones to join again. */
export interface MergeOutcome {
  /** Participant rows of the duplicate that no longer exist (their sockets must rejoin). */
  removedParticipantIds: string[];
  /** Answers kept by the later one where both had answered the same activity. */
  conflictsResolved: number;
}

export class MemberStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Returns null when the nickname is taken in this program (the unique constraint decides). */
  async register(input: {
    programId: string;
    nickname: string;
    realName: string | null;
    /** Null when every intake answer was left empty: the roster then lists the person as not answered. */
    intake: Intake | null;
    pinHash: string;
    tokenHash: string;
    /** sha256 of the phone's id for this registration: resent after a lost answer, it finds the same member. */
    registrationHash?: string;
  }): Promise<StoredMember | null> {
    return this.db.transaction().execute(async (trx) => {
      const id = crypto.randomUUID();
      const now = Date.now();
      const inserted = await trx
        .insertInto('program_members')
        .values({
          id,
          program_id: input.programId,
          nickname: input.nickname,
          nickname_key: nicknameKey(input.nickname),
          real_name: input.realName,
          pin_hash: input.pinHash,
          intake: input.intake === null ? null : JSON.stringify(input.intake),
          consented_at: now,
          created_at: now,
          registration_hash: input.registrationHash ?? null,
          returned_at: null,
        })
        // A taken nickname or a registration id already used: either way nothing is inserted.
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return null;
      await trx
        .insertInto('member_tokens')
        .values({ token_hash: input.tokenHash, member_id: id, created_at: now })
        .execute();
      return {
        id,
        programId: input.programId,
        nickname: input.nickname,
        realName: input.realName,
        intake: input.intake,
        createdAt: now,
        returnedAt: null,
      };
    });
  }

  /** The member a registration made, by the hash of the phone's registration id. */
  async findByRegistration(programId: string, registrationHash: string): Promise<StoredMember | null> {
    const row = await this.db
      .selectFrom('program_members')
      .selectAll()
      .where('program_id', '=', programId)
      .where('registration_hash', '=', registrationHash)
      .executeTakeFirst();
    return row ? toMember(row) : null;
  }

  async findByToken(programId: string, tokenHash: string): Promise<StoredMember | null> {
    const row = await this.db
      .selectFrom('member_tokens as t')
      .innerJoin('program_members as m', 'm.id', 't.member_id')
      .selectAll('m')
      .where('t.token_hash', '=', tokenHash)
      .where('m.program_id', '=', programId)
      .executeTakeFirst();
    return row ? toMember(row) : null;
  }

  async findByNickname(programId: string, nickname: string): Promise<MemberWithPin | null> {
    const row = await this.db
      .selectFrom('program_members')
      .selectAll()
      .where('program_id', '=', programId)
      .where('nickname_key', '=', nicknameKey(nickname))
      .executeTakeFirst();
    return row ? { ...toMember(row), pinHash: row.pin_hash } : null;
  }

  async get(programId: string, memberId: string): Promise<StoredMember | null> {
    const row = await this.db
      .selectFrom('program_members')
      .selectAll()
      .where('program_id', '=', programId)
      .where('id', '=', memberId)
      .executeTakeFirst();
    return row ? toMember(row) : null;
  }

  async count(programId: string): Promise<number> {
    const row = await this.db
      .selectFrom('program_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('program_id', '=', programId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async list(programId: string): Promise<StoredMember[]> {
    const rows = await this.db
      .selectFrom('program_members')
      .selectAll()
      .where('program_id', '=', programId)
      .orderBy('created_at')
      .orderBy('nickname_key')
      .execute();
    return rows.map(toMember);
  }

  /** A new phone of this member (PIN recovery): one more token, the other phones keep theirs. */
  async addToken(memberId: string, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('member_tokens')
      .values({ token_hash: tokenHash, member_id: memberId, created_at: Date.now() })
      .execute();
  }

  /**
   * The member came back with a token (a join): from now on a resent registration is refused. One
   * conditional UPDATE, so only the first return writes the time.
   */
  async markReturned(memberId: string, now = Date.now()): Promise<void> {
    await this.db
      .updateTable('program_members')
      .set({ returned_at: now })
      .where('id', '=', memberId)
      .where('returned_at', 'is', null)
      .execute();
  }

  async setPin(memberId: string, pinHash: string): Promise<void> {
    await this.db
      .updateTable('program_members')
      .set({ pin_hash: pinHash })
      .where('id', '=', memberId)
      .execute();
  }

  /**
   * The member's participant row in one day's session, made on their first join that day. Its
   * nickname is the member's; the per-row token is never handed out (the member's tokens are).
   */
  async participantFor(sessionId: string, member: StoredMember): Promise<{ id: string; nickname: string }> {
    const found = await this.db
      .selectFrom('participants')
      .select(['id', 'nickname'])
      .where('session_id', '=', sessionId)
      .where('member_id', '=', member.id)
      .executeTakeFirst();
    if (found) return found;
    await new ParticipantStore(this.db).create(
      sessionId,
      member.nickname,
      `member:${member.id}:${sessionId}`,
      member.id,
    );
    // A simultaneous first join from two phones of one member made the row once; read the winner.
    const row = await this.db
      .selectFrom('participants')
      .select(['id', 'nickname'])
      .where('session_id', '=', sessionId)
      .where('member_id', '=', member.id)
      .executeTakeFirst();
    if (!row) throw new Error('participant row of a member could not be made');
    return row;
  }

  /**
   * Folds the duplicate `fromId` into `intoId`: its phones, participant rows, answers, attendance and
   * counseling rows (merge-counseling.ts) move over. Where both answered one activity the later answer stays (as if it were an edit);
   * where both have a day's attendance, the day counts as attended if either was, from the earlier join.
   */
  async merge(programId: string, fromId: string, intoId: string): Promise<MergeOutcome | null> {
    return this.db.transaction().execute(async (trx) => {
      // Both rows locked first, in id order, so two opposite merges at once wait for each other
      // instead of deadlocking; the second then finds its duplicate gone (null → not found).
      for (const id of [fromId, intoId].sort()) {
        await lockRow(trx, 'program_members', id);
      }
      const both = await trx
        .selectFrom('program_members')
        .selectAll()
        .where('program_id', '=', programId)
        .where('id', 'in', [fromId, intoId])
        .execute();
      const from = both.find((m) => m.id === fromId);
      const into = both.find((m) => m.id === intoId);
      if (!from || !into) return null;
      const outcome: MergeOutcome = { removedParticipantIds: [], conflictsResolved: 0 };

      const fromRows = await trx
        .selectFrom('participants')
        .select(['id', 'session_id'])
        .where('member_id', '=', fromId)
        .execute();
      for (const row of fromRows) {
        const target = await trx
          .selectFrom('participants')
          .select('id')
          .where('session_id', '=', row.session_id)
          .where('member_id', '=', intoId)
          .executeTakeFirst();
        if (!target) {
          // Only the duplicate was there that day: the row simply becomes the member's.
          await trx
            .updateTable('participants')
            .set({ member_id: intoId, nickname: into.nickname, nickname_key: into.nickname_key })
            .where('id', '=', row.id)
            .execute();
          outcome.removedParticipantIds.push(row.id);
          continue;
        }
        outcome.conflictsResolved += await moveAnswers(trx, row.id, target.id);
        await trx
          .updateTable('answer_receipts')
          .set({ participant_id: target.id })
          .where('participant_id', '=', row.id)
          .execute();
        await trx.deleteFrom('participants').where('id', '=', row.id).execute();
        outcome.removedParticipantIds.push(row.id);
      }

      const fromDays = await trx
        .selectFrom('attendance')
        .selectAll()
        .where('member_id', '=', fromId)
        .execute();
      for (const a of fromDays) {
        const b = await trx
          .selectFrom('attendance')
          .selectAll()
          .where('member_id', '=', intoId)
          .where('day_id', '=', a.day_id)
          .executeTakeFirst();
        if (!b) {
          await trx
            .updateTable('attendance')
            .set({ member_id: intoId })
            .where('member_id', '=', fromId)
            .where('day_id', '=', a.day_id)
            .execute();
          continue;
        }
        const joined = [a.joined_at, b.joined_at].filter((t): t is number => t !== null).map(Number);
        const kept = betterAttendance(a, b);
        const other = kept === a ? b : a;
        await trx
          .updateTable('attendance')
          .set({
            present: kept.present,
            joined_at: joined.length > 0 ? Math.min(...joined) : null,
            hours: kept.hours,
            corrected: kept.corrected,
            note: kept.note ?? other.note,
            updated_at: Date.now(),
          })
          .where('member_id', '=', intoId)
          .where('day_id', '=', a.day_id)
          .execute();
      }

      await trx
        .updateTable('member_tokens')
        .set({ member_id: intoId })
        .where('member_id', '=', fromId)
        .execute();
      if (into.intake === null && from.intake !== null) {
        await trx
          .updateTable('program_members')
          .set({ intake: from.intake })
          .where('id', '=', intoId)
          .execute();
      }
      if (into.real_name === null && from.real_name !== null) {
        await trx
          .updateTable('program_members')
          .set({ real_name: from.real_name })
          .where('id', '=', intoId)
          .execute();
      }
      // Before the delete below, whose cascade would erase the duplicate's counseling rows.
      await mergeCounseling(trx, fromId, intoId);
      await trx.deleteFrom('program_members').where('id', '=', fromId).execute();
      return outcome;
    });
  }
}

type AttendanceRow = Selectable<AttendanceTable>;

/**
 * Two records of one day for the same person (two phones): the day counts as the one that credits
 * more — present beats absent, a whole day (hours null) beats corrected hours, more hours beat fewer.
 */
export function betterAttendance(a: AttendanceRow, b: AttendanceRow): AttendanceRow {
  const credit = (r: AttendanceRow) => (r.present !== 1 ? -1 : r.hours === null ? Infinity : Number(r.hours));
  return credit(b) > credit(a) ? b : a;
}

/** Moves one participant row's answers onto another's; the later answer wins a shared activity. */
async function moveAnswers(trx: Transaction<Database>, fromId: string, toId: string): Promise<number> {
  const answers = await trx.selectFrom('answers').selectAll().where('participant_id', '=', fromId).execute();
  let conflicts = 0;
  for (const answer of answers) {
    const existing = await trx
      .selectFrom('answers')
      .select(['updated_at'])
      .where('activity_id', '=', answer.activity_id)
      .where('participant_id', '=', toId)
      .executeTakeFirst();
    if (existing) {
      conflicts++;
      if (Number(existing.updated_at) >= Number(answer.updated_at)) {
        await trx
          .deleteFrom('answers')
          .where('activity_id', '=', answer.activity_id)
          .where('participant_id', '=', fromId)
          .execute();
        continue;
      }
      await trx
        .deleteFrom('answers')
        .where('activity_id', '=', answer.activity_id)
        .where('participant_id', '=', toId)
        .execute();
    }
    await trx
      .updateTable('answers')
      .set({ participant_id: toId })
      .where('activity_id', '=', answer.activity_id)
      .where('participant_id', '=', fromId)
      .execute();
  }
  return conflicts;
}
