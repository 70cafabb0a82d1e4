import { saveSaved } from './persist.js';
import { useParticipantStore } from './state/store.js';

/**
 * What follows from the store's own changes, whoever made them (the socket, a tab, a tap): what a
 * screen reader hears, which errors go stale, what is kept on the phone. Subscribed once, at start.
 */
export function watchStore(): void {
  persistSaved();
  clearStaleErrors();
  announceChanges();
}

/** A screen reader user hears when a new activity opens or its results are shown. */
function announceChanges(): void {
  useParticipantStore.subscribe((state, previous) => {
    if (state.phase !== 'in' || previous.phase !== 'in') return;
    const now = state.activity;
    if (!now) return;
    const before = previous.activity;
    if (now.status === 'open' && (now.id !== before?.id || before.status !== 'open')) {
      state.announce({ kind: 'activity', title: now.title });
    } else if (
      now.id === before?.id &&
      state.results?.summary &&
      state.results.activityId === now.id &&
      !(previous.results?.summary && previous.results.activityId === now.id)
    ) {
      state.announce({ kind: 'results', title: now.title });
    }
  });
}

/** A refused answer's error is about that moment: it goes once the activity opens, closes or (un)locks. */
function clearStaleErrors(): void {
  useParticipantStore.subscribe((state, previous) => {
    const before = previous.activity;
    const now = state.activity;
    if (!before || Object.keys(state.answerErrors).length === 0) return;
    if (now?.id !== before.id || now.status !== before.status || now.locked !== before.locked)
      state.setAnswerError(before.id, null);
  });
}

/** Every acknowledged answer is kept on the phone, whoever changed the store. */
function persistSaved(): void {
  useParticipantStore.subscribe((state, previous) => {
    if (state.code && state.saved !== previous.saved) saveSaved(state.code, state.saved);
  });
}
