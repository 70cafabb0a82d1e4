import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { CounselingType } from '../../../shared/activities/counseling-module.js';
import {
  jobFamilyFromIntake,
  readState,
  type MockInterviewConfig,
} from '../../../shared/activities/mock-interview/config.js';
import { drawQuestion, usedInGroup, withDrawn } from '../../../shared/activities/mock-interview/draw.js';
import { mockInterview } from '../../../shared/activities/mock-interview/index.js';
import { questionData } from '../../../shared/content/interview/index.js';
import type { JobFamily } from '../../../shared/content/schema.js';
import { rotation } from '../../../shared/grouping/rotation.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { QuestionDrawn, RoundsView } from '../../../shared/protocol/round-views.js';
import { canSeeProgram } from '../../auth/access.js';
import { nicknamesOf, roundsView } from '../../counseling/rounds-view.js';
import { AppError } from '../../errors.js';
import type { GroupScope, RoundStart } from '../../storage/rounds.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';

/** What the rounds need of a counseling activity (read through the counseling activities store). */
export interface RoundActivity {
  id: string;
  programId: string;
  type: CounselingType;
  config: unknown;
  status: 'draft' | 'open' | 'closed';
  groupingId: string | null;
}

export interface RoundDeps {
  /** The counseling activity with this id, any program (authorization is done here); null when unknown. */
  activity(activityId: string): Promise<RoundActivity | null>;
  /** Sends each member's fresh personal view of the activity to `member:<id>` (never to anyone else). */
  refreshPersonal(socket: MoimSocket, activityId: string, memberIds: readonly string[]): Promise<void>;
  /** Tells the program's facilitators the activity changed (its phase moved to the rounds). */
  activityChanged(socket: MoimSocket, activityId: string): Promise<void>;
}

interface Interview extends RoundActivity {
  config: MockInterviewConfig;
}

/**
 * Rounds of a mock interview (docs/design/counseling-engine.md §4): the facilitator starts each
 * group's next round (roles from `rotation`, stored once), pauses, resumes, extends or ends one group
 * or all; the round's interviewer draws questions (the bank stays here; the group's phones get their
 * views again). Each group's phones hear `round:updated` in their member rooms, the program's
 * facilitators `rounds:updated`.
 */
