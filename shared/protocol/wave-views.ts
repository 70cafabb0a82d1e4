import type { Text } from '../i18n/text.js';

/**
 * An assessment wave as the console runs it (docs/design/assessments-reports.md §2.3, §8.1): the ack of
 * every `wave:*` event, an element of `waves:progress` and of the console's snapshot. Counts only, and
 * per member only whether they are done — never what anyone answered.
 */
export interface WaveProgressView {
  waveId: string;
  programId: string;
  instrumentId: string;
  instrumentVersion: number;
  /** The instrument's name at that version. */
  name: Text;
  kind: 'pre' | 'post' | 'once';
  /** The program day the wave is planned for (its default day resolved); null when the program has no days. */
  dayNumber: number | null;
  status: 'planned' | 'open' | 'closed';
  /** The wave's self-paced task once it was first opened. */
  activityId: string | null;
  /** Soft due time (epoch ms); answers are still taken after it while the wave is open. */
  dueAt: number | null;
  anonymous: boolean;
  /** Members who handed in (or whose answers a close handed in). */
  submitted: number;
  /** Members with at least one answer who have not handed in. */
  started: number;
  /** Members of the program. */
  total: number;
  /** Member id → where they are; for an anonymous wave only 'done' or 'none' (never which answers exist). */
  members: Record<string, 'done' | 'started' | 'none'>;
}

/** To `program:<id>:facilitators`, coalesced: every wave of the program as it now stands. */
export interface WavesProgressUpdate {
  programId: string;
  waves: WaveProgressView[];
}

/** To `member:<id>` of each member who has not handed in: the facilitator asks them to finish. */
export interface WaveReminder {
  activityId: string;
  title: string;
}

/** The ack of `assessment:submit`: a resend of a handed-in wave is `duplicate`. */
export interface AssessmentSubmitted {
  activityId: string;
  duplicate: boolean;
  submittedAt: number;
}
