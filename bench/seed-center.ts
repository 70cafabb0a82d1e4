/**
 * The reporting scenario's center (bench/center-figures.ts), seeded in the app child over IPC
 * (`seed:center`): 200 ended programs × 20 members × 4 days over the past year, with what a year of
 * use leaves behind — ended day sessions and their participants, attendance (10% absent, 5% corrected),
 * SWLS and life-satisfaction pre and post (5% without post) with the member answers behind them, the
 * released anonymous satisfaction survey, and follow-up outcomes at 0/1/3/6 months with corrections.
 *
 * Setup, not measured: programs are made by `storage.programs.create` (join code, days, the default
 * wave plan read from the agenda), everything else by batched inserts in one transaction per 50
 * programs, in the table shapes the stores write (scores and responses through `scoreWave`, as
 * `insertScore` and the survey's hand-in and release do). Referrals are not built, so none are seeded.
 */
import type { Kysely, Transaction } from 'kysely';
import { scoreWave } from '../shared/assessment/score.js';
import { programById } from '../shared/content/index.js';
import {
  addDays,
  CENTER_TIME_ZONE,
  centerEpoch,
  consecutiveWeekdays,
  todayIn,
} from '../shared/program/dates.js';
import { addMonths, retainUntil } from '../shared/program/retention.js';
import type { AgendaModule } from '../shared/program/schemas.js';
import type { Database } from '../server/db/schema.js';
import type { Storage } from '../server/storage/index.js';
import { releaseJoinCode } from '../server/storage/join-codes.js';
import { seededOutcomes } from './seed-center-outcomes.js';
import { seededSchedule, type Rows, type SeededProgramShape } from './seed-center-rows.js';
import { seededRandom } from './stats.js';

export const CENTER_PROGRAMS = 200;
export const CENTER_MEMBERS = 20;
export const CENTER_DAYS = 4;
/** Catalog programs the seeded ones are made from, in turn (the dashboard's template filter). */
export const CENTER_TEMPLATES = ['seongchwi', 'hope', 'cap', 'youth-gym'] as const;
const PROGRAMS_PER_TRANSACTION = 50;
const ROWS_PER_INSERT = 400;

/** What the seed wrote: row counts per table and what each export's sheets must hold. */
export interface CenterSeed {
  counts: Record<string, number>;
  /** Data rows (no header) per sheet name of each dataset's workbook. */
  expectedSheets: Record<string, Record<string, number>>;
  from: string;
  to: string;
  seedMs: number;
}

const line = (key: string, instrumentId: string, title: string) => ({
  key,
  type: 'instrument' as const,
  title,
  minutes: 15,
  instrumentId,
});

/** Day 1 takes the pre, day 4 the post and the end-of-program survey: `defaultWaves` plans five waves. */
function agenda(day: number): AgendaModule[] {
  if (day === 1)
    return [
      {
        key: 'open',
        moduleId: null,
        title: '시작: 사전 자기평가',
        minutes: 120,
        activities: [
          line('pre-swls', 'swls', '사전: 삶의 만족'),
          line('pre-ls', 'life-satisfaction', '사전: 만족도'),
        ],
      },
    ];
  if (day === CENTER_DAYS)
    return [
      {
        key: 'close',
        moduleId: null,
        title: '마무리: 사후 자기평가',
        minutes: 120,
        activities: [
          line('post-swls', 'swls', '사후: 삶의 만족'),
          line('post-ls', 'life-satisfaction', '사후: 만족도'),
          line('survey', 'program-satisfaction', '프로그램 만족도 조사'),
        ],
      },
    ];
  return [{ key: `day${day}`, moduleId: null, title: '직업 탐색과 서류 준비', minutes: 180, activities: [] }];
}

async function insertMany(trx: Transaction<Database>, rows: Rows): Promise<void> {
  for (const [table, list] of rows) {
    for (let i = 0; i < list.length; i += ROWS_PER_INSERT)
      await trx
        .insertInto(table)
        .values(list.slice(i, i + ROWS_PER_INSERT) as never)
        .execute();
  }
}

