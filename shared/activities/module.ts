import type { z } from 'zod';
import type { Text } from '../i18n/text.js';

/** One stored answer as a summary function sees it. */
export interface AnswerRecord<A> {
  answerId: string;
  participantId: string;
  nickname: string;
  value: A;
  hidden: boolean;
}

/** Who sees an activity's entries: everyone ('room'), the facilitator only, or each author only. */
export type ResultsAudience = 'room' | 'facilitator' | 'self';

export interface SummaryOptions {
  /** Attach nicknames to entries (projector: only when the facilitator turned names on). */
  withNames: boolean;
}

/**
 * Everything the server and client need to know about one activity type, in one place. Adding a
 * type means one folder here and one under client/src/activities; nothing else switches on type.
 *
 * Later kinds fit the same shape: grouped activities (pairs/triads with roles) add a `grouping`
 * step and a per-participant private view; instruments answered at one's own pace use an answer
 * value holding item responses; per-participant results are answers kept with the participant.
 */
export interface ActivityModule<Config, Answer, Summary> {
  type: string;
  name: Text;
  configSchema: z.ZodType<Config>;
  /** The answer schema depends on config: option ids that exist, the scale's range, max picks. */
  answerSchema: (config: Config) => z.ZodType<Answer>;
  defaultConfig: () => Config;
  /** True when even the facilitator must not see who wrote which answer (anonymous open text). */
  hidesAuthors?: (config: Config) => boolean;
  /**
   * Who sees the entries (a library prompt inviting sensitive or identifying answers is flagged):
   * anything but 'room' never reaches the projector or the phones; 'self' not the console either.
   * Absent: 'room'.
   */
  resultsAudience?: (config: Config) => ResultsAudience;
  /**
   * True when the summary can carry nicknames, so the console offers "show names" (open text that
   * is not anonymous). Without it the type's results never name anyone.
   */
  namesApply?: (config: Config) => boolean;
  /**
   * True when, in a program day, the facilitator reviews each answer before the room sees it (the
   * group meets again tomorrow); a quick session shows them at once. Either can be switched.
   */
  reviewedInProgramDay?: boolean;
  /**
   * The config an agenda line's own words imply when it carries none (a program written before the
   * library gave each activity its config, or a line the facilitator typed): a poll's "… (a / b / c)".
   * Null when the words imply nothing; the line then opens with `defaultConfig`.
   */
  configFromPrompt?: (prompt: string) => { title: string; config: Config } | null;
  /** Pure: the result shown on the projector and to participants. Hidden answers never count. */
  summarize: (config: Config, answers: readonly AnswerRecord<Answer>[], options: SummaryOptions) => Summary;
}

export function visible<A>(answers: readonly AnswerRecord<A>[]): AnswerRecord<A>[] {
  return answers.filter((a) => !a.hidden);
}
