import { sql, type SqlBool } from 'kysely';
import type { StoreTransaction } from './member-answers.js';
import { mergeCompletions, mergeScores, mergeTestimonials } from './merge-assessments.js';

/**
 * Every table with a foreign key to `program_members`, and what a merge does with the duplicate's
 * rows there (docs/design/assessments-reports.md §9.2). A merge deletes the duplicate's member row,
 * whose cascade would silently erase any row no rule moved first; `test/storage/merge-catalog.test.ts`
 * reads the foreign keys from the database's catalog and fails while a table has no rule here.
 */
export const MERGE_RULES = {
  participants:
    "member-merge.ts: a day only the duplicate joined becomes the kept member's; on a shared day the engine answers move (the later wins an activity) with their receipts, and the duplicate's row goes",
  attendance:
    'member-merge.ts: a day only the duplicate has moves; a shared day keeps the record that credits more, from the earlier join',
  member_tokens: 'member-merge.ts: all move (every phone of both stays signed in as the kept member)',
  report_tokens:
    "member-merge.ts: all move (a report link handed over with a referral must survive; it opens the kept member's report)",
  member_answers:
    'mergeCounseling: given and received answers move; per key the later row stays; a card the kept member would give themselves is dropped',
  member_answer_receipts: 'mergeCounseling: all move (a resend from the duplicate phone stays a duplicate)',
  grouping_members:
    "mergeCounseling: in a grouping of both the kept member keeps their seat (or takes the duplicate's when left out)",
  round_roles: "mergeCounseling: where both had a role in one round the kept member's stays, else it moves",
  facilitator_comments: 'mergeCounseling: all move',
  consents:
    'mergeCounseling: withdrawn records move as history; a current one moves unless the kept member has a current one for that purpose',
  instrument_scores:
    'merge-assessments.ts: per wave, a pre keeps the earlier submission, a post or named once the later; else it moves',
  survey_completions:
    "merge-assessments.ts: both completed → the kept member's stays (both anonymous responses stay); else it moves; the kept member keeps no drafts of a survey they completed",
  follow_up_outcomes:
    'mergeCounseling: all move in one statement (history; a correction keeps naming its target through (supersedes_id, member_id))',
  testimonials:
    "merge-assessments.ts, before the consents: both wrote one → the later-updated text stays, the other is deleted and its author's testimonial-quote consent withdrawn; else it moves",
} as const satisfies Record<string, string>;

/**
 * The counseling part of a member merge (docs/design/counseling-engine.md §3), run in the merge's
 * transaction before the duplicate's `program_members` row is deleted, whose cascade would otherwise
 * erase these rows silently. Everything keyed by the duplicate `fromId` moves to `intoId`:
 *
 * - member answers the duplicate gave: a row that would make the kept member their own subject is
 *   dropped (nobody gives themselves a card); where the kept member has a row of the same key, the
 *   later row stays (both are one person's own answer, as for the engine's answers);
 * - answers about the duplicate (subject) now name the kept member; what the kept member gave the
 *   duplicate is dropped (it would be a card to themselves); a key collision keeps the later row;
 * - receipts follow, so a queued resend from the duplicate's phone is a duplicate and stores nothing;
 * - seats: both in one grouping → the kept member keeps their seat (or takes the duplicate's when they
 *   themselves were left out); each changed grouping's version is bumped;
 * - stored roles: where both had a role in one round, the kept member's stays;
 * - testimonials by merge-assessments.ts, before the consents: the later text stays, the other's
 *   quote consent is withdrawn;
 * - consents: withdrawn records move as history; a current one moves unless the kept member has a
 *   current one for that purpose (a current consent wins over a withdrawn one, and one stays current);
 * - facilitator comments move;
 * - instrument scores by merge-assessments.ts (pre: the earlier; post: the later);
 * - follow-up outcomes (사후관리) all move: they are history, and a correction's link is an id. Every
 *   row of the duplicate moves in one statement, so the correction's key (supersedes_id, member_id)
 *   matches its target again when the statement ends (migration 014).
 */
export async function mergeCounseling(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  // Groupings either member sits in are locked first, so a concurrent edit (which rewrites all seats
  // under this lock) cannot put the duplicate back after it was moved.
  await trx
    .updateTable('groupings')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('grouping_members').select('grouping_id').where('member_id', 'in', [fromId, intoId]),
    )
    .execute();
  await moveGivenAnswers(trx, fromId, intoId);
  await moveSubjectAnswers(trx, fromId, intoId);
  await trx
    .updateTable('member_answer_receipts')
    .set({ member_id: intoId })
    .where('member_id', '=', fromId)
    .execute();
  await moveSeats(trx, fromId, intoId);
  await moveRoles(trx, fromId, intoId);
  await mergeTestimonials(trx, fromId, intoId);
  await moveConsents(trx, fromId, intoId);
  await trx
    .updateTable('facilitator_comments')
    .set({ member_id: intoId })
    .where('member_id', '=', fromId)
    .execute();
  await mergeScores(trx, fromId, intoId);
  await mergeCompletions(trx, fromId, intoId);
  await trx
    .updateTable('follow_up_outcomes')
    .set({ member_id: intoId })
    .where('member_id', '=', fromId)
    .execute();
}

