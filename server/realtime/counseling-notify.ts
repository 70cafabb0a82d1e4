import { wavesProgress } from '../assessment/progress.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import { loadSharedContext } from '../counseling/personal-context.js';
import { consoleView, memberItem, openCounseling, phoneActivity } from '../counseling/views.js';
import type { RealtimeContext } from './context.js';
import { rooms } from './rooms.js';
import type { MoimServer, MoimSocket } from './types.js';

type Emitter = MoimServer | MoimSocket['nsp'];

/**
 * Who hears what of a counseling change — the rooms decide, on any process:
 * - the program's member phones (`program:<id>:members`): which activities are open, nothing personal;
 * - one member's phones (`member:<id>`): their own personal view, built for them alone;
 * - the program's facilitators: the console view.
 */
export async function tellOpenActivities(
  ctx: RealtimeContext,
  io: Emitter,
  programId: string,
): Promise<void> {
  const open = await openCounseling(ctx.storage, programId);
  io.to(rooms.programMembers(programId)).emit('counseling:updated', {
    programId,
    activities: open.map(phoneActivity),
  });
}

/** Each named member's own personal view, to their phones only. */
export async function tellPersonal(
  ctx: RealtimeContext,
  io: Emitter,
  activity: StoredCounselingActivity,
  memberIds: Iterable<string>,
): Promise<void> {
  const members = new Set(memberIds);
  // Nicknames, grouping and state read once for all of them (a round's start tells every member).
  const shared = members.size > 0 ? await loadSharedContext(ctx.storage, activity) : undefined;
  for (const memberId of members) {
    const item = await memberItem(ctx.storage, activity, memberId, shared);
    io.to(rooms.member(memberId)).emit('personal:updated', {
      activityId: activity.id,
      view: item.personal,
      comments: item.comments,
    });
  }
}

/**
 * After an activity opened or changed phase, every member with a phone connected now gets their
 * personal view of it (one built per member; members offline get it in their next snapshot).
 */
export async function tellOnlineMembers(
  ctx: RealtimeContext,
  io: Emitter,
  activity: StoredCounselingActivity,
): Promise<void> {
  const phones = await io.in(rooms.programMembers(activity.programId)).fetchSockets();
  const members = phones.flatMap((p) =>
    p.data.member?.programId === activity.programId ? [p.data.member.id] : [],
  );
  await tellPersonal(ctx, io, activity, members);
}

export async function tellFacilitators(
  ctx: RealtimeContext,
  io: Emitter,
  activity: StoredCounselingActivity,
): Promise<void> {
  io.to(rooms.programFacilitators(activity.programId)).emit(
    'counseling:activityUpdated',
    await consoleView(ctx.storage, activity),
  );
}

/** Every wave of the program with its counts, to the program's facilitators (any process's consoles). */
export async function tellWaves(ctx: RealtimeContext, io: Emitter, programId: string): Promise<void> {
  io.to(rooms.programFacilitators(programId)).emit('waves:progress', {
    programId,
    waves: await wavesProgress(ctx.storage, programId),
  });
}
