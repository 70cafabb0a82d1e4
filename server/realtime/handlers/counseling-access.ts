import { canSeeProgram } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import type { ProgramRef } from '../../storage/index.js';
import type { StoredCounselingActivity } from '../../storage/counseling-activities.js';
import type { RealtimeContext } from '../context.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';

/**
 * Counseling activities are program objects: a facilitator acts on them through the program
 * (`canSeeProgram`, as the grouping events). Another center's or program's ids are answered exactly
 * like made-up ones; an ended program's with `program_ended`.
 */
export async function visibleProgram(
  ctx: RealtimeContext,
  socket: MoimSocket,
  programId: string,
): Promise<ProgramRef> {
  const program = await ctx.storage.programs.ref(programId);
  const actor = socket.data.facilitator;
  if (!program || !actor || !canSeeProgram(actor, program)) throw new AppError('program_not_found');
  if (program.status !== 'active') throw new AppError('program_ended');
  return program;
}

export async function visibleActivity(
  ctx: RealtimeContext,
  socket: MoimSocket,
  activityId: string,
): Promise<{ program: ProgramRef; activity: StoredCounselingActivity }> {
  const activity = await ctx.storage.counselingActivities.get(activityId);
  const program = activity ? await ctx.storage.programs.ref(activity.programId) : null;
  const actor = socket.data.facilitator;
  if (!activity || !program || !actor || !canSeeProgram(actor, program))
    throw new AppError('activity_not_found');
  if (program.status !== 'active') throw new AppError('program_ended');
  // The sender hears what others change from now on, day running or not.
  await socket.join(rooms.programFacilitators(program.id));
  return { program, activity };
}
