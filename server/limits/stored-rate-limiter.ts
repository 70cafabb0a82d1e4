import { createRequire } from 'node:module';
import { RateLimiterRes, type RateLimiterStoreAbstract as StoreAbstract } from 'rate-limiter-flexible';
import type { RateLimitRow, RateLimitStore } from '../storage/rate-limits.js';

// The package declares its store base class in its types but does not export it from its index:
// it is taken from the file the library's own stores (Redis, Postgres…) extend.
const RateLimiterStoreAbstract = createRequire(import.meta.url)(
  'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js',
) as typeof StoreAbstract;

/** Rows whose window passed are removed at most this often per process (any process may do it). */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** When each table was last swept from this process: the limiters over one store share one sweep. */
const lastSweep = new WeakMap<RateLimitStore, number>();

export interface StoredRateLimiterOptions {
  store: RateLimitStore;
  /** Names this limiter's keys in the shared table; two limiters must not share one. */
  keyPrefix: string;
  points: number;
  /** Seconds of a window; 0 never ends. */
  duration: number;
  /** A failed sweep is reported, never thrown: counting does not depend on it. */
  onSweepError?: (error: unknown) => void;
}

/**
 * A rate-limiter-flexible limiter whose counts live in our own database (`rate_limits`), so they
 * survive a restart and hold across every server process on that database. It implements the
 * store hooks RateLimiterStoreAbstract calls (`_upsert`, `_get`, `_delete`, `_getRateLimiterRes`);
 * consume, reward, penalty, block, get and delete are the library's. Handlers see it only as
 * RateLimiterAbstract, so a Redis-backed limiter can take its place.
 */
export class StoredRateLimiter extends RateLimiterStoreAbstract {
  private readonly store: RateLimitStore;
  private readonly onSweepError: (error: unknown) => void;

  constructor(options: StoredRateLimiterOptions) {
    super({
      storeClient: options.store,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.duration,
    });
    this.store = options.store;
    this.onSweepError = options.onSweepError ?? (() => undefined);
  }

  /** One atomic statement: adds the points, or restarts the window when it has passed. */
  protected async _upsert(
    rlKey: string,
    points: number,
    msDuration: number,
    forceExpire = false,
  ): Promise<RateLimitRow> {
    const now = Date.now();
    this.sweepNowAndThen(now);
    return this.store.add(rlKey, points, msDuration > 0 ? now + msDuration : null, now, forceExpire);
  }

  protected _get(rlKey: string): Promise<RateLimitRow | null> {
    return this.store.get(rlKey, Date.now());
  }

  protected _delete(rlKey: string): Promise<boolean> {
    return this.store.delete(rlKey);
  }

  /** The library's result from a row: a count equal to the change means this consume opened the window. */
  protected _getRateLimiterRes(_rlKey: string, changedPoints: number, row: RateLimitRow): RateLimiterRes {
    const isFirstInDuration = changedPoints === row.points;
    const consumedPoints = isFirstInDuration ? changedPoints : row.points;
    return new RateLimiterRes(
      Math.max(this.points - consumedPoints, 0),
      row.expireAt === null ? -1 : Math.max(row.expireAt - Date.now(), 0),
      consumedPoints,
      isFirstInDuration,
    );
  }

  private sweepNowAndThen(now: number): void {
    if (now - (lastSweep.get(this.store) ?? 0) < SWEEP_EVERY_MS) return;
    lastSweep.set(this.store, now);
    this.store.sweep(now).catch(this.onSweepError);
  }
}
