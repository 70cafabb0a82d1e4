import { instrumentVersion, programById } from '../content/index.js';
import { breakdownFigure, countFigure, meanFigure, rateFigure, type Figure } from '../privacy/figures.js';
import type { PrePostFigures, ProgramFigures } from './program-figures.js';
import { referralsCell } from './referrals.js';
import { programSatisfactionMean } from './satisfaction.js';
import type { DashboardRow, PrePostShown } from './views.js';

/**
 * A program's figures as they may leave the room (design §6.2): rates and means only over n ≥ the
 * center's threshold and then with both numbers, counts of people 0 or ≥ the threshold, breakdowns
 * through `suppressSmallCounts` with their total public.
 */

type Localized = { ko: string; en: string };
export const instrumentName = (id: string, version: number): Localized =>
  instrumentVersion(id, version)?.name ?? { ko: id, en: id };
export const templateName = (id: string | null): Localized | null =>
  id === null ? null : (programById.get(id)?.name ?? null);

/** Pre/post as group figures: the means and the test only when the pairs are at least the threshold. */
export function shownPrePost(f: PrePostFigures, threshold: number): PrePostShown {
  const shown = f.n >= threshold;
  return {
    instrumentId: f.instrumentId,
    instrumentVersion: f.instrumentVersion,
    name: instrumentName(f.instrumentId, f.instrumentVersion),
    pairs: countFigure(f.n, threshold),
    meanPre: meanFigure(f.meanPre, f.n, threshold),
    meanPost: meanFigure(f.meanPost, f.n, threshold),
    meanChange: meanFigure(f.meanChange, f.n, threshold),
    sdChange: shown ? f.sdChange : null,
    ci: shown ? f.ci : null,
    t: shown ? f.t : null,
    df: shown ? f.df : null,
    p: shown ? f.p : null,
    dz: shown ? f.dz : null,
    testNote: shown ? f.testNote : null,
    // Members − pairs is public once the pairs are: the missing sum to it. With the pairs hidden, the
    // missing would give them back (enrolment − missing), so they are withheld too.
    missing: shown
      ? breakdownFigure(
          [
            { key: 'pre' as const, count: f.missingPre },
            { key: 'post' as const, count: f.missingPost },
            { key: 'both' as const, count: f.missingBoth },
          ],
          threshold,
        )
      : { withheld: true },
  };
}

/** The attendance rate so far, a mean over the members (each attends a share of the same held hours). */
export const attendanceFigure = (f: ProgramFigures, threshold: number): Figure | null =>
  f.attendance.rate === null ? null : meanFigure(f.attendance.rate, f.members, threshold);

/** Completion once final, else its forecast; null when the program plans no hours. */
export function completionFigure(f: ProgramFigures, threshold: number): Figure | null {
  const c = f.completion;
  if (c.scheduledHours <= 0) return null;
  return rateFigure(c.final ? c.completed : c.expected, c.n, threshold);
}

/** Employed of completers reached; null while nobody was reached (a 0 says nothing about anyone). */
export const employmentFigure = (f: ProgramFigures, threshold: number): Figure | null =>
  f.employment.reached === 0 ? null : rateFigure(f.employment.employed, f.employment.reached, threshold);

export function dashboardRow(f: ProgramFigures, threshold: number): DashboardRow {
  return {
    id: f.program.id,
    title: f.program.title,
    group: f.program.group,
    template: templateName(f.program.templateId),
    firstDay: f.program.firstDay,
    lastDay: f.program.lastDay,
    inProgress: f.inProgress,
    participants: f.members,
    attendance: attendanceFigure(f, threshold),
    completion: { final: f.completion.final, figure: completionFigure(f, threshold) },
    employment: employmentFigure(f, threshold),
    // An instrument nobody answered both times has no figure: neither shown nor hidden.
    prePost: f.prePost
      .filter((p) => p.n > 0)
      .map((p) => ({
        instrumentId: p.instrumentId,
        instrumentVersion: p.instrumentVersion,
        name: instrumentName(p.instrumentId, p.instrumentVersion),
        meanChange: meanFigure(p.meanChange, p.n, threshold),
        dz: p.n >= threshold ? p.dz : null,
      })),
    satisfaction: programSatisfactionMean(f.satisfaction, threshold),
    referrals: referralsCell(f.referrals, threshold),
  };
}
