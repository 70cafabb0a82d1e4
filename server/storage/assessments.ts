import type { Kysely, Transaction } from 'kysely';
import { scoreWave, type WaveScorer } from '../../shared/assessment/score.js';
import type { Database } from '../db/schema.js';
import {
  closeIn,
  extendIn,
  openIn,
  remindIn,
  type CloseOutcome,
  type ExtendOutcome,
  type OpenInput,
  type OpenOutcome,
  type RemindOutcome,
} from './assessment-lifecycle.js';
import {
  planOf,
  replacePlan,
  type WavePlanItem,
  type PlanOutcome,
  type WavePlan,
} from './assessment-plan.js';
import { scoreRow, toScore, toWave, waveRow, type StoredScore, type StoredWave } from './assessment-rows.js';
import { surveyCompletionOf } from './surveys.js';
import {
  enterIn,
  guardAnswerIn,
  submitIn,
  type StaffEntry,
  type StaffEntryOutcome,
  type SubmitOutcome,
} from './assessment-scores.js';

/**
 * Assessment waves and scores (docs/design/assessments-reports.md §2.2–§2.5), `storage.assessments`:
 * the plan (assessment-plan.ts), each wave's lifecycle under its row lock (assessment-lifecycle.ts),
 * scores written once under the member's lock (assessment-scores.ts). `score` turns a member's answers
 * into what is stored: pure, the content library's instruments by default (`scoreWave`).
 */
