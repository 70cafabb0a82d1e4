import type { ChoiceSummary } from './choice.js';
import type { ScaleSummary } from './scale/index.js';
import type { OpenTextSummary } from './open-text/index.js';
import type { WordCloudSummary } from './word-cloud/index.js';
import type { PollSingleConfig, PollSingleAnswer } from './poll-single/index.js';
import type { PollMultiConfig, PollMultiAnswer } from './poll-multi/index.js';
import type { ScaleConfig, ScaleAnswer } from './scale/index.js';
import type { OpenTextConfig, OpenTextAnswer } from './open-text/index.js';
import type { WordCloudConfig, WordCloudAnswer } from './word-cloud/index.js';

/** zod-free so the participant bundle can import it without pulling in the schemas. */
export const ACTIVITY_TYPES = ['poll-single', 'poll-multi', 'scale', 'open-text', 'word-cloud'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Whether a type (e.g. an agenda line's, which may be facilitator-led) is one the engine runs on phones. */
export const isEngineType = (type: string): type is ActivityType =>
  (ACTIVITY_TYPES as readonly string[]).includes(type);

export interface ActivityTypeMap {
  'poll-single': { config: PollSingleConfig; answer: PollSingleAnswer; summary: ChoiceSummary };
  'poll-multi': { config: PollMultiConfig; answer: PollMultiAnswer; summary: ChoiceSummary };
  scale: { config: ScaleConfig; answer: ScaleAnswer; summary: ScaleSummary };
  'open-text': { config: OpenTextConfig; answer: OpenTextAnswer; summary: OpenTextSummary };
  'word-cloud': { config: WordCloudConfig; answer: WordCloudAnswer; summary: WordCloudSummary };
}

export type ActivitySummary = ActivityTypeMap[ActivityType]['summary'];
export type ActivityConfig = ActivityTypeMap[ActivityType]['config'];
export type AnswerValue = ActivityTypeMap[ActivityType]['answer'];
