import type { AppConfig } from '../config.js';
import type { RealtimeLimiters } from '../limits/realtime-limits.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';
import type { AnswerWriter } from './answer-writer.js';
import type { Broadcaster } from './broadcaster.js';
import type { CounselingBroadcaster } from './counseling-broadcaster.js';
import type { Views } from './views.js';

/**
 * Everything a handler may use. Built once per app in createApp. The limiters (join codes, PIN
 * recovery, registrations) count in the database and are typed by rate-limiter-flexible's
 * abstract class, so a Redis-backed one can replace them.
 */
export interface RealtimeContext extends RealtimeLimiters {
  storage: Storage;
  views: Views;
  broadcaster: Broadcaster;
  /** Coalesced counseling progress and pictures. */
  counseling: CounselingBroadcaster;
  writer: AnswerWriter;
  logger: Logger;
  config: AppConfig;
}
