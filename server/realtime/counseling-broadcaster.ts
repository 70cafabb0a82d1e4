import { counselingModule } from '../../shared/activities/counseling-registry.js';
import type { ShownPicture } from '../../shared/protocol/views.js';
import { wavesProgress } from '../assessment/progress.js';
import { loadSharedContext } from '../counseling/personal-context.js';
import { memberItem, progressAndPicture } from '../counseling/views.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import type { Broadcaster } from './broadcaster.js';
import { rooms } from './rooms.js';
import type { MoimServer } from './types.js';

/** Progress goes to the console at most this often per activity (leading edge, like results). */
export const PROGRESS_INTERVAL_MS = 250;
/**
 * A group picture is drawn again at most this often, and never at once after one answer (trailing
 * edge): in a quiet room a picture that moves with each tap would tell who tapped what.
 */
export const PICTURE_INTERVAL_MS = 3000;
/**
 * A member's personal view is built again at most this often per activity: an observer's seven
 * rubric taps in a second make one view for the candidate, not seven (the phone shows each tap as
 * saved from its own ack meanwhile).
 */
export const PERSONAL_INTERVAL_MS = 100;

interface Pending {
  timer: NodeJS.Timeout | null;
  lastFlushAt: number;
  activity: StoredCounselingActivity;
}

/**
 * Coalesced counseling updates (docs/design/counseling-engine.md §5, §6): `counseling:progress` to the
 * program's facilitators, and the live activity's picture to its session's projectors. Memory holds
 * only timers and the last picture drawn (derived; a restart draws it again from storage).
 */
export class CounselingBroadcaster {
  private readonly progress = new Map<string, Pending>();
  private readonly pictureTimers = new Map<string, Pending>();
  private readonly pictures = new Map<string, ShownPicture | null>();
  private readonly personal = new Map<string, Pending>();
  /** Members whose view of an activity waits for the next personal flush, by activity id. */
  private readonly personalDue = new Map<string, Set<string>>();
  private closed = false;

  constructor(
    private readonly io: MoimServer,
    private readonly storage: Storage,
    private readonly engine: Broadcaster,
    private readonly logger: Logger,
  ) {}

  /** An answer to this activity was stored: progress soon, the picture later. */
  answerStored(activity: StoredCounselingActivity): void {
    if (this.closed) return;
    this.schedule(this.progress, activity, 0, PROGRESS_INTERVAL_MS, () => this.flushProgress(activity));
    if (counselingModule(activity.type)?.groupPicture)
      this.schedule(this.pictureTimers, activity, PICTURE_INTERVAL_MS, PICTURE_INTERVAL_MS, () =>
        this.flushPicture(activity),
      );
  }

  /**
   * These members' views of the activity changed (an answer they gave or may now read): each gets
   * its view, built once for all the answers of the coalescing window, on its own phones only.
   */
  personalChanged(activity: StoredCounselingActivity, memberIds: Iterable<string>): void {
    if (this.closed) return;
    let due = this.personalDue.get(activity.id);
    if (!due) this.personalDue.set(activity.id, (due = new Set()));
    for (const id of memberIds) due.add(id);
    this.schedule(this.personal, activity, 0, PERSONAL_INTERVAL_MS, () => this.flushPersonal(activity));
  }

  private async flushPersonal(activity: StoredCounselingActivity): Promise<void> {
    const due = this.personalDue.get(activity.id);
    this.personalDue.delete(activity.id);
    if (!due || due.size === 0) return;
    // The activity as stored now (a phase may have moved since the answer that scheduled this).
    const current = (await this.storage.counselingActivities.get(activity.id)) ?? activity;
    const shared = await loadSharedContext(this.storage, current);
    for (const memberId of due) {
      const item = await memberItem(this.storage, current, memberId, shared);
      this.io.to(rooms.member(memberId)).emit('personal:updated', {
        activityId: current.id,
        view: item.personal,
        comments: item.comments,
      });
    }
  }

  private schedule(
    map: Map<string, Pending>,
    activity: StoredCounselingActivity,
    minWait: number,
    interval: number,
    flush: () => Promise<void>,
  ): void {
    let pending = map.get(activity.id);
    if (!pending) {
      pending = { timer: null, lastFlushAt: 0, activity };
      map.set(activity.id, pending);
    }
    if (pending.timer) return;
    const entry = pending;
    const wait = Math.max(minWait, entry.lastFlushAt + interval - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.lastFlushAt = Date.now();
      flush().catch((error: unknown) =>
        this.logger.error({ err: error, activityId: activity.id }, 'counseling flush failed'),
      );
    }, wait);
    entry.timer.unref();
  }

  private async flushProgress(activity: StoredCounselingActivity): Promise<void> {
    const { progress } = await progressAndPicture(this.storage, activity);
    const facilitators = this.io.to(rooms.programFacilitators(activity.programId));
    facilitators.emit('counseling:progress', {
      activityId: activity.id,
      progress,
      picture: this.pictures.get(activity.id) ?? null,
    });
    // A wave's task: the console's wave counts (started, handed in) move with its answers.
    if (counselingModule(activity.type)?.submission)
      facilitators.emit('waves:progress', {
        programId: activity.programId,
        waves: await wavesProgress(this.storage, activity.programId),
      });
  }

  private async flushPicture(activity: StoredCounselingActivity): Promise<void> {
    const { progress, picture } = await progressAndPicture(this.storage, activity);
    this.pictures.set(activity.id, picture);
    this.io
      .to(rooms.programFacilitators(activity.programId))
      .emit('counseling:progress', { activityId: activity.id, progress, picture });
    if (activity.pace === 'live') await this.engine.screenChanged(activity.sessionId);
  }

  close(): void {
    this.closed = true;
    for (const p of [...this.progress.values(), ...this.pictureTimers.values(), ...this.personal.values()])
      if (p.timer) clearTimeout(p.timer);
  }
}
