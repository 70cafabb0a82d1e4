import { computeCompletion } from '../scoring/completion.js';
import type { SessionStatus } from '../protocol/views.js';
import { CENTER_TIME_ZONE, centerEpoch, todayIn } from './dates.js';
import type { Intake } from './schemas.js';
import type { DayAttendance, RosterMember, RosterView } from './views.js';

/**
 * The roster: each member's attendance per day, the attendance rate so far and completion (수료), from
 * stored attendance rows. Pure, so the rules live in one place: a present day without a correction
 * counts the day's planned hours; a day is held once started or once its date has passed; a first
 * join more than LATE_AFTER_MINUTES after the day's start time is late.
 */
export const LATE_AFTER_MINUTES = 10;

export interface RosterInput {
  programId: string;
  threshold: number;
  /** The center's date today (`todayIn(CENTER_TIME_ZONE)`): a day before it counts as held, started or not. */
  today: string;
  /** The program was ended: completion is final even with days never held. */
  ended: boolean;
  days: readonly {
    id: string;
    number: number;
    date: string;
    startTime: string;
    plannedMinutes: number;
    /** The day's live session once started. */
    session: { status: SessionStatus } | null;
  }[];
  members: readonly {
    id: string;
    nickname: string;
    realName: string | null;
    createdAt: number;
    intake: Intake | null;
    /** 'paper': added by the facilitator, no phone (absent: a phone member). */
    channel?: 'phone' | 'paper';
  }[];
  attendance: readonly {
    dayId: string;
    memberId: string;
    present: boolean;
    joinedAt: number | null;
    hours: number | null;
    corrected: boolean;
    note: string | null;
    correctedBy: string | null;
    lastSeenAt: number | null;
    connected: boolean;
  }[];
}

const hoursOf = (minutes: number) => minutes / 60;

/** A day is held when its session was started, or when its date is before today at the center. */
export function isHeld(day: RosterInput['days'][number], today: string): boolean {
  return day.session !== null || day.date < today;
}

/**
 * Late: the first join came more than LATE_AFTER_MINUTES after the start time, on the date of the
 * join (a day held on another date than planned is measured on the date it was held).
 */
export function isLate(joinedAt: number | null, startTime: string): boolean {
  if (joinedAt === null) return false;
  const start = centerEpoch(todayIn(CENTER_TIME_ZONE, new Date(joinedAt)), startTime);
  return joinedAt > start + LATE_AFTER_MINUTES * 60_000;
}

/** computeCompletion over some days' hours, or null when they plan no hours (it cannot measure then). */
function completionOver(scheduled: number[], threshold: number, hours: (number | null)[][], ids: string[]) {
  if (scheduled.reduce((a, b) => a + b, 0) <= 0) return null;
  return computeCompletion({
    scheduledHours: scheduled,
    threshold,
    attendance: ids.map((participantId, i) => ({ participantId, attendedHours: hours[i] ?? [] })),
  });
}

export function buildRoster(input: RosterInput): RosterView {
  const days = input.days.map((d) => ({
    id: d.id,
    number: d.number,
    date: d.date,
    startTime: d.startTime,
    scheduledHours: hoursOf(d.plannedMinutes),
    held: isHeld(d, input.today),
    running: d.session !== null && d.session.status !== 'ended',
  }));
  const byKey = new Map(input.attendance.map((a) => [`${a.dayId}|${a.memberId}`, a]));
  const cells = input.members.map((m) =>
    days.map((day): DayAttendance | null => {
      const a = byKey.get(`${day.id}|${m.id}`);
      if (!a) return null;
      return {
        present: a.present,
        hours: !a.present ? 0 : (a.hours ?? day.scheduledHours),
        joinedAt: a.joinedAt,
        late: isLate(a.joinedAt, day.startTime),
        lastSeenAt: a.lastSeenAt,
        connected: a.connected,
        corrected: a.corrected,
        note: a.note,
        correctedBy: a.correctedBy,
      };
    }),
  );
  const ids = input.members.map((m) => m.id);
  const hours = cells.map((row) => row.map((c) => c?.hours ?? null));
  const scheduled = days.map((d) => d.scheduledHours);
  const scheduledTotal = scheduled.reduce((a, b) => a + b, 0);
  // Completion is judged on the whole program; with no planned hours yet nothing can be completed.
  const completion = completionOver(scheduled, input.threshold, hours, ids);
  // The attendance rate counts only the days held so far: future days are neither attended nor missed.
  const heldIndexes = days.flatMap((d, i) => (d.held ? [i] : []));
  const soFar = completionOver(
    heldIndexes.map((i) => scheduled[i] ?? 0),
    input.threshold,
    hours.map((row) => heldIndexes.map((i) => row[i] ?? null)),
    ids,
  );
  // Best case for the forecast: every day not yet held attended in full.
  const bestCase = completionOver(
    scheduled,
    input.threshold,
    hours.map((row) => row.map((h, i) => (days[i]?.held ? h : (scheduled[i] ?? 0)))),
    ids,
  );
  const members: RosterMember[] = input.members.map((m, i) => {
    const result = completion?.participants[i];
    return {
      id: m.id,
      nickname: m.nickname,
      realName: m.realName,
      createdAt: m.createdAt,
      channel: m.channel ?? 'phone',
      attendance: cells[i] ?? [],
      attendedHours: result?.attendedHours ?? 0,
      ratio: result?.ratio ?? 0,
      ratioSoFar: soFar?.participants[i]?.ratio ?? null,
      completed: result?.completed ?? false,
      reachable: bestCase?.participants[i]?.completed ?? false,
      intake: m.intake,
    };
  });
  const heldHours = soFar?.scheduledHours ?? 0;
  const attendedSoFar = (soFar?.participants ?? []).reduce((sum, p) => sum + p.attendedHours, 0);
  const expectedCount = members.filter((m) => m.reachable).length;
  const running = days.some((d) => d.running);
  return {
    programId: input.programId,
    days,
    members,
    attendance: {
      heldDays: heldIndexes.length,
      heldHours,
      rate: heldHours > 0 && members.length > 0 ? attendedSoFar / (heldHours * members.length) : null,
    },
    completion: {
      threshold: input.threshold,
      scheduledHours: scheduledTotal,
      n: members.length,
      completedCount: completion?.completedCount ?? 0,
      rate: completion?.rate ?? null,
      final: input.ended || (days.every((d) => d.held) && !running),
      expectedCount,
      expectedRate: completion && members.length > 0 ? expectedCount / members.length : null,
    },
  };
}
