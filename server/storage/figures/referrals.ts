import { sql, type Kysely } from 'kysely';
import { HEALTH_GROUP, type ReferralCountRow } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';
import { num, programsCte } from './scope.js';

/**
 * Referrals per program and service, with how many are connected by their latest update (design §4.4,
 * §6.1): `row_number()` over each referral's updates, newest recorded first (no update: pending). A
 * health-related service is never named here: all of them are counted as one `HEALTH_GROUP` row.
 */
export async function referralCounts(
  db: Kysely<Database>,
  programIds: readonly string[],
): Promise<ReferralCountRow[]> {
  if (programIds.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    with ${programsCte(programIds)},
    latest as (
      select u.referral_id, u.status,
        row_number() over (partition by u.referral_id order by u.recorded_at desc, u.id desc) as rn
      from referral_updates u
      join referrals r on r.id = u.referral_id
      join p on p.program_id = r.program_id
    ),
    x as (
      select r.program_id,
        case when r.health_related = 1 then ${HEALTH_GROUP} else r.service_id end as service,
        case when l.status = 'connected' then 1 else 0 end as connected
      from referrals r
      join p on p.program_id = r.program_id
      left join latest l on l.referral_id = r.id and l.rn = 1
    )
    select program_id, service, count(*) as referrals, sum(connected) as connected
    from x
    group by program_id, service
    order by program_id, service
  `.execute(db);
  return rows.map((r) => ({
    programId: String(r.program_id),
    service: String(r.service),
    referrals: num(r.referrals),
    connected: num(r.connected),
  }));
}
