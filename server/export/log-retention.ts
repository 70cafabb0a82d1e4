import { CENTER_TIME_ZONE, centerEpoch, todayIn } from '../../shared/program/dates.js';
import { addMonths } from '../../shared/program/retention.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';

/**
 * The download log is kept two years (design §7.5: the standard asks at least one, two where 민감정보 is
 * processed; to be confirmed in the Q7 legal review), then pruned: a row goes once the center's date
 * is past the same date two years after it was made.
 */
export const EXPORT_LOG_KEEP_MONTHS = 24;
/** How often each process prunes; any process may, the DELETE is idempotent. */
export const EXPORT_LOG_SWEEP_MS = 6 * 60 * 60 * 1000;

/** Rows made before this instant are past keeping at `now`: midnight at the center, 24 months back. */
export function exportLogCutoff(now: number): number {
  const today = todayIn(CENTER_TIME_ZONE, new Date(now));
  return centerEpoch(addMonths(today, -EXPORT_LOG_KEEP_MONTHS), '00:00');
}

export interface ExportLogPruner {
  prune(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Prunes now and then, on an unref'd timer like the day sweep (server/program-days/auto-end.ts). */
export function exportLogPruner(deps: {
  storage: Storage;
  now: () => number;
  logger: Logger;
  intervalMs?: number;
}): ExportLogPruner {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  const prune = () => deps.storage.exportLog.prune(exportLogCutoff(deps.now()));
  const run = () => {
    if (running) return;
    running = prune()
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'export log pruning failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };
  return {
    prune,
    start() {
      if (timer) return;
      run();
      timer = setInterval(run, deps.intervalMs ?? EXPORT_LOG_SWEEP_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
