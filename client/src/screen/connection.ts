import { wireError } from '../../../shared/protocol/errors.js';
import type { ResultsView, ScreenState, TimerView } from '../../../shared/protocol/views.js';
import { isRetryable } from '../common/errors.js';
import { createSocket, request } from '../common/socket.js';
import { useScreenStore } from './store.js';

/** A wrong code is final; anything passing (rate limit, server restart) is tried again after this. */
const RETRY_MS = 5_000;

const socket = createSocket();
const store = () => useScreenStore.getState();
let watching = false;
/** Broadcasts that arrive before the watch is acknowledged; applied after it when newer. */
let early: {
  state: { view: ScreenState; receivedAt: number } | null;
  timer: { view: TimerView; receivedAt: number } | null;
  results: ResultsView | null;
} = { state: null, timer: null, results: null };
const clearEarly = () => {
  early = { state: null, timer: null, results: null };
};

async function watch(): Promise<void> {
  const { code } = store();
  const sentAt = Date.now();
  const ack = await request(socket, 'screen:watch', { code });
  if (ack.ok) {
    watching = true;
    store().applyRoom(ack.data);
    store().applyTimer(ack.data, Date.now(), Date.now() - sentAt);
    applyEarly(ack.data.serverNow);
    return;
  }
  store().setError(ack.error);
  if (isRetryable(ack.error) && socket.connected) window.setTimeout(() => void watch(), RETRY_MS);
}

function applyEarly(snapshotNow: number): void {
  const { state, timer, results } = early;
  clearEarly();
  let newest = snapshotNow;
  if (state && state.view.serverNow > newest) {
    newest = state.view.serverNow;
    store().applyRoom(state.view);
    store().applyTimer(state.view, state.receivedAt);
  }
  if (timer && timer.view.serverNow > newest) store().applyTimer(timer.view, timer.receivedAt);
  // Results carry no server time: only for the activity shown, and never fewer answers than shown.
  const shown = store().room?.results;
  if (results && (!shown || results.respondents >= shown.respondents)) store().applyResults(results);
}

/** The projector watches the room by its code; on every (re)connect it asks for the full state again. */
export function startScreen(): void {
  if (!store().code) {
    // `/screen/<not a join code>`: no session can have it.
    store().setError(wireError('session_not_found'));
    return;
  }
  socket.on('connect', () => {
    store().setConnection('online');
    void watch();
  });
  socket.on('disconnect', () => {
    watching = false;
    clearEarly();
    store().setConnection('offline');
  });
  socket.on('connect_error', () => store().setConnection('offline'));
  socket.on('screen:stateChanged', (state) => {
    if (!watching) {
      early.state = { view: state, receivedAt: Date.now() };
      return;
    }
    store().applyRoom(state);
    store().applyTimer(state, Date.now());
  });
  socket.on('results:updated', (results) => {
    if (watching) store().applyResults(results);
    else early.results = results;
  });
  // A program's day started (or the next one did): watch again to get the day's room.
  socket.on('program:dayStarted', () => {
    watching = false;
    void watch();
  });
  socket.on('timer:updated', (view) => {
    if (watching) store().applyTimer(view, Date.now());
    else early.timer = { view, receivedAt: Date.now() };
  });
  store().setConnection('connecting');
  socket.connect();
}
