import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../../shared/figures/dashboard.js';
import { programFigures } from '../../../shared/figures/program-figures.js';
import {
  HEALTH_GROUP,
  type FigureRows,
  type LatestOutcomeRow,
  type PrePostGroupRow,
} from '../../../shared/figures/rows.js';
import { OUTCOME_STATUSES } from '../../../shared/outcomes/latest.js';

/**
 * The small-count rule cannot be undone from what the dashboard shows (design §6.2): a value that can
 * change without anything shown changing cannot be worked out from what is shown. Two centers are
 * generated alike except in what the rule hides — every row behind a program of fewer members than
 * the threshold (attendance, outcomes, pre/post, keeping its enrolment and its pairs' count), and the
 * pre/post numbers of any program with fewer pairs than the threshold, the satisfaction numbers of any
 * with fewer released responses, the split by service and status of any with fewer referrals — and
 * their dashboards, totals included, must be deep-equal.
 */
interface MemberDraw {
  attended: number;
  outcome: { status: number; placed: boolean } | null;
}
interface GroupDraw {
  meanPre: number;
  meanChange: number;
  spread: number;
}
interface SurveyDraw {
  mean: number;
  spread: number;
  connected: number;
  health: number;
}
interface ProgramDraw {
  members: [MemberDraw, MemberDraw][];
  pairs: number;
  group: [GroupDraw, GroupDraw];
  /** Released responses and referrals: under the threshold, every number behind them may change. */
  respondents: number;
  referrals: number;
  survey: [SurveyDraw, SurveyDraw];
}

const memberArb: fc.Arbitrary<MemberDraw> = fc.record({
  attended: fc.integer({ min: 0, max: 32 }).map((q) => q / 4),
  outcome: fc.option(
    fc.record({ status: fc.integer({ min: 0, max: OUTCOME_STATUSES.length - 1 }), placed: fc.boolean() }),
  ),
});
const groupArb: fc.Arbitrary<GroupDraw> = fc.record({
  meanPre: fc.integer({ min: 5, max: 35 }),
  meanChange: fc.integer({ min: -20, max: 20 }).map((x) => x / 4),
  spread: fc.integer({ min: 0, max: 12 }).map((x) => x / 4),
});
const surveyArb = (referrals: number): fc.Arbitrary<SurveyDraw> =>
  fc.record({
    mean: fc.integer({ min: 4, max: 20 }).map((x) => x / 4),
    spread: fc.integer({ min: 0, max: 8 }).map((x) => x / 4),
    connected: fc.integer({ min: 0, max: referrals }),
    health: fc.integer({ min: 0, max: referrals }),
  });
const programArb: fc.Arbitrary<ProgramDraw> = fc
  .tuple(fc.array(fc.tuple(memberArb, memberArb), { maxLength: 8 }), fc.nat(8), fc.nat(8))
  .chain(([members, respondents, referrals]) =>
    fc.record({
      members: fc.constant(members),
      pairs: fc.integer({ min: 0, max: members.length }),
      group: fc.tuple(groupArb, groupArb),
      respondents: fc.constant(respondents),
      referrals: fc.constant(referrals),
      survey: fc.tuple(surveyArb(referrals), surveyArb(referrals)),
    }),
  );

function rows(
  draws: readonly ProgramDraw[],
  pick: (p: number, kind: 'members' | 'group' | 'survey' | 'referrals') => 0 | 1,
): FigureRows {
  const out: FigureRows = {
    programs: [],
    days: [],
    members: [],
    prePost: [],
    employment: [],
    satisfaction: [],
    referrals: [],
  };
  draws.forEach((draw, p) => {
    const programId = `p${p}`;
    out.programs.push({
      id: programId,
      title: `프로그램 ${p}`,
      group: '',
      templateId: null,
      trackId: null,
      status: 'ended',
      firstDay: '2025-03-10',
      lastDay: '2025-03-11',
    });
    for (const [i, date] of ['2025-03-10', '2025-03-11'].entries())
      out.days.push({
        programId,
        dayId: `${programId}-d${i}`,
        date,
        plannedMinutes: 240,
        held: true,
        running: false,
        present: 0,
        attendedHours: 0,
      });
    draw.members.forEach((pair, i) => {
      const m = pair[pick(p, 'members')];
      const memberId = `${programId}-m${i}`;
      out.members.push({ programId, memberId, attended: m.attended, attendedHeld: m.attended });
      if (m.outcome) {
        const status = OUTCOME_STATUSES[m.outcome.status]!;
        const placement = status === 'employed' ? (m.outcome.placed ? 'placed' : 'self') : null;
        out.employment.push({ programId, memberId, status, placement } satisfies LatestOutcomeRow);
      }
    });
    const g = draw.group[pick(p, 'group')];
    const n = draw.pairs;
    out.prePost.push({
      programId,
      instrumentId: 'swls',
      instrumentVersion: 1,
      members: draw.members.length,
      missingPre: 0,
      missingPost: draw.members.length - n,
      n,
      meanPre: n ? g.meanPre : null,
      meanPost: n ? g.meanPre + g.meanChange : null,
      meanChange: n ? g.meanChange : null,
      ssChange: n ? (n - 1) * g.spread ** 2 : null,
      minChange: n ? g.meanChange - g.spread : null,
      maxChange: n ? g.meanChange + g.spread : null,
    } satisfies PrePostGroupRow);
    const r = draw.respondents;
    const sv = draw.survey[pick(p, 'survey')];
    if (r > 0)
      out.satisfaction.push({
        programId,
        instrumentId: 'program-satisfaction',
        instrumentVersion: 1,
        respondents: r,
        n: r,
        mean: sv.mean,
        ss: (r - 1) * sv.spread ** 2,
        items: [],
      });
    const rf = draw.survey[pick(p, 'referrals')];
    const health = Math.min(rf.health, draw.referrals);
    const others = draw.referrals - health;
    const connectedHealth = Math.min(rf.connected, health);
    for (const [service, count, connected] of [
      [HEALTH_GROUP, health, connectedHealth],
      ['work24', others, Math.min(rf.connected - connectedHealth, others)],
    ] as const)
      if (count > 0) out.referrals.push({ programId, service, referrals: count, connected });
  });
  return out;
}

describe('no disclosure through the dashboard', () => {
  it('shows the same whatever the hidden rows are', () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 5 }),
        (draws, t) => {
          const context = {
            query: { from: null, to: null, templateId: null, facilitatorId: null },
            scope: 'center' as const,
            threshold: t,
            completionThreshold: 0.8,
            filters: { templates: [], facilitators: [] },
          };
          const small = (p: number) => draws[p]!.members.length < t;
          const before = programFigures(
            rows(draws, () => 0),
            0.8,
          );
          const after = programFigures(
            rows(draws, (p, kind) =>
              kind === 'members'
                ? small(p)
                  ? 1
                  : 0
                : kind === 'survey'
                  ? draws[p]!.respondents < t
                    ? 1
                    : 0
                  : kind === 'referrals'
                    ? draws[p]!.referrals < t
                      ? 1
                      : 0
                    : small(p) || draws[p]!.pairs < t
                      ? 1
                      : 0,
            ),
            0.8,
          );
          // Nobody reached is a count of 0, shown as "—" by the rule (it says nothing about anyone): keep it.
          fc.pre(
            before.every((f, i) => (f.employment.reached === 0) === (after[i]!.employment.reached === 0)),
          );
          expect(dashboardView(after, context)).toEqual(dashboardView(before, context));
        },
      ),
      { numRuns: 500 },
    );
  });
});
