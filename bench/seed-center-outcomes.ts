/**
 * One seeded program's follow-up outcomes (bench/seed-center.ts), as `storage.outcomes.record` stores
 * them: at completion and 1, 3 and 6 months after the last day (those already due by today), and 5%
 * corrected — a second row superseding the first, which stays as history. Pure, from a seeded source.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { centerEpoch } from '../shared/program/dates.js';
import type { Database } from '../server/db/schema.js';
import type { Rows, SeededProgramShape } from './seed-center-rows.js';

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const STATUSES = [
  'employed',
  'employed',
  'training',
  'seeking',
  'seeking',
  'unreachable',
  'declined',
] as const;
const TYPES = ['regular', 'fixed-term', 'part-time', 'daily', 'self-employed', 'other'] as const;

export function seededOutcomes(input: {
  program: SeededProgramShape;
  memberIds: string[];
  facilitatorId: string;
  today: string;
  addMonths: (date: string, months: number) => string;
  random: () => number;
}) {
  const { random } = input;
  const lastDay = input.program.days.at(-1)?.date as string;
  const outcomes: Insertable<Database['follow_up_outcomes']>[] = [];
  const corrections: Insertable<Database['follow_up_outcomes']>[] = [];
  let membersWithOutcome = 0;
  const record = (
    memberId: string,
    months: number,
    asOf: string,
    recordedAt: number,
    supersedes: string | null,
  ) => {
    const status = pick(random, STATUSES);
    const employed = status === 'employed';
    return {
      id: randomUUID(),
      program_id: input.program.id,
      member_id: memberId,
      checkpoint_months: months,
      as_of: asOf,
      status,
      employed_on: employed ? asOf : null,
      company: employed ? `(주)한빛물류 ${Math.floor(random() * 90) + 10}` : null,
      occupation: employed ? pick(random, ['사무보조', '물류 관리', '생산직', '고객 상담']) : null,
      employment_type: employed ? pick(random, TYPES) : null,
      placement: employed ? pick(random, ['self', 'placed'] as const) : null,
      training_name: status === 'training' ? '국민내일배움카드 전산회계' : null,
      note: supersedes ? '정정: 전화 재확인' : random() < 0.2 ? '전화 상담으로 확인' : null,
      supersedes_id: supersedes,
      recorded_by: input.facilitatorId,
      recorded_at: recordedAt,
      request_id: randomUUID(),
    };
  };
  for (const memberId of input.memberIds) {
    let any = false;
    for (const months of [0, 1, 3, 6]) {
      const asOf = months === 0 ? lastDay : input.addMonths(lastDay, months);
      if (asOf > input.today) continue;
      any = true;
      const recordedAt = centerEpoch(asOf, '11:00') + Math.floor(random() * 5 * 60 * 60_000);
      const row = record(memberId, months, asOf, recordedAt, null);
      outcomes.push(row);
      if (random() < 0.05) corrections.push(record(memberId, months, asOf, recordedAt + 86_400_000, row.id));
    }
    if (any) membersWithOutcome++;
  }
  const rows: Rows = [['follow_up_outcomes', [...outcomes, ...corrections]]] as Rows;
  return {
    rows,
    tallies: {
      outcomes: outcomes.length + corrections.length,
      outcomeCorrections: corrections.length,
      membersWithOutcome,
    },
  };
}
