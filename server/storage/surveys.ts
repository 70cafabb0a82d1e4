import type { Kysely, Transaction } from 'kysely';
import { scoreWave, type WaveResult, type WaveScorer } from '../../shared/assessment/score.js';
import type { ItemResponses } from '../../shared/scoring/instrument.js';
import type { Database } from '../db/schema.js';
import { answersOf, toWave, waveRow, type StoredWave, type WaveRow } from './assessment-rows.js';
import { lockRow } from './locks.js';
import { releaseIn } from './survey-release.js';

/**
 * The anonymous satisfaction survey (docs/design/assessments-reports.md §3.1), `storage.surveys`.
 * A member's drafts are ordinary counseling answers until they hand in; then, in one transaction under
 * the member's lock, a completion (who) and a pending response (what, with no member and no time) are
 * written and the drafts and their receipts deleted. Responses are released in batches: inserted again
 * with new random ids, so no id, order or writing transaction ties one to a completion.
 */
type Trx = Transaction<Database>;

export type SurveySubmitOutcome =
  | { ok: true; duplicate: boolean; submittedAt: number }
  | { ok: false; code: 'activity_not_found' | 'activity_not_open' | 'invalid_answer' };

export type PaperOutcome =
  | { ok: true; replayed: boolean }
  | { ok: false; code: 'wave_not_found' | 'invalid_answer' | 'program_ended' };

/** Released responses of a wave, in id order (random: says nothing of who or when). */
export interface ReleasedSurvey {
  wave: StoredWave;
  responses: ItemResponses[];
  /** Responses handed in but not released (fewer than the threshold after the first release). */
  pending: number;
  /** Members who completed (phone or paper): a count, never tied to a response. */
  completed: number;
  paper: number;
}

export class SurveyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly score: WaveScorer = scoreWave,
  ) {}

  /** A member hands in the survey (`assessment:submit` on a `detach` activity); a resend is `duplicate`. */
  submit(input: { activityId: string; memberId: string; now?: number }): Promise<SurveySubmitOutcome> {
    const now = input.now ?? Date.now();
    return this.db.transaction().execute(async (trx) => {
      const wave = await trx
        .selectFrom('assessment_waves')
        .selectAll()
        .where('activity_id', '=', input.activityId)
        .where('anonymous', '=', 1)
        .executeTakeFirst();
      const member = wave
        ? await trx
            .selectFrom('program_members')
            .select('id')
            .where('id', '=', input.memberId)
            .where('program_id', '=', wave.program_id)
            .executeTakeFirst()
        : undefined;
      if (!wave || !member) return { ok: false, code: 'activity_not_found' };
      await lockRow(trx, 'program_members', input.memberId);
      const done = await surveyCompletionOf(trx, wave.id, input.memberId);
      if (done) return { ok: true, duplicate: true, submittedAt: done };
      const current = (await waveRow(trx, wave.id))!;
      if (current.status !== 'open') return { ok: false, code: 'activity_not_open' };
      const result = this.score(
        { instrumentId: current.instrument_id, instrumentVersion: Number(current.instrument_version) },
        await answersOf(trx, input.activityId, input.memberId),
      );
      if (!result) return { ok: false, code: 'invalid_answer' };
      await handIn(trx, current, input.memberId, result, now);
      return { ok: true, duplicate: false, submittedAt: now };
    });
  }

  /** A paper form entered by staff: one pending response with no member; a resent request id stores nothing. */
  enterPaper(input: {
    waveId: string;
    requestId: string;
    answers: Readonly<Record<string, unknown>>;
  }): Promise<PaperOutcome> {
    return this.db.transaction().execute(async (trx) => {
      await lockRow(trx, 'assessment_waves', input.waveId);
      const wave = await waveRow(trx, input.waveId);
      if (!wave || Number(wave.anonymous) !== 1) return { ok: false, code: 'wave_not_found' };
      const known = await trx
        .selectFrom('survey_responses')
        .select('wave_id')
        .where('request_id', '=', input.requestId)
        .executeTakeFirst();
      if (known)
        return known.wave_id === wave.id
          ? { ok: true, replayed: true }
          : { ok: false, code: 'invalid_answer' };
      const result = this.score(
        { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
        input.answers,
      );
      if (!result) return { ok: false, code: 'invalid_answer' };
      await insertResponse(trx, wave, result, { source: 'paper', batch: null, requestId: input.requestId });
      return { ok: true, replayed: false };
    });
  }

  /** Releases the wave's pending responses now (after a reopen or paper entry), if there are enough. */
  release(waveId: string, threshold: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await lockRow(trx, 'assessment_waves', waveId);
      const wave = await waveRow(trx, waveId);
      // Read under the lock: a reopen that committed since the route's check keeps the batch back.
      return wave && Number(wave.anonymous) === 1 && wave.status !== 'open'
        ? releaseIn(trx, wave, threshold)
        : 0;
    });
  }

  /** The released responses of a program's anonymous waves (answers only), with the counts around them. */
  async released(programId: string): Promise<ReleasedSurvey[]> {
    const waves = await this.db
      .selectFrom('assessment_waves')
      .selectAll()
      .where('program_id', '=', programId)
      .where('anonymous', '=', 1)
      .orderBy('instrument_id')
      .execute();
    return Promise.all(waves.map((w) => this.releasedOf(w)));
  }

  private async releasedOf(wave: WaveRow): Promise<ReleasedSurvey> {
    const [responses, answers, pending, completions] = await Promise.all([
      this.db
        .selectFrom('survey_responses')
        .select(['id', 'source'])
        .where('wave_id', '=', wave.id)
        .where('batch', 'is not', null)
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('survey_answers')
        .innerJoin('survey_responses', 'survey_responses.id', 'survey_answers.response_id')
        .select(['survey_answers.response_id', 'item_key', 'rating', 'text'])
        .where('survey_responses.wave_id', '=', wave.id)
        .where('survey_responses.batch', 'is not', null)
        .execute(),
      this.db
        .selectFrom('survey_responses')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('wave_id', '=', wave.id)
        .where('batch', 'is', null)
        .executeTakeFirst(),
      this.db
        .selectFrom('survey_completions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('wave_id', '=', wave.id)
        .executeTakeFirst(),
    ]);
    const byResponse = new Map<string, Record<string, number | string | null>>();
    for (const r of responses) byResponse.set(r.id, {});
    for (const a of answers) {
      const values = byResponse.get(a.response_id);
      if (values) values[a.item_key] = a.rating === null ? a.text : Number(a.rating);
    }
    return {
      wave: toWave(wave),
      responses: [...byResponse.values()],
      pending: Number(pending?.n ?? 0),
      completed: Number(completions?.n ?? 0),
      paper: responses.filter((r) => r.source === 'paper').length,
    };
  }
}

