import { MAX_APPROVALS_PER_MESSAGE } from '../../../shared/protocol/limits.js';
import { act } from './connection.js';

/**
 * Lets entries through to the room, in messages the server accepts. Each id is the version the
 * console shows: one edited meanwhile stays waiting, so nothing unread reaches the projector.
 */
export async function approveEntries(answerIds: readonly string[]): Promise<void> {
  for (let i = 0; i < answerIds.length; i += MAX_APPROVALS_PER_MESSAGE) {
    const ack = await act('answer:approve', { answerIds: answerIds.slice(i, i + MAX_APPROVALS_PER_MESSAGE) });
    if (!ack.ok) return;
  }
}

export function hideEntry(answerId: string, hidden: boolean): void {
  void act('answer:hide', { answerId, hidden });
}

export function setReview(activityId: string, review: boolean): void {
  void act('activity:review', { activityId, review });
}
