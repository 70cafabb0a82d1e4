import type { Lang } from '../../../shared/i18n/text.js';
import { IDLE_TIMER, clockOffset, type TimerState } from '../../../shared/session/timer.js';
import type { TimerView } from '../../../shared/protocol/views.js';
import { applyLang, storedLang } from './i18n.js';

/** The part of zustand's `set` a slice needs; any page store's `set` fits it. */
export type SliceSet<T> = (partial: Partial<T> | ((state: T) => Partial<T>)) => void;
export type SliceGet<T> = () => T;

export interface LangSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const langSlice = (set: SliceSet<LangSlice>): LangSlice => ({
  lang: storedLang(),
  setLang: (lang) => {
    applyLang(lang);
    set({ lang });
  },
});

/** A device clock may be minutes off; this offset turns server instants into device instants. */
export interface TimerSlice {
  timer: TimerState;
  clockOffsetMs: number;
  /** Whether any sample has set the offset yet. */
  clockKnown: boolean;
  /** A broadcast's estimate clearly below the offset, waiting for a second one to confirm it. */
  clockJumpCandidate: number | null;
  /** From an acknowledgement: round trip known, so this estimate is the best we get. */
  applyTimer: (view: TimerView, receivedAt: number, roundTripMs?: number) => void;
}

/**
 * A broadcast is late by its one-way delay, so its estimate is a lower bound: a higher one is
 * better, a lower one is only a late message. Unless the device clock jumped: then every estimate
 * is lower. A lower estimate (by more than this) is taken only when a second broadcast agrees with
 * it to within CLOCK_AGREE_MS; an acknowledgement (round trip known) is always taken.
 */
const CLOCK_JUMP_MS = 1_000;
const CLOCK_AGREE_MS = 500;

export const timerSlice = (set: SliceSet<TimerSlice>): TimerSlice => ({
  timer: IDLE_TIMER,
  clockOffsetMs: 0,
  clockKnown: false,
  clockJumpCandidate: null,
  applyTimer: (view, receivedAt, roundTripMs) =>
    set((state) => {
      const estimate = clockOffset(view.serverNow, receivedAt, roundTripMs ?? 0);
      const accept = (clockOffsetMs: number) => ({
        timer: view.timer,
        clockOffsetMs,
        clockKnown: true,
        clockJumpCandidate: null,
      });
      if (roundTripMs !== undefined || !state.clockKnown || estimate > state.clockOffsetMs)
        return accept(estimate);
      if (state.clockOffsetMs - estimate <= CLOCK_JUMP_MS)
        return { timer: view.timer, clockJumpCandidate: null };
      const candidate = state.clockJumpCandidate;
      if (candidate !== null && Math.abs(candidate - estimate) <= CLOCK_AGREE_MS)
        return accept(Math.max(candidate, estimate));
      return { timer: view.timer, clockJumpCandidate: estimate };
    }),
});

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline';

export interface ConnectionSlice {
  connection: ConnectionStatus;
  setConnection: (connection: ConnectionStatus) => void;
}

export const connectionSlice = (set: SliceSet<ConnectionSlice>): ConnectionSlice => ({
  connection: 'idle',
  setConnection: (connection) => set({ connection }),
});
