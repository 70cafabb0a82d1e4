import fc from 'fast-check';
import type { Storage } from '../../server/storage/index.js';
import { OUTCOME_STATUSES } from '../../shared/outcomes/latest.js';
import { rawQuery } from './counseling-fixture.js';

/** Programs, members, attendance, scores and outcomes for the figure store's contract test. */
export const DATES = ['2025-06-10', '2025-06-12', '2025-06-14', '2025-06-15', '2025-06-17', '2025-06-19'];

export type Attendance =
  { kind: 'none' } | { kind: 'join' } | { kind: 'correct'; present: boolean; hours: number | null };
export interface MemberSpec {
  days: Attendance[];
  pre: number | null | undefined;
  post: number | null | undefined;
  outcomes: { checkpoint: number; status: number; asOf: number; corrects: boolean }[];
}
export interface ProgramSpec {
  dayIndexes: number[];
  minutes: number[];
  members: MemberSpec[];
  threshold: number;
}

const attendanceArb: fc.Arbitrary<Attendance> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.constant({ kind: 'join' as const }),
  fc.record({
    kind: fc.constant('correct' as const),
    present: fc.boolean(),
    hours: fc.option(fc.integer({ min: 0, max: 40 }).map((q) => q / 4)),
  }),
);
// Scores as a 12-item mean takes them: twelfths, so sums carry rounding.
const scoreArb = fc.option(
  fc.integer({ min: 12, max: 60 }).map((k) => k / 12),
  { nil: undefined },
);
export const programArb: fc.Arbitrary<ProgramSpec> = fc
  .uniqueArray(fc.integer({ min: 0, max: DATES.length - 1 }), { minLength: 1, maxLength: 4 })
  .chain((dayIndexes) =>
    fc.record({
      dayIndexes: fc.constant(dayIndexes),
      minutes: fc.array(
        fc.integer({ min: 1, max: 8 }).map((h) => h * 45),
        {
          minLength: dayIndexes.length,
          maxLength: dayIndexes.length,
        },
      ),
      threshold: fc.constantFrom(0.5, 0.8, 1),
      members: fc.array(
        fc.record({
          days: fc.array(attendanceArb, { minLength: dayIndexes.length, maxLength: dayIndexes.length }),
          pre: fc.oneof(scoreArb, fc.constant(null)),
          post: fc.oneof(scoreArb, fc.constant(null)),
          outcomes: fc.array(
            fc.record({
              checkpoint: fc.constantFrom(0, 1, 3, 6, 12),
              status: fc.integer({ min: 0, max: OUTCOME_STATUSES.length - 1 }),
              asOf: fc.integer({ min: 0, max: 3 }),
              corrects: fc.boolean(),
            }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 6 },
      ),
    }),
  );

/** Makers over one open storage (and its URL, for rows straight into a table). */
export function figureWorld(storage: Storage, url: string) {
  async function makeCenter() {
    const centerId = (await storage.centers.create('센터')).id;
    const admin = (await storage.facilitators.create({
      centerId,
      role: 'admin',
      email: `${crypto.randomUUID()}@center.kr`,
      name: '진행자',
      passwordHash: 'h',
    }))!;
    return { centerId, admin };
  }

  /** A program with its days, swls pre and post waves, and members registered through the store. */
  async function makeProgram(centerId: string, adminId: string, dates: string[], minutes: number[]) {
    const program = await storage.programs.create({
      centerId,
      createdBy: adminId,
      body: {
        title: '프로그램',
        group: '',
        facilitatorIds: [adminId],
        templateId: null,
        trackId: null,
        days: dates.map((date, i) => {
          const end = 9 * 60 + (minutes[i] ?? 60);
          const time = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          // The day's planned hours are its modules' minutes.
          const modules = [
            { key: `d${i}`, moduleId: null, title: '모듈', minutes: minutes[i] ?? 60, activities: [] },
          ];
          return { date, startTime: '09:00', endTime: time(end), modules };
        }),
      },
    });
    const plan = await storage.assessments.replacePlan({
      programId: program.id,
      version: 0,
      waves: (['pre', 'post'] as const).map((kind) => ({
        instrumentId: 'swls',
        kind,
        plannedDayId: null,
        instrumentVersion: 1,
        anonymous: false,
      })),
    });
    if (!plan.ok) throw new Error(plan.code);
    const wave = (kind: 'pre' | 'post') =>
      plan.waves.find((w) => w.instrumentId === 'swls' && w.kind === kind)!;
    return { program, wave };
  }

  /** Score rows straight into the table (the scoring path has its own contract), many per statement. */
  async function insertScores(
    rows: { waveId: string; memberId: string; programId: string; kind: string; score: number | null }[],
  ) {
    for (let i = 0; i < rows.length; i += 400) {
      const chunk = rows.slice(i, i + 400);
      await rawQuery(
        url,
        `insert into instrument_scores (wave_id, member_id, program_id, instrument_id, instrument_version, kind,
           score, answered, missing, prorated, subscales, item_values, submitted_at)
         values ${chunk.map(() => `(?, ?, ?, 'swls', 1, ?, ?, 1, 0, 0, '{}', '{}', 1)`).join(', ')}`,
        chunk.flatMap((r) => [r.waveId, r.memberId, r.programId, r.kind, r.score]),
      );
    }
  }

  async function registerMembers(programId: string, n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const m = await storage.members.register({
        programId,
        nickname: `참여자${i}`,
        realName: null,
        intake: null,
        pinHash: 'pin',
        tokenHash: `token-${crypto.randomUUID()}`,
      });
      ids.push(m!.id);
    }
    return ids;
  }

  return { makeCenter, makeProgram, insertScores, registerMembers };
}
