import { CENTER_TIME_ZONE, centerEpoch, todayIn } from '../../shared/program/dates.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';

/**
 * How long a program day may run past its planned end before the server ends it. Groups overrun a
 * little (questions after the close, the post-survey, a late sign-off), so the margin is generous;
 * two hours still ends a forgotten day the same evening, long before the next day starts.
 */
export const AUTO_END_GRACE_MS = 2 * 60 * 60 * 1000;
/** How often each server process looks for days left running. */
export const AUTO_END_SWEEP_MS = 60 * 1000;

/**
 * When a day started at `now` is ended if left running: its planned end time on the date it is
 * started (in the center's time zone, Asia/Seoul), or the start itself if it starts after that,
 * plus the grace period. The start date, not the scheduled date, counts: a day run on another date
 * (rescheduled, or held early) ends that evening, and a day reopened after its end gets the margin
 * from the moment it was reopened.
 */
export function autoEndAt(now: number, endTime: string): number {
  const date = todayIn(CENTER_TIME_ZONE, new Date(now));
  const plannedEnd = centerEpoch(date, endTime);
  return Math.max(plannedEnd, now) + AUTO_END_GRACE_MS;
}

export interface DayAutoEnder {
  /** Ends the days past their time now and tells their audiences; returns the sessions it ended. */
  sweep(): Promise<string[]>;
  /** Sweeps every AUTO_END_SWEEP_MS until stop(); the timer never keeps the process alive. */
  start(): void;
  /** Stops the timer and waits for a sweep under way, so storage can close after it. */
  stop(): Promise<void>;
}

/**
 * The periodic end of days left running. Safe with several server processes: the storage's
 * conditional UPDATE ends each session once, and only the process that ended it broadcasts.
 */
export function dayAutoEnder(deps: {
  storage: Storage;
  now: () => number;
  logger: Logger;
  sessionEnded: (sessionId: string) => Promise<void>;
  intervalMs?: number;
}): DayAutoEnder {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<string[]> | null = null;
  const sweep = async (): Promise<string[]> => {
    const ended = await deps.storage.sessions.endOverdueDays(deps.now());
    for (const sessionId of ended) {
      deps.logger.info({ sessionId }, 'program day ended after its planned end');
      await deps.sessionEnded(sessionId);
    }
    return ended;
  };
  return {
    sweep,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        // One sweep at a time in this process; a slow database never piles sweeps up.
        if (running) return;
        running = sweep()
          .catch((error: unknown) => {
            deps.logger.error({ err: error }, 'program day sweep failed');
            return [];
          })
          .finally(() => {
            running = null;
          });
      }, deps.intervalMs ?? AUTO_END_SWEEP_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