interface AnswerKey {
  activity_id: string;
  member_id: string;
  subject_key: string;
  round: number;
  item_key: string;
  updated_at: number;
}

async function moveGivenAnswers(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  await trx
    .deleteFrom('member_answers')
    .where('member_id', '=', fromId)
    .where('subject_key', '=', intoId)
    .execute();
  const rows = await keys(trx).where('member_id', '=', fromId).execute();
  for (const row of rows) await rekey(trx, row, { member_id: intoId });
}

async function moveSubjectAnswers(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  // After the step above, the duplicate's own rows about themselves are the kept member's too.
  await trx
    .deleteFrom('member_answers')
    .where('member_id', '=', intoId)
    .where('subject_key', '=', fromId)
    .execute();
  const rows = await keys(trx).where('subject_key', '=', fromId).execute();
  for (const row of rows) await rekey(trx, row, { subject_key: intoId });
}

function keys(trx: StoreTransaction) {
  return trx
    .selectFrom('member_answers')
    .select(['activity_id', 'member_id', 'subject_key', 'round', 'item_key', 'updated_at']);
}

/** Moves one answer row to a new key; on a collision the later of the two rows stays. */
async function rekey(
  trx: StoreTransaction,
  row: AnswerKey,
  change: { member_id: string } | { subject_key: string },
): Promise<void> {
  const target = { ...row, ...change };
  const where = (k: AnswerKey) =>
    sql<SqlBool>`${sql.ref('activity_id')} = ${k.activity_id} and ${sql.ref('member_id')} = ${k.member_id}
      and ${sql.ref('subject_key')} = ${k.subject_key} and ${sql.ref('round')} = ${k.round}
      and ${sql.ref('item_key')} = ${k.item_key}`;
  const existing = await trx
    .selectFrom('member_answers')
    .select('updated_at')
    .where(where(target))
    .executeTakeFirst();
  if (existing) {
    if (Number(existing.updated_at) >= Number(row.updated_at)) {
      await trx.deleteFrom('member_answers').where(where(row)).execute();
      return;
    }
    await trx.deleteFrom('member_answers').where(where(target)).execute();
  }
  await trx.updateTable('member_answers').set(change).where(where(row)).execute();
}

async function moveSeats(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  const seats = await trx
    .selectFrom('grouping_members')
    .select(['grouping_id', 'group_no'])
    .where('member_id', '=', fromId)
    .execute();
  for (const seat of seats) {
    const kept = await trx
      .selectFrom('grouping_members')
      .select('group_no')
      .where('grouping_id', '=', seat.grouping_id)
      .where('member_id', '=', intoId)
      .executeTakeFirst();
    const intoTakesSeat = kept !== undefined && Number(kept.group_no) === 0 && Number(seat.group_no) > 0;
    if (kept && !intoTakesSeat) {
      await trx
        .deleteFrom('grouping_members')
        .where('grouping_id', '=', seat.grouping_id)
        .where('member_id', '=', fromId)
        .execute();
      continue;
    }
    if (intoTakesSeat) {
      await trx
        .deleteFrom('grouping_members')
        .where('grouping_id', '=', seat.grouping_id)
        .where('member_id', '=', intoId)
        .execute();
    }
    await trx
      .updateTable('grouping_members')
      .set({ member_id: intoId })
      .where('grouping_id', '=', seat.grouping_id)
      .where('member_id', '=', fromId)
      .execute();
  }
}

async function moveRoles(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  const roles = await trx
    .selectFrom('round_roles')
    .select(['activity_id', 'group_no', 'round'])
    .where('member_id', '=', fromId)
    .execute();
  for (const r of roles) {
    const kept = await trx
      .selectFrom('round_roles')
      .select('role')
      .where('activity_id', '=', r.activity_id)
      .where('round', '=', r.round)
      .where('member_id', '=', intoId)
      .executeTakeFirst();
    const same = sql<SqlBool>`${sql.ref('activity_id')} = ${r.activity_id} and ${sql.ref('group_no')} = ${r.group_no}
      and ${sql.ref('round')} = ${r.round} and ${sql.ref('member_id')} = ${fromId}`;
    if (kept) await trx.deleteFrom('round_roles').where(same).execute();
    else await trx.updateTable('round_roles').set({ member_id: intoId }).where(same).execute();
  }
}

async function moveConsents(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  const current = await trx
    .selectFrom('consents')
    .select(['id', 'purpose'])
    .where('member_id', '=', fromId)
    .where('withdrawn_at', 'is', null)
    .execute();
  for (const consent of current) {
    const kept = await trx
      .selectFrom('consents')
      .select('id')
      .where('member_id', '=', intoId)
      .where('purpose', '=', consent.purpose)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    // Two current records cannot both stay current: the kept member's stays, the duplicate's goes.
    if (kept) await trx.deleteFrom('consents').where('id', '=', consent.id).execute();
  }
  await trx.updateTable('consents').set({ member_id: intoId }).where('member_id', '=', fromId).execute();
}
