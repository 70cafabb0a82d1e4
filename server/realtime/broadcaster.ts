import type { Logger } from '../logger.js';
import type { Storage, StoredAnswer, StoredSession } from '../storage/index.js';
import { ResultsCache } from './results-cache.js';
import { rooms } from './rooms.js';
import type { MoimServer } from './types.js';
import type { Views } from './views.js';

/**
 * Results go out at most once per RESULTS_INTERVAL_MS per activity, however many answers arrive:
 * a burst of 2,000 answers becomes a handful of summaries, not 2,000 per watcher. The first answer
 * after a quiet spell goes out at once (leading edge), so a small room feels instant.
 */
export const RESULTS_INTERVAL_MS = 40;
/** Joins and leaves are batched more loosely: a roster does not need to move every frame. */
export const PRESENCE_INTERVAL_MS = 300;
/** Bookkeeping of activities and sessions quiet for this long is dropped (it rebuilds on demand). */
const IDLE_FORGET_MS = 10 * 60 * 1000;
const SWEEP_INTERVAL_MS = 60 * 1000;

interface Pending {
  timer: NodeJS.Timeout | null;
  lastFlushAt: number;
  /** Whose entries changed because they answered: their rows go out, and that they have answered. */
  participantIds: Set<string>;
  /** Whose entries the facilitator hid or approved: only the rows go out, never who wrote them. */
  moderatedIds: Set<string>;
  sessionId: string;
}

