import { describe, expect, it } from 'vitest';
import {
  clockOffset,
  formatRemaining,
  IDLE_TIMER,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from '../../shared/session/timer.js';

describe('timer arithmetic (server epoch milliseconds)', () => {
  it('counts down from the start and never below zero', () => {
    const timer = startTimer(60_000, 1_000);
    expect(remainingMs(timer, 1_000)).toBe(60_000);
    expect(remainingMs(timer, 31_000)).toBe(30_000);
    expect(remainingMs(timer, 100_000)).toBe(0);
  });
  it('pauses with the time left and resumes from it', () => {
    const paused = pauseTimer(startTimer(60_000, 0), 20_000);
    expect(paused).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 40_000 });
    expect(remainingMs(paused, 999_999)).toBe(40_000);
    const resumed = resumeTimer(paused, 100_000);
    expect(remainingMs(resumed, 110_000)).toBe(30_000);
  });
  it('ignores pause when not running and resume when not paused', () => {
    expect(pauseTimer(IDLE_TIMER, 5)).toBe(IDLE_TIMER);
    const running = startTimer(1000, 0);
    expect(resumeTimer(running, 10)).toBe(running);
    expect(remainingMs(IDLE_TIMER, 5)).toBe(0);
  });
  it('corrects a device clock that is off, using half the round trip', () => {
    // Server says 10,000 when the device reads 4,000 after a 200 ms round trip: device is 6.1 s behind.
    expect(clockOffset(10_000, 4_000, 200)).toBe(6_100);
  });
  it('formats rounding up so 0:00 means time is up', () => {
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(500)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
