import { describe, expect, it } from 'vitest';
import { latestCurrent } from '../../../shared/outcomes/latest.js';

const r = (name: string, asOf: string, recordedAt: number, superseded = false) => ({
  name,
  asOf,
  recordedAt,
  superseded,
});

describe('latest current outcome', () => {
  it('takes the latest date, then the latest entry, skipping superseded records', () => {
    expect(latestCurrent([r('a', '2026-04-06', 5), r('b', '2026-03-06', 9)])?.name).toBe('a');
    expect(latestCurrent([r('a', '2026-04-06', 5), r('b', '2026-04-06', 9)])?.name).toBe('b');
    expect(latestCurrent([r('a', '2026-04-06', 5), r('b', '2026-05-06', 9, true)])?.name).toBe('a');
    // equal on both: the later in the list, so the answer does not depend on a sort
    expect(latestCurrent([r('a', '2026-04-06', 5), r('b', '2026-04-06', 5)])?.name).toBe('b');
  });

  it('is null without a current record', () => {
    expect(latestCurrent([])).toBeNull();
    expect(latestCurrent([r('a', '2026-04-06', 5, true)])).toBeNull();
  });
});
