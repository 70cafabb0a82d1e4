import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_COMPLETION_THRESHOLD } from '../../shared/scoring/completion.js';
import type { CenterView } from '../../shared/program/views.js';
import type { Database } from '../db/schema.js';

export class CenterStore {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  async create(name: string): Promise<CenterView> {
    const center = { id: crypto.randomUUID(), name, completionThreshold: DEFAULT_COMPLETION_THRESHOLD };
    await this.db
      .insertInto('centers')
      .values({
        id: center.id,
        name,
        completion_threshold: center.completionThreshold,
        created_at: Date.now(),
      })
      .execute();
    return center;
  }

  async findById(id: string): Promise<CenterView | null> {
    const row = await this.db.selectFrom('centers').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { id: row.id, name: row.name, completionThreshold: Number(row.completion_threshold) } : null;
  }

  /** For the command line, which names centers by id or by name. */
  async findByIdOrName(idOrName: string): Promise<CenterView[]> {
    const rows = await this.db
      .selectFrom('centers')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
      .execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      completionThreshold: Number(row.completion_threshold),
    }));
  }

  async update(id: string, change: { name?: string | undefined; completionThreshold?: number | undefined }) {
    if (change.name === undefined && change.completionThreshold === undefined) return this.findById(id);
    await this.db
      .updateTable('centers')
      .set({
        ...(change.name === undefined ? {} : { name: change.name }),
        ...(change.completionThreshold === undefined
          ? {}
          : { completion_threshold: change.completionThreshold }),
      })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }
}
