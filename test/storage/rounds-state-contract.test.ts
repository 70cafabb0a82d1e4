import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom } from './counseling-fixture.js';

/** `rounds.changeState` (the interviewers' drawn questions): a change of the stored state is never lost. */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`activity state changes: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  it('creates the row with the given phase, then changes phase and state from the stored ones', async () => {
    const room = await counselingRoom(storage, ['가']);
    const activityId = room.activities[0];
    const first = await storage.rounds.changeState(activityId, 'setup', (cur) => ({
      phase: 'rounds',
      state: { seen: cur.phase },
      result: cur.state,
    }));
    expect(first).toEqual({});
    expect(await storage.rounds.state(activityId)).toEqual({ phase: 'rounds', state: { seen: 'setup' } });
  });

  it('applies changes made at once one after the other: none is lost', async () => {
    const room = await counselingRoom(storage, ['가']);
    const activityId = room.activities[0];
    const add = (n: number) =>
      storage.rounds.changeState(activityId, 'rounds', (cur) => {
        const list = ((cur.state as { list?: number[] }).list ?? []).concat(n);
        return { phase: cur.phase, state: { list }, result: list.length };
      });
    const lengths = await Promise.all(Array.from({ length: 8 }, (_, i) => add(i)));
    expect([...lengths].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const stored = (await storage.rounds.state(activityId))!.state as { list: number[] };
    expect([...stored.list].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
}
