import { counselingModule } from '../../shared/activities/counseling-registry.js';
import type { ShownPicture } from '../../shared/protocol/views.js';
import { progressAndPicture } from '../counseling/views.js';
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
    this.io.to(rooms.programFacilitators(activity.programId)).emit('counseling:progress', {
      activityId: activity.id,
      progress,
      picture: this.pictures.get(activity.id) ?? null,
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
    for (const p of [...this.progress.values(), ...this.pictureTimers.values()])
      if (p.timer) clearTimeout(p.timer);
  }
}
