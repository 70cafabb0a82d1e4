import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FigureScope, ScopedProgram } from '../../../shared/figures/rows.js';
import type { Database } from '../../db/schema.js';

/**
 * The programs a figure covers: the center's, narrowed by the filters, each with its first and last
 * day. The date range is applied here, in TypeScript, on 'YYYY-MM-DD' text: a program is in
 * [from, to] by its last day, and one still running is in with its figures so far (design §6.1, Q1).
 * A program with no days has no last day, so it is in no date range.
 */
export async function scopedPrograms(db: Kysely<Database>, scope: FigureScope): Promise<ScopedProgram[]> {
  if (scope.programIds && scope.programIds.length === 0) return [];
  let query = db
    .selectFrom('programs as p')
    .leftJoin('program_days as d', 'd.program_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.title',
      'p.group_label',
      'p.template_id',
      'p.track_id',
      'p.status',
      'p.created_at',
      eb.fn.min('d.date').as('first_day'),
      eb.fn.max('d.date').as('last_day'),
    ])
    .where('p.center_id', '=', scope.centerId)
    .groupBy(['p.id', 'p.title', 'p.group_label', 'p.template_id', 'p.track_id', 'p.status', 'p.created_at']);
  if (scope.programIds) query = query.where('p.id', 'in', [...scope.programIds]);
  if (scope.templateId !== undefined) query = query.where('p.template_id', '=', scope.templateId);
  if (scope.facilitatorId !== undefined) {
    const facilitatorId = scope.facilitatorId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('program_facilitators as pf')
          .select('pf.program_id')
          .whereRef('pf.program_id', '=', 'p.id')
          .where('pf.facilitator_id', '=', facilitatorId),
      ),
    );
  }
  const rows = await query
    .orderBy('last_day', 'desc')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .execute();
  const ranged = scope.from !== undefined || scope.to !== undefined;
  return rows
    .map((r): ScopedProgram => ({
      id: r.id,
      title: r.title,
      group: r.group_label,
      templateId: r.template_id,
      trackId: r.track_id,
      status: r.status,
      firstDay: (r.first_day as string | null) ?? null,
      lastDay: (r.last_day as string | null) ?? null,
    }))
    .filter(
      (p) =>
        !ranged ||
        (p.lastDay !== null &&
          (scope.from === undefined || p.lastDay >= scope.from) &&
          (scope.to === undefined || p.lastDay <= scope.to)),
    );
}

/**
 * The scoped programs as a common table expression, `p(program_id)`, for the figure queries: one list
 * of ids decided in TypeScript, joined by every query, so no query repeats the filters.
 */
export function programsCte(programIds: readonly string[]): RawBuilder<unknown> {
  return sql`p(program_id) as (values ${sql.join(programIds.map((id) => sql`(${id})`))})`;
}

/** Numbers as the drivers return them: PostgreSQL's count and sum of integers are bigint strings. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
