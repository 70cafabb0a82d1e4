import { wavesProgress } from '../assessment/progress.js';
import { hidesAuthors, resultsAudience, summarize } from '../../shared/activities/registry.js';
import type { ActivitySummary } from '../../shared/activities/types.js';
import type {
  ActivityView,
  AnswerRow,
  FacilitatorSession,
  FacilitatorSnapshot,
  FacilitatorState,
  ParticipantRow,
  ParticipantState,
  PublicActivity,
  ResultsView,
  ScreenState,
} from '../../shared/protocol/views.js';
import type { Storage, StoredActivity, StoredAnswer, StoredSession } from '../storage/index.js';
import { sessionInfo } from '../storage/rows.js';
import { programGroupingViews, screenGroups } from './groupings-view.js';
import { programConsoleViews, screenCounseling } from '../counseling/views.js';
import { programRoundsViews } from '../counseling/rounds-view.js';

/**
 * The answers the room sees: not hidden and, while the activity is reviewed, approved. Every count
 * and summary of every audience is taken over this one set, so the console and the projector agree.
 */
export function inRoom(activity: StoredActivity, answers: readonly StoredAnswer[]): StoredAnswer[] {
  return answers.filter((a) => !a.hidden && (!activity.review || a.approved));
}

/**
 * The console's summary of the answers the room has: every entry, except for an activity whose
 * entries only their authors see ('self'), where the console learns how many answered and nothing
 * of what they wrote. Shared with the results after the end.
 */
export function consoleSummary(
  activity: Pick<StoredActivity, 'type' | 'config'>,
  shown: readonly StoredAnswer[],
  withNames: boolean,
): ActivitySummary {
  if (resultsAudience(activity.type, activity.config) !== 'self')
    return summarize(activity.type, activity.config, shown, { withNames });
  return { ...summarize(activity.type, activity.config, [], { withNames }), respondents: shown.length };
}

/** Whether the projector and the phones may ever see an activity's results (not a private one). */
function roomMaySee(activity: StoredActivity): boolean {
  return resultsAudience(activity.type, activity.config) === 'room';
}

/**
 * Builds what each audience sees, always from stored state: the facilitator everything of their
 * session, the projector and phones only the open activity and the results the facilitator revealed.
 */
export class Views {
  constructor(private readonly storage: Storage) {}

  async currentActivity(session: StoredSession): Promise<StoredActivity | null> {
    if (!session.currentActivityId) return null;
    return this.storage.activities.get(session.id, session.currentActivityId);
  }

  publicActivity(a: StoredActivity): PublicActivity {
    return {
      id: a.id,
      type: a.type,
      title: a.title,
      config: a.config,
      status: a.status,
      locked: a.locked,
      resultsVisible: a.resultsVisible,
      showNames: a.showNames,
    };
  }

  /** The console's list row of an activity. */
  activityView(a: StoredActivity, answerCount: number): ActivityView {
    return {
      ...this.publicActivity(a),
      position: a.position,
      answerCount,
      review: a.review,
      agendaKey: a.agendaKey,
    };
  }

  /**
   * Results for the facilitator: always, with names unless the activity is anonymous. Over the
   * answers the room sees, like the projector's (hidden and waiting entries are in the answer rows).
   */
  facilitatorResults(activity: StoredActivity, answers: StoredAnswer[]): ResultsView {
    const shown = inRoom(activity, answers);
    return {
      activityId: activity.id,
      respondents: shown.length,
      summary: consoleSummary(activity, shown, true),
    };
  }

  /**
   * Results for the projector and phones: only the count until revealed; names only when turned on;
   * never more than the count for a private activity, whatever its flag says.
   */
  publicResults(activity: StoredActivity, answers: StoredAnswer[]): ResultsView {
    const shown = inRoom(activity, answers);
    return {
      activityId: activity.id,
      respondents: shown.length,
      summary:
        activity.resultsVisible && roomMaySee(activity)
          ? summarize(activity.type, activity.config, shown, { withNames: activity.showNames })
          : null,
    };
  }

