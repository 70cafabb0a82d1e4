import { computeCompletion } from '../scoring/completion.js';
import type { Intake } from './schemas.js';
import type { DayAttendance, RosterMember, RosterView } from './views.js';

/**
 * The roster: each member's attendance per day and completion (수료), from stored attendance rows.
 * Pure, so the rule "present without a correction counts the day's planned hours" lives in one place.
 */
export interface RosterInput {
  programId: string;
  threshold: number;
  days: readonly { id: string; number: number; date: string; plannedMinutes: number }[];
  members: readonly {
    id: string;
    nickname: string;
    realName: string | null;
    createdAt: number;
    intake: Intake | null;
  }[];
  attendance: readonly {
    dayId: string;
    memberId: string;
    present: boolean;
    joinedAt: number | null;
    hours: number | null;
    corrected: boolean;
    note: string | null;
  }[];
}

const hoursOf = (minutes: number) => minutes / 60;

export function buildRoster(input: RosterInput): RosterView {
  const days = input.days.map((d) => ({
    id: d.id,
    number: d.number,
    date: d.date,
    scheduledHours: hoursOf(d.plannedMinutes),
  }));
  const byKey = new Map(input.attendance.map((a) => [`${a.dayId}|${a.memberId}`, a]));
  const cells = input.members.map((m) =>
    days.map((day): DayAttendance | null => {
      const a = byKey.get(`${day.id}|${m.id}`);
      if (!a) return null;
      const hours = !a.present ? 0 : (a.hours ?? day.scheduledHours);
      return { present: a.present, hours, joinedAt: a.joinedAt, corrected: a.corrected, note: a.note };
    }),
  );
  const scheduled = days.map((d) => d.scheduledHours);
  const scheduledTotal = scheduled.reduce((a, b) => a + b, 0);
  // With no planned hours yet nothing can be completed; the roster still lists everyone.
  const completion =
    scheduledTotal > 0
      ? computeCompletion({
          scheduledHours: scheduled,
          threshold: input.threshold,
          attendance: input.members.map((m, i) => ({
            participantId: m.id,
            attendedHours: (cells[i] ?? []).map((c) => c?.hours ?? null),
          })),
        })
      : null;
  const members: RosterMember[] = input.members.map((m, i) => {
    const result = completion?.participants[i];
    return {
      id: m.id,
      nickname: m.nickname,
      realName: m.realName,
      createdAt: m.createdAt,
      attendance: cells[i] ?? [],
      attendedHours: result?.attendedHours ?? 0,
      ratio: result?.ratio ?? 0,
      completed: result?.completed ?? false,
      intake: m.intake,
    };
  });
  return {
    programId: input.programId,
    days,
    members,
    completion: {
      threshold: input.threshold,
      scheduledHours: scheduledTotal,
      n: members.length,
      completedCount: completion?.completedCount ?? 0,
      rate: completion?.rate ?? null,
    },
  };
}
