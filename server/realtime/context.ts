import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';
import type { AnswerWriter } from './answer-writer.js';
import type { Broadcaster } from './broadcaster.js';
import type { Views } from './views.js';

/** Everything a handler may use. Built once per app in createApp. */
export interface RealtimeContext {
  storage: Storage;
  views: Views;
  broadcaster: Broadcaster;
  writer: AnswerWriter;
  logger: Logger;
  config: AppConfig;
  /** Counts wrong join codes per IP address, so codes cannot be guessed by trying them all. */
  codeGuessLimiter: RateLimiterMemory;
  /** Counts wrong PINs per program and nickname, so a 4-digit PIN cannot be tried through. */
  pinLimiter: RateLimiterMemory;
  /** Counts new program members per IP address. */
  registerLimiter: RateLimiterMemory;
}
