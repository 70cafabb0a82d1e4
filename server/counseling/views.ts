import type { CountPicture } from '../../shared/activities/counseling-module.js';
import { counselingModule } from '../../shared/activities/counseling-registry.js';
import { suppressSmallCounts, totalDisclosesHidden } from '../../shared/privacy/index.js';
import type {
  CounselingActivityOnPhone,
  CounselingCommentView,
  CounselingConsoleView,
  MemberCounselingItem,
  ScreenCounseling,
  ShownPicture,
} from '../../shared/protocol/views.js';
import type { Storage } from '../storage/index.js';
import type { StoredComment } from '../storage/comments.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import { allGroupMates, loadPersonalContext, toRecord, type SharedContext } from './personal-context.js';

/**
 * What each audience is sent about counseling activities, built from storage (for events and
 * snapshots alike, so a phone that rejoins sees what the events told it). The only place that
 * calls the modules' view functions.
 */

export function phoneActivity(a: StoredCounselingActivity): CounselingActivityOnPhone {
  return { id: a.id, type: a.type, title: a.title, config: a.config, pace: a.pace, phase: a.phase };
}

/** A comment as the member's phones see it: its author stays on the console. */
export function commentView(c: StoredComment): CounselingCommentView {
  return { id: c.id, activityId: c.activityId, memberId: c.memberId, text: c.text, createdAt: c.createdAt };
}

/**
 * The program's open counseling activities: its open self-paced tasks and the running day's open
 * live one. Only types whose module has landed (see counseling-registry.ts).
 */
export async function openCounseling(
  storage: Storage,
  programId: string,
): Promise<StoredCounselingActivity[]> {
  const [running] = await storage.programs.runningSessionIds(programId);
  const open = await storage.counselingActivities.listOpenForProgram(programId, running ?? null);
  return open.filter((a) => counselingModule(a.type) !== null);
}

/** One member's view of one activity: the module's personal view and the comments on their work. */
export async function memberItem(
  storage: Storage,
  activity: StoredCounselingActivity,
  memberId: string,
  shared?: SharedContext,
): Promise<MemberCounselingItem> {
  const module = counselingModule(activity.type);
  const ctx = await loadPersonalContext(storage, activity, memberId, shared);
  const comments = await storage.comments.listForMember(memberId, activity.id);
  return {
    activity: phoneActivity(activity),
    personal: module ? module.personalView(activity.config, ctx) : null,
    comments: comments.map(commentView),
  };
}

/** The member's part of the participant snapshot (a day's join and the lobby's waiting one). */
export async function memberCounseling(
  storage: Storage,
  programId: string,
  memberId: string,
): Promise<MemberCounselingItem[]> {
  const open = await openCounseling(storage, programId);
  return Promise.all(open.map((activity) => memberItem(storage, activity, memberId)));
}

/**
 * A group picture as a room may see it: small counts hidden with the center's threshold, the total
 * public when each member counts once; null when even that total would tell a hidden count.
 */
export function shownPicture(picture: CountPicture, threshold: number): ShownPicture | null {
  const counts = picture.cells.map((c) => ({ key: c.key, count: c.count }));
  const shown = suppressSmallCounts(counts, threshold, { totalPublic: picture.onePerMember });
  if (picture.onePerMember && totalDisclosesHidden(counts, shown)) return null;
  return {
    caption: picture.caption,
    cells: shown.map((cell, i) => ({ ...cell, label: picture.cells[i]!.label })),
  };
}

/** Progress of every member of the program, and the picture (suppressed), from the stored answers. */
export async function progressAndPicture(
  storage: Storage,
  activity: StoredCounselingActivity,
): Promise<Pick<CounselingConsoleView, 'progress' | 'picture'>> {
  const module = counselingModule(activity.type);
  if (!module) return { progress: {}, picture: null };
  const [answers, memberIds, program, groupMates, submitted] = await Promise.all([
    storage.memberAnswers.listForActivity(activity.id),
    storage.members.ids(activity.programId),
    storage.programs.ref(activity.programId),
    allGroupMates(storage, activity),
    module.submission ? storage.assessments.submittedMembers(activity.id) : undefined,
  ]);
  const records = answers.map(toRecord);
  const progress = module.progress(activity.config, records, memberIds, {
    phase: activity.phase,
    groupMates,
    ...(submitted ? { submitted } : {}),
  });
  if (!module.groupPicture || !program) return { progress, picture: null };
  const threshold = await storage.centers.smallCountThreshold(program.centerId);
  return { progress, picture: shownPicture(module.groupPicture(activity.config, records), threshold) };
}

export async function consoleView(
  storage: Storage,
  activity: StoredCounselingActivity,
): Promise<CounselingConsoleView> {
  const [{ progress, picture }, comments] = await Promise.all([
    progressAndPicture(storage, activity),
    storage.comments.listForActivity(activity.id),
  ]);
  return {
    id: activity.id,
    programId: activity.programId,
    sessionId: activity.sessionId,
    type: activity.type,
    title: activity.title,
    config: activity.config,
    pace: activity.pace,
    status: activity.status,
    phase: activity.phase,
    agendaKey: activity.agendaKey,
    groupingId: activity.groupingId,
    progress,
    picture,
    commentCount: comments.length,
  };
}

/** The console snapshot's part: every counseling activity of the program (listed open first). */
export async function programConsoleViews(
  storage: Storage,
  activities: readonly StoredCounselingActivity[],
): Promise<CounselingConsoleView[]> {
  return Promise.all(activities.map((a) => consoleView(storage, a)));
}

/** The projector's part: the session's open live counseling activity, counts only. */
export async function screenCounseling(
  storage: Storage,
  sessionId: string,
): Promise<ScreenCounseling | null> {
  const live = await storage.counselingActivities.openLiveInSession(sessionId);
  if (!live || !counselingModule(live.type)) return null;
  const { picture } = await progressAndPicture(storage, live);
  return { activityId: live.id, type: live.type, title: live.title, picture };
}
