/**
 * What a wave stores when a member's answers are submitted (docs/design/assessments-reports.md §2.4):
 * the instrument's own scoring (`scoreInstrument`) reduced to the stored columns. Pure; the storage
 * calls it inside the submit's transaction, and the instrument module's `submission.result` will be
 * this same function (step 4).
 */
import { instrumentVersion } from '../content/index.js';
import type { Instrument } from '../content/schema.js';
import { scoreInstrument, type ItemResponses } from '../scoring/instrument.js';

/** An item's stored value: a rating, a text, or null ("답하지 않기", skipped on purpose). */
export type ItemValue = number | string | null;

export interface WaveResult {
  /** Null when more items are missing than the instrument allows. */
  score: number | null;
  answered: number;
  missing: number;
  prorated: boolean;
  subscales: Record<string, number | null>;
  /** The submitted answers, frozen with the score. */
  itemValues: Record<string, ItemValue>;
}

/** Scores a wave's answers; null when they cannot be scored at all (unknown item, a value off the scale). */
export type WaveScorer = (
  wave: { instrumentId: string; instrumentVersion: number },
  answers: Readonly<Record<string, unknown>>,
) => WaveResult | null;

export function scoreAnswers(
  instrument: Instrument,
  answers: Readonly<Record<string, unknown>>,
): WaveResult | null {
  const itemValues: Record<string, ItemValue> = {};
  for (const [itemId, value] of Object.entries(answers)) {
    if (value !== null && typeof value !== 'number' && typeof value !== 'string') return null;
    itemValues[itemId] = value;
  }
  let scored;
  try {
    scored = scoreInstrument(instrument, itemValues as ItemResponses);
  } catch (error) {
    // scoreInstrument throws RangeError for what no checked answer can be: refuse, do not store.
    if (error instanceof RangeError) return null;
    throw error;
  }
  return {
    score: scored.score,
    answered: scored.answered,
    missing: scored.missing.length,
    prorated: scored.prorated,
    subscales: Object.fromEntries(Object.entries(scored.subscales).map(([id, s]) => [id, s.score])),
    itemValues,
  };
}

/** The default scorer: the content library's instrument at the version the wave pinned (old ones stay). */
export const scoreWave: WaveScorer = (wave, answers) => {
  const instrument = instrumentVersion(wave.instrumentId, wave.instrumentVersion);
  return instrument ? scoreAnswers(instrument, answers) : null;
};