/** When the member completed the survey whose task this is (null: not yet, or no survey). */
export async function surveyCompletionOf(
  db: Kysely<Database> | Trx,
  waveId: string,
  memberId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('survey_completions')
    .select('completed_at')
    .where('wave_id', '=', waveId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row ? Number(row.completed_at) : null;
}

/**
 * The member (locked by the caller) hands in: completion, a pending response, and their drafts and
 * receipts gone (a receipt count would tell how many items a member answered).
 */
export async function handIn(trx: Trx, wave: WaveRow, memberId: string, result: WaveResult, now: number) {
  await trx
    .insertInto('survey_completions')
    .values({ wave_id: wave.id, member_id: memberId, channel: 'phone', completed_at: now })
    .execute();
  await insertResponse(trx, wave, result, { source: 'phone', batch: null, requestId: null });
  if (wave.activity_id === null) return;
  await trx
    .deleteFrom('member_answer_receipts')
    .where('activity_id', '=', wave.activity_id)
    .where('member_id', '=', memberId)
    .execute();
  await trx
    .deleteFrom('member_answers')
    .where('activity_id', '=', wave.activity_id)
    .where('member_id', '=', memberId)
    .execute();
}

export async function insertResponse(
  trx: Trx,
  wave: WaveRow,
  result: Pick<WaveResult, 'score' | 'itemValues'>,
  meta: { source: 'phone' | 'paper'; batch: number | null; requestId: string | null },
): Promise<void> {
  const id = crypto.randomUUID();
  await trx
    .insertInto('survey_responses')
    .values({
      id,
      wave_id: wave.id,
      program_id: wave.program_id,
      instrument_id: wave.instrument_id,
      instrument_version: Number(wave.instrument_version),
      score: result.score,
      source: meta.source,
      batch: meta.batch,
      request_id: meta.requestId,
    })
    .execute();
  const answers = Object.entries(result.itemValues).filter(([, v]) => v !== null);
  if (answers.length === 0) return;
  await trx
    .insertInto('survey_answers')
    .values(
      answers.map(([itemKey, value]) => ({
        response_id: id,
        item_key: itemKey,
        rating: typeof value === 'number' ? value : null,
        text: typeof value === 'string' ? value : null,
      })),
    )
    .execute();
}
