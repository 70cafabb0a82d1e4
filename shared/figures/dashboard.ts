import { totalOverShown, type Figure } from '../privacy/figures.js';
import { prePostFromGroup } from '../scoring/prepost.js';
import { poolPrePost, type ProgramFigures } from './program-figures.js';
import { pooledSatisfaction } from './satisfaction.js';
import { dashboardRow, instrumentName, templateName } from './shown.js';
import type { DashboardRow, DashboardView } from './views.js';

/**
 * The center dashboard (design §6.4): one row per program under the small-count rule, and totals over
 * the programs whose own figure is shown, saying how many were left out (rule 3). A program with no
 * figure of a kind (no day held yet, nobody reached, no pre/post pair) is neither shown nor left out
 * of that total.
 * Pre/post is pooled per instrument version over the programs whose own mean change is shown (rule 4);
 * satisfaction over the respondents of the programs whose own mean is shown, in all and per program type.
 */
export function dashboardView(
  figures: readonly ProgramFigures[],
  context: Pick<DashboardView, 'query' | 'scope' | 'threshold' | 'completionThreshold' | 'filters'>,
): DashboardView {
  const t = context.threshold;
  const rows = figures.map((f) => dashboardRow(f, t));
  const over = (pick: (row: DashboardRow) => Figure | null) =>
    totalOverShown(rows.map(pick).filter((f): f is Figure => f !== null));
  const instruments = new Map<string, { id: string; version: number }>();
  for (const f of figures)
    for (const p of f.prePost.filter((x) => x.n > 0))
      instruments.set(`${p.instrumentId}|${p.instrumentVersion}`, {
        id: p.instrumentId,
        version: p.instrumentVersion,
      });
  const prePost = [...instruments.values()]
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version)
    .map(({ id, version }) => {
      const parts = figures.flatMap((f) =>
        f.prePost.filter((p) => p.n > 0 && p.instrumentId === id && p.instrumentVersion === version),
      );
      const shown = parts.filter((p) => p.n >= t);
      const pooled = prePostFromGroup(poolPrePost(shown.map((p) => p.group)));
      return {
        instrumentId: id,
        instrumentVersion: version,
        name: instrumentName(id, version),
        meanChange: {
          total:
            shown.length > 0 && pooled.meanChange !== null ? { value: pooled.meanChange, n: pooled.n } : null,
          omitted: parts.length - shown.length,
        },
        dz: shown.length > 0 ? pooled.dz : null,
      };
    });
  return {
    ...context,
    programs: rows,
    totals: {
      programs: rows.length,
      // Enrolment is shown as it is (§6.2 rule 3): it says nothing about any one person.
      participants: rows.reduce((s, r) => s + r.participants, 0),
      attendance: over((r) => r.attendance),
      completion: over((r) => r.completion.figure),
      employment: over((r) => r.employment),
      prePost,
      satisfaction: pooledSatisfaction(rows.map((r) => r.satisfaction)),
      satisfactionByType: [...new Set(figures.map((f) => f.program.templateId))]
        .filter((id) => rows.some((r, i) => r.satisfaction !== null && figures[i]!.program.templateId === id))
        .map((templateId) => ({
          templateId,
          name: templateName(templateId),
          mean: pooledSatisfaction(
            rows.filter((_, i) => figures[i]!.program.templateId === templateId).map((r) => r.satisfaction),
          ),
        })),
      referrals: referralTotals(rows),
    },
  };
}

/** Referrals over the programs whose count and connected are both shown; the others left out (rule 3). */
function referralTotals(rows: readonly DashboardRow[]) {
  let count = 0;
  let connected = 0;
  let omitted = 0;
  for (const { referrals: r } of rows) {
    if ('count' in r.count && 'count' in r.connected) {
      count += r.count.count;
      connected += r.connected.count;
    } else omitted++;
  }
  return { count, connected, omitted };
}
