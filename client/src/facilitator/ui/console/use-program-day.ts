import { useEffect, useState } from 'react';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { fetchProgram } from '../../program-actions.js';
import { useFacilitatorStore } from '../../state/store.js';

export type LoadedProgram =
  { program: ProgramDetail; error: null } | { program: null; error: ClientError } | null;

export interface ProgramDayState {
  /** The session runs a program day (null for a quick session). */
  ids: { programId: string; dayId: string } | null;
  loaded: LoadedProgram;
  day: ProgramDetail['days'][number] | null;
  retry: () => void;
}

/**
 * The program and day the console's session runs, loaded once per session (the agenda is the
 * console's spine, and the timer takes its planned minutes from it). Quick sessions load nothing.
 */
export function useProgramDay(): ProgramDayState {
  const programId = useFacilitatorStore((s) => s.live?.session.program?.id ?? null);
  const dayId = useFacilitatorStore((s) => s.live?.session.program?.dayId ?? null);
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedProgram }>({ key: '', value: null });
  const [attempt, setAttempt] = useState(0);
  const key = programId && dayId ? `${programId}/${dayId}/${attempt}` : '';
  useEffect(() => {
    if (!programId) return;
    let current = true;
    void fetchProgram(programId).then((value) => {
      if (current) setLoaded({ key, value });
    });
    return () => {
      current = false;
    };
  }, [programId, key]);
  // Another session's program starts with nothing loaded.
  const value = loaded.key === key ? loaded.value : null;
  return {
    ids: programId && dayId ? { programId, dayId } : null,
    loaded: value,
    day: value?.program?.days.find((d) => d.id === dayId) ?? null,
    retry: () => setAttempt((n) => n + 1),
  };
}
