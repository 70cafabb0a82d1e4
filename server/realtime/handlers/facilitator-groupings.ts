import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import {
  formGroups,
  leaveOut,
  moveMember,
  placeLateJoiner,
  swapMembers,
  type Groups,
} from '../../../shared/grouping/index.js';
import { GROUPING_TABLE_SIZE } from '../../../shared/protocol/limits.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { GroupingView } from '../../../shared/protocol/views.js';
import { canSeeProgram } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import type { ProgramRef } from '../../storage/index.js';
import type { GroupingEditResult, StoredGrouping } from '../../storage/groupings.js';
import type { RealtimeContext } from '../context.js';
import { groupingView, memberGroup } from '../groupings-view.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';

const FIXED_SIZE = { pairs: 2, triads: 3 } as const;

/** Who must hear of a change: the ack's view, and the members whose group, seat or mates changed. */
interface Outcome {
  view: GroupingView;
  affected: string[];
  nicknames: Map<string, string>;
  /** Other groupings this change touched (hidden from the projector when this one was shown). */
  others: GroupingView[];
  /** Whether the projector's picture may have changed (shown or hidden, or the shown one edited). */
  screens: boolean;
}

/**
 * The facilitator's groupings (docs/design/counseling-engine.md §4, §8): form, move, swap, leave out.
 * A grouping is a program object: it may be formed before or between days, so it is authorized by the
 * program (`canSeeProgram`), not by a session. Another center's (or program's) grouping id is answered
 * like an unknown one. Forming takes every member of the program, those without a phone or absent
 * today included (paper); the facilitator leaves out whoever is not in the room.
 */
