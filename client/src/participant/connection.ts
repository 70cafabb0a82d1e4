import { JOIN_CODE_LENGTH } from '../../../shared/protocol/limits.js';
import type { ParticipantSnapshot } from '../../../shared/protocol/views.js';
import type { AnswerValue } from '../../../shared/activities/types.js';
import { isRetryable, type ClientError } from '../common/errors.js';
import { createSocket, request } from '../common/socket.js';
import { Outbox } from './outbox.js';
import {
  clearIdentity,
  forgetSession,
  loadIdentity,
  loadQueue,
  loadSaved,
  saveIdentity,
  saveSaved,
} from './persist.js';
import { useParticipantStore } from './state/store.js';

/** After a join refused for a passing reason (rate limit, timeout), try again after this long. */
const REJOIN_DELAY_MS = 3_000;

const socket = createSocket();
const store = () => useParticipantStore.getState();
/** This connection has joined; reset on every disconnect, so answers wait for the next join. */
let joined = false;
let rejoinTimer: number | null = null;
/** One join at a time: two joins with the same new nickname would refuse each other. */
let joinInFlight = false;
const outbox = new Outbox(
  socket,
  () => joined && socket.connected,
  () => resume(),
);

/** Acts on the current phase; runs after every (re)connect and after each step the user takes. */
function resume(): void {
  const { phase, code } = store();
  if (!code || !socket.connected) return;
  if (phase === 'checking') void checkCode(code);
  if (phase === 'joining' || phase === 'in') {
    const identity = loadIdentity(code);
    if (identity) void join(code, { rejoinToken: identity.rejoinToken });
    else if (store().nickname) void join(code, { nickname: store().nickname });
    else store().setPhase('nickname');
  }
}

/** Asks whether the code exists before asking for a nickname: "nickname required" means it does. */
async function checkCode(code: string): Promise<void> {
  if (joinInFlight) return;
  joinInFlight = true;
  const ack = await request(socket, 'participant:join', { code });
  joinInFlight = false;
  if (store().phase !== 'checking') return;
  if (ack.ok) {
    // Cannot happen without a nickname or token; treat it as joined anyway.
    onJoined(code, ack.data, 0, Date.now());
  } else if (ack.error.code === 'nickname_required') {
    store().setPhase('nickname');
  } else if (isRetryable(ack.error)) {
    retryLater();
  } else {
    store().setPhase('code', ack.error);
  }
}

async function join(code: string, who: { rejoinToken?: string; nickname?: string }): Promise<void> {
  if (joinInFlight) return;
  joinInFlight = true;
  const sentAt = Date.now();
  const ack = await request(socket, 'participant:join', { code, ...who });
  joinInFlight = false;
  if (store().code !== code) return;
  if (ack.ok) return onJoined(code, ack.data, Date.now() - sentAt, Date.now());
  onJoinRefused(code, ack.error);
}

function onJoined(
  code: string,
  snapshot: ParticipantSnapshot,
  roundTripMs: number,
  receivedAt: number,
): void {
  saveIdentity(code, { rejoinToken: snapshot.rejoinToken, nickname: snapshot.participant.nickname });
  joined = true;
  const s = store();
  s.applySnapshot(snapshot);
  s.applyTimer(snapshot, receivedAt, roundTripMs);
  if (snapshot.myAnswer) {
    s.setSaved(snapshot.myAnswer.activityId, {
      answerId: snapshot.myAnswer.answerId,
      value: snapshot.myAnswer.value,
    });
  }
  // A reload lands on the same session, identity and answers.
  if (window.location.pathname !== `/j/${code}`) window.history.replaceState(null, '', `/j/${code}`);
  outbox.flush();
}

function onJoinRefused(code: string, error: ClientError): void {
  if (isRetryable(error)) return retryLater();
  switch (error.code) {
    case 'nickname_required':
      // The token is unknown here (e.g. another database): join again under a nickname.
      clearIdentity(code);
      store().setPhase('nickname');
      return;
    case 'nickname_taken':
      store().setPhase('nickname', error);
      return;
    case 'session_ended':
      forgetSession(code);
      store().setPhase('ended', error);
      return;
    default:
      clearIdentity(code);
      store().setPhase('code', error);
  }
}

function retryLater(): void {
  if (rejoinTimer !== null) return;
  rejoinTimer = window.setTimeout(() => {
    rejoinTimer = null;
    resume();
  }, REJOIN_DELAY_MS);
}

function connect(): void {
  if (!socket.connected && navigator.onLine !== false) {
    store().setConnection('connecting');
    socket.connect();
  }
}

function wireSocket(): void {
  socket.on('connect', () => {
    store().setConnection('online');
    resume();
  });
  socket.on('disconnect', () => {
    joined = false;
    store().setConnection('offline');
  });
  socket.on('connect_error', () => store().setConnection('offline'));
  socket.on('participant:stateChanged', (state) => {
    if (!joined) return;
    if (state.session.status === 'ended') forgetSession(state.session.code);
    store().applyState(state);
    store().applyTimer(state, Date.now());
  });
  socket.on('results:updated', (results) => {
    if (joined) store().applyResults(results);
  });
  socket.on('timer:updated', (view) => {
    if (joined) store().applyTimer(view, Date.now());
  });
}

/** Phones report losing the network before the socket notices: act on it at once, both ways. */
function wireWindow(): void {
  window.addEventListener('offline', () => {
    socket.disconnect();
    store().setConnection('offline');
  });
  window.addEventListener('online', connect);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') connect();
  });
}

function selectCode(code: string): void {
  useParticipantStore.setState({ code, queue: loadQueue(code), saved: loadSaved(code), answerErrors: {} });
}

/** Every acknowledged answer is kept on the phone, whoever changed the store. */
function persistSaved(): void {
  useParticipantStore.subscribe((state, previous) => {
    if (state.code && state.saved !== previous.saved) saveSaved(state.code, state.saved);
  });
}

/** Starts the phone: with a code from the URL (QR), straight to the nickname, or back in if known. */
export function startParticipant(urlCode: string | null): void {
  wireSocket();
  wireWindow();
  persistSaved();
  if (urlCode) {
    selectCode(urlCode);
    store().setPhase(loadIdentity(urlCode) ? 'joining' : 'nickname');
  }
  connect();
}

export function submitCode(code: string): void {
  if (!new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`).test(code)) return;
  selectCode(code);
  store().setPhase(loadIdentity(code) ? 'joining' : 'checking');
  connect();
  resume();
}

export function submitNickname(nickname: string): void {
  store().setNickname(nickname);
  store().setPhase('joining');
  connect();
  resume();
}

/** Back to the code form, e.g. after typing a wrong code. */
export function changeCode(): void {
  store().setPhase('code');
}

export function submitAnswer(activityId: string, value: AnswerValue): void {
  outbox.add(activityId, value);
}
