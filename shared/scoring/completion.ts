/**
 * Completion (수료): a participant completes when attended hours ÷ scheduled hours reaches the threshold
 * (default 80%, a center setting). Also attendance per day, for the center's report.
 */

export const DEFAULT_COMPLETION_THRESHOLD = 0.8;

export interface AttendanceRecord {
  participantId: string;
  /** Attended hours per program day, in day order; a missing or null entry means 0 (absent). */
  attendedHours: readonly (number | null | undefined)[];
}

export interface ParticipantCompletion {
  participantId: string;
  /** Attended hours per day after capping at the day's scheduled hours. */
  perDay: number[];
  attendedHours: number;
  scheduledHours: number;
  /** attendedHours ÷ scheduledHours, between 0 and 1. */
  ratio: number;
  completed: boolean;
  /** Days where more hours were entered than were scheduled (they are counted as the scheduled hours). */
  cappedDays: number[];
}

export interface CompletionResult {
  threshold: number;
  scheduledHours: number;
  participants: ParticipantCompletion[];
  /** Per program day (1-based): scheduled hours and how many participants attended any of it. */
  days: { day: number; scheduledHours: number; present: number }[];
  n: number;
  completedCount: number;
  /** completedCount ÷ n; null when there are no participants. */
  rate: number | null;
}

/**
 * Hours are fractions, so exact shares come out a hair off: 19.2 of 24 hours is 0.7999999999999999.
 * A ratio this close below the threshold is rounding and completes; an entry this close above a
 * day's schedule is not reported as capped.
 */
const EPSILON = 1e-9;

function checkThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
}

/**
 * The completion rule (수료), exported so the figure store, which sums attended hours per member in
 * SQL, decides completion exactly as the roster does: attended ÷ scheduled hours, capped at 1, reaches
 * the threshold up to rounding. `attendedHours` must already be capped per day at the day's schedule.
 */
export function isCompleted(attendedHours: number, scheduledHours: number, threshold: number): boolean {
  checkThreshold(threshold);
  nonNegative(attendedHours, 'attended hours');
  if (!(nonNegative(scheduledHours, 'scheduled hours') > 0))
    throw new RangeError('scheduled hours must add up to more than 0');
  return completionRatio(attendedHours, scheduledHours) >= threshold - EPSILON;
}

function completionRatio(attendedHours: number, scheduledHours: number): number {
  return Math.min(1, attendedHours / scheduledHours);
}

function nonNegative(x: number, what: string): number {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${x}`);
  return x;
}

export function computeCompletion(input: {
  scheduledHours: readonly number[];
  attendance: readonly AttendanceRecord[];
  threshold?: number;
}): CompletionResult {
  const threshold = input.threshold ?? DEFAULT_COMPLETION_THRESHOLD;
  checkThreshold(threshold);
  const scheduled = input.scheduledHours.map((h, i) => nonNegative(h, `scheduled hours of day ${i + 1}`));
  const scheduledTotal = scheduled.reduce((a, b) => a + b, 0);
  if (scheduledTotal <= 0) throw new RangeError('scheduled hours must add up to more than 0');

  const seen = new Set<string>();
  const present = scheduled.map(() => 0);
  const participants = input.attendance.map((rec): ParticipantCompletion => {
    if (seen.has(rec.participantId)) throw new RangeError(`participant ${rec.participantId} appears twice`);
    seen.add(rec.participantId);
    if (rec.attendedHours.length > scheduled.length) {
      throw new RangeError(`participant ${rec.participantId}: attendance for more days than scheduled`);
    }
    const cappedDays: number[] = [];
    const perDay = scheduled.map((cap, i) => {
      const raw = rec.attendedHours[i];
      const h =
        raw === null || raw === undefined ? 0 : nonNegative(raw, `attended hours of ${rec.participantId}`);
      if (h > cap + EPSILON) cappedDays.push(i + 1);
      const kept = Math.min(h, cap);
      if (kept > 0) present[i] = (present[i] as number) + 1;
      return kept;
    });
    const attended = perDay.reduce((a, b) => a + b, 0);
    const ratio = completionRatio(attended, scheduledTotal);
    return {
      participantId: rec.participantId,
      perDay,
      attendedHours: attended,
      scheduledHours: scheduledTotal,
      ratio,
      completed: isCompleted(attended, scheduledTotal, threshold),
      cappedDays,
    };
  });

  const completedCount = participants.filter((p) => p.completed).length;
  return {
    threshold,
    scheduledHours: scheduledTotal,
    participants,
    days: scheduled.map((h, i) => ({ day: i + 1, scheduledHours: h, present: present[i] as number })),
    n: participants.length,
    completedCount,
    rate: participants.length === 0 ? null : completedCount / participants.length,
  };
}