export function facilitatorGroupingHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;
  /** The ack data is the view; the rest of an outcome is kept for the broadcast after the ack. */
  const outcomes = new WeakMap<GroupingView, Outcome>();

  async function visibleProgram(socket: MoimSocket, programId: string): Promise<ProgramRef> {
    const program = await storage.programs.ref(programId);
    const actor = socket.data.facilitator;
    if (!program || !actor || !canSeeProgram(actor, program)) throw new AppError('program_not_found');
    if (program.status !== 'active') throw new AppError('program_ended');
    return program;
  }

  async function visibleGrouping(socket: MoimSocket, groupingId: string): Promise<ProgramRef> {
    const programId = await storage.groupings.programIdOf(groupingId);
    const program = programId ? await storage.programs.ref(programId) : null;
    const actor = socket.data.facilitator;
    if (!program || !actor || !canSeeProgram(actor, program)) throw new AppError('grouping_not_found');
    if (program.status !== 'active') throw new AppError('program_ended');
    return program;
  }

  async function outcomeOf(
    socket: MoimSocket,
    grouping: StoredGrouping,
    affected: string[],
    extra: { others?: StoredGrouping[]; screens?: boolean } = {},
  ): Promise<GroupingView> {
    const members = await storage.members.list(grouping.programId);
    const nicknames = new Map(members.map((m) => [m.id, m.nickname]));
    const view = groupingView(grouping, nicknames);
    const others = (extra.others ?? []).map((g) => groupingView(g, nicknames));
    // The sender hears later changes by others too, day running or not.
    await socket.join(rooms.programFacilitators(grouping.programId));
    outcomes.set(view, {
      view,
      affected,
      nicknames,
      others,
      screens: extra.screens ?? grouping.shownOnScreen,
    });
    return view;
  }

  const form: Handler<typeof S.groupingFormSchema, GroupingView> = {
    audience: 'facilitator',
    schema: S.groupingFormSchema,
    handle: async (socket, p) => {
      const program = await visibleProgram(socket, p.programId);
      const size = p.kind === 'tables' ? (p.size ?? GROUPING_TABLE_SIZE) : FIXED_SIZE[p.kind];
      const members = (await storage.members.list(program.id)).map((m) => m.id);
      const history = await storage.groupings.history(program.id);
      const groups = formGroups({ members, size, history, seed: p.seed ?? randomInt(2 ** 31 - 1) });
      const grouping = await storage.groupings.create({
        programId: program.id,
        kind: p.kind,
        size,
        label: p.label ?? '',
        groups,
      });
      // Only a member deleted (merged) between the list and the insert makes it refuse: form again.
      if (!grouping) throw new AppError('version_conflict');
      return outcomeOf(socket, grouping, [...grouping.groups.flat(), ...grouping.leftOut]);
    },
    broadcast: (socket, _p, view) => tell(socket, view),
  };

  /** One hand edit through the store, which applies the pure edit under the grouping's row lock. */
  function editHandler<Sch extends z.ZodType<{ groupingId: string; expectedVersion?: number | undefined }>>(
    schema: Sch,
    edit: (
      programId: string,
      p: z.output<Sch>,
      remember: (groups: Groups) => void,
    ) => Promise<GroupingEditResult | null>,
  ): Handler<Sch, GroupingView> {
    return {
      audience: 'facilitator',
      schema,
      handle: async (socket, p) => {
        const program = await visibleGrouping(socket, p.groupingId);
        let before: Groups = [];
        const result = await edit(program.id, p, (groups) => (before = groups));
        if (!result) throw new AppError('grouping_not_found');
        if (!result.ok) throw new AppError(result.code);
        return outcomeOf(socket, result.grouping, changedMembers(before, result.grouping));
      },
      broadcast: (socket, _p, view) => tell(socket, view),
    };
  }

  const move = editHandler(S.groupingMoveSchema, (programId, p, remember) =>
    storage.groupings.edit(programId, p.groupingId, p.expectedVersion, [p.memberId], (groups) => {
      remember(groups);
      return moveMember(groups, p.memberId, p.toGroup - 1);
    }),
  );
  const swap = editHandler(S.groupingSwapSchema, (programId, p, remember) =>
    storage.groupings.edit(programId, p.groupingId, p.expectedVersion, [p.a, p.b], (groups) => {
      remember(groups);
      return swapMembers(groups, p.a, p.b);
    }),
  );
  const leave = editHandler(S.groupingLeaveOutSchema, (programId, p, remember) =>
    storage.groupings.edit(programId, p.groupingId, p.expectedVersion, [p.memberId], (groups) => {
      remember(groups);
      return leaveOut(groups, p.memberId);
    }),
  );

  /**
   * Late joiners: every member of the program in no group of this grouping and not left out by hand
   * (they registered after it was formed) joins a smallest group, preferring people they have not met.
   */
  const placeNew = editHandler(S.groupingPlaceNewSchema, async (programId, p, remember) => {
    const [grouping, members, history] = await Promise.all([
      storage.groupings.get(programId, p.groupingId),
      storage.members.list(programId),
      storage.groupings.history(programId, p.groupingId),
    ]);
    if (!grouping) return null;
    const known = new Set([...grouping.groups.flat(), ...grouping.leftOut]);
    const newcomers = members.map((m) => m.id).filter((id) => !known.has(id));
    return storage.groupings.edit(programId, p.groupingId, p.expectedVersion, newcomers, (groups) => {
      remember(groups);
      let placed: Groups = groups;
      for (const id of newcomers) {
        if (placed.some((g) => g.includes(id))) continue;
        const result = placeLateJoiner(placed, id, history, grouping.size);
        if (!result.ok) return result;
        placed = result.groups;
      }
      return { ok: true, groups: placed.map((g) => [...g]) };
    });
  });

  /**
   * The projector of the program's running day shows the grouping on screen (nicknames only), and
   * only one at a time: showing one hides the others. Phones hear nothing: their groups did not change.
   */
  const showOnScreen: Handler<typeof S.groupingShowOnScreenSchema, GroupingView> = {
    audience: 'facilitator',
    schema: S.groupingShowOnScreenSchema,
    handle: async (socket, p) => {
      const program = await visibleGrouping(socket, p.groupingId);
      const result = await storage.groupings.showOnScreen(program.id, p.groupingId, p.shown);
      if (!result) throw new AppError('grouping_not_found');
      const others = await Promise.all(result.hidden.map((id) => storage.groupings.get(program.id, id)));
      return outcomeOf(socket, result.grouping, [], {
        others: others.filter((g): g is StoredGrouping => g !== null),
        screens: true,
      });
    },
    broadcast: (socket, _p, view) => tell(socket, view),
  };

  /** Facilitators get the whole grouping; each affected phone only its own group; projectors their picture. */
  async function tell(socket: MoimSocket, view: GroupingView): Promise<void> {
    const outcome = outcomes.get(view);
    if (!outcome) return;
    const facilitators = socket.nsp.to(rooms.programFacilitators(view.programId));
    for (const changed of [...outcome.others, view]) facilitators.emit('groupings:updated', changed);
    for (const memberId of outcome.affected) {
      socket.nsp.to(rooms.member(memberId)).emit('group:updated', memberGroup(view, memberId));
    }
    if (outcome.screens) await tellScreens(ctx, socket, view.programId);
  }

  return {
    'grouping:form': form,
    'grouping:move': move,
    'grouping:swap': swap,
    'grouping:leaveOut': leave,
    'grouping:placeNew': placeNew,
    'grouping:showOnScreen': showOnScreen,
  };
}

/**
 * The projectors of the program's running day (one at most; a list, should that change) get their
 * whole state again, through their room: the groups they show are built where every screen state is.
 */
async function tellScreens(ctx: RealtimeContext, socket: MoimSocket, programId: string): Promise<void> {
  for (const sessionId of await ctx.storage.programs.runningSessionIds(programId)) {
    const session = await ctx.storage.sessions.findById(sessionId);
    if (!session) continue;
    const online = await ctx.broadcaster.onlineParticipantIds(sessionId);
    const state = await ctx.views.screenState(session, online.size);
    socket.nsp.in(rooms.screens(sessionId)).emit('screen:stateChanged', state);
  }
}

/** Members whose group, seat or group-mates differ between the two (each phone shows all three). */
function changedMembers(before: Groups, after: StoredGrouping): string[] {
  const key = (groups: Groups, member: string) => {
    const g = groups.findIndex((group) => group.includes(member));
    return g < 0 ? 'out' : `${g}:${groups[g]!.join(',')}`;
  };
  const everyone = new Set([...before.flat(), ...after.groups.flat()]);
  return [...everyone].filter((m) => key(before, m) !== key(after.groups, m));
}
