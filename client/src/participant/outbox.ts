import type { AnswerValue } from '../../../shared/activities/types.js';
import { isRetryable } from '../common/errors.js';
import { request, type MoimSocket } from '../common/socket.js';
import { newUuid } from '../common/uuid.js';
import type { CounselingAnswerInput } from '../activities/counseling-types.js';
import { errorText } from '../common/errors.js';
import { translate } from '../common/i18n.js';
import {
  loadMemberQueue,
  mergeMemberQueues,
  saveMemberQueue,
  slotOf,
  type QueuedMemberAnswer,
} from './member-queue.js';
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
  /** Who waits for a counseling answer's ack, by its slot: a newer answer to the slot settles them too. */
  private readonly waiters = new Map<string, { resolve: () => void; reject: (error: Error) => void }[]>();

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

  /**
   * A counseling answer (`memberAnswer:submit`): queued like any answer, and it replaces an unsent
   * answer to the same slot. Resolves once the server stored it (or a newer one to the same slot);
   * rejects with the refusal's translated message.
   */
  addMember(activityId: string, input: CounselingAnswerInput): Promise<void> {
    const store = useParticipantStore.getState();
    const entry: QueuedMemberAnswer = { ...input, activityId, answerId: newUuid(), queuedAt: Date.now() };
    const slot = slotOf(entry);
    for (const q of store.memberQueue) if (slotOf(q) === slot) this.gone.add(q.answerId);
    this.writeMember([...store.memberQueue.filter((q) => slotOf(q) !== slot), entry]);
    const settled = new Promise<void>((resolve, reject) => {
      this.waiters.set(slot, [...(this.waiters.get(slot) ?? []), { resolve, reject }]);
    });
    this.flush();
    return settled;
  }

  /** Another tab of this phone changed the stored queue: take it over, then send what is new. */
  reload(): void {
    const { code, queue, memberQueue } = useParticipantStore.getState();
    if (!code) return;
    const next = mergeQueues(loadQueue(code), [], this.gone);
    if (!sameIds(next, queue)) useParticipantStore.getState().setQueue(next);
    const nextMember = mergeMemberQueues(loadMemberQueue(code), [], this.gone);
    if (!sameIds(nextMember, memberQueue)) useParticipantStore.getState().setMemberQueue(nextMember);
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
    for (const entry of useParticipantStore.getState().memberQueue) {
      if (!this.inFlight.has(entry.answerId)) void this.sendMember(entry);
    }
  }

  private async sendMember(entry: QueuedMemberAnswer): Promise<void> {
    this.inFlight.add(entry.answerId);
    const { queuedAt: _queuedAt, ...payload } = entry;
    const ack = await request(this.socket, 'memberAnswer:submit', payload);
    this.inFlight.delete(entry.answerId);
    const replaced = this.gone.has(entry.answerId);
    if (ack.ok) {
      this.internalErrors.delete(entry.answerId);
      this.removeMember(entry.answerId);
      // A newer answer to the slot is on its way: its ack settles the waiters.
      if (!replaced) this.settle(slotOf(entry), null);
      return;
    }
    if (replaced) return;
    if (isRetryable(ack.error) && !this.givenUp(entry.answerId, ack.error.code)) {
      if (ack.error.code === 'not_joined') this.rejoin();
      else if (ack.error.code !== 'network') this.retryLater();
      return;
    }
    this.internalErrors.delete(entry.answerId);
    this.removeMember(entry.answerId);
    const message = errorText(ack.error, useParticipantStore.getState().lang, (key) => translate(key));
    // After a reload nobody waits for it any more: the page's notice says it instead.
    // The code goes along: a component may act on it (an assessment refused `wave_submitted` was handed in).
    const refusal = Object.assign(new Error(message), { code: ack.error.code });
    if (!this.settle(slotOf(entry), refusal)) useParticipantStore.getState().setNotice(ack.error);
  }

  /** Settles whoever waits for the slot; false when nobody did. */
  private settle(slot: string, error: Error | null): boolean {
    const waiting = this.waiters.get(slot) ?? [];
    this.waiters.delete(slot);
    for (const w of waiting) {
      if (error) w.reject(error);
      else w.resolve();
    }
    return waiting.length > 0;
  }

  private removeMember(answerId: string): void {
    this.gone.add(answerId);
    this.writeMember(useParticipantStore.getState().memberQueue.filter((q) => q.answerId !== answerId));
  }

  private writeMember(queue: QueuedMemberAnswer[]): void {
    const code = useParticipantStore.getState().code;
    useParticipantStore.getState().setMemberQueue(code ? saveMemberQueue(code, queue, this.gone) : queue);
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

const sameIds = (a: readonly { answerId: string }[], b: readonly { answerId: string }[]): boolean =>
  a.length === b.length && a.every((entry, i) => entry.answerId === b[i]?.answerId);
