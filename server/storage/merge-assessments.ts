import { TESTIMONIAL_QUOTE } from '../../shared/program/testimonial-notice.js';
import type { StoreTransaction } from './member-answers.js';

/**
 * The assessment part of a member merge (docs/design/assessments-reports.md §9.2), run by
 * `mergeCounseling` in the merge's transaction (both member rows locked by `mergeMembers`), before the
 * duplicate's row is deleted. Scores of one wave by both identities are one person's two hand-ins:
 * a pre keeps the earlier (the state before the program, not a late second try), a post and a named
 * `once` the later (the state at the end). On a tie the kept member's row stays. A score only the
 * duplicate has moves, its request id with it (a resent staff entry still finds it).
 */
export async function mergeScores(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  const moving = await trx
    .selectFrom('instrument_scores')
    .select(['wave_id', 'kind', 'submitted_at'])
    .where('member_id', '=', fromId)
    .execute();
  for (const from of moving) {
    const kept = await trx
      .selectFrom('instrument_scores')
      .select('submitted_at')
      .where('wave_id', '=', from.wave_id)
      .where('member_id', '=', intoId)
      .executeTakeFirst();
    if (kept) {
      const fromAt = Number(from.submitted_at);
      const keptAt = Number(kept.submitted_at);
      const fromWins = from.kind === 'pre' ? fromAt < keptAt : fromAt > keptAt;
      const loser = fromWins ? intoId : fromId;
      await trx
        .deleteFrom('instrument_scores')
        .where('wave_id', '=', from.wave_id)
        .where('member_id', '=', loser)
        .execute();
      if (!fromWins) continue;
    }
    await trx
      .updateTable('instrument_scores')
      .set({ member_id: intoId })
      .where('wave_id', '=', from.wave_id)
      .where('member_id', '=', fromId)
      .execute();
  }
}

/**
 * Survey completions (§3.1, §9.2): when both identities completed a survey, one completion stays (the
 * kept member's) and both anonymous responses stay — they cannot be told apart, which is the point.
 * A completion only the duplicate has moves. Either way the kept member, now done, keeps no drafts of
 * that survey (answers that moved from the duplicate included), nor their receipts.
 */
export async function mergeCompletions(trx: StoreTransaction, fromId: string, intoId: string): Promise<void> {
  await trx
    .deleteFrom('survey_completions')
    .where('member_id', '=', fromId)
    .where('wave_id', 'in', (eb) =>
      eb.selectFrom('survey_completions').select('wave_id').where('member_id', '=', intoId),
    )
    .execute();
  await trx
    .updateTable('survey_completions')
    .set({ member_id: intoId })
    .where('member_id', '=', fromId)
    .execute();
  const done = trx
    .selectFrom('survey_completions')
    .innerJoin('assessment_waves', 'assessment_waves.id', 'survey_completions.wave_id')
    .select('assessment_waves.activity_id')
    .where('survey_completions.member_id', '=', intoId)
    .where('assessment_waves.activity_id', 'is not', null);
  for (const table of ['member_answers', 'member_answer_receipts'] as const)
    await trx.deleteFrom(table).where('member_id', '=', intoId).where('activity_id', 'in', done).execute();
}

/**
 * Testimonials (§3.4, §9.2), run before the consents move: when both identities wrote one for the
 * program, the later-updated text stays (the kept member's on a tie); the other is deleted and its
 * author's `testimonial-quote` consent withdrawn (kept as history), so a quote never stands on a
 * consent given for another text. Then the consents follow their own rule. A text only the duplicate
 * has moves.
 */
export async function mergeTestimonials(
  trx: StoreTransaction,
  fromId: string,
  intoId: string,
  now = Date.now(),
): Promise<void> {
  const moving = await trx
    .selectFrom('testimonials')
    .select(['id', 'program_id', 'updated_at'])
    .where('member_id', '=', fromId)
    .execute();
  for (const from of moving) {
    const kept = await trx
      .selectFrom('testimonials')
      .select(['id', 'updated_at'])
      .where('program_id', '=', from.program_id)
      .where('member_id', '=', intoId)
      .executeTakeFirst();
    if (kept) {
      const fromWins = Number(from.updated_at) > Number(kept.updated_at);
      const [loserRow, loserMember] = fromWins ? [kept.id, intoId] : [from.id, fromId];
      await trx.deleteFrom('testimonials').where('id', '=', loserRow).execute();
      await trx
        .updateTable('consents')
        .set({ withdrawn_at: now })
        .where('member_id', '=', loserMember)
        .where('purpose', '=', TESTIMONIAL_QUOTE)
        .where('withdrawn_at', 'is', null)
        .execute();
      if (!fromWins) continue;
    }
    await trx.updateTable('testimonials').set({ member_id: intoId }).where('id', '=', from.id).execute();
  }
}
