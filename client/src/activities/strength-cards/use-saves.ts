import { useCallback, useState } from 'react';
import type { CounselingAnswerInput } from '../counseling-types.js';

export type SaveState = { kind: 'pending' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Every tap's answer goes through `run`: one key per control (a card, a peer's form, the example),
 * so each shows its own saving / saved / error state, and the last change is announced once.
 * Several answers in one tap (moving a rank held by another card) go one after the other: the
 * server refuses a rank another card still holds, so the order matters.
 */
export function useSaves(give: (answer: CounselingAnswerInput) => Promise<void>) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [last, setLast] = useState<SaveState | null>(null);

  const set = useCallback((key: string, state: SaveState) => {
    setStates((current) => ({ ...current, [key]: state }));
    setLast(state);
  }, []);

  const run = useCallback(
    async (key: string, answers: readonly CounselingAnswerInput[]): Promise<boolean> => {
      set(key, { kind: 'pending' });
      try {
        for (const answer of answers) await give(answer);
        set(key, { kind: 'saved' });
        return true;
      } catch (error) {
        set(key, { kind: 'error', message: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [give, set],
  );

  const pending = useCallback((key: string) => states[key]?.kind === 'pending', [states]);
  return { states, last, run, pending };
}

export type Saves = ReturnType<typeof useSaves>;
