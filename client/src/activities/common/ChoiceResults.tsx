import type { ChoiceSummary } from '../../../../shared/activities/choice.js';
import { Bars } from './Bars.js';

/** Results of both polls: one bar per option, in the facilitator's option order. */
export function ChoiceResults({ summary }: { summary: ChoiceSummary }) {
  return (
    <Bars
      respondents={summary.respondents}
      bars={summary.counts.map((c) => ({ key: c.optionId, label: c.label, count: c.count }))}
    />
  );
}
