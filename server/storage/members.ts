import type { Kysely, Selectable } from 'kysely';
import type { JobFamily } from '../../shared/content/schema.js';
import type { Intake } from '../../shared/program/schemas.js';
import type { Database, ProgramMembersTable } from '../db/schema.js';
import { lockRow } from './locks.js';
import { nicknameKey, ParticipantStore } from './participants.js';
import { mergeMembers, type MergeOutcome } from './member-merge.js';

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
  /** 'paper': added by a facilitator with consent on paper and no PIN; 'phone' registered themselves. */
  channel: 'phone' | 'paper';
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
    channel: row.channel,
  };
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
        channel: 'phone' as const,
      };
    });
  }

  /**
   * A participant without a phone, added by a facilitator with consent given on paper: no PIN and no
   * token (recovery answers them like an unknown nickname). `requestHash` (sha256 of the staff
   * browser's request id) makes a resend find the same member. Null when the nickname is taken.
   */
  async addOnPaper(input: {
    programId: string;
    nickname: string;
    realName: string | null;
    addedBy: string;
    requestHash: string;
  }): Promise<StoredMember | null> {
    const known = await this.findByRegistration(input.programId, input.requestHash);
    if (known) return known;
    const now = Date.now();
    const inserted = await this.db
      .insertInto('program_members')
      .values({
        id: crypto.randomUUID(),
        program_id: input.programId,
        nickname: input.nickname,
        nickname_key: nicknameKey(input.nickname),
        real_name: input.realName,
        pin_hash: '',
        intake: null,
        consented_at: now,
        created_at: now,
        registration_hash: input.requestHash,
        returned_at: null,
        channel: 'paper',
        added_by: input.addedBy,
      })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return toMember(inserted);
    // A resend that raced the first call finds its member; a taken nickname finds nothing.
    return this.findByRegistration(input.programId, input.requestHash);
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

  /** The member a token belongs to, whatever its program (the report page knows no join code). */
  async findByTokenHash(tokenHash: string): Promise<StoredMember | null> {
    const row = await this.db
      .selectFrom('member_tokens as t')
      .innerJoin('program_members as m', 'm.id', 't.member_id')
      .selectAll('m')
      .where('t.token_hash', '=', tokenHash)
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

  /** The program's member ids alone (a counseling answer's checks need no more, and run per answer). */
  async ids(programId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('program_members')
      .select('id')
      .where('program_id', '=', programId)
      .orderBy('created_at')
      .orderBy('nickname_key')
      .execute();
    return rows.map((r) => r.id);
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

  /**
   * The facilitator sets (or, with null, clears) the member's target job family in their intake.
   * A member who left the intake empty gets one holding only the job family; clearing it from an
   * otherwise empty intake leaves none (the roster lists them as not answered again). Read and
   * written in one transaction with the row locked, so two edits at once do not lose the answers.
   */
  async setJobFamily(programId: string, memberId: string, jobFamily: JobFamily | null): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await lockRow(trx, 'program_members', memberId);
      const row = await trx
        .selectFrom('program_members')
        .select('intake')
        .where('program_id', '=', programId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!row) return false;
      const before: Intake = row.intake
        ? (JSON.parse(row.intake) as Intake)
        : { desiredJob: '', worry: '', hope: '' };
      const { jobFamily: _old, ...answers } = before;
      const after: Intake = jobFamily === null ? answers : { ...answers, jobFamily };
      const empty = Object.values(after).every((answer) => answer === '');
      await trx
        .updateTable('program_members')
        .set({ intake: empty ? null : JSON.stringify(after) })
        .where('id', '=', memberId)
        .execute();
      return true;
    });
  }

  async setPin(memberId: string, pinHash: string): Promise<void> {
    await this.db
      .updateTable('program_members')
      // A PIN makes a paper participant a phone member: they can now recover on a phone.
      .set({ pin_hash: pinHash, channel: 'phone' })
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

  /** Folds the duplicate `fromId` into `intoId` (member-merge.ts). */
  merge(programId: string, fromId: string, intoId: string): Promise<MergeOutcome | null> {
    return mergeMembers(this.db, programId, fromId, intoId);
  }
}