export function counselingRoundHandlers(ctx: RealtimeContext, deps: RoundDeps) {
  const { storage } = ctx;

  async function interview(activityId: string): Promise<Interview | null> {
    const a = await deps.activity(activityId);
    if (!a || a.type !== mockInterview.type) return null;
    const config = mockInterview.configSchema.safeParse(a.config);
    return config.success ? { ...a, config: config.data } : null;
  }

  /** The facilitator's activity: another center's or program's id is answered like an unknown one. */
  async function facilitatorInterview(socket: MoimSocket, activityId: string): Promise<Interview> {
    const a = await interview(activityId);
    const program = a ? await storage.programs.ref(a.programId) : null;
    const actor = socket.data.facilitator;
    if (!a || !program || !actor || !canSeeProgram(actor, program)) throw new AppError('activity_not_found');
    if (program.status !== 'active') throw new AppError('program_ended');
    if (a.status !== 'open') throw new AppError('activity_not_open');
    await socket.join(rooms.programFacilitators(program.id));
    return a;
  }

  /** Activities whose phase `round:start` just moved to the rounds (told to the console after the ack). */
  const phaseMoved = new Set<string>();

  const phaseOf = async (activityId: string) =>
    (await storage.rounds.state(activityId))?.phase ?? mockInterview.phases[0];

  const start: Handler<typeof S.roundStartSchema, RoundsView> = {
    audience: 'facilitator',
    schema: S.roundStartSchema,
    handle: async (socket, p) => {
      const a = await facilitatorInterview(socket, p.activityId);
      if ((await phaseOf(a.id)) === 'done') throw new AppError('wrong_phase');
      if (!a.groupingId) throw new AppError('no_grouping');
      const grouping = await storage.groupings.get(a.programId, a.groupingId);
      if (!grouping) throw new AppError('no_grouping');
      // The first round moves the activity from setup to its rounds (answers are taken from then on).
      const movedOn = await storage.rounds.changeState(a.id, 'rounds', (cur) => ({
        phase: cur.phase === 'setup' ? 'rounds' : cur.phase,
        state: cur.state,
        result: cur.phase === 'setup',
      }));
      if (movedOn) phaseMoved.add(a.id);
      const latest = new Map((await storage.rounds.current(a.id)).map((r) => [r.groupNo, r.round]));
      const starts: RoundStart[] = [];
      for (const [index, members] of grouping.groups.entries()) {
        const groupNo = index + 1;
        const round = (latest.get(groupNo) ?? 0) + 1;
        // A group of one has nobody to ask; a group past its last round (each was candidate) is done.
        if (members.length < 2 || round > members.length) continue;
        const seats = rotation(members.length, mockInterview.roles!)[round - 1]!;
        starts.push({
          activityId: a.id,
          groupNo,
          round,
          roles: members.map((memberId, seat) => ({ memberId, role: seats[seat]! })),
          durationMs: a.config.minutesPerRound * 60_000,
        });
      }
      // Every group's round in one transaction: one commit (fsync) for 100 triads, not 100.
      await storage.rounds.startAll(starts);
      return roundsView(storage, a, await nicknamesOf(storage, a.programId));
    },
    broadcast: async (socket, _p, view) => {
      await tell(socket, view, 'all');
      // Every member with a role has a new personal view (role, cast, rubric); the console a new phase.
      const cast = view.groups.flatMap((g) => g.roles.map((r) => r.memberId));
      await deps.refreshPersonal(socket, view.activityId, cast);
      if (phaseMoved.delete(view.activityId)) await deps.activityChanged(socket, view.activityId);
    },
  };

  function timerHandler<Sch extends z.ZodType<{ activityId: string; groupNo?: number | undefined }>>(
    schema: Sch,
    change: (activityId: string, scope: GroupScope, p: z.output<Sch>) => Promise<number>,
  ): Handler<Sch, RoundsView> {
    return {
      audience: 'facilitator',
      schema,
      handle: async (socket, p) => {
        const a = await facilitatorInterview(socket, p.activityId);
        await change(a.id, p.groupNo ?? 'all', p);
        return roundsView(storage, a, await nicknamesOf(storage, a.programId));
      },
      broadcast: (socket, p, view) => tell(socket, view, p.groupNo ?? 'all'),
    };
  }

  const pause = timerHandler(S.roundScopeSchema, (id, scope) => storage.rounds.pause(id, scope));
  const resume = timerHandler(S.roundScopeSchema, (id, scope) => storage.rounds.resume(id, scope));
  const end = timerHandler(S.roundScopeSchema, (id, scope) => storage.rounds.end(id, scope));
  const extend = timerHandler(S.roundExtendSchema, (id, scope, p) =>
    storage.rounds.extend(id, scope, p.seconds * 1000),
  );

  /** Facilitators get every group; each group's members only their own group's round. */
  async function tell(socket: MoimSocket, view: RoundsView, scope: GroupScope): Promise<void> {
    const programId = (await deps.activity(view.activityId))?.programId;
    if (!programId) return;
    socket.nsp.to(rooms.programFacilitators(programId)).emit('rounds:updated', view);
    for (const group of view.groups) {
      if (scope !== 'all' && group.groupNo !== scope) continue;
      for (const r of group.roles) socket.nsp.to(rooms.member(r.memberId)).emit('round:updated', group);
    }
  }

  /** Where a draw goes: the sender's group's current round, in which they must be the interviewer. */
  interface DrawTarget {
    activity: Interview;
    groupNo: number;
    round: number;
    candidateId: string;
    memberIds: string[];
  }
  const drawTargets = new WeakMap<QuestionDrawn, DrawTarget>();

  const draw: Handler<typeof S.questionDrawSchema, QuestionDrawn> = {
    audience: 'member',
    schema: S.questionDrawSchema,
    handle: async (socket, p) => {
      const me = socket.data.member;
      if (!me) throw new AppError('not_joined');
      const a = await interview(p.activityId);
      // Another program's activity is answered like an unknown one.
      if (!a || a.programId !== me.programId) throw new AppError('activity_not_found');
      if (a.status !== 'open') throw new AppError('activity_not_open');
      if ((await phaseOf(a.id)) !== 'rounds') throw new AppError('wrong_phase');
      const mine = (await storage.rounds.current(a.id))
        .filter((r) => r.roles.some((x) => x.memberId === me.id))
        .sort((x, y) => y.startedAt - x.startedAt)[0];
      if (!mine || mine.endedAt !== null) throw new AppError('round_not_started');
      if (mine.roles.find((x) => x.memberId === me.id)?.role !== 'interviewer')
        throw new AppError('wrong_role');
      const candidateId = mine.roles.find((x) => x.role === 'candidate')?.memberId;
      if (!candidateId) throw new AppError('round_not_started');
      const jobFamily =
        a.config.jobFamily === 'own' ? await ownJobFamily(a.programId, candidateId) : a.config.jobFamily;
      const at = { groupNo: mine.groupNo, round: mine.round, candidateId };
      await storage.rounds.changeState(a.id, 'rounds', (cur) => {
        const state = readState(cur.state);
        const question = drawQuestion(
          questionData,
          { jobFamily, types: a.config.questionTypes },
          usedInGroup(state, mine.groupNo),
          randomInt(2 ** 31 - 1),
        );
        // The bank has questions of every type for every family (content integrity tests), so one is always found.
        return {
          phase: cur.phase,
          state: question ? withDrawn(state, at, question.id) : state,
          result: null,
        };
      });
      const drawn: QuestionDrawn = { activityId: a.id, round: mine.round };
      drawTargets.set(drawn, { activity: a, ...at, memberIds: mine.roles.map((x) => x.memberId) });
      return drawn;
    },
    broadcast: async (socket, _p, drawn) => {
      const target = drawTargets.get(drawn);
      if (target) await deps.refreshPersonal(socket, target.activity.id, target.memberIds);
    },
  };

  /** The candidate's own target job family from the needs intake (set by them or the facilitator), else common. */
  async function ownJobFamily(programId: string, memberId: string): Promise<JobFamily> {
    return jobFamilyFromIntake((await storage.members.get(programId, memberId))?.intake ?? null);
  }

  return {
    'round:start': start,
    'round:pause': pause,
    'round:resume': resume,
    'round:end': end,
    'round:extend': extend,
    'question:draw': draw,
  };
}
