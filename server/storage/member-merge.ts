import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AttendanceTable, Database } from '../db/schema.js';
import { lockRow } from './locks.js';
import { mergeCounseling } from './merge-counseling.js';

/** What a merge changed, so the caller can tell the duplicate's connected phones to join again. */
export interface MergeOutcome {
  /** Participant rows of the duplicate that no longer exist (their sockets must rejoin). */
  removedParticipantIds: string[];
  /** Answers kept by the later one where both had answered the same activity. */
  conflictsResolved: number;
}

/**
 * Folds the duplicate `fromId` into `intoId`: its phones, participant rows, answers, attendance and
 * counseling rows (merge-counseling.ts) move over. Where both answered one activity the later answer stays (as if it were an edit);
 * where both have a day's attendance, the day counts as attended if either was, from the earlier join.
 */
export async function mergeMembers(
  db: Kysely<Database>,
  programId: string,
  fromId: string,
  intoId: string,
): Promise<MergeOutcome | null> {
  return db.transaction().execute(async (trx) => {
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
      .select(['id', 'session_id', 'last_seen_at'])
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
      // The day's last seen is the later of the two phones'.
      await trx
        .updateTable('participants')
        .set({ last_seen_at: row.last_seen_at })
        .where('id', '=', target.id)
        .where('last_seen_at', '<', row.last_seen_at)
        .execute();
      await trx
        .updateTable('answer_receipts')
        .set({ participant_id: target.id })
        .where('participant_id', '=', row.id)
        .execute();
      await trx.deleteFrom('participants').where('id', '=', row.id).execute();
      outcome.removedParticipantIds.push(row.id);
    }

    const fromDays = await trx.selectFrom('attendance').selectAll().where('member_id', '=', fromId).execute();
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
          // The author goes with the note shown.
          corrected_by: kept.note === null && other.note !== null ? other.corrected_by : kept.corrected_by,
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
    // Report links too: one handed over with a referral must outlive the merge (MERGE_RULES).
    await trx
      .updateTable('report_tokens')
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

type AttendanceRow = Selectable<AttendanceTable>;

/**
 * Two records of one day for the same person (two phones): the day counts as the one that credits
 * more — present beats absent, a whole day (hours null) beats corrected hours, more hours beat fewer.
 */
export function betterAttendance<R extends Pick<AttendanceRow, 'present' | 'hours'>>(a: R, b: R): R {
  const credit = (r: R) => (r.present !== 1 ? -1 : r.hours === null ? Infinity : Number(r.hours));
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
