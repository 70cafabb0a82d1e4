import { createElement, type ComponentType } from 'react';
import type { ActivityType } from '../../../shared/activities/types.js';
import type { Strings } from '../common/i18n.js';
import type { ResultsPlace, ResultsProps } from './types.js';
import { Results as PollSingleResults } from './poll-single/Results.js';
import { strings as pollSingleStrings } from './poll-single/strings.js';
import { Results as PollMultiResults } from './poll-multi/Results.js';
import { strings as pollMultiStrings } from './poll-multi/strings.js';
import { Results as ScaleResults } from './scale/Results.js';
import { strings as scaleStrings } from './scale/strings.js';
import { Results as OpenTextResults } from './open-text/Results.js';
import { strings as openTextStrings } from './open-text/strings.js';
import { Results as WordCloudResults } from './word-cloud/Results.js';
import { strings as wordCloudStrings } from './word-cloud/strings.js';

/**
 * Results views and strings of every type: what the projector needs, and what the other pages
 * build on. The mapped type makes the compiler refuse a type without a view.
 */
export const resultsViews: { [T in ActivityType]: ComponentType<ResultsProps<T>> } = {
  'poll-single': PollSingleResults,
  'poll-multi': PollMultiResults,
  scale: ScaleResults,
  'open-text': OpenTextResults,
  'word-cloud': WordCloudResults,
};

export const activityStrings: { [T in ActivityType]: Strings } = {
  'poll-single': pollSingleStrings,
  'poll-multi': pollMultiStrings,
  scale: scaleStrings,
  'open-text': openTextStrings,
  'word-cloud': wordCloudStrings,
};

interface ErasedProps {
  config: unknown;
  summary: unknown;
  place: ResultsPlace;
}

/** The results view of any type; pages hold config and summary as `unknown` and pass them through. */
export function ResultsFor({ type, ...props }: ErasedProps & { type: ActivityType }) {
  return createElement(resultsViews[type] as unknown as ComponentType<ErasedProps>, props);
}
