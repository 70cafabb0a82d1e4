import { describe, expect, it } from 'vitest';
import { ResultsCache } from '../../server/realtime/results-cache.js';
import type { Storage, StoredActivity, StoredAnswer } from '../../server/storage/index.js';

const activity = { id: 'act', sessionId: 's', status: 'open' } as StoredActivity;
const answer = (participantId: string, updatedAt: number, text: string): StoredAnswer => ({
  answerId: `${participantId}-${updatedAt}`,
  entryId: participantId,
  activityId: 'act',
  participantId,
  nickname: participantId,
  value: { text },
  hidden: false,
  approved: false,
  updatedAt,
});

/** A storage whose answer list is read when `release` is called, to interleave commits with a load. */
function slowStorage(rows: StoredAnswer[]) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  let reads = 0;
  const storage = {
    activities: { getWithCurrent: async () => ({ activity, isCurrent: true }) },
    answers: {
      listForActivity: async () => {
        reads++;
        await gate;
        return [...rows];
      },
    },
  } as unknown as Storage;
  return { storage, release: () => release(), reads: () => reads };
}

describe('results cache', () => {
  it('keeps an answer committed while it was loading, and shares one load', async () => {
    const slow = slowStorage([answer('p1', 1, 'old')]);
    const cache = new ResultsCache(slow.storage);
    const first = cache.get('s', 'act');
    const second = cache.get('s', 'act');
    await Promise.resolve();
    cache.answerStored(answer('p2', 2, 'during load'));
    slow.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(slow.reads()).toBe(1);
    expect([...a!.answers.keys()].sort()).toEqual(['p1', 'p2']);
  });

  it('follows committed answers once warm, keeping the newest per participant', async () => {
    const slow = slowStorage([answer('p1', 5, 'newer')]);
    slow.release();
    const cache = new ResultsCache(slow.storage);
    await cache.get('s', 'act');
    cache.answerStored(answer('p1', 3, 'older, arrived late'));
    cache.answerStored(answer('p3', 6, 'new person'));
    const state = await cache.get('s', 'act');
    expect(state!.answers.get('p1')?.value).toEqual({ text: 'newer' });
    expect(state!.answers.size).toBe(2);
    expect(slow.reads()).toBe(1);
  });

  it('reloads after the session changed, and drops a load that raced the change', async () => {
    const slow = slowStorage([]);
    const cache = new ResultsCache(slow.storage);
    const racing = cache.get('s', 'act');
    cache.invalidateSession('s');
    slow.release();
    await racing;
    await cache.get('s', 'act');
    expect(slow.reads()).toBe(2);
  });
});
