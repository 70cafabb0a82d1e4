import { ChoiceResults } from '../common/ChoiceResults.js';
import type { ResultsProps } from '../types.js';

export function Results({ summary }: ResultsProps<'poll-multi'>) {
  return <ChoiceResults summary={summary} />;
}