export class AssessmentStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly score: WaveScorer = scoreWave,
  ) {}

  plan(programId: string): Promise<WavePlan | null> {
    return planOf(this.db, programId);
  }

  /** Replaces the program's plan with a version check (`version_conflict`, `wave_has_responses`, …). */
  replacePlan(input: {
    programId: string;
    version: number;
    waves: readonly WavePlanItem[];
  }): Promise<PlanOutcome> {
    return replacePlan(this.db, input);
  }

  async get(waveId: string): Promise<StoredWave | null> {
    const row = await waveRow(this.db, waveId);
    return row ? toWave(row) : null;
  }

  async byActivity(activityId: string): Promise<StoredWave | null> {
    const row = await this.db
      .selectFrom('assessment_waves')
      .selectAll()
      .where('activity_id', '=', activityId)
      .executeTakeFirst();
    return row ? toWave(row) : null;
  }

  open(input: Omit<OpenInput, 'now'> & { now?: number }): Promise<OpenOutcome> {
    const now = input.now ?? Date.now();
    return this.db.transaction().execute((trx) => openIn(trx, this.score, { ...input, now }));
  }

  close(waveId: string, now = Date.now()): Promise<CloseOutcome> {
    return this.db.transaction().execute((trx) => closeIn(trx, this.score, waveId, now));
  }

  extend(waveId: string, minutes: number, now = Date.now()): Promise<ExtendOutcome> {
    return this.db.transaction().execute((trx) => extendIn(trx, waveId, minutes, now));
  }

  remind(waveId: string, now = Date.now()): Promise<RemindOutcome> {
    return this.db.transaction().execute((trx) => remindIn(trx, waveId, now));
  }

  /** A member hands in their answers to a wave's activity (`assessment:submit`); a resend is `duplicate`. */
  submit(input: { activityId: string; memberId: string; now?: number }): Promise<SubmitOutcome> {
    const now = input.now ?? Date.now();
    return this.db.transaction().execute((trx) => submitIn(trx, this.score, { ...input, now }));
  }

  /**
   * For the answer path, inside its transaction before the answer is stored: `wave_submitted` when the
   * member's score (or survey completion) exists, `activity_not_open` when the wave closed meanwhile —
   * both decided under the member's lock, as submit decides.
   */
  guardAnswer(
    trx: Transaction<Database>,
    activityId: string,
    memberId: string,
  ): Promise<'wave_submitted' | 'activity_not_open' | null> {
    return guardAnswerIn(trx, activityId, memberId);
  }

  /** A paper form entered by staff (§2.5); a resent request id answers as the first call did. */
  enterResponse(entry: Omit<StaffEntry, 'now'> & { now?: number }): Promise<StaffEntryOutcome> {
    const now = entry.now ?? Date.now();
    return this.db.transaction().execute((trx) => enterIn(trx, this.score, { ...entry, now }));
  }

  /**
   * For a wave's task: its due time and, when this member handed it in, when and on which day.
   * Null when the activity belongs to no wave.
   */
  async submissionOf(
    activityId: string,
    memberId: string,
  ): Promise<{ dueAt: number | null; submitted: { at: number; dayNumber: number | null } | null } | null> {
    const wave = await this.byActivity(activityId);
    if (!wave) return null;
    if (wave.anonymous) {
      // The survey tells its member only that (and when) they completed it; the day is not kept.
      const at = await surveyCompletionOf(this.db, wave.id, memberId);
      return { dueAt: wave.dueAt, submitted: at === null ? null : { at, dayNumber: null } };
    }
    const row = await scoreRow(this.db, wave.id, memberId);
    const score = row ? toScore(row) : null;
    return {
      dueAt: wave.dueAt,
      submitted: score ? { at: score.submittedAt, dayNumber: score.takenDayNumber } : null,
    };
  }

  /** The members who handed in the wave whose task this is (empty for an activity of no wave). */
  async submittedMembers(activityId: string): Promise<Set<string>> {
    const [scored, completed] = await Promise.all([
      this.db
        .selectFrom('instrument_scores')
        .innerJoin('assessment_waves', 'assessment_waves.id', 'instrument_scores.wave_id')
        .select('instrument_scores.member_id')
        .where('assessment_waves.activity_id', '=', activityId)
        .execute(),
      this.db
        .selectFrom('survey_completions')
        .innerJoin('assessment_waves', 'assessment_waves.id', 'survey_completions.wave_id')
        .select('survey_completions.member_id')
        .where('assessment_waves.activity_id', '=', activityId)
        .execute(),
    ]);
    return new Set([...scored, ...completed].map((r) => r.member_id));
  }

  /**
   * Who of the program has handed in each wave and who has answers without having handed in (ids
   * only, for the console's counts): one query per kind over the program's waves.
   */
  async memberStates(
    programId: string,
  ): Promise<Map<string, { submitted: Set<string>; started: Set<string> }>> {
    const [scores, completions, answers] = await Promise.all([
      this.db
        .selectFrom('instrument_scores')
        .select(['wave_id', 'member_id'])
        .where('program_id', '=', programId)
        .execute(),
      this.db
        .selectFrom('survey_completions')
        .innerJoin('assessment_waves', 'assessment_waves.id', 'survey_completions.wave_id')
        .select(['survey_completions.wave_id', 'survey_completions.member_id'])
        .where('assessment_waves.program_id', '=', programId)
        .execute(),
      this.db
        .selectFrom('member_answers')
        .innerJoin('assessment_waves', 'assessment_waves.activity_id', 'member_answers.activity_id')
        .select(['assessment_waves.id as wave_id', 'member_answers.member_id'])
        .distinct()
        .where('assessment_waves.program_id', '=', programId)
        .execute(),
    ]);
    const states = new Map<string, { submitted: Set<string>; started: Set<string> }>();
    const stateOf = (waveId: string) => {
      let state = states.get(waveId);
      if (!state) states.set(waveId, (state = { submitted: new Set(), started: new Set() }));
      return state;
    };
    for (const row of [...scores, ...completions]) stateOf(row.wave_id).submitted.add(row.member_id);
    for (const row of answers) {
      const state = stateOf(row.wave_id);
      if (!state.submitted.has(row.member_id)) state.started.add(row.member_id);
    }
    return states;
  }

  async scores(waveId: string): Promise<StoredScore[]> {
    const rows = await this.db
      .selectFrom('instrument_scores')
      .selectAll()
      .where('wave_id', '=', waveId)
      .orderBy('member_id')
      .execute();
    return rows.map(toScore);
  }

  /**
   * The program's waves that have anything answered or handed in — a score, or an answer to the
   * wave's activity: the ones `replacePlan` refuses to remove (`wave_has_responses`), for the editor.
   */
  async respondedWaveIds(programId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('assessment_waves as w')
      .select('w.id')
      .where('w.program_id', '=', programId)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb.selectFrom('instrument_scores as s').select('s.wave_id').whereRef('s.wave_id', '=', 'w.id'),
          ),
          eb.exists(
            eb
              .selectFrom('member_answers as a')
              .select('a.activity_id')
              .whereRef('a.activity_id', '=', 'w.activity_id'),
          ),
        ]),
      )
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** The program's scores, or one member's of it (their take-home report reads only their own). */
  async scoresForProgram(programId: string, memberId?: string): Promise<StoredScore[]> {
    const rows = await this.db
      .selectFrom('instrument_scores')
      .selectAll()
      .where('program_id', '=', programId)
      .$if(memberId !== undefined, (q) => q.where('member_id', '=', memberId!))
      .orderBy('instrument_id')
      .orderBy('member_id')
      .orderBy('kind')
      .execute();
    return rows.map(toScore);
  }

  /** The (instrument, version) pairs the programs have scores of, for an export's sheets and columns. */
  async scoredInstruments(
    programIds: readonly string[],
  ): Promise<{ instrumentId: string; instrumentVersion: number }[]> {
    if (programIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('instrument_scores')
      .select(['instrument_id', 'instrument_version'])
      .distinct()
      .where('program_id', 'in', programIds)
      .orderBy('instrument_id')
      .orderBy('instrument_version')
      .execute();
    return rows.map((r) => ({
      instrumentId: r.instrument_id,
      instrumentVersion: Number(r.instrument_version),
    }));
  }
}

export { REMIND_INTERVAL_MS, INSTRUMENT_TYPE } from './assessment-lifecycle.js';
export type {
  OpenOutcome,
  CloseOutcome,
  ExtendOutcome,
  RemindOutcome,
  ClosedWave,
} from './assessment-lifecycle.js';
export type { StoredWave, StoredScore } from './assessment-rows.js';
export type { WavePlanItem, WavePlan, PlanOutcome } from './assessment-plan.js';
export type { SubmitOutcome, StaffEntry, StaffEntryOutcome } from './assessment-scores.js';
