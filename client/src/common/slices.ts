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
  /** From an acknowledgement: round trip known, so this estimate is the best we get. */
  applyTimer: (view: TimerView, receivedAt: number, roundTripMs?: number) => void;
}

/** A broadcast is late by its one-way delay; its estimate only wins when the clock clearly jumped. */
const CLOCK_JUMP_MS = 1_000;

export const timerSlice = (set: SliceSet<TimerSlice>): TimerSlice => ({
  timer: IDLE_TIMER,
  clockOffsetMs: 0,
  applyTimer: (view, receivedAt, roundTripMs) =>
    set((state) => {
      const estimate = clockOffset(view.serverNow, receivedAt, roundTripMs ?? 0);
      const better =
        roundTripMs !== undefined ||
        estimate > state.clockOffsetMs ||
        Math.abs(estimate - state.clockOffsetMs) > CLOCK_JUMP_MS;
      return { timer: view.timer, clockOffsetMs: better ? estimate : state.clockOffsetMs };
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
