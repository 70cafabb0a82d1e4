import { useCallback, useRef, useState } from 'react';
import type { CounselingAnswerInput } from '../counseling-types.js';

export type SaveStatus = 'pending' | 'saved' | 'error';

interface Sent {
  value: unknown;
  status: SaveStatus;
  message: string;
  /** The personal view current when it was sent: once a newer one arrives, the server's word counts. */
  base: unknown;
}

export interface Saves {
  /** What to show for an item: the value just tapped while it is on its way, else the server's. */
  shown: <V>(itemKey: string, fromServer: V) => V;
  status: (itemKey: string) => { status: SaveStatus; message: string } | null;
  save: (itemKey: string, value: unknown) => void;
}

/**
 * Every tap is one `give`, shown at once (pending), then saved or refused. Only the latest tap of an
 * item decides its state, so a slow ack of an earlier tap cannot overwrite a later one.
 */
export function useSaves(give: (answer: CounselingAnswerInput) => Promise<void>, personal: unknown): Saves {
  const [sent, setSent] = useState<Record<string, Sent>>({});
  const latest = useRef<Record<string, number>>({});

  const save = useCallback(
    (itemKey: string, value: unknown) => {
      const seq = (latest.current[itemKey] ?? 0) + 1;
      latest.current[itemKey] = seq;
      const update = (status: SaveStatus, message = '') => {
        // Checked when the ack arrives, outside React's updater: a later tap of this item owns its state.
        if (latest.current[itemKey] !== seq) return;
        setSent((all) => {
          const entry = all[itemKey];
          return entry ? { ...all, [itemKey]: { ...entry, status, message } } : all;
        });
      };
      setSent((all) => ({ ...all, [itemKey]: { value, status: 'pending', message: '', base: personal } }));
      give({ itemKey, value }).then(
        () => update('saved'),
        (error: unknown) => update('error', error instanceof Error ? error.message : String(error)),
      );
    },
    [give, personal],
  );

  const shown = useCallback(
    <V>(itemKey: string, fromServer: V): V => {
      const entry = sent[itemKey];
      if (!entry || entry.status === 'error') return fromServer;
      if (entry.status === 'saved' && entry.base !== personal) return fromServer;
      return entry.value as V;
    },
    [sent, personal],
  );

  const status = useCallback(
    (itemKey: string) => {
      const entry = sent[itemKey];
      return entry ? { status: entry.status, message: entry.message } : null;
    },
    [sent],
  );

  return { shown, status, save };
}
