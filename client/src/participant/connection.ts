import { JOIN_CODE_LENGTH } from '../../../shared/protocol/limits.js';
import type {
  CounselingUpdate,
  ParticipantSnapshot,
  ParticipantState,
  PersonalUpdate,
  ResultsView,
  TimerView,
} from '../../../shared/protocol/views.js';
import type { CounselingAnswerInput } from '../activities/counseling-types.js';
import type { AnswerValue } from '../../../shared/activities/types.js';
import { errorText, type ClientError } from '../common/errors.js';
import { translate } from '../common/i18n.js';
import { createSocket, request } from '../common/socket.js';
import { onStorageChange } from '../common/storage.js';
import { forgetMemberQueue, isMemberQueueKey, loadMemberQueue } from './member-queue.js';
import { saveMemberToken } from '../report/credentials.js';
import { Outbox } from './outbox.js';
import {
  clearIdentity,
  forgetDay,
  forgetSession,
  isIdentityKey,
  isQueueKey,
  isSavedKey,
  loadIdentity,
  loadQueue,
  loadSaved,
  reloadIdentity,
  saveIdentity,
} from './persist.js';
import { ProgramFlow, type RegisterFields } from './program-flow.js';
import { useParticipantStore } from './state/store.js';
import { watchStore } from './store-effects.js';

/** After a join lost to the network or a timeout, try again after this long. */
const REJOIN_DELAY_MS = 3_000;
/**
 * A phone waiting for a program's day joins again this often, in case it missed `program:dayStarted`
 * (the server tells waiting phones; this is only the safety net).
 */
const WAITING_RECHECK_MS = 120_000;

/** Only a lost request is tried again by itself; any refusal the server gives is shown. */
const isPassing = (error: ClientError) => error.code === 'network' || error.code === 'timeout';

const socket = createSocket();
const store = () => useParticipantStore.getState();
/** This connection has joined; reset on every disconnect, so answers wait for the next join. */
let joined = false;
let rejoinTimer: number | null = null;
/** One join at a time: two joins with the same new nickname would refuse each other. */
let joinInFlight = false;
/** Asked to join again while a join was on its way (a program's day started meanwhile). */
let joinAgain = false;
/**
 * Broadcasts that arrive before this connection's join is acknowledged: the newest of each kind,
 * applied after the snapshot if they are newer than it.
 */
let early: {
  state: { view: ParticipantState; receivedAt: number } | null;
  timer: { view: TimerView; receivedAt: number } | null;
  results: ResultsView | null;
  counseling: CounselingUpdate | null;
  personal: PersonalUpdate[];
} = { state: null, timer: null, results: null, counseling: null, personal: [] };
const clearEarly = () => {
  early = { state: null, timer: null, results: null, counseling: null, personal: [] };
};
const outbox = new Outbox(
  socket,
  () => joined && socket.connected,
  () => resume(),
);
const programFlow = new ProgramFlow(socket, {
  join: () => {
    connect();
    resume();
  },
  retryLater: () => retryLater(),
  refused: (code, error) => onProgramRefused(code, error),
});

/** Whether this phone knows the code as a program's: its day ending is not the end. */
function isProgramCode(code: string): boolean {
  const s = store();
  return s.program !== null || s.intro?.code === code || loadIdentity(code)?.program === true;
}

