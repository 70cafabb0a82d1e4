import type { AnswerRow } from '../../../../shared/protocol/views.js';

export type EntryState = 'shown' | 'waiting' | 'hidden';

/**
 * Where an entry stands for the room, by the server's own rule (`inRoom` in server/realtime/views.ts):
 * on the projector, waiting for review, or hidden.
 */
export function entryState(row: AnswerRow, review: boolean): EntryState {
  if (row.hidden) return 'hidden';
  return review && !row.approved ? 'waiting' : 'shown';
}
