import { sql, type Kysely } from 'kysely';
import type { SatisfactionGroupRow, SatisfactionItemRow } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';
import { num, numOrNull, programsCte } from './scope.js';

/**
 * Satisfaction over released responses only (`batch is not null`; design §3.3, §6.1), per program and
 * instrument version: the scores' n, mean and Σ(x − x̄)² in two passes (a CTE takes the mean, the outer
 * query sums squared deviations against it — never Σx² − (Σx)²/n), the same per rating item, and the
 * answers per item and rating. `cast(… as double precision)` so PostgreSQL's avg is not numeric text.
 * A pending response is in none of them.
 */
export async function satisfactionGroups(
  db: Kysely<Database>,
  programIds: readonly string[],
): Promise<SatisfactionGroupRow[]> {
  if (programIds.length === 0) return [];
  const [scores, counts] = await Promise.all([
    sql<Record<string, unknown>>`
      with ${programsCte(programIds)},
      r as (
        select s.program_id, s.instrument_id, s.instrument_version, cast(s.score as double precision) as x
        from survey_responses s
        join p on p.program_id = s.program_id
        where s.batch is not null
      ),
      g as (
        select program_id, instrument_id, instrument_version, count(*) as respondents, count(x) as n,
          avg(x) as mean
        from r
        group by program_id, instrument_id, instrument_version
      )
      select g.program_id, g.instrument_id, g.instrument_version, g.respondents, g.n, g.mean,
        sum(case when r.x is null then 0 else (r.x - g.mean) * (r.x - g.mean) end) as ss
      from g
      join r on r.program_id = g.program_id and r.instrument_id = g.instrument_id
        and r.instrument_version = g.instrument_version
      group by g.program_id, g.instrument_id, g.instrument_version, g.respondents, g.n, g.mean
      order by g.program_id, g.instrument_id, g.instrument_version
    `.execute(db),
    sql<Record<string, unknown>>`
      with ${programsCte(programIds)}
      select s.program_id, s.instrument_id, s.instrument_version, v.item_key, v.rating, count(*) as count
      from survey_answers v
      join survey_responses s on s.id = v.response_id
      join p on p.program_id = s.program_id
      where s.batch is not null and v.rating is not null
      group by s.program_id, s.instrument_id, s.instrument_version, v.item_key, v.rating
      order by v.rating
    `.execute(db),
  ]);
  const key = (r: Record<string, unknown>) =>
    `${String(r.program_id)}|${String(r.instrument_id)}|${num(r.instrument_version)}`;
  // Ratings are whole numbers: each item's n, mean and Σ(x − x̄)² follow exactly from its counts per
  // rating (two passes over a handful of groups), so no second scan of the answers is needed.
  const itemsOf = new Map<string, Map<string, SatisfactionItemRow>>();
  for (const r of counts.rows) {
    const byItem = itemsOf.get(key(r)) ?? new Map<string, SatisfactionItemRow>();
    itemsOf.set(key(r), byItem);
    const itemId = String(r.item_key);
    const item = byItem.get(itemId) ?? { itemId, n: 0, mean: null, ss: null, counts: [] };
    byItem.set(itemId, item);
    item.counts.push({ rating: num(r.rating), count: num(r.count) });
  }
  for (const byItem of itemsOf.values())
    for (const item of byItem.values()) {
      item.n = item.counts.reduce((sum, c) => sum + c.count, 0);
      if (item.n === 0) continue;
      const mean = item.counts.reduce((sum, c) => sum + c.rating * c.count, 0) / item.n;
      item.mean = mean;
      item.ss = item.counts.reduce((sum, c) => sum + c.count * (c.rating - mean) ** 2, 0);
    }
  return scores.rows.map((r) => {
    const n = num(r.n);
    return {
      programId: String(r.program_id),
      instrumentId: String(r.instrument_id),
      instrumentVersion: num(r.instrument_version),
      respondents: num(r.respondents),
      n,
      mean: n === 0 ? null : numOrNull(r.mean),
      ss: n === 0 ? null : numOrNull(r.ss),
      items: [...(itemsOf.get(key(r))?.values() ?? [])].sort((a, b) => a.itemId.localeCompare(b.itemId)),
    };
  });
}
