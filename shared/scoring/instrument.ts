/**
 * Scoring one person's answers to an instrument, following the rules written in the instrument itself:
 * reverse keying, total and subscale scores (sum or mean), and the missing-item rule.
 */
import type { Instrument, InstrumentItem, Text } from '../content/schema.js';
import { mean, sum } from './descriptive.js';

/** One person's answers: item id → number (rating items) or string (text items); absent/null = not answered. */
export type ItemResponses = Readonly<Record<string, number | string | null | undefined>>;

export interface ScaleScore {
  /** null when more items are missing than the rule allows. */
  score: number | null;
  /** Rating items answered / missing (ids). */
  answered: number;
  missing: string[];
  /** true when the score was computed from fewer than all items (prorated sum or mean of the rest). */
  prorated: boolean;
}

export interface InstrumentScore extends ScaleScore {
  instrumentId: string;
  /** Keyed score (after reverse keying) of every answered rating item. */
  itemScores: Record<string, number>;
  subscales: Record<string, ScaleScore>;
  /** Descriptive band of the total (rounded to the nearest integer), if the instrument defines bands. */
  band: Text | null;
  /** Non-empty answers to text items, trimmed. */
  texts: Record<string, string>;
}

/** Reverse keying on a min..max scale: min ↔ max. Applying it twice gives the original value. */
export function reverseKey(value: number, min: number, max: number): number {
  return min + max - value;
}

type RatingItem = Extract<InstrumentItem, { kind: 'rating' }>;

function ratingItems(ins: Instrument): RatingItem[] {
  return ins.items.filter((it): it is RatingItem => it.kind === 'rating');
}

/** Lowest and highest possible total score. */
export function scoreRange(ins: Instrument): { min: number; max: number } {
  const n = ratingItems(ins).length;
  return ins.scoring.method === 'sum'
    ? { min: n * ins.scale.min, max: n * ins.scale.max }
    : { min: ins.scale.min, max: ins.scale.max };
}

function scale(
  method: Instrument['scoring']['method'],
  itemIds: readonly string[],
  itemScores: Record<string, number>,
  maxMissing: number,
): ScaleScore {
  const values: number[] = [];
  const missing: string[] = [];
  for (const id of itemIds) {
    const v = itemScores[id];
    if (v === undefined) missing.push(id);
    else values.push(v);
  }
  const answered = values.length;
  if (answered === 0 || missing.length > maxMissing) {
    return { score: null, answered, missing, prorated: false };
  }
  const score = method === 'sum' ? (sum(values) * itemIds.length) / answered : (mean(values) as number);
  return { score, answered, missing, prorated: missing.length > 0 };
}

/**
 * Score one response. Throws RangeError for an answer outside the scale, a non-integer rating, text given
 * to a rating item (or the reverse), or an unknown item id — those are bugs upstream, not missing data.
 */
export function scoreInstrument(ins: Instrument, responses: ItemResponses): InstrumentScore {
  const known = new Map(ins.items.map((it) => [it.id, it]));
  for (const key of Object.keys(responses)) {
    if (!known.has(key)) throw new RangeError(`instrument ${ins.id}: unknown item "${key}"`);
  }

  const itemScores: Record<string, number> = {};
  const texts: Record<string, string> = {};
  for (const item of ins.items) {
    const raw = responses[item.id];
    if (raw === undefined || raw === null) continue;
    if (item.kind === 'text') {
      if (typeof raw !== 'string') throw new RangeError(`instrument ${ins.id}: item ${item.id} expects text`);
      const trimmed = raw.trim();
      if (trimmed !== '') texts[item.id] = trimmed;
      continue;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < ins.scale.min || raw > ins.scale.max) {
      throw new RangeError(
        `instrument ${ins.id}: item ${item.id} needs an integer ${ins.scale.min}–${ins.scale.max}, got ${String(raw)}`,
      );
    }
    itemScores[item.id] = item.reverse ? reverseKey(raw, ins.scale.min, ins.scale.max) : raw;
  }

  const allIds = ratingItems(ins).map((it) => it.id);
  const total = scale(ins.scoring.method, allIds, itemScores, ins.scoring.maxMissing);

  const subscales: Record<string, ScaleScore> = {};
  const subMax = ins.scoring.subscaleMaxMissing ?? ins.scoring.maxMissing;
  for (const s of ins.subscales) subscales[s.id] = scale(ins.scoring.method, s.itemIds, itemScores, subMax);

  let band: Text | null = null;
  if (total.score !== null) {
    const rounded = Math.round(total.score);
    band = ins.scoring.bands.find((b) => rounded >= b.min && rounded <= b.max)?.label ?? null;
  }

  return { instrumentId: ins.id, ...total, itemScores, subscales, band, texts };
}
