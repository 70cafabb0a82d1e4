import { isRetryable } from '../common/errors.js';
import { createSocket, request } from '../common/socket.js';
import { useScreenStore } from './store.js';

/** A wrong code is final; anything passing (rate limit, server restart) is tried again after this. */
const RETRY_MS = 5_000;

const socket = createSocket();
const store = () => useScreenStore.getState();
let watching = false;

async function watch(): Promise<void> {
  const { code } = store();
  const sentAt = Date.now();
  const ack = await request(socket, 'screen:watch', { code });
  if (ack.ok) {
    watching = true;
    store().applyRoom(ack.data);
    store().applyTimer(ack.data, Date.now(), Date.now() - sentAt);
    return;
  }
  store().setError(ack.error);
  if (isRetryable(ack.error) && socket.connected) window.setTimeout(() => void watch(), RETRY_MS);
}

/** The projector watches the room by its code; on every (re)connect it asks for the full state again. */
export function startScreen(): void {
  if (!store().code) return;
  socket.on('connect', () => {
    store().setConnection('online');
    void watch();
  });
  socket.on('disconnect', () => {
    watching = false;
    store().setConnection('offline');
  });
  socket.on('connect_error', () => store().setConnection('offline'));
  socket.on('screen:stateChanged', (state) => {
    if (!watching) return;
    store().applyRoom(state);
    store().applyTimer(state, Date.now());
  });
  socket.on('results:updated', (results) => {
    if (watching) store().applyResults(results);
  });
  socket.on('timer:updated', (view) => {
    if (watching) store().applyTimer(view, Date.now());
  });
  store().setConnection('connecting');
  socket.connect();
}
