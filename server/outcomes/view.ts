import { dueFollowUps, weekOf } from '../../shared/outcomes/due.js';
import { employmentRate } from '../../shared/outcomes/employment.js';
import { employmentLine } from '../../shared/outcomes/employment-line.js';
import { latestCurrent } from '../../shared/outcomes/latest.js';
import type {
  CheckpointView,
  MemberOutcomesView,
  OutcomesView,
  OutcomeView,
} from '../../shared/outcomes/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { addMonths } from '../../shared/program/retention.js';
import { rosterOf } from '../http/roster-routes.js';
import type { ProgramRef, Storage, StoredOutcome } from '../storage/index.js';

/**
 * A program's follow-up page (GET /api/programs/:id/outcomes): each member's history, latest record and
 * checkpoints, and the employment rate. "Due" and "overdue" come from the same `dueFollowUps` the
 * facilitator home lists, so the two pages never disagree.
 */

/** Who answers "no one is connected": presence plays no part in completion. */
const NO_PRESENCE = { onlineParticipantIds: async () => new Set<string>() };

export function outcomeView(o: StoredOutcome): OutcomeView {
  return {
    id: o.id,
    checkpointMonths: o.checkpointMonths,
    asOf: o.asOf,
    status: o.status,
    employedOn: o.employedOn,
    company: o.company,
    occupation: o.occupation,
    employmentType: o.employmentType,
    placement: o.placement,
    trainingName: o.trainingName,
    note: o.note,
    supersedesId: o.supersedesId,
    supersededBy: o.supersededBy,
    recordedBy: o.recordedByName,
    recordedAt: o.recordedAt,
  };
}

/** The record as the pure outcome functions read it: superseded once a later record corrects it. */
export const asRecord = (o: StoredOutcome) => ({ ...o, superseded: o.supersededBy !== null });

/** A program is followed up once it ended, or once its last day is past (nobody pressed "end"). */
export function followedUp(program: { status: string }, lastDay: string, today: string): boolean {
  return program.status === 'ended' || lastDay < today;
}

export async function outcomesView(
  storage: Storage,
  program: ProgramRef,
  now: number,
): Promise<OutcomesView> {
  const [roster, records, center, threshold] = await Promise.all([
    rosterOf(storage, program, NO_PRESENCE, now),
    storage.outcomes.listForProgram(program.id),
    storage.centers.findById(program.centerId),
    storage.centers.smallCountThreshold(program.centerId),
  ]);
  const points = center?.followUpMonths ?? [];
  const today = todayIn(CENTER_TIME_ZONE, new Date(now));
  const week = weekOf(today);
  const lastDay = roster.days.reduce((last, d) => (d.date > last ? d.date : last), '');
  const ended = followedUp(program, lastDay, today);
  const byMember = new Map<string, StoredOutcome[]>();
  for (const o of records) byMember.set(o.memberId, [...(byMember.get(o.memberId) ?? []), o]);

  const open = dueFollowUps({
    programs: [
      {
        id: program.id,
        lastDay,
        ended,
        members: roster.members.map((m) => ({
          id: m.id,
          outcomes: (byMember.get(m.id) ?? []).map(asRecord),
        })),
      },
    ],
    points,
    today,
  });
  const openState = new Map<string, 'due' | 'overdue'>([
    ...open.due.map((f): [string, 'due'] => [`${f.memberId}:${f.checkpointMonths}`, 'due']),
    ...open.overdue.map((f): [string, 'overdue'] => [`${f.memberId}:${f.checkpointMonths}`, 'overdue']),
  ]);

  const members = roster.members.map((m): MemberOutcomesView => {
    const own = byMember.get(m.id) ?? [];
    const latest = latestCurrent(own.map(asRecord));
    const done = new Set(own.filter((o) => o.supersededBy === null).map((o) => o.checkpointMonths));
    // The center's points, and any other checkpoint a current record names (the points changed since).
    const months = [...new Set([0, ...points, ...done])].sort((a, b) => a - b);
    const checkpoints = months.map((months): CheckpointView => {
      const dueOn = addMonths(lastDay, months);
      // What dueFollowUps did not list as due or overdue is done, declined, not yet due, or too late.
      const state =
        openState.get(`${m.id}:${months}`) ??
        (done.has(months)
          ? 'done'
          : latest?.status === 'declined'
            ? 'stopped'
            : !ended || dueOn > week.to
              ? 'upcoming'
              : 'missed');
      return { months, dueOn, state };
    });
    return {
      memberId: m.id,
      nickname: m.nickname,
      realName: m.realName,
      completed: m.completed,
      history: [...own].sort(newestFirst).map(outcomeView),
      latest: latest ? outcomeView(latest) : null,
      checkpoints,
    };
  });

  const employment = employmentRate(
    members.map((m) => ({
      completed: m.completed,
      outcomes: (byMember.get(m.memberId) ?? []).map(asRecord),
    })),
  );
  return {
    programId: program.id,
    lastDay,
    ended,
    today,
    week,
    followUpMonths: points,
    members,
    employment,
    employmentLine: employmentLine(employment, threshold),
  };
}

/** Newest entry first; a correction entered in the same millisecond as its target still comes first. */
function newestFirst(a: StoredOutcome, b: StoredOutcome): number {
  return b.recordedAt - a.recordedAt || (a.supersedesId === b.id ? -1 : b.supersedesId === a.id ? 1 : 0);
}