export class Broadcaster {
  private readonly results = new Map<string, Pending>();
  private readonly presence = new Map<string, { timer: NodeJS.Timeout | null; lastFlushAt: number }>();
  private readonly cache: ResultsCache;
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly io: MoimServer,
    private readonly storage: Storage,
    private readonly views: Views,
    private readonly logger: Logger,
  ) {
    this.cache = new ResultsCache(storage);
    this.sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  /** Participants of a session connected to this server (any node, once an adapter is attached). */
  async onlineParticipantIds(sessionId: string): Promise<Set<string>> {
    const sockets = await this.io.in(rooms.participants(sessionId)).fetchSockets();
    const ids = new Set<string>();
    for (const s of sockets) if (s.data.participant) ids.add(s.data.participant.id);
    return ids;
  }

  /** After a facilitator action: every audience gets its full new state. */
  async stateChanged(session: StoredSession): Promise<void> {
    this.cache.invalidateSession(session.id);
    const online = await this.onlineParticipantIds(session.id);
    const [facilitator, participant, screen] = await Promise.all([
      this.views.facilitatorState(session, online),
      this.views.participantState(session),
      this.views.screenState(session, online.size),
    ]);
    this.io.to(rooms.facilitators(session.id)).emit('facilitator:stateChanged', facilitator);
    this.io.to(rooms.participants(session.id)).emit('participant:stateChanged', participant);
    this.io.to(rooms.screens(session.id)).emit('screen:stateChanged', screen);
  }

  /** After opening an activity the facilitator needs the whole answer list of the new one. */
  async answersReplaced(session: StoredSession): Promise<void> {
    const activity = await this.views.currentActivity(session);
    if (!activity) return;
    const answers = await this.storage.answers.listForActivity(activity.id);
    this.io.to(rooms.facilitators(session.id)).emit('answers:updated', {
      sessionId: session.id,
      activityId: activity.id,
      replace: true,
      answers: this.views.answerRows(activity, answers),
      answeredParticipantIds: this.views.answeredIds(activity, answers),
      answerCount: answers.length,
    });
    this.io
      .to(rooms.facilitators(session.id))
      .emit('results:updated', this.views.facilitatorResults(activity, answers));
  }

  /** The activity's settings changed (who is in the room): the warm results are read again. */
  activityChanged(activityId: string): void {
    this.cache.forget(activityId);
  }

  /** An answer this process just committed: into the warm results, and a flush scheduled. */
  answerStored(sessionId: string, answer: StoredAnswer): void {
    this.cache.answerStored(answer);
    this.answersChanged(sessionId, answer.activityId, [answer.participantId]);
  }

  /**
   * The facilitator hid, showed or approved entries: the warm results cannot follow, so they are
   * reloaded, then flushed. The changed rows go to the console without their authors' ids (an
   * anonymous entry must not travel with the id of who wrote it).
   */
  answersModerated(sessionId: string, activityId: string, participantIds: Iterable<string>): void {
    this.cache.forget(activityId);
    this.answersChanged(sessionId, activityId, [], participantIds);
  }

  private answersChanged(
    sessionId: string,
    activityId: string,
    participantIds: Iterable<string>,
    moderatedIds: Iterable<string> = [],
  ): void {
    if (this.closed) return;
    let pending = this.results.get(activityId);
    if (!pending) {
      pending = {
        timer: null,
        lastFlushAt: 0,
        participantIds: new Set(),
        moderatedIds: new Set(),
        sessionId,
      };
      this.results.set(activityId, pending);
    }
    for (const id of participantIds) pending.participantIds.add(id);
    for (const id of moderatedIds) pending.moderatedIds.add(id);
    if (pending.timer) return;
    const wait = Math.max(0, pending.lastFlushAt + RESULTS_INTERVAL_MS - Date.now());
    const entry = pending;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.lastFlushAt = Date.now();
      const changed = [...entry.participantIds];
      const moderated = [...entry.moderatedIds];
      entry.participantIds.clear();
      entry.moderatedIds.clear();
      this.flushResults(entry.sessionId, activityId, changed, moderated).catch((error: unknown) =>
        this.logger.error({ err: error, activityId }, 'results flush failed'),
      );
    }, wait);
  }

  private async flushResults(
    sessionId: string,
    activityId: string,
    changed: string[],
    moderated: string[],
  ): Promise<void> {
    const state = await this.cache.get(sessionId, activityId);
    if (!state) return;
    const { activity, isCurrent } = state;
    const answers = [...state.answers.values()];
    const changedSet = new Set(changed);
    const rowSet = new Set([...changed, ...moderated]);
    const changedAnswers = answers.filter((a) => changedSet.has(a.participantId));
    const changedRows = answers.filter((a) => rowSet.has(a.participantId));
    const facilitators = this.io.to(rooms.facilitators(sessionId));
    facilitators.emit('answers:updated', {
      sessionId,
      activityId,
      replace: false,
      // Sorted by the store, not by who changed: an anonymous entry's position says nothing of its author.
      answers: this.views.answerRows(activity, changedRows),
      // Nobody's id for an activity that hides its authors: one row and one id would pair them.
      answeredParticipantIds: this.views.answeredIds(activity, changedAnswers),
      answerCount: answers.length,
    });
    facilitators.emit('results:updated', this.views.facilitatorResults(activity, answers));

    if (!isCurrent) return;
    const publicResults = this.views.publicResults(activity, answers);
    this.io.to(rooms.screens(sessionId)).emit('results:updated', publicResults);
    // Phones only need results once revealed; before that they do not care how many answered.
    if (publicResults.summary)
      this.io.to(rooms.participants(sessionId)).emit('results:updated', publicResults);
  }

  presenceChanged(sessionId: string): void {
    if (this.closed) return;
    let pending = this.presence.get(sessionId);
    if (!pending) {
      pending = { timer: null, lastFlushAt: 0 };
      this.presence.set(sessionId, pending);
    }
    if (pending.timer) return;
    const entry = pending;
    const wait = Math.max(0, entry.lastFlushAt + PRESENCE_INTERVAL_MS - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.lastFlushAt = Date.now();
      this.flushPresence(sessionId).catch((error: unknown) =>
        this.logger.error({ err: error, sessionId }, 'presence flush failed'),
      );
    }, wait);
  }

  private async flushPresence(sessionId: string): Promise<void> {
    const session = await this.storage.sessions.findById(sessionId);
    if (!session) return;
    const online = await this.onlineParticipantIds(sessionId);
    this.io.to(rooms.facilitators(sessionId)).emit('participants:updated', {
      sessionId,
      participants: await this.views.participantRows(sessionId, online),
    });
    this.io
      .to(rooms.screens(sessionId))
      .emit('screen:stateChanged', await this.views.screenState(session, online.size));
  }

  /** The projector's state again (its counseling picture changed): the screens of the session only. */
  async screenChanged(sessionId: string): Promise<void> {
    const session = await this.storage.sessions.findById(sessionId);
    if (!session) return;
    const online = await this.onlineParticipantIds(sessionId);
    this.io
      .to(rooms.screens(sessionId))
      .emit('screen:stateChanged', await this.views.screenState(session, online.size));
  }

  private sweep(): void {
    const idleSince = Date.now() - IDLE_FORGET_MS;
    for (const [activityId, pending] of this.results) {
      if (!pending.timer && pending.lastFlushAt < idleSince) {
        this.results.delete(activityId);
        this.cache.forget(activityId);
      }
    }
    for (const [sessionId, pending] of this.presence) {
      if (!pending.timer && pending.lastFlushAt < idleSince) this.presence.delete(sessionId);
    }
  }

  close(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const p of this.results.values()) if (p.timer) clearTimeout(p.timer);
    for (const p of this.presence.values()) if (p.timer) clearTimeout(p.timer);
  }
}
