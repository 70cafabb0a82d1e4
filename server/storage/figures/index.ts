import type { Kysely } from 'kysely';
import type { FigureRows, FigureScope, ScopedProgram } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';
import { dayHours, memberHours } from './attendance.js';
import { latestOutcomes } from './employment.js';
import { prePostGroups } from './prepost.js';
import { referralCounts } from './referrals.js';
import { satisfactionGroups } from './satisfaction.js';
import { scopedPrograms } from './scope.js';

/**
 * The figure store (design §6.1): the only code that computes report figures from rows, with SQL
 * aggregates over the scoped programs — one query per figure however many programs. It answers sums,
 * means and narrow per-member rows; `shared/figures/` turns them into figures under the small-count
 * rule.
 */
export class FigureStore {
  constructor(private readonly db: Kysely<Database>) {}

  programs(scope: FigureScope): Promise<ScopedProgram[]> {
    return scopedPrograms(this.db, scope);
  }

  /** Everything the figures of the scoped programs are made of. */
  async rows(scope: FigureScope): Promise<FigureRows> {
    const programs = await this.programs(scope);
    const ids = programs.map((p) => p.id);
    const [days, members, prePost, employment, satisfaction, referrals] = await Promise.all([
      dayHours(this.db, ids, scope.today),
      memberHours(this.db, ids, scope.today),
      prePostGroups(this.db, ids),
      latestOutcomes(this.db, ids),
      satisfactionGroups(this.db, ids),
      referralCounts(this.db, ids),
    ]);
    return { programs, days, members, prePost, employment, satisfaction, referrals };
  }
}
