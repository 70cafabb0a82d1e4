import type { Kysely, Selectable, Transaction } from 'kysely';
import { DEFAULT_FOLLOW_UP_MONTHS } from '../../shared/outcomes/due.js';
import { followUpMonthsSchema } from '../../shared/outcomes/schemas.js';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../../shared/program/limits.js';
import { DEFAULT_COMPLETION_THRESHOLD } from '../../shared/scoring/completion.js';
import type { CenterView } from '../../shared/program/views.js';
import type { CentersTable, Database } from '../db/schema.js';

export interface CenterChange {
  name?: string | undefined;
  completionThreshold?: number | undefined;
  smallCountThreshold?: number | undefined;
  followUpMonths?: number[] | undefined;
}

export class CenterStore {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  async create(name: string): Promise<CenterView> {
    const center = {
      id: crypto.randomUUID(),
      name,
      completionThreshold: DEFAULT_COMPLETION_THRESHOLD,
      smallCountThreshold: DEFAULT_SMALL_COUNT_THRESHOLD,
      followUpMonths: [...DEFAULT_FOLLOW_UP_MONTHS],
    };
    await this.db
      .insertInto('centers')
      .values({
        id: center.id,
        name,
        completion_threshold: center.completionThreshold,
        small_count_threshold: center.smallCountThreshold,
        follow_up_months: JSON.stringify(center.followUpMonths),
        created_at: Date.now(),
      })
      .execute();
    return center;
  }

  async findById(id: string): Promise<CenterView | null> {
    const row = await this.db.selectFrom('centers').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? centerView(row) : null;
  }

  /** For the command line, which names centers by id or by name. */
  async findByIdOrName(idOrName: string): Promise<CenterView[]> {
    const rows = await this.db
      .selectFrom('centers')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
      .execute();
    return rows.map(centerView);
  }

  /**
   * Counts below this are shown as "3명 미만" on the projector and in reports (shared/privacy). An
   * unknown center gets the default.
   */
  async smallCountThreshold(centerId: string): Promise<number> {
    const row = await this.db
      .selectFrom('centers')
      .select('small_count_threshold')
      .where('id', '=', centerId)
      .executeTakeFirst();
    return row ? Number(row.small_count_threshold) : DEFAULT_SMALL_COUNT_THRESHOLD;
  }

  async update(id: string, change: CenterChange) {
    const set = {
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.completionThreshold === undefined
        ? {}
        : { completion_threshold: change.completionThreshold }),
      ...(change.smallCountThreshold === undefined
        ? {}
        : { small_count_threshold: change.smallCountThreshold }),
      ...(change.followUpMonths === undefined
        ? {}
        : { follow_up_months: JSON.stringify(change.followUpMonths) }),
    };
    if (Object.keys(set).length > 0)
      await this.db.updateTable('centers').set(set).where('id', '=', id).execute();
    return this.findById(id);
  }
}

function centerView(row: Selectable<CentersTable>): CenterView {
  return {
    id: row.id,
    name: row.name,
    completionThreshold: Number(row.completion_threshold),
    smallCountThreshold: Number(row.small_count_threshold),
    followUpMonths: followUpMonthsOf(row.follow_up_months),
  };
}

/**
 * The stored points, read with the rule they were written under (PATCH /api/center): text that is not
 * such a list (written by hand in the database) falls back to the default rather than failing a page.
 */
function followUpMonthsOf(json: string): number[] {
  try {
    const parsed = followUpMonthsSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: the default below
  }
  return [...DEFAULT_FOLLOW_UP_MONTHS];
}
