import type { Kysely } from 'kysely';
import { COUNSELING_TYPES, type CounselingType } from '../../shared/activities/counseling-module.js';
import type { Database } from '../db/schema.js';

/** A counseling activity as the take-home report reads it. */
export interface ReportActivityRow {
  id: string;
  type: CounselingType;
  config: unknown;
}

/** What the take-home report reads that no other store offers: every counseling activity of a program. */
export class ReportReadStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Any status (a closed activity still belongs in the report), in the order they were made. */
  async counselingActivities(programId: string): Promise<ReportActivityRow[]> {
    const rows = await this.db
      .selectFrom('activities')
      .select(['id', 'type', 'config'])
      .where('program_id', '=', programId)
      .where('type', 'in', COUNSELING_TYPES)
      .orderBy('created_at')
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      type: row.type as CounselingType,
      config: JSON.parse(row.config) as unknown,
    }));
  }
}
