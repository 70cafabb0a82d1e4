export interface SemaphoreQueue {
  /** At most this many tasks wait for a slot; one more is refused at once. */
  maxWaiting: number;
  /** The error a refused task rejects with (its task never runs). */
  full: () => Error;
}

/**
 * At most `slots` tasks at once; the rest wait in order, and with a `queue` bound a task that would
 * wait behind too many others is refused instead. Per-process and derived: it spreads work over
 * time, it does not count anything that must hold across processes.
 */
export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly queue: SemaphoreQueue = { maxWaiting: Infinity, full: () => new Error('full') },
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) this.running++;
    else if (this.waiting.length >= this.queue.maxWaiting) throw this.queue.full();
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot overtake it.
      if (next) next();
      else this.running--;
    }
  }
}
