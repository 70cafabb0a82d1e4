import { sql, type Kysely } from 'kysely';
import type { PrePostGroupRow } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';
import { num, numOrNull, programsCte } from './scope.js';

/**
 * Pre/post per (program, instrument, version), in two passes (design §2.7): a CTE takes each group's
 * count, means, min and max of the change; the outer query sums (d − d̄)² against that mean. Never
 * Σd² − (Σd)²/n, which cancels to noise or a negative variance with a constant change. The instruments
 * are those with a named (not anonymous) pre and post wave; members without both scores are counted by
 * what they lack. Pooling across programs is pure (`poolPrePost`), over the programs shown only.
 */
export async function prePostGroups(
  db: Kysely<Database>,
  programIds: readonly string[],
): Promise<PrePostGroupRow[]> {
  if (programIds.length === 0) return [];
  const [stats, sides] = await Promise.all([
    sql<Record<string, unknown>>`
      with ${programsCte(programIds)},
      sides as (
        select s.program_id, s.instrument_id, s.instrument_version, s.member_id,
          max(case when s.kind = 'pre' then s.score end) as pre,
          max(case when s.kind = 'post' then s.score end) as post
        from instrument_scores s
        join p on p.program_id = s.program_id
        where s.kind in ('pre', 'post') and s.score is not null
        group by s.program_id, s.instrument_id, s.instrument_version, s.member_id
      ),
      pairs as materialized (
        select program_id, instrument_id, instrument_version, pre, post, post - pre as d
        from sides
        where pre is not null and post is not null
      ),
      g as (
        select program_id, instrument_id, instrument_version, count(*) as n,
          avg(pre) as mean_pre, avg(post) as mean_post, avg(d) as mean_d, min(d) as min_d, max(d) as max_d
        from pairs
        group by program_id, instrument_id, instrument_version
      )
      select g.program_id, g.instrument_id, g.instrument_version, g.n, g.mean_pre, g.mean_post, g.mean_d,
        g.min_d, g.max_d, sum((x.d - g.mean_d) * (x.d - g.mean_d)) as ss_d
      from g
      join pairs x on x.program_id = g.program_id and x.instrument_id = g.instrument_id
        and x.instrument_version = g.instrument_version
      group by g.program_id, g.instrument_id, g.instrument_version, g.n, g.mean_pre, g.mean_post, g.mean_d,
        g.min_d, g.max_d
    `.execute(db),
    sql<Record<string, unknown>>`
      with ${programsCte(programIds)},
      inst as (
        select w.program_id, w.instrument_id, w.instrument_version
        from assessment_waves w
        join p on p.program_id = w.program_id
        where w.kind in ('pre', 'post') and w.anonymous = 0
        group by w.program_id, w.instrument_id, w.instrument_version
        having count(distinct w.kind) = 2
      ),
      side as (
        select s.program_id, s.instrument_id, s.instrument_version, s.member_id,
          max(case when s.kind = 'pre' then 1 else 0 end) as has_pre,
          max(case when s.kind = 'post' then 1 else 0 end) as has_post
        from instrument_scores s
        join p on p.program_id = s.program_id
        where s.score is not null and s.kind in ('pre', 'post')
        group by s.program_id, s.instrument_id, s.instrument_version, s.member_id
      )
      select i.program_id, i.instrument_id, i.instrument_version,
        (select count(*) from program_members m where m.program_id = i.program_id) as members,
        coalesce(sum(case when x.has_pre = 0 and x.has_post = 1 then 1 else 0 end), 0) as missing_pre,
        coalesce(sum(case when x.has_pre = 1 and x.has_post = 0 then 1 else 0 end), 0) as missing_post
      from inst i
      left join side x on x.program_id = i.program_id and x.instrument_id = i.instrument_id
        and x.instrument_version = i.instrument_version
      group by i.program_id, i.instrument_id, i.instrument_version
      order by i.program_id, i.instrument_id, i.instrument_version
    `.execute(db),
  ]);
  const key = (r: Record<string, unknown>) =>
    `${String(r.program_id)}|${String(r.instrument_id)}|${num(r.instrument_version)}`;
  const byKey = new Map(stats.rows.map((r) => [key(r), r]));
  return sides.rows.map((r): PrePostGroupRow => {
    const g = byKey.get(key(r));
    return {
      programId: String(r.program_id),
      instrumentId: String(r.instrument_id),
      instrumentVersion: num(r.instrument_version),
      members: num(r.members),
      missingPre: num(r.missing_pre),
      missingPost: num(r.missing_post),
      n: g ? num(g.n) : 0,
      meanPre: numOrNull(g?.mean_pre),
      meanPost: numOrNull(g?.mean_post),
      meanChange: numOrNull(g?.mean_d),
      ssChange: numOrNull(g?.ss_d),
      minChange: numOrNull(g?.min_d),
      maxChange: numOrNull(g?.max_d),
    };
  });
}
