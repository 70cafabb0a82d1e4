/**
 * The countdown timer every device shows. All instants are server epoch milliseconds; a device turns
 * them into its own clock with the offset it learns from `serverNow`, so phones with wrong clocks
 * still agree with the projector.
 */
export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

export const IDLE_TIMER: TimerState = { status: 'idle' };
export const MAX_TIMER_MS = 3 * 60 * 60 * 1000;

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', durationMs, endsAt: now + durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: Math.max(0, timer.endsAt - now) };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'paused') return timer;
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs };
}

export function remainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
      return 0;
    case 'running':
      return Math.max(0, timer.endsAt - now);
    case 'paused':
      return timer.remainingMs;
  }
}

/** Estimate of (server clock − device clock), taken when a message stamped with `serverNow` arrives. */
export function clockOffset(serverNow: number, receivedAt: number, roundTripMs = 0): number {
  return serverNow + roundTripMs / 2 - receivedAt;
}

/** "m:ss" for a countdown, rounding up so the display reads 0:00 only when time is really up. */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
