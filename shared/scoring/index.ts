/** Pure scoring and statistics for instruments, pre/post change, satisfaction and completion. */
export { mean, sampleSd, sampleVariance, sum } from './descriptive.js';
export { lnGamma, regularizedIncompleteBeta, tCdf, tCritical, tQuantile, tTwoSidedP } from './tdist.js';
export {
  reverseKey,
  scoreInstrument,
  scoreRange,
  type InstrumentScore,
  type ItemResponses,
  type ScaleScore,
} from './instrument.js';
export {
  comparePrePost,
  prePostFromGroup,
  type ParticipantChange,
  type PrePostGroup,
  type PrePostResult,
  type PrePostRow,
  type PrePostStats,
} from './prepost.js';
export {
  summarizeRatings,
  summarizeSatisfaction,
  type Distribution,
  type RatingSummary,
  type SatisfactionSummary,
} from './satisfaction.js';
export {
  computeCompletion,
  DEFAULT_COMPLETION_THRESHOLD,
  isCompleted,
  type AttendanceRecord,
  type CompletionResult,
  type ParticipantCompletion,
} from './completion.js';
