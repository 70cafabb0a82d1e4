import { useSyncExternalStore } from 'react';

/** Redraw often enough that a countdown's seconds never visibly skip. */
export const TICK_MS = 250;

let now = Date.now();
let interval: number | null = null;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (interval === null) {
    interval = window.setInterval(tick, TICK_MS);
    tick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval !== null) {
      window.clearInterval(interval);
      interval = null;
    }
  };
}

const idle = () => () => undefined;
const snapshot = () => now;

/** The device clock, ticking only while some component needs it (a running timer). */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : idle, snapshot);
}
