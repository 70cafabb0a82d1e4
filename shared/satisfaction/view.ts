import type { Instrument, Text } from '../content/schema.js';
import {
  breakdownFigure,
  countFigure,
  meanFigure,
  type BreakdownFigure,
  type CountFigure,
  type Figure,
} from '../privacy/figures.js';
import type { ItemResponses } from '../scoring/instrument.js';
import { summarizeSatisfaction, type RatingSummary } from '../scoring/satisfaction.js';

/**
 * A program's satisfaction survey as the facilitator and the report see it (docs/design/assessments-
 * reports.md §3.3): released responses only, counts and means only, every figure under the center's
 * small-count rule, free text without names and only when enough people answered. Pure.
 */
export interface SatisfactionItemView {
  itemId: string;
  text: Text;
  mean: Figure;
  /** Sample SD; null when the mean is not shown or n < 2. */
  sd: number | null;
  /** Answers per scale point (labels from the instrument), small cells suppressed. */
  distribution: BreakdownFigure<number>;
}

export interface SatisfactionView {
  waveId: string;
  instrumentId: string;
  instrumentVersion: number;
  name: Text;
  status: 'planned' | 'open' | 'closed';
  scale: { min: number; max: number; labels: { value: number; label: Text }[] };
  /** Members who completed it (phone or paper tick): who is done, never what they said. */
  completed: number;
  /** Released responses. */
  respondents: CountFigure;
  /** Handed in but not released yet (or never, when fewer than the threshold came after the first release). */
  unreleased: number;
  /** "종이 응답 n건", through the same rule. */
  paper: CountFigure;
  overall: { mean: Figure; sd: number | null };
  items: SatisfactionItemView[];
  /** Free text per text item, in response-id order; empty while fewer than the threshold responded. */
  comments: { itemId: string; text: Text; answers: string[] }[];
  threshold: number;
}

export function satisfactionView(input: {
  waveId: string;
  status: SatisfactionView['status'];
  instrument: Instrument;
  responses: readonly ItemResponses[];
  unreleased: number;
  completed: number;
  paper: number;
  threshold: number;
}): SatisfactionView {
  const { instrument, threshold } = input;
  const summary = summarizeSatisfaction(instrument, input.responses);
  const shown = input.responses.length >= threshold;
  const rating = (r: RatingSummary) => {
    const mean = meanFigure(r.mean, r.n, threshold);
    return { mean, sd: 'value' in mean ? r.sd : null };
  };
  return {
    waveId: input.waveId,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    name: instrument.name,
    status: input.status,
    scale: instrument.scale,
    completed: input.completed,
    respondents: countFigure(input.responses.length, threshold),
    unreleased: input.unreleased,
    paper: countFigure(input.paper, threshold),
    overall: rating(summary.overall),
    items: summary.items.map((item) => ({
      itemId: item.itemId,
      text: item.text,
      ...rating(item),
      distribution: breakdownFigure(
        item.distribution.counts.map((c) => ({ key: c.value, count: c.count })),
        threshold,
      ),
    })),
    comments: instrument.items.flatMap((item) =>
      item.kind === 'text'
        ? [{ itemId: item.id, text: item.text, answers: shown ? (summary.comments[item.id] ?? []) : [] }]
        : [],
    ),
    threshold,
  };
}
