import type { Transaction } from 'kysely';
import type { WaveScorer } from '../../shared/assessment/score.js';
import type { Database } from '../db/schema.js';
import { answersOf, type WaveRow } from './assessment-rows.js';
import { lockRow } from './locks.js';
import { handIn, surveyCompletionOf } from './surveys.js';

/**
 * The survey's close and its releases (docs/design/assessments-reports.md §3.1): what the close hands in
 * and how pending responses become a batch that no id, order or writing transaction ties to a completion.
 */
type Trx = Transaction<Database>;

/**
 * At the survey's close (the wave locked by the caller): scorable drafts are handed in as responses
 * (members in id order, each under their lock), then the pending responses are released.
 */
export async function closeSurveyIn(
  trx: Trx,
  score: WaveScorer,
  wave: WaveRow,
  now: number,
  threshold: number,
): Promise<void> {
  if (wave.activity_id === null) return;
  const drafting = await trx
    .selectFrom('member_answers')
    .select('member_id')
    .distinct()
    .where('activity_id', '=', wave.activity_id)
    .orderBy('member_id')
    .execute();
  for (const { member_id: memberId } of drafting) {
    await lockRow(trx, 'program_members', memberId);
    if (await surveyCompletionOf(trx, wave.id, memberId)) continue;
    const result = score(
      { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
      await answersOf(trx, wave.activity_id, memberId),
    );
    // A draft that cannot be scored stays while the wave can reopen (the program's end deletes it).
    if (result && result.score !== null) await handIn(trx, wave, memberId, result, now);
  }
  await releaseIn(trx, wave, threshold);
}

/**
 * Releases the pending responses as batch k+1: the first release takes every one; a later one only
 * when at least `threshold` wait (fewer stay unreleased for good, Q11). Each is inserted again with a
 * new random id, in the order of the new ids, and the pending rows deleted.
 */
export async function releaseIn(trx: Trx, wave: WaveRow, threshold: number): Promise<number> {
  const pending = await trx
    .selectFrom('survey_responses')
    .selectAll()
    .where('wave_id', '=', wave.id)
    .where('batch', 'is', null)
    .execute();
  const first = Number(wave.release_batches) === 0;
  if (pending.length === 0 || (!first && pending.length < threshold)) return 0;
  const answers = await trx
    .selectFrom('survey_answers')
    .selectAll()
    .where(
      'response_id',
      'in',
      pending.map((p) => p.id),
    )
    .execute();
  const batch = Number(wave.release_batches) + 1;
  const renewed = pending
    .map((p) => ({ old: p, id: crypto.randomUUID() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  await trx
    .deleteFrom('survey_responses')
    .where('wave_id', '=', wave.id)
    .where('batch', 'is', null)
    .execute();
  for (const { old, id } of renewed) {
    await trx
      .insertInto('survey_responses')
      .values({ ...old, id, batch })
      .execute();
    const own = answers.filter((a) => a.response_id === old.id).map((a) => ({ ...a, response_id: id }));
    if (own.length > 0) await trx.insertInto('survey_answers').values(own).execute();
  }
  await trx
    .updateTable('assessment_waves')
    .set((eb) => ({ release_batches: batch, version: eb('version', '+', 1) }))
    .where('id', '=', wave.id)
    .execute();
  return renewed.length;
}
