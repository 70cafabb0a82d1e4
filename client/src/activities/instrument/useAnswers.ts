import { useCallback, useRef, useState } from 'react';
import type { InstrumentAnswer } from '../../../../shared/activities/instrument/index.js';
import type { CounselingAnswerInput } from '../counseling-types.js';
import type { Answers } from './walk.js';

type Status = 'pending' | 'saved' | 'error';

interface Sent {
  value: InstrumentAnswer;
  status: Status;
  message: string;
  /** The server's answers when it was sent: once newer ones arrive, the server's word counts. */
  base: Answers;
}

export interface AnswerState {
  /** The server's answers with the taps on their way (or saved, until the server's view catches up). */
  answers: Answers;
  /** Items whose last tap was refused, with the refusal's words. */
  errors: Readonly<Record<string, string>>;
  /** Items still on their way to the server. */
  pending: number;
  answer: (itemId: string, value: InstrumentAnswer) => void;
  /** Resolves once every answer given so far was acknowledged or refused. */
  settled: () => Promise<void>;
}

/** A refusal carries the server's code (the outbox sets it); `wave_submitted` means it was handed in. */
const codeOf = (error: unknown): string | null =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null;

/**
 * Every tap is one `give` (stored per item; a new tap sends a new value), shown at once. Only the
 * latest tap of an item decides its state, so a slow ack of an earlier tap cannot overwrite a later
 * one. `onHandedIn` is called when the server refuses an answer because the wave was handed in
 * elsewhere (another phone of the member, or the close).
 */
export function useAnswers(
  give: (answer: CounselingAnswerInput) => Promise<void>,
  fromServer: Answers,
  onHandedIn: () => void,
): AnswerState {
  const [sent, setSent] = useState<Record<string, Sent>>({});
  const latest = useRef<Record<string, number>>({});
  const inFlight = useRef(new Set<Promise<unknown>>());

  const answer = useCallback(
    (itemId: string, value: InstrumentAnswer) => {
      const seq = (latest.current[itemId] ?? 0) + 1;
      latest.current[itemId] = seq;
      const update = (status: Status, message = '') => {
        if (latest.current[itemId] !== seq) return;
        setSent((all) => {
          const entry = all[itemId];
          return entry ? { ...all, [itemId]: { ...entry, status, message } } : all;
        });
      };
      setSent((all) => ({ ...all, [itemId]: { value, status: 'pending', message: '', base: fromServer } }));
      const done = give({ itemKey: itemId, value }).then(
        () => update('saved'),
        (error: unknown) => {
          if (codeOf(error) === 'wave_submitted') onHandedIn();
          update('error', error instanceof Error ? error.message : String(error));
        },
      );
      inFlight.current.add(done);
      void done.finally(() => inFlight.current.delete(done));
    },
    [give, fromServer, onHandedIn],
  );

  const settled = useCallback(async () => {
    while (inFlight.current.size > 0) await Promise.allSettled([...inFlight.current]);
  }, []);

  const answers: Record<string, InstrumentAnswer> = { ...fromServer };
  const errors: Record<string, string> = {};
  let pending = 0;
  for (const [itemId, entry] of Object.entries(sent)) {
    if (entry.status === 'error') errors[itemId] = entry.message;
    else if (entry.status === 'pending' || entry.base === fromServer) answers[itemId] = entry.value;
    if (entry.status === 'pending') pending++;
  }
  return { answers, errors, pending, answer, settled };
}