  /** The console's entry rows: none of an activity whose entries only their authors see. */
  answerRows(activity: StoredActivity, answers: StoredAnswer[]): AnswerRow[] {
    if (resultsAudience(activity.type, activity.config) === 'self') return [];
    const hideAuthors = hidesAuthors(activity.type, activity.config);
    return answers.map((a) => ({
      answerId: a.answerId,
      entryId: a.entryId,
      activityId: a.activityId,
      participantId: hideAuthors ? null : a.participantId,
      nickname: hideAuthors ? null : a.nickname,
      value: a.value,
      hidden: a.hidden,
      approved: a.approved,
      updatedAt: a.updatedAt,
    }));
  }

  /**
   * Who answered, for the console's "who has not answered yet". None for an activity that hides its
   * authors: with rows arriving one at a time in a quiet room, any id sent beside them would say
   * whose entry it is, so the console gets only the count. Sorted: the order of the ids must not
   * follow the order of the rows.
   */
  answeredIds(activity: StoredActivity, answers: readonly StoredAnswer[]): string[] {
    if (hidesAuthors(activity.type, activity.config)) return [];
    return answers.map((a) => a.participantId).sort();
  }

  async participantRows(sessionId: string, online: ReadonlySet<string>): Promise<ParticipantRow[]> {
    const participants = await this.storage.participants.list(sessionId);
    return participants.map((p) => ({ id: p.id, nickname: p.nickname, online: online.has(p.id) }));
  }

  async facilitatorState(session: StoredSession, online: ReadonlySet<string>): Promise<FacilitatorState> {
    const [activities, counts, participants, program] = await Promise.all([
      this.storage.activities.list(session.id),
      this.storage.answers.countsBySession(session.id),
      this.participantRows(session.id, online),
      this.programOf(session),
    ]);
    const views: ActivityView[] = activities.map((a) => this.activityView(a, counts.get(a.id) ?? 0));
    const { facilitatorId: _f, programDayId: _d, timer, ...rest } = session;
    const facilitatorSession = { ...rest, program };
    return { session: facilitatorSession, activities: views, participants, timer, serverNow: Date.now() };
  }

  /** Which program and day a session runs, for the console's heading and link back. */
  async programOf(session: StoredSession): Promise<FacilitatorSession['program']> {
    if (!session.programDayId) return null;
    const found = await this.storage.programs.dayById(session.programDayId);
    return found
      ? { id: found.program.id, title: found.program.title, dayId: found.day.id, dayNumber: found.day.number }
      : null;
  }

  async facilitatorSnapshot(
    session: StoredSession,
    online: ReadonlySet<string>,
  ): Promise<FacilitatorSnapshot> {
    const state = await this.facilitatorState(session, online);
    // A program day's console: the program's groupings and counseling activities (they outlive the
    // day); the activities are read once, for their views and the open ones' rounds.
    const program = state.session.program;
    const listed = program ? await this.storage.counselingActivities.listForProgram(program.id) : [];
    const ofProgram = {
      groupings: program ? await programGroupingViews(this.storage, program.id) : [],
      counseling: await programConsoleViews(this.storage, listed),
      rounds: program ? await programRoundsViews(this.storage, program.id, listed) : [],
      waves: program ? await wavesProgress(this.storage, program.id) : [],
    };
    const activity = await this.currentActivity(session);
    if (!activity) return { ...state, ...ofProgram, answers: [], answeredParticipantIds: [], results: null };
    const answers = await this.storage.answers.listForActivity(activity.id);
    return {
      ...state,
      ...ofProgram,
      answers: this.answerRows(activity, answers),
      answeredParticipantIds: this.answeredIds(activity, answers),
      results: this.facilitatorResults(activity, answers),
    };
  }

  async publicState(session: StoredSession): Promise<Omit<ParticipantState, 'serverNow'>> {
    const activity = await this.currentActivity(session);
    const answers = activity ? await this.storage.answers.listForActivity(activity.id) : [];
    return {
      session: sessionInfo(session),
      activity: activity ? this.publicActivity(activity) : null,
      results: activity ? this.publicResults(activity, answers) : null,
      timer: session.timer,
    };
  }

  async participantState(session: StoredSession): Promise<ParticipantState> {
    return { ...(await this.publicState(session)), serverNow: Date.now() };
  }

  async screenState(session: StoredSession, participantCount: number): Promise<ScreenState> {
    return {
      ...(await this.publicState(session)),
      participantCount,
      counseling: await screenCounseling(this.storage, session.id),
      groups: await screenGroups(this.storage, session),
      serverNow: Date.now(),
    };
  }
}