export async function seedCenter(
  storage: Storage,
  db: Kysely<Database>,
  who: { centerId: string; facilitatorId: string },
): Promise<CenterSeed> {
  const started = performance.now();
  const random = seededRandom(20_261_201);
  const today = todayIn(CENTER_TIME_ZONE);
  const from = addDays(today, -365);
  const counts: Record<string, number> = {};
  const sheets = { swls: 0, ls: 0, history: 0, latest: 0, survey: 0 };
  const made: SeededProgramShape[] = [];
  for (let i = 0; i < CENTER_PROGRAMS; i++) {
    const templateId = CENTER_TEMPLATES[i % CENTER_TEMPLATES.length] as string;
    // First days spread over the past year; the last one ends a fortnight ago.
    const first = addDays(from, 1 + Math.floor((i * (365 - 16)) / CENTER_PROGRAMS));
    const dates = consecutiveWeekdays(first, CENTER_DAYS);
    const program = await storage.programs.create({
      centerId: who.centerId,
      createdBy: who.facilitatorId,
      body: {
        title: `${programById.get(templateId)?.name.ko ?? templateId} ${Math.floor(i / 4) + 1}기`,
        group: '청년',
        facilitatorIds: [who.facilitatorId],
        templateId,
        trackId: null,
        days: dates.map((date, d) => ({
          date,
          startTime: '09:30',
          endTime: '15:30',
          modules: agenda(d + 1),
        })),
      },
    });
    const days = program.days.map((d) => ({ id: d.id, date: d.date }));
    made.push({ id: program.id, title: program.title, code: program.code, days });
  }
  counts.programs = made.length;

  for (let start = 0; start < made.length; start += PROGRAMS_PER_TRANSACTION) {
    await db.transaction().execute(async (trx) => {
      const waves = await trx
        .selectFrom('assessment_waves')
        .selectAll()
        .where(
          'program_id',
          'in',
          made.slice(start, start + PROGRAMS_PER_TRANSACTION).map((p) => p.id),
        )
        .execute();
      for (const program of made.slice(start, start + PROGRAMS_PER_TRANSACTION)) {
        const schedule = seededSchedule({
          program,
          waves: waves.filter((w) => w.program_id === program.id),
          facilitatorId: who.facilitatorId,
          members: CENTER_MEMBERS,
          random,
          score: scoreWave,
        });
        const outcomes = seededOutcomes({
          program,
          memberIds: schedule.memberIds,
          facilitatorId: who.facilitatorId,
          today,
          addMonths,
          random,
        });
        await insertMany(trx, schedule.rows);
        await insertMany(trx, outcomes.rows);
        for (const w of schedule.waveUpdates)
          await trx
            .updateTable('assessment_waves')
            .set((eb) => ({ ...w.set, version: eb('version', '+', 1) }))
            .where('id', '=', w.id)
            .execute();
        const lastDay = program.days.at(-1)?.date ?? today;
        const endedAt = centerEpoch(lastDay, '16:00');
        await trx
          .updateTable('programs')
          .set({ status: 'ended', ended_at: endedAt, retain_until: retainUntil(endedAt) })
          .where('id', '=', program.id)
          .execute();
        await releaseJoinCode(trx, program.id);
        for (const [table, list] of [...schedule.rows, ...outcomes.rows])
          counts[table] = (counts[table] ?? 0) + list.length;
        for (const [k, v] of Object.entries(schedule.tallies)) counts[k] = (counts[k] ?? 0) + v;
        for (const [k, v] of Object.entries(outcomes.tallies)) counts[k] = (counts[k] ?? 0) + v;
        sheets.swls += schedule.scores.swls ?? 0;
        sheets.ls += schedule.scores['life-satisfaction'] ?? 0;
        sheets.survey += schedule.tallies.surveyResponses;
        sheets.history += outcomes.tallies.outcomes;
        sheets.latest += outcomes.tallies.membersWithOutcome;
      }
    });
  }
  return {
    counts,
    expectedSheets: {
      roster: { 출석부: (counts.program_members ?? 0) * CENTER_DAYS },
      instruments: { '삶의 만족 척도 (SWLS)': sheets.swls, '삶의 만족도 (한 문항)': sheets.ls },
      outcomes: { '사후관리 이력': sheets.history, 최신: sheets.latest },
      satisfaction: { 만족도: sheets.survey },
    },
    from,
    to: today,
    seedMs: performance.now() - started,
  };
}
