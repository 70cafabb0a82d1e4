import { instrumentVersion } from '../../../shared/content/index.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { WaveProgressView } from '../../../shared/protocol/wave-views.js';
import { waveProgress } from '../../assessment/progress.js';
import { canSeeProgram } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import type { StoredWave } from '../../storage/assessments.js';
import type { RealtimeContext } from '../context.js';
import { tellFacilitators, tellOnlineMembers, tellOpenActivities, tellWaves } from '../counseling-notify.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';

/** What a wave change must tell after its ack. */
interface Change {
  programId: string;
  /** Activities whose open/closed state changed (the wave's, a pre the post closed). */
  changedActivityIds: string[];
  /** The members' personal views of this activity changed (opened, a new due time). */
  personalActivityId: string | null;
}

/**
 * The facilitator runs the program's assessment waves (docs/design/assessments-reports.md §2.3):
 * open, close, remind, extend, each decided in storage under the wave's lock. authorize → validate
 * → change → ack → broadcast, as the counseling handlers.
 */
export function waveHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;
  const changes = new WeakMap<object, Change>();

  /** The wave, when the sender may see its program; another center's wave answers like a made-up one. */
  async function visibleWave(socket: MoimSocket, waveId: string): Promise<StoredWave> {
    const wave = await storage.assessments.get(waveId);
    const program = wave ? await storage.programs.ref(wave.programId) : null;
    const actor = socket.data.facilitator;
    if (!wave || !program || !actor || !canSeeProgram(actor, program)) throw new AppError('wave_not_found');
    if (program.status !== 'active') throw new AppError('program_ended');
    // The sender hears the counts from now on, as with counseling activities.
    await socket.join(rooms.programFacilitators(program.id));
    return wave;
  }

  async function ackOf(wave: StoredWave, change: Omit<Change, 'programId'>): Promise<WaveProgressView> {
    const view = await waveProgress(storage, wave.programId, wave.id);
    if (!view) throw new AppError('wave_not_found');
    changes.set(view, { programId: wave.programId, ...change });
    return view;
  }

  async function tell(socket: MoimSocket, _p: unknown, ack: object): Promise<void> {
    const change = changes.get(ack);
    if (!change) return;
    await tellWaves(ctx, socket.nsp, change.programId);
    if (change.changedActivityIds.length > 0) await tellOpenActivities(ctx, socket.nsp, change.programId);
    for (const id of change.changedActivityIds) {
      const activity = await storage.counselingActivities.get(id);
      if (activity) await tellFacilitators(ctx, socket.nsp, activity);
    }
    if (change.personalActivityId) {
      const activity = await storage.counselingActivities.get(change.personalActivityId);
      if (activity?.status === 'open') await tellOnlineMembers(ctx, socket.nsp, activity);
    }
  }

  const open: Handler<typeof S.waveOpenSchema, WaveProgressView> = {
    audience: 'facilitator',
    schema: S.waveOpenSchema,
    handle: async (socket, p) => {
      const known = await visibleWave(socket, p.waveId);
      const name = instrumentVersion(known.instrumentId, known.instrumentVersion)?.name.ko;
      const outcome = await storage.assessments.open({
        waveId: known.id,
        title: name ?? known.instrumentId,
        ...(p.minutes === undefined ? {} : { minutes: p.minutes }),
      });
      if (!outcome.ok) throw new AppError(outcome.code);
      const activityId = outcome.wave.activityId;
      const closed = outcome.closed.flatMap((c) => (c.wave.activityId ? [c.wave.activityId] : []));
      return ackOf(outcome.wave, {
        changedActivityIds: [...(activityId ? [activityId] : []), ...closed],
        personalActivityId: activityId,
      });
    },
    broadcast: tell,
  };

  const close: Handler<typeof S.waveCloseSchema, WaveProgressView> = {
    audience: 'facilitator',
    schema: S.waveCloseSchema,
    handle: async (socket, p) => {
      const known = await visibleWave(socket, p.waveId);
      const outcome = await storage.assessments.close(known.id);
      if (!outcome.ok) throw new AppError(outcome.code);
      const activityId = outcome.wave.activityId;
      return ackOf(outcome.wave, {
        changedActivityIds: activityId ? [activityId] : [],
        personalActivityId: null,
      });
    },
    broadcast: tell,
  };

  const extend: Handler<typeof S.waveExtendSchema, WaveProgressView> = {
    audience: 'facilitator',
    schema: S.waveExtendSchema,
    handle: async (socket, p) => {
      const known = await visibleWave(socket, p.waveId);
      const outcome = await storage.assessments.extend(known.id, p.minutes);
      if (!outcome.ok) throw new AppError(outcome.code);
      return ackOf(outcome.wave, { changedActivityIds: [], personalActivityId: outcome.wave.activityId });
    },
    broadcast: tell,
  };

  /** Who the reminder goes to, kept from the change to its broadcast. */
  const reminders = new WeakMap<object, { title: string; activityId: string; memberIds: string[] }>();
  const remind: Handler<typeof S.waveRemindSchema, { reminded: number }> = {
    audience: 'facilitator',
    schema: S.waveRemindSchema,
    handle: async (socket, p) => {
      const known = await visibleWave(socket, p.waveId);
      const outcome = await storage.assessments.remind(known.id);
      if (!outcome.ok) throw new AppError(outcome.code);
      const ack = { reminded: outcome.memberIds.length };
      const activity = outcome.wave.activityId
        ? await storage.counselingActivities.get(outcome.wave.activityId)
        : null;
      if (activity) reminders.set(ack, { title: activity.title, activityId: activity.id, ...outcome });
      return ack;
    },
    broadcast: async (socket, _p, ack) => {
      const reminder = reminders.get(ack);
      if (!reminder || reminder.memberIds.length === 0) return;
      // One emit to the members' rooms: their phones on any process.
      socket.nsp
        .to(reminder.memberIds.map(rooms.member))
        .emit('wave:reminder', { activityId: reminder.activityId, title: reminder.title });
    },
  };

  return { 'wave:open': open, 'wave:close': close, 'wave:extend': extend, 'wave:remind': remind };
}
