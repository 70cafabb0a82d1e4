import { RateLimiterRes } from 'rate-limiter-flexible';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoredRateLimiter } from '../../server/limits/stored-rate-limiter.js';
import { openStorage, type Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';

/**
 * The DB-backed limiter (server/limits/stored-rate-limiter.ts over storage.rateLimits) on every
 * backend: counts, windows that pass, concurrent consumes that never exceed the limit, counts that
 * a second app on the same database sees, expired rows swept. Under CI=true an unreachable
 * PostgreSQL fails the run.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} rate limit contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`rate limit storage contract: ${backend.name}`, () =>
    contract(backend),
  );
}

/** Resolves to 'ok' when the limiter lets the try through, 'limited' when it refuses. */
async function outcome(attempt: Promise<unknown>): Promise<'ok' | 'limited'> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (error instanceof RateLimiterRes) return 'limited';
    throw error;
  }
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  const limiter = (s: Storage, points: number, duration = 60, keyPrefix = 'test') =>
    new StoredRateLimiter({ store: s.rateLimits, keyPrefix, points, duration });

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => {
    vi.useRealTimers();
    await cleanup();
  });

  it('counts consumes per key and refuses past the limit, with what is left', async () => {
    const l = limiter(storage, 3);
    const first = await l.consume('a');
    expect(first).toMatchObject({ consumedPoints: 1, remainingPoints: 2, isFirstInDuration: true });
    await l.consume('a');
    expect(await l.consume('a')).toMatchObject({ consumedPoints: 3, remainingPoints: 0 });
    expect(await outcome(l.consume('a'))).toBe('limited');
    // Another key, and the same key under another limiter's prefix, count on their own.
    expect(await outcome(l.consume('b'))).toBe('ok');
    expect(await outcome(limiter(storage, 3, 60, 'other').consume('a'))).toBe('ok');
    expect((await l.get('a'))?.consumedPoints).toBe(4);
    expect(await l.get('never')).toBeNull();
  });

  it('gives back a refund without going below zero, and forgets a deleted key', async () => {
    const l = limiter(storage, 2);
    await l.consume('k');
    await l.consume('k');
    await l.reward('k');
    expect(await outcome(l.consume('k'))).toBe('ok');
    expect(await outcome(l.consume('k'))).toBe('limited');
    await l.reward('k', 10);
    expect((await l.get('k'))?.consumedPoints).toBe(0);
    await l.consume('k');
    expect(await l.delete('k')).toBe(true);
    expect(await l.get('k')).toBeNull();
    expect(await l.delete('k')).toBe(false);
  });

  it('restarts a window that has passed at 1, in the same statement', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const l = limiter(storage, 2, 60);
    await l.consume('w');
    await l.consume('w');
    expect(await outcome(l.consume('w'))).toBe('limited');
    vi.setSystemTime(Date.now() + 59_000);
    expect(await outcome(l.consume('w'))).toBe('limited');
    vi.setSystemTime(Date.now() + 2_000);
    expect(await l.get('w')).toBeNull();
    const fresh = await l.consume('w');
    expect(fresh).toMatchObject({ consumedPoints: 1, isFirstInDuration: true });
    expect(fresh.msBeforeNext).toBe(60_000);
  });

  it('never lets concurrent consumes exceed the limit', async () => {
    const l = limiter(storage, 100);
    const outcomes = await Promise.all(Array.from({ length: 150 }, () => outcome(l.consume('ip'))));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'limited')).toHaveLength(50);
    expect((await l.get('ip'))?.consumedPoints).toBe(150);
  });

  it('keeps its counts for a new app on the same database (a restart, or a second process)', async () => {
    await limiter(storage, 2).consume('nick');
    await limiter(storage, 2).consume('nick');
    const second = await openStorage(url, () => undefined);
    try {
      const again = limiter(second, 2);
      expect(await outcome(again.consume('nick'))).toBe('limited');
      // Both processes counting at once still add up exactly.
      const both = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          outcome(limiter(i % 2 ? storage : second, 20).consume('shared')),
        ),
      );
      expect(both.filter((o) => o === 'ok')).toHaveLength(20);
    } finally {
      await second.close();
    }
  });

  it('sweeps rows whose window has passed and keeps the others', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await limiter(storage, 5, 60).consume('short');
    await limiter(storage, 5, 3600, 'long').consume('long');
    await limiter(storage, 5, 0, 'forever').consume('forever');
    expect(await storage.rateLimits.sweep(Date.now())).toBe(0);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await storage.rateLimits.sweep(Date.now())).toBe(1);
    expect(await limiter(storage, 5, 3600, 'long').get('long')).not.toBeNull();
    expect(await limiter(storage, 5, 0, 'forever').get('forever')).toMatchObject({ msBeforeNext: -1 });
  });

  it('sweeps on its own now and then while limiters are used', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const l = limiter(storage, 5, 60);
    await l.consume('old');
    vi.setSystemTime(Date.now() + 11 * 60 * 1000);
    await l.consume('new');
    // The sweep runs beside the consume, not in its way: wait for it to have removed the old row.
    await vi.waitFor(async () => {
      const rows = await Promise.all(['test:old', 'test:new'].map((k) => storage.rateLimits.get(k, 0)));
      expect(rows.map((r) => r !== null)).toEqual([false, true]);
    });
  });
}
