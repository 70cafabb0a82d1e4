import type { GroupRoundView } from '../../../../../shared/protocol/views.js';
import type { TimerState } from '../../../../../shared/session/timer.js';

/** A group's round as the shared countdown shows it (stored server instants; ended: nothing runs). */
export function roundTimer(round: GroupRoundView): TimerState {
  if (round.endedAt !== null) return { status: 'idle' };
  if (round.pausedRemainingMs !== null) {
    return { status: 'paused', durationMs: round.pausedRemainingMs, remainingMs: round.pausedRemainingMs };
  }
  return { status: 'running', durationMs: 0, endsAt: round.endsAt };
}
