import { useState } from 'react';
import type { GroupingView } from '../../../../../shared/protocol/views.js';
import type { ClientError } from '../../../common/errors.js';
import { actOnGrouping, watch } from '../../connection.js';

/** The hand edits of one grouping, each sent with the version on screen, and the last refusal. */
export interface GroupingEdit {
  error: ClientError | null;
  move: (memberId: string, toGroup: number) => Promise<boolean>;
  leaveOut: (memberId: string) => Promise<boolean>;
  swap: (a: string, b: string) => Promise<boolean>;
  show: (shown: boolean) => Promise<boolean>;
  /** Seats the members who joined the program after the groups were formed. */
  placeNew: () => Promise<boolean>;
  clearError: () => void;
}

/**
 * `expectedVersion` is the version this console shows: if another console changed the grouping
 * meanwhile, the server answers `version_conflict` (shown translated), the newer groups are loaded
 * (usually the room's update brought them already), and the facilitator decides again on what is there.
 */
export function useGroupingEdit(view: GroupingView): GroupingEdit {
  const [error, setError] = useState<ClientError | null>(null);
  const done = (ack: { ok: boolean; error?: ClientError }) => {
    setError(ack.ok ? null : (ack.error ?? null));
    // Missed the newer groups (a reconnect gap): the watch snapshot brings every grouping as it is.
    if (ack.error?.code === 'version_conflict') void watch();
    return ack.ok;
  };
  const on = { groupingId: view.id, expectedVersion: view.version };
  return {
    error,
    move: async (memberId, toGroup) =>
      done(await actOnGrouping('grouping:move', { ...on, memberId, toGroup })),
    leaveOut: async (memberId) => done(await actOnGrouping('grouping:leaveOut', { ...on, memberId })),
    swap: async (a, b) => done(await actOnGrouping('grouping:swap', { ...on, a, b })),
    placeNew: async () => done(await actOnGrouping('grouping:placeNew', on)),
    show: async (shown) => done(await actOnGrouping('grouping:showOnScreen', { groupingId: view.id, shown })),
    clearError: () => setError(null),
  };
}
