import type { AnswerValue } from '../../../shared/activities/types.js';
import { isRetryable } from '../common/errors.js';
import { request, type MoimSocket } from '../common/socket.js';
import { newUuid } from '../common/uuid.js';
import { loadQueue, mergeQueues, saveQueue } from './persist.js';
import type { QueuedAnswer } from './state/answers-slice.js';
import { useParticipantStore } from './state/store.js';

/** After a refusal worth retrying (rate limit, server hiccup), wait this long before sending again. */
const RETRY_DELAY_MS = 3_000;
/** A server error that keeps coming back is not passing: after this many, it is shown. */
const MAX_INTERNAL_RETRIES = 3;

/**
 * Answers leave the phone only through here. Each is first written to localStorage, then sent; it
 * leaves the queue on an acknowledgement or a final refusal, never before. A resend after a lost
 * connection carries the same answer id, so the server stores it once.
 */
export class Outbox {
  private readonly inFlight = new Set<string>();
  /** Answer ids this tab has seen leave the queue (acknowledged, refused, replaced). */
  private readonly gone = new Set<string>();
  private readonly internalErrors = new Map<string, number>();
  private retryTimer: number | null = null;

  constructor(
    private readonly socket: MoimSocket,
    /** True once this connection has joined: answers sent before that would be refused. */
    private readonly ready: () => boolean,
    private readonly rejoin: () => void,
  ) {}

  /** A new or changed answer gets a new id; it replaces any unsent answer to the same activity. */
  add(activityId: string, value: AnswerValue): void {
    const store = useParticipantStore.getState();
    const entry: QueuedAnswer = { activityId, answerId: newUuid(), value, queuedAt: Date.now() };
    for (const q of store.queue) if (q.activityId === activityId) this.gone.add(q.answerId);
    this.write([...store.queue.filter((q) => q.activityId !== activityId), entry]);
    store.setAnswerError(activityId, null);
    this.flush();
  }

  /** Another tab of this phone changed the stored queue: take it over, then send what is new. */
  reload(): void {
    const { code, queue } = useParticipantStore.getState();
    if (!code) return;
    const next = mergeQueues(loadQueue(code), [], this.gone);
    const same =
      next.length === queue.length && next.every((entry, i) => entry.answerId === queue[i]?.answerId);
    if (!same) useParticipantStore.getState().setQueue(next);
    this.flush();
  }

  /**
   * The session ended: nothing queued can be delivered any more. Empties the queue and returns how
   * many answers were lost.
   */
  drop(): number {
    const { queue } = useParticipantStore.getState();
    for (const entry of queue) this.gone.add(entry.answerId);
    useParticipantStore.getState().setQueue([]);
    return queue.length;
  }

  /** Sends every queued answer not already on its way. Called after each join and each new answer. */
  flush(): void {
    if (!this.ready()) return;
    for (const entry of useParticipantStore.getState().queue) {
      if (!this.inFlight.has(entry.answerId)) void this.send(entry);
    }
  }

  private async send(entry: QueuedAnswer): Promise<void> {
    this.inFlight.add(entry.answerId);
    const ack = await request(this.socket, 'answer:submit', {
      activityId: entry.activityId,
      answerId: entry.answerId,
      value: entry.value,
    });
    this.inFlight.delete(entry.answerId);
    const store = useParticipantStore.getState();
    if (this.gone.has(entry.answerId) && !ack.ok) return; // replaced or dropped meanwhile
    if (ack.ok) {
      this.remove(entry.answerId);
      this.internalErrors.delete(entry.answerId);
      store.setSaved(entry.activityId, { answerId: entry.answerId, value: entry.value });
      store.setAnswerError(entry.activityId, null);
      return;
    }
    if (isRetryable(ack.error) && !this.givenUp(entry.answerId, ack.error.code)) {
      if (ack.error.code === 'not_joined') this.rejoin();
      else if (ack.error.code !== 'network') this.retryLater();
      // 'network': the reconnect's join flushes again.
      return;
    }
    this.internalErrors.delete(entry.answerId);
    this.remove(entry.answerId);
    // Keep what was refused next to its error, so the form offers it again instead of emptying.
    if (store.activity?.id === entry.activityId)
      store.setAnswerError(entry.activityId, { error: ack.error, value: entry.value });
    else store.setNotice(ack.error);
  }

  /** Counts `internal` refusals of one answer; true once they are too many to keep retrying. */
  private givenUp(answerId: string, code: string): boolean {
    if (code !== 'internal') return false;
    const count = (this.internalErrors.get(answerId) ?? 0) + 1;
    this.internalErrors.set(answerId, count);
    return count >= MAX_INTERNAL_RETRIES;
  }

  private remove(answerId: string): void {
    this.gone.add(answerId);
    this.write(useParticipantStore.getState().queue.filter((q) => q.answerId !== answerId));
  }

  private write(queue: QueuedAnswer[]): void {
    const code = useParticipantStore.getState().code;
    useParticipantStore.getState().setQueue(code ? saveQueue(code, queue, this.gone) : queue);
  }

  private retryLater(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = window.setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, RETRY_DELAY_MS);
  }
}
