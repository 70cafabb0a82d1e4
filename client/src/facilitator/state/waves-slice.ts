import type { WaveProgressView, WavesProgressUpdate } from '../../../../shared/protocol/wave-views.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * The watched program's assessment waves (docs/design/assessments-reports.md §2.2–2.3): set from the
 * watch snapshot, replaced whole by the program room's `waves:progress`, and one at a time by the acks
 * of `wave:open|close|extend`. Waves of any other program (a console that moved on) are ignored.
 */
export interface WavesSlice {
  /** The program the waves are of; null: a quick session or nothing watched yet. */
  wavesProgramId: string | null;
  waves: WaveProgressView[];
  setWaves: (programId: string | null, waves: readonly WaveProgressView[]) => void;
  /** Every wave of the program as it now stands (the coalesced broadcast). */
  applyWavesProgress: (update: WavesProgressUpdate) => void;
  /** One wave opened, closed or extended (an ack): replaces it, or adds it. */
  upsertWave: (wave: WaveProgressView) => void;
}

export const wavesSlice = (set: SliceSet<WavesSlice>): WavesSlice => ({
  wavesProgramId: null,
  waves: [],
  setWaves: (wavesProgramId, waves) =>
    set({ wavesProgramId, waves: wavesProgramId === null ? [] : [...waves] }),
  applyWavesProgress: (update) =>
    set((state) =>
      state.wavesProgramId !== null && update.programId === state.wavesProgramId
        ? { waves: [...update.waves] }
        : {},
    ),
  upsertWave: (wave) =>
    set((state) => {
      if (state.wavesProgramId === null || wave.programId !== state.wavesProgramId) return {};
      return {
        waves: state.waves.some((w) => w.waveId === wave.waveId)
          ? state.waves.map((w) => (w.waveId === wave.waveId ? wave : w))
          : [...state.waves, wave],
      };
    }),
});
