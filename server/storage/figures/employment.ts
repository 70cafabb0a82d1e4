import { sql, type Kysely } from 'kysely';
import type { LatestOutcomeRow } from '../../../shared/figures/rows.js';
import { EMPLOYMENT_WINDOW_MONTHS, type Placement } from '../../../shared/outcomes/employment.js';
import type { OutcomeStatus } from '../../../shared/outcomes/latest.js';
import type { Database } from '../../db/schema.js';
import { programsCte } from './scope.js';

/**
 * Each member's latest current outcome within the employment window (design §4.3, §6.1): records no
 * correction supersedes, at checkpoints 0..6 months (the checkpoint answered, not the date), the
 * newest by as-of date, then by when it was recorded. One narrow row per member who has one; the pure
 * side joins them with the completers and counts with `employmentRate`.
 */
export async function latestOutcomes(
  db: Kysely<Database>,
  programIds: readonly string[],
): Promise<LatestOutcomeRow[]> {
  if (programIds.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    with ${programsCte(programIds)},
    ranked as (
      select o.program_id, o.member_id, o.status, o.placement,
        row_number() over (partition by o.member_id order by o.as_of desc, o.recorded_at desc, o.id desc) as rn
      from follow_up_outcomes o
      join p on p.program_id = o.program_id
      where o.checkpoint_months <= ${EMPLOYMENT_WINDOW_MONTHS}
        and not exists (select 1 from follow_up_outcomes c where c.supersedes_id = o.id)
    )
    select program_id, member_id, status, placement from ranked where rn = 1
  `.execute(db);
  return rows.map((r) => ({
    programId: String(r.program_id),
    memberId: String(r.member_id),
    status: r.status as OutcomeStatus,
    placement: (r.placement as Placement | null) ?? null,
  }));
}
