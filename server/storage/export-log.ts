import type { Kysely } from 'kysely';
import type { ExportFormat, ExportLogEntry, ExportScope } from '../../shared/export/views.js';
import type { Database } from '../db/schema.js';

/** One export to log: who asked, for what, and how many rows left (§7.5). */
export interface NewExportLogEntry {
  userId: string;
  userName: string;
  centerId: string;
  programId: string | null;
  scope: ExportScope;
  dataset: string;
  format: ExportFormat;
  filters: { programTitle?: string; from?: string | null; to?: string | null; programs: number };
  rows: number;
  createdAt: number;
}

/**
 * The download log, append-only: exports add rows, the admin page reads a center's month. No row
 * holds exported data; a removed user or program keeps its row (the name and title are copies).
 */
export class ExportLogStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: NewExportLogEntry): Promise<string> {
    const id = crypto.randomUUID();
    await this.db
      .insertInto('export_log')
      .values({
        id,
        user_id: entry.userId,
        user_name: entry.userName,
        center_id: entry.centerId,
        program_id: entry.programId,
        scope: entry.scope,
        dataset: entry.dataset,
        format: entry.format,
        filters: JSON.stringify(entry.filters),
        rows: entry.rows,
        created_at: entry.createdAt,
      })
      .execute();
    return id;
  }

  /** A center's entries made in [from, to) epoch ms, newest first. */
  async list(centerId: string, from: number, to: number): Promise<ExportLogEntry[]> {
    const rows = await this.db
      .selectFrom('export_log')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => {
      const filters = JSON.parse(r.filters) as NewExportLogEntry['filters'];
      return {
        id: r.id,
        createdAt: Number(r.created_at),
        userName: r.user_name,
        scope: r.scope,
        dataset: r.dataset,
        format: r.format,
        programTitle: filters.programTitle ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
        programs: filters.programs,
        rows: Number(r.rows),
      };
    });
  }

  /** Removes entries older than `before` (the keeping period's sweep); returns how many went. */
  async prune(before: number): Promise<number> {
    const result = await this.db.deleteFrom('export_log').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
