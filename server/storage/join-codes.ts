import { randomInt } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { JOIN_CODE_LENGTH } from '../../shared/protocol/limits.js';
import type { Database } from '../db/schema.js';

const CODE_ATTEMPTS = 20;

function randomJoinCode(): string {
  return String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
}

/**
 * Claims a random code no one holds, for a quick session or a program. The partial unique index on
 * held codes is the arbiter, so two owners can never hold one code, whichever kind they are.
 */
export async function claimJoinCode(trx: Transaction<Database>, ownerId: string): Promise<string> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = randomJoinCode();
    const inserted = await trx
      .insertInto('join_codes')
      .values({ code, owner_id: ownerId, claimed_at: Date.now(), released_at: null })
      .onConflict((oc) => oc.column('code').where('released_at', 'is', sql.lit(null)).doNothing())
      .returning('code')
      .executeTakeFirst();
    if (inserted) return inserted.code;
  }
  throw new Error('no free join code after several attempts');
}

/** The owner ended: its code stops working and may be handed out again later. */
export async function releaseJoinCode(trx: Transaction<Database>, ownerId: string): Promise<void> {
  await trx
    .updateTable('join_codes')
    .set({ released_at: Date.now() })
    .where('owner_id', '=', ownerId)
    .where('released_at', 'is', null)
    .execute();
}