/** Acts on the current phase; runs after every (re)connect and after each step the user takes. */
function resume(): void {
  const { phase, code } = store();
  if (!code || !socket.connected) return;
  if (phase === 'checking') void checkCode(code);
  if (phase === 'onboarding' && !store().intro && !store().joinError) void programFlow.loadIntro(code);
  if (phase === 'joining' || phase === 'in') {
    const identity = loadIdentity(code);
    if (identity) void join(code, { rejoinToken: identity.rejoinToken });
    else if (isProgramCode(code)) programFlow.start(code);
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
  if (store().code !== code) return;
  if (ack.ok) {
    // Cannot happen without a nickname or token; treat it as joined anyway.
    onJoined(code, ack.data, 0, Date.now());
  } else if (ack.error.code === 'nickname_required') {
    store().setPhase('nickname');
  } else if (ack.error.code === 'registration_required') {
    programFlow.start(code);
  } else if (ack.error.code === 'program_ended') {
    onProgramRefused(code, ack.error);
  } else if (ack.error.code === 'session_ended') {
    forgetSession(code);
    store().setPhase('ended', ack.error);
  } else if (isPassing(ack.error)) {
    retryLater();
  } else {
    // Rate limited, unknown code…: say so and let the person try again.
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
  if (ack.ok) onJoined(code, ack.data, Date.now() - sentAt, Date.now());
  else onJoinRefused(code, ack.error, who.rejoinToken !== undefined);
  if (joinAgain) {
    joinAgain = false;
    rejoin();
  }
}

/** Joins again on this connection (a program day started or ended): the snapshot replaces the state. */
function rejoin(): void {
  if (joinInFlight) {
    joinAgain = true;
    return;
  }
  // Broadcasts until the new snapshot are held back and applied after it only if newer.
  joined = false;
  resume();
}

function onJoined(
  code: string,
  snapshot: ParticipantSnapshot,
  roundTripMs: number,
  receivedAt: number,
): void {
  saveIdentity(code, {
    rejoinToken: snapshot.rejoinToken,
    nickname: snapshot.participant.nickname,
    ...(snapshot.program ? { program: true as const } : {}),
  });
  // The report page (/r) reads the member token per program: a released join code may be reused.
  if (snapshot.program) saveMemberToken(snapshot.program.id, snapshot.rejoinToken);
  joined = true;
  const s = store();
  s.applySnapshot(snapshot);
  s.setCounseling(snapshot.member?.counseling ?? []);
  s.setRounds(snapshot.member?.rounds ?? []);
  s.setTestimonial(snapshot.member?.testimonial ?? null);
  s.applyTimer(snapshot, receivedAt, roundTripMs);
  if (snapshot.myAnswer) {
    s.setSaved(snapshot.myAnswer.activityId, {
      answerId: snapshot.myAnswer.answerId,
      value: snapshot.myAnswer.value,
    });
  }
  applyEarly(code, snapshot);
  // A reload lands on the same session, identity and answers.
  if (window.location.pathname !== `/j/${code}`) window.history.replaceState(null, '', `/j/${code}`);
  if (snapshot.session.status === 'ended') onEnded(code);
  else outbox.flush();
}

/** What was broadcast while the join was on its way, if it is newer than the snapshot. */
function applyEarly(code: string, snapshot: ParticipantSnapshot): void {
  const { state, timer, results, counseling, personal } = early;
  clearEarly();
  // Counseling updates carry no server time; one sent while the join was on its way is at least as
  // new as the room this socket had just entered, so it is taken (the next join corrects any doubt).
  if (counseling && counseling.programId === snapshot.program?.id)
    store().applyCounselingActivities(counseling.activities);
  for (const update of personal) store().applyPersonal(update);
  let newest = snapshot.serverNow;
  if (state && state.view.session.code === code && state.view.serverNow > newest) {
    newest = state.view.serverNow;
    store().applyState(state.view);
    store().applyTimer(state.view, state.receivedAt);
  }
  if (timer && timer.view.serverNow > newest) store().applyTimer(timer.view, timer.receivedAt);
  // Results carry no server time: take them only if they are about the activity shown and no
  // smaller than what the snapshot had (answers only add up while an activity runs).
  const shown = store().results;
  if (
    results &&
    results.activityId === store().activity?.id &&
    (!shown || results.respondents >= shown.respondents)
  )
    store().applyResults(results);
}

/**
 * The session is over: nothing queued can reach it any more. A program's code stays valid for its
 * next day, so the phone keeps who it is there; a one-off session's phone forgets everything.
 */
function onEnded(code: string): void {
  if (isProgramCode(code)) forgetDay(code);
  else forgetSession(code);
  const lost = outbox.drop();
  if (lost > 0) useParticipantStore.setState({ undelivered: lost });
}

/** The program has ended (its code no longer works) or is unknown: nothing of it stays on the phone. */
function onProgramRefused(code: string, error: ClientError): void {
  forgetSession(code);
  forgetMemberQueue(code);
  outbox.drop();
  useParticipantStore.setState({ memberQueue: [], counseling: [], openTaskId: null, testimonial: null });
  store().setIntro(null);
  if (error.code === 'program_ended') store().setPhase('ended', error);
  else store().setPhase('code', error);
}

function onJoinRefused(code: string, error: ClientError, byToken: boolean): void {
  if (isPassing(error)) return retryLater();
  // Someone rejoining by token sees no form to retry from: keep trying on a passing refusal.
  if (byToken && (error.code === 'rate_limited' || error.code === 'internal')) return retryLater();
  switch (error.code) {
    case 'nickname_required':
      // The token is unknown here (e.g. another database): join again under a nickname.
      clearIdentity(code);
      store().setPhase('nickname');
      return;
    case 'registration_required':
      // A program's code and this phone is nobody there (yet, or any more): register or recover.
      clearIdentity(code);
      programFlow.start(code);
      return;
    case 'program_ended':
    case 'program_not_found':
      onProgramRefused(code, error);
      return;
    case 'nickname_taken':
      store().setPhase('nickname', error);
      return;
    case 'session_ended':
      store().setPhase('ended', error);
      onEnded(code);
      return;
    case 'session_not_found':
      clearIdentity(code);
      store().setPhase('code', error);
      return;
    default:
      if (byToken && isProgramCode(code)) {
        // Who this phone is in a program is worth keeping: say what happened, offer to try again.
        store().setPhase('joining', error);
        return;
      }
      // A nickname the server would not take (invalid, already joined, rate limited…): the
      // person can fix it and try again from the nickname step.
      if (byToken) clearIdentity(code);
      store().setPhase('nickname', error);
  }
}

function retryLater(): void {
  if (rejoinTimer !== null) return;
  rejoinTimer = window.setTimeout(() => {
    rejoinTimer = null;
    resume();
  }, REJOIN_DELAY_MS);
}

/** A phone waiting for a program's day checks now and then, in case the news passed it by. */
function recheckWhileWaiting(): void {
  window.setInterval(() => {
    const s = store();
    if (s.phase === 'in' && s.program && s.session?.status !== 'live' && socket.connected) rejoin();
  }, WAITING_RECHECK_MS);
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
    clearEarly();
    store().setConnection('offline');
  });
  socket.on('connect_error', () => store().setConnection('offline'));
  socket.on('participant:stateChanged', (state) => {
    if (!joined) {
      early.state = { view: state, receivedAt: Date.now() };
      return;
    }
    const wasEnded = store().session?.status === 'ended';
    store().applyState(state);
    store().applyTimer(state, Date.now());
    if (state.session.status !== 'ended' || wasEnded) return;
    onEnded(state.session.code);
    // A program's day is over: join again at once, to wait for its next day like a phone that just
    // arrived — the answer says when the next day starts.
    if (store().program) rejoin();
  });
  socket.on('program:dayStarted', ({ code }) => {
    const { phase } = store();
    if (code === store().code && (phase === 'in' || phase === 'joining') && isProgramCode(code)) rejoin();
  });
  socket.on('results:updated', (results) => {
    if (joined) store().applyResults(results);
    else early.results = results;
  });
  socket.on('timer:updated', (view) => {
    if (joined) store().applyTimer(view, Date.now());
    else early.timer = { view, receivedAt: Date.now() };
  });
  socket.on('counseling:updated', (update) => {
    if (!joined) early.counseling = update;
    else if (update.programId === store().program?.id) store().applyCounselingActivities(update.activities);
  });
  // A round reaches only its group's phones (`member:<id>`); the snapshot carries it again on rejoin.
  socket.on('round:updated', (round) => store().applyRound(round));
  // The facilitator asks to finish a wave: a banner, and the task first in "내 할 일".
  socket.on('wave:reminder', (reminder) => store().setReminder(reminder));
  socket.on('testimonial:updated', (card) => store().setTestimonial(card));
  socket.on('personal:updated', (update) => {
    if (joined) store().applyPersonal(update);
    else early.personal.push(update);
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
  // Another tab of this phone in the same session: share its queue, answers and identity.
  onStorageChange((key) => {
    const { code } = store();
    if (!code) return;
    if (key === '' || isQueueKey(key, code) || isMemberQueueKey(key, code)) outbox.reload();
    if (key === '' || isSavedKey(key, code))
      useParticipantStore.setState((state) => ({ saved: { ...state.saved, ...loadSaved(code) } }));
    if (isIdentityKey(key, code)) reloadIdentity(code);
  });
}

function selectCode(code: string): void {
  if (code !== store().code) {
    // The socket may still be in another session's rooms until this code is joined.
    joined = false;
    clearEarly();
    useParticipantStore.setState({
      program: null,
      dayEnded: null,
      intro: null,
      formError: null,
      pin: null,
      counseling: [],
      openTaskId: null,
      testimonial: null,
    });
  }
  useParticipantStore.setState({
    code,
    queue: loadQueue(code),
    memberQueue: loadMemberQueue(code),
    saved: loadSaved(code),
    answerErrors: {},
    notice: null,
    undelivered: 0,
  });
}

/** Starts the phone: with a code from the URL (QR), straight to the nickname, or back in if known. */
export function startParticipant(urlCode: string | null): void {
  wireSocket();
  wireWindow();
  watchStore();
  recheckWhileWaiting();
  if (urlCode) {
    selectCode(urlCode);
    // Checked first: an ended or unknown code says so instead of asking for a nickname.
    enterWithIdentity(urlCode);
  }
  connect();
}

/** Straight in if this phone is known for the code (after the PIN, if it was never noted). */
function enterWithIdentity(code: string): void {
  const identity = loadIdentity(code);
  if (identity?.pin) {
    store().setPin({ pin: identity.pin, nickname: identity.nickname });
    store().setPhase('pin');
  } else {
    store().setPhase(identity ? 'joining' : 'checking');
  }
}

export function submitCode(code: string): void {
  if (!new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`).test(code)) return;
  selectCode(code);
  enterWithIdentity(code);
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

/** After a session ended: start again from an empty code form at `/join`. */
export function joinAnotherCode(): void {
  joined = false;
  clearEarly();
  useParticipantStore.setState({
    code: null,
    nickname: '',
    participant: null,
    session: null,
    activity: null,
    results: null,
    queue: [],
    saved: {},
    answerErrors: {},
    notice: null,
    undelivered: 0,
    program: null,
    dayEnded: null,
    intro: null,
    formError: null,
    pin: null,
    counseling: [],
    memberQueue: [],
    openTaskId: null,
    testimonial: null,
  });
  store().setPhase('code');
  if (window.location.pathname !== '/join') window.history.replaceState(null, '', '/join');
}

export function submitAnswer(activityId: string, value: AnswerValue): void {
  outbox.add(activityId, value);
}

/** A counseling answer: resolves once the server stored it, rejects with a translated refusal. */
export function giveCounseling(activityId: string, answer: CounselingAnswerInput): Promise<void> {
  return outbox.addMember(activityId, answer);
}

/**
 * The member events a counseling component may send besides its answers (the consent step, the
 * interviewer's draw, an assessment's hand-in, the testimonial card).
 */
const COUNSELING_ACTIONS = [
  'consent:give',
  'consent:withdraw',
  'question:draw',
  'assessment:submit',
  'testimonial:save',
  'testimonial:delete',
] as const;
type CounselingAction = (typeof COUNSELING_ACTIONS)[number];
const isCounselingAction = (action: string): action is CounselingAction =>
  (COUNSELING_ACTIONS as readonly string[]).includes(action);

/**
 * One member event for a counseling component: resolves with the ack's data, rejects with a
 * translated message. Not queued: the component shows the refusal and the member tries again.
 */
export async function actCounseling(action: string, payload: Record<string, unknown>): Promise<unknown> {
  if (!isCounselingAction(action)) throw new Error(`not a counseling action: ${action}`);
  // The payload is the component's; the server parses it like every other (zod in the dispatcher).
  const ack = await request(socket, action, payload as never);
  // Handed in: the facilitator's reminder about it is answered.
  if (ack.ok && action === 'assessment:submit' && store().reminder?.activityId === payload.activityId)
    store().setReminder(null);
  if (ack.ok) return ack.data;
  throw new Error(errorText(ack.error, store().lang, (key) => translate(key)));
}

/** Registers this phone for the program: its answer is the identity and the PIN shown once. */
export function registerForProgram(fields: RegisterFields): void {
  connect();
  void programFlow.register(fields);
}

/** Another phone registered: the same nickname and PIN make this phone that participant. */
export function recoverIdentity(nickname: string, pin: string): void {
  connect();
  void programFlow.recover(nickname, pin);
}

/** The PIN is noted: on into the program. */
export function confirmPinNoted(): void {
  programFlow.pinNoted();
}

/** After the intro or a join by token was refused for a passing reason: try again now. */
export function tryAgain(): void {
  store().setPhase(store().phase, null);
  connect();
  resume();
}
