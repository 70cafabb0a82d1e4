/**
 * Where a program stands for a phone waiting between its days: before the first day, between days
 * (today's may be over), or after the last. Pure, so the phone's words ("오늘 일정이 끝났습니다 · 다음
 * 모임: 12월 1일 (화) 09:30") come from one tested place; "today" is the center's date.
 */
export interface StandingDay {
  number: number;
  date: string;
  startTime: string;
  /** Its live session has ended (the day was held). */
  ended: boolean;
}

export interface NextDay {
  number: number;
  date: string;
  startTime: string;
  /** The next day is today (not started yet): "오늘 모임은 09:30에 시작합니다". */
  today: boolean;
}

export interface ProgramStanding {
  /** before: nothing held yet, the first day to come; between: held some, more to come; over: none left. */
  stage: 'before' | 'between' | 'over';
  /** The day held today, if one ended today: the phone says today's part is over. */
  endedToday: number | null;
  /** The next day to come: today's if it has not ended yet, else the first later one; null when none. */
  next: NextDay | null;
}

export function programStanding(days: readonly StandingDay[], today: string): ProgramStanding {
  const ordered = [...days].sort((a, b) => a.number - b.number);
  // A day in the past that never ended was skipped: it is not "next" any more.
  const upcoming = ordered.find((d) => !d.ended && d.date >= today) ?? null;
  const endedToday = ordered.filter((d) => d.ended && d.date === today).at(-1)?.number ?? null;
  const next = upcoming
    ? {
        number: upcoming.number,
        date: upcoming.date,
        startTime: upcoming.startTime,
        today: upcoming.date === today,
      }
    : null;
  const first = ordered[0];
  let stage: ProgramStanding['stage'];
  if (!next) stage = ordered.length === 0 ? 'before' : 'over';
  else stage = first && upcoming === first ? 'before' : 'between';
  return { stage, endedToday, next };
}
