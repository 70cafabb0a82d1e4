import type {
  ClientToServerEvents,
  CounselingEventName,
  GroupingEvents,
  RoundEventName,
  RoundEvents,
  WaveEvents,
} from '../../../shared/protocol/events.js';
import type { GroupingView, RoundsView } from '../../../shared/protocol/views.js';
import type { WaveProgressView } from '../../../shared/protocol/wave-views.js';
import type { ClientError } from '../common/errors.js';
import { createSocket, request, type ClientAck } from '../common/socket.js';
import { useFacilitatorStore } from './state/store.js';

const socket = createSocket();
const store = () => useFacilitatorStore.getState();
let wired = false;

/** The session this console watches; re-watched with a full snapshot after every reconnect. */
function watchedId(): string | null {
  const route = store().route;
  return route.name === 'console' ? route.sessionId : null;
}

export async function watch(): Promise<void> {
  const sessionId = watchedId();
  if (!sessionId || !socket.connected) return;
  const sentAt = Date.now();
  const ack = await request(socket, 'session:watch', { sessionId });
  if (watchedId() !== sessionId) return;
  if (ack.ok) {
    store().applySnapshot(ack.data);
    store().setCounselingViews(ack.data.counseling ?? []);
    store().applyTimer(ack.data, Date.now(), Date.now() - sentAt);
    store().setGroupings(ack.data.groupings);
    store().setRounds(ack.data.rounds);
    store().setWaves(ack.data.session.program?.id ?? null, ack.data.waves ?? []);
  } else if (ack.error.code === 'not_authenticated' || ack.error.code === 'forbidden') {
    // `forbidden`: this socket connected without a login (the account was deactivated meanwhile).
    loginExpired(ack.error);
  } else {
    store().setWatchError(ack.error);
  }
}

/**
 * The login ran out (or was ended elsewhere): what is on screen would stay frozen, so go back to
 * the login form, which says why.
 */
export function loginExpired(error: ClientError): void {
  socket.disconnect();
  store().setConnection('idle');
  store().clearConsole();
  store().setSessions(null);
  store().setPrograms(null);
  store().setProgram(null);
  store().setRoster(null);
  store().setCenter(null);
  store().loadDraft(null);
  store().setAuth('login');
  store().setActionError(error);
}

function wire(): void {
  if (wired) return;
  wired = true;
  socket.on('connect', () => {
    store().setConnection('online');
    void watch();
  });
  socket.on('disconnect', (reason) => {
    store().setConnection('offline');
    // The server closed this socket because this user's access changed (role, program, account):
    // connect again, and the handshake and the next watch say what is still allowed.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => store().setConnection('offline'));
  const mine = (sessionId: string) => sessionId === watchedId();
  socket.on('facilitator:stateChanged', (state) => {
    if (!mine(state.session.id)) return;
    store().applyLive(state);
    store().applyTimer(state, Date.now());
  });
  socket.on('answers:updated', (update) => store().applyAnswers(update));
  socket.on('results:updated', (results) => store().applyResults(results));
  socket.on('participants:updated', (update) => store().applyParticipants(update));
  // Groupings are the program's (they outlive the day): only the watched program's are kept.
  socket.on('groupings:updated', (view) => {
    if (view.programId === store().live?.session.program?.id) store().upsertGrouping(view);
  });
  socket.on('timer:updated', (view) => {
    if (mine(view.sessionId)) store().applyTimer(view, Date.now());
  });
  // The program room: counseling activities outlive the day, so they are the watched program's.
  const myProgram = (programId: string) => programId === store().live?.session.program?.id;
  // Rounds name only their activity: kept when it is one of the watched program's.
  socket.on('rounds:updated', (view) => {
    if (store().counseling.some((c) => c.id === view.activityId)) store().applyRounds(view);
  });
  socket.on('counseling:activityUpdated', (view) => {
    if (myProgram(view.programId)) store().upsertCounseling(view);
  });
  socket.on('counseling:progress', (update) => store().applyCounselingProgress(update));
  // The program's assessment waves, every one as it now stands (the slice keeps the watched program's).
  socket.on('waves:progress', (update) => {
    if (myProgram(update.programId)) store().applyWavesProgress(update);
  });
}

/**
 * The socket is authenticated by the login cookie when it connects, so it (re)connects after
 * every login and disconnects on logout.
 */
export function reconnectSocket(): void {
  wire();
  socket.disconnect();
  store().setConnection('connecting');
  socket.connect();
}

export function disconnectSocket(): void {
  socket.disconnect();
  store().setConnection('idle');
}

type Name = Exclude<keyof ClientToServerEvents, 'participant:join' | 'answer:submit' | 'screen:watch'>;

/**
 * A facilitator action on a program object (a counseling activity): the payload names it, no
 * session is added. A refusal is shown in the page's alert.
 */
export async function actOnProgram<E extends CounselingEventName>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<ClientAck<unknown>> {
  const ack = await request(socket, event, payload);
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  else store().setActionError(ack.ok ? null : ack.error);
  return ack;
}
type Payload<E extends Name> = Omit<Parameters<ClientToServerEvents[E]>[0], 'sessionId'>;

/** A facilitator action on the watched session; a refusal is shown in the page's alert. */
export async function act<E extends Name>(event: E, payload: Payload<E>): Promise<ClientAck<unknown>> {
  const sessionId = watchedId();
  if (!sessionId) return { ok: false, error: { code: 'network', message: null } };
  const full = { ...payload, sessionId } as Parameters<ClientToServerEvents[E]>[0];
  const ack = await request(socket, event, full);
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  else store().setActionError(ack.ok ? null : ack.error);
  return ack;
}

type GroupingName = keyof GroupingEvents;

/**
 * A grouping event (a program object, so no session is added). The ack's view goes into the store at
 * once; a refusal is the caller's to show (next to the groups it is about), not the page's alert.
 */
export async function actOnGrouping<E extends GroupingName>(
  event: E,
  payload: Parameters<GroupingEvents[E]>[0],
): Promise<ClientAck<GroupingView>> {
  const ack = (await request(socket, event, payload as never)) as ClientAck<GroupingView>;
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  if (ack.ok) store().upsertGrouping(ack.data);
  return ack;
}

type RoundControlName = Exclude<RoundEventName, 'question:draw'>;

/** A facilitator's round event (start, pause, resume, end, extend); the ack's rounds go into the store. */
export async function actOnRounds<E extends RoundControlName>(
  event: E,
  payload: Parameters<RoundEvents[E]>[0],
): Promise<ClientAck<RoundsView>> {
  const ack = (await request(socket, event, payload as never)) as ClientAck<RoundsView>;
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  if (ack.ok) store().applyRounds(ack.data);
  return ack;
}

type WaveViewEventName = Exclude<keyof WaveEvents, 'wave:remind'>;

/**
 * A facilitator's wave control (open, close, extend): the ack's wave goes into the store at once; a
 * refusal is the caller's to show, next to the wave it is about.
 */
export async function actOnWave<E extends WaveViewEventName>(
  event: E,
  payload: Parameters<WaveEvents[E]>[0],
): Promise<ClientAck<WaveProgressView>> {
  const ack = (await request(socket, event, payload as never)) as ClientAck<WaveProgressView>;
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  if (ack.ok) store().upsertWave(ack.data);
  return ack;
}

/** `wave:remind`: how many members were reminded, or the refusal (at most one a minute). */
export async function remindWave(waveId: string): Promise<ClientAck<{ reminded: number }>> {
  const ack = await request(socket, 'wave:remind', { waveId });
  if (!ack.ok && ack.error.code === 'not_authenticated') loginExpired(ack.error);
  return ack;
}
