import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../../shared/figures/dashboard.js';
import { programFigures } from '../../../shared/figures/program-figures.js';
import type { FigureRows, LatestOutcomeRow, PrePostGroupRow } from '../../../shared/figures/rows.js';
import { OUTCOME_STATUSES } from '../../../shared/outcomes/latest.js';

/**
 * The small-count rule cannot be undone from what the dashboard shows (design §6.2): a value that can
 * change without anything shown changing cannot be worked out from what is shown. Two centers are
 * generated alike except in what the rule hides — every row behind a program of fewer members than
 * the threshold (attendance, outcomes, pre/post, keeping its enrolment and its pairs' count), and the
 * pre/post numbers of any program with fewer pairs than the threshold — and their dashboards, totals
 * included, must be deep-equal.
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
interface ProgramDraw {
  members: [MemberDraw, MemberDraw][];
  pairs: number;
  group: [GroupDraw, GroupDraw];
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
const programArb: fc.Arbitrary<ProgramDraw> = fc
  .array(fc.tuple(memberArb, memberArb), { maxLength: 8 })
  .chain((members) =>
    fc.record({
      members: fc.constant(members),
      pairs: fc.integer({ min: 0, max: members.length }),
      group: fc.tuple(groupArb, groupArb),
    }),
  );

function rows(
  draws: readonly ProgramDraw[],
  pick: (p: number, kind: 'members' | 'group') => 0 | 1,
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
              kind === 'members' ? (small(p) ? 1 : 0) : small(p) || draws[p]!.pairs < t ? 1 : 0,
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
