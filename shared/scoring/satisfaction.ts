/**
 * End-of-program satisfaction: mean, standard deviation and distribution of every rating item, the same
 * for the respondents' overall scores, the number of respondents, and the free-text comments.
 */
import type { Instrument, Text } from '../content/schema.js';
import { mean, sampleSd } from './descriptive.js';
import { scoreInstrument, type ItemResponses } from './instrument.js';

export interface Distribution {
  /** One entry per scale point, in order. */
  counts: { value: number; count: number; share: number }[];
}

export interface RatingSummary {
  n: number;
  mean: number | null;
  /** Sample SD (n − 1); null for n < 2. */
  sd: number | null;
  distribution: Distribution;
}

export interface SatisfactionSummary {
  instrumentId: string;
  /** Number of responses received (including empty ones). */
  respondents: number;
  items: ({ itemId: string; text: Text } & RatingSummary)[];
  /**
   * Respondents' overall scores (mean of their answered rating items, under the instrument's missing rule).
   * `distribution` here pools every rating answer given to any item.
   */
  overall: RatingSummary;
  /** Non-empty free-text answers per text item. */
  comments: Record<string, string[]>;
}

/** Summary of integer ratings on a min..max scale; `pooled` values (for the distribution) default to `values`. */
export function summarizeRatings(
  values: readonly number[],
  min: number,
  max: number,
  pooled: readonly number[] = values,
): RatingSummary {
  const counts: Distribution['counts'] = [];
  for (let v = min; v <= max; v++) {
    const count = pooled.filter((x) => Math.round(x) === v).length;
    counts.push({ value: v, count, share: pooled.length === 0 ? 0 : count / pooled.length });
  }
  return { n: values.length, mean: mean(values), sd: sampleSd(values), distribution: { counts } };
}

export function summarizeSatisfaction(
  ins: Instrument,
  responses: readonly ItemResponses[],
): SatisfactionSummary {
  const scored = responses.map((r) => scoreInstrument(ins, r));
  const items: SatisfactionSummary['items'] = [];
  const pooled: number[] = [];
  const comments: Record<string, string[]> = {};

  for (const item of ins.items) {
    if (item.kind === 'text') {
      comments[item.id] = scored.flatMap((s) =>
        s.texts[item.id] !== undefined ? [s.texts[item.id] as string] : [],
      );
      continue;
    }
    const values = scored.flatMap((s) =>
      s.itemScores[item.id] !== undefined ? [s.itemScores[item.id] as number] : [],
    );
    pooled.push(...values);
    items.push({
      itemId: item.id,
      text: item.text,
      ...summarizeRatings(values, ins.scale.min, ins.scale.max),
    });
  }

  const overallScores = scored.flatMap((s) => (s.score !== null ? [s.score] : []));
  const overall = summarizeRatings(overallScores, ins.scale.min, ins.scale.max, pooled);
  return { instrumentId: ins.id, respondents: responses.length, items, overall, comments };
}
