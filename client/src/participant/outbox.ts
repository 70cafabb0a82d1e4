import type { AnswerValue } from '../../../shared/activities/types.js';
import { isRetryable } from '../common/errors.js';
import { request, type MoimSocket } from '../common/socket.js';
import { newUuid } from '../common/uuid.js';
import { saveQueue } from './persist.js';
import type { QueuedAnswer } from './state/answers-slice.js';
import { useParticipantStore } from './state/store.js';

/** After a refusal worth retrying (rate limit, server hiccup), wait this long before sending again. */
const RETRY_DELAY_MS = 3_000;

/**
 * Answers leave the phone only through here. Each is first written to localStorage, then sent; it
 * leaves the queue on an acknowledgement or a final refusal, never before. A resend after a lost
 * connection carries the same answer id, so the server stores it once.
 */
export class Outbox {
  private readonly inFlight = new Set<string>();
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
    this.write([...store.queue.filter((q) => q.activityId !== activityId), entry]);
    store.setAnswerError(activityId, null);
    this.flush();
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
    if (ack.ok) {
      this.remove(entry.answerId);
      store.setSaved(entry.activityId, { answerId: entry.answerId, value: entry.value });
      return;
    }
    if (isRetryable(ack.error)) {
      if (ack.error.code === 'not_joined') this.rejoin();
      else if (ack.error.code !== 'network') this.retryLater();
      // 'network': the reconnect's join flushes again.
      return;
    }
    this.remove(entry.answerId);
    if (store.activity?.id === entry.activityId) store.setAnswerError(entry.activityId, ack.error);
    else store.setNotice(ack.error);
  }

  private remove(answerId: string): void {
    this.write(useParticipantStore.getState().queue.filter((q) => q.answerId !== answerId));
  }

  private write(queue: QueuedAnswer[]): void {
    useParticipantStore.getState().setQueue(queue);
    const code = useParticipantStore.getState().code;
    if (code) saveQueue(code, queue);
  }

  private retryLater(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = window.setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, RETRY_DELAY_MS);
  }
}
