import { employmentRate, type EmploymentFigures } from '../outcomes/employment.js';
import { isCompleted } from '../scoring/completion.js';
import { prePostFromGroup, type PrePostGroup, type PrePostStats } from '../scoring/prepost.js';
import { referralFigures, type ReferralFigures } from './referrals.js';
import type { DayHours, FigureRows, PrePostGroupRow, ScopedProgram } from './rows.js';
import { satisfactionFigures, type SatisfactionFigures } from './satisfaction.js';

/**
 * A program's figures with every number, before the small-count rule: what the store's sums come to
 * under the rules of shared/scoring (completion by `isCompleted`, the test by `prePostFromGroup`, the
 * rate by `employmentRate`). Plain data, so a purge can keep them as a snapshot (design §10). For the
 * staff's own pages; what leaves the room goes through `shown.ts` first.
 */
export interface PrePostFigures extends PrePostStats {
  instrumentId: string;
  instrumentVersion: number;
  members: number;
  missingPre: number;
  missingPost: number;
  missingBoth: number;
  /** The group numbers, for pooling across programs. */
  group: PrePostGroup;
}

export interface ProgramFigures {
  program: ScopedProgram;
  /** Completion is not final yet: a day is still to be held or runs now, and the program was not ended. */
  inProgress: boolean;
  days: DayHours[];
  members: number;
  attendance: {
    heldDays: number;
    heldHours: number;
    /** Attended ÷ scheduled member-hours of the held days; null before any (the roster's rate). */
    rate: number | null;
  };
  completion: {
    threshold: number;
    scheduledHours: number;
    n: number;
    completed: number;
    /** Members who complete if they attend every day not yet held in full. */
    expected: number;
    final: boolean;
    /** null without members or planned hours. */
    rate: number | null;
    expectedRate: number | null;
  };
  prePost: PrePostFigures[];
  employment: EmploymentFigures;
  /** Per satisfaction instrument version, released responses only. */
  satisfaction: SatisfactionFigures[];
  referrals: ReferralFigures;
}

const hours = (minutes: number) => minutes / 60;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function programFigures(rows: FigureRows, completionThreshold: number): ProgramFigures[] {
  const group = <T extends { programId: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.programId, [...(map.get(item.programId) ?? []), item]);
    return (id: string) => map.get(id) ?? [];
  };
  const daysOf = group(rows.days);
  const membersOf = group(rows.members);
  const prePostOf = group(rows.prePost);
  const satisfactionOf = group(rows.satisfaction);
  const referralsOf = group(rows.referrals);
  const latestOf = new Map(rows.employment.map((o) => [o.memberId, o]));
  return rows.programs.map((program): ProgramFigures => {
    const days = daysOf(program.id);
    const members = membersOf(program.id);
    const scheduled = sum(days.map((d) => hours(d.plannedMinutes)));
    const heldHours = sum(days.filter((d) => d.held).map((d) => hours(d.plannedMinutes)));
    const notHeld = sum(days.filter((d) => !d.held).map((d) => hours(d.plannedMinutes)));
    const measurable = scheduled > 0;
    const completed = members.map(
      (m) => measurable && isCompleted(m.attended, scheduled, completionThreshold),
    );
    const reachable = members.map(
      (m) => measurable && isCompleted(m.attendedHeld + notHeld, scheduled, completionThreshold),
    );
    const n = members.length;
    const completedCount = completed.filter(Boolean).length;
    const expected = reachable.filter(Boolean).length;
    const final = program.status === 'ended' || (days.every((d) => d.held) && !days.some((d) => d.running));
    return {
      program,
      inProgress: !final,
      days,
      members: n,
      attendance: {
        heldDays: days.filter((d) => d.held).length,
        heldHours,
        rate: heldHours > 0 && n > 0 ? sum(members.map((m) => m.attendedHeld)) / (heldHours * n) : null,
      },
      completion: {
        threshold: completionThreshold,
        scheduledHours: scheduled,
        n,
        completed: completedCount,
        expected,
        final,
        rate: measurable && n > 0 ? completedCount / n : null,
        expectedRate: measurable && n > 0 ? expected / n : null,
      },
      prePost: prePostOf(program.id).map(prePostFigures),
      satisfaction: satisfactionOf(program.id).map(satisfactionFigures),
      referrals: referralFigures(referralsOf(program.id)),
      employment: employmentRate(
        members.map((m, i) => {
          const latest = latestOf.get(m.memberId);
          return {
            completed: completed[i] ?? false,
            // The store already chose the latest current record in the window; it stands alone here.
            outcomes: latest
              ? [{ asOf: '', recordedAt: 0, superseded: false, checkpointMonths: 0, ...latest }]
              : [],
          };
        }),
      ),
    };
  });
}

function prePostFigures(row: PrePostGroupRow): PrePostFigures {
  const group: PrePostGroup = {
    n: row.n,
    meanPre: row.meanPre,
    meanPost: row.meanPost,
    meanChange: row.meanChange,
    ssChange: row.ssChange,
    minChange: row.minChange,
    maxChange: row.maxChange,
  };
  return {
    ...prePostFromGroup(group),
    instrumentId: row.instrumentId,
    instrumentVersion: row.instrumentVersion,
    members: row.members,
    missingPre: row.missingPre,
    missingPost: row.missingPost,
    missingBoth: row.members - row.n - row.missingPre - row.missingPost,
    group,
  };
}

/**
 * Groups of pairs taken together, from their group numbers alone (Chan's parallel formula): the
 * squared deviations of the whole are each group's plus n × (its mean − the whole's mean)², never
 * Σd² − (Σd)²/n, so a constant change still has a spread of rounding only. The dashboard pools the
 * programs whose own figure is shown, and no other (design §6.2 rule 4).
 */
export function poolPrePost(groups: readonly PrePostGroup[]): PrePostGroup {
  const parts = groups.filter((g) => g.n > 0);
  const n = sum(parts.map((g) => g.n));
  if (n === 0)
    return {
      n: 0,
      meanPre: null,
      meanPost: null,
      meanChange: null,
      ssChange: null,
      minChange: null,
      maxChange: null,
    };
  const weighted = (pick: (g: PrePostGroup) => number | null) =>
    sum(parts.map((g) => (pick(g) ?? 0) * g.n)) / n;
  const meanChange = weighted((g) => g.meanChange);
  return {
    n,
    meanPre: weighted((g) => g.meanPre),
    meanPost: weighted((g) => g.meanPost),
    meanChange,
    ssChange: sum(parts.map((g) => (g.ssChange ?? 0) + g.n * ((g.meanChange ?? 0) - meanChange) ** 2)),
    minChange: Math.min(...parts.map((g) => g.minChange ?? Infinity)),
    maxChange: Math.max(...parts.map((g) => g.maxChange ?? -Infinity)),
  };
}
