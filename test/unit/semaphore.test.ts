import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../server/limits/semaphore.js';

/** A task that runs until released, recording how many run at once. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe('the PIN-hashing semaphore', () => {
  it('runs at most its slots at once, the rest in the order they came, and frees a slot on failure', async () => {
    const semaphore = new Semaphore(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const runs = gates.map((g, i) =>
      semaphore.run(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await g.done;
        running--;
        if (i === 0) throw new Error('argon2 failed');
        return i;
      }),
    );
    expect(started).toEqual([0, 1]);
    gates[0]!.release();
    await expect(runs[0]).rejects.toThrow('argon2 failed');
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates.slice(1)) g.release();
    expect(await Promise.all(runs.slice(1))).toEqual([1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});

describe('a semaphore with a bounded queue', () => {
  it('refuses at once, without running the task, when its queue is full; a freed place takes a newcomer again', async () => {
    const semaphore = new Semaphore(1, { maxWaiting: 2, full: () => new Error('too busy') });
    const gates = Array.from({ length: 3 }, gate);
    const ran: number[] = [];
    const runs = gates.map((g, i) =>
      semaphore.run(async () => {
        ran.push(i);
        await g.done;
        return i;
      }),
    );
    let refusedRan = false;
    await expect(semaphore.run(async () => (refusedRan = true))).rejects.toThrow('too busy');
    expect(refusedRan).toBe(false);
    gates[0]!.release();
    expect(await runs[0]).toBe(0);
    // One waiter took the slot: there is room in the queue for one more.
    const later = gate();
    const fourth = semaphore.run(async () => {
      ran.push(3);
      await later.done;
      return 3;
    });
    for (const g of [...gates.slice(1), later]) g.release();
    expect(await Promise.all([...runs.slice(1), fourth])).toEqual([1, 2, 3]);
    expect(ran).toEqual([0, 1, 2, 3]);
  });
});
