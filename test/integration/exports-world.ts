import { expect } from 'vitest';
import { addDays } from '../../shared/program/dates.js';
import { LocalExportLimiter } from '../../server/limits/export-limiter.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';
import { addMember, createProgram, scratchBody, today } from './program-fixtures.js';

/**
 * The world test/integration/exports.test.ts exports: a program of two days (yesterday and today)
 * with four members — two of them formula payloads —, attendance with a correction, SWLS pre and post
 * scored four ways (a phone's submit, the close's automatic submit, two staff entries), follow-up
 * outcomes with a correction; and an admin's program of 2024 the facilitator is not on.
 */

/** Holds the next acquired slot until the test lets it go: a concurrent export without timing. */
export class HeldLimiter extends LocalExportLimiter {
  private next: { entered: () => void; gate: Promise<void> } | null = null;

  /** Arms the hold; resolves `entered` once an export holds the slot, which it keeps until `release`. */
  arm(): { entered: Promise<void>; release: () => void } {
    let entered!: () => void;
    let release!: () => void;
    const enteredP = new Promise<void>((r) => (entered = r));
    this.next = { entered, gate: new Promise<void>((r) => (release = r)) };
    return { entered: enteredP, release };
  }

  override async acquire(key: string): Promise<(() => void) | null> {
    const slot = await super.acquire(key);
    const hold = this.next;
    if (slot && hold) {
      this.next = null;
      hold.entered();
      await hold.gate;
    }
    return slot;
  }
}

const postgresUnavailable = await postgresBackend.available();
if (postgresUnavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${postgresUnavailable}`);
export const EXPORT_BACKENDS: { name: string; start: (limiter: HeldLimiter) => Promise<TestApp> }[] = [
  { name: 'SQLite', start: (exportLimiter) => startTestApp({ exportLimiter }) },
  ...(postgresUnavailable
    ? []
    : [
        {
          name: 'PostgreSQL',
          start: async (exportLimiter: HeldLimiter) => {
            const database = await createPostgresDatabase();
            const t = await startTestApp({ databaseUrl: database.url, exportLimiter });
            return { ...t, close: async () => (await t.close(), await database.drop()) };
          },
        },
      ]),
];

export const HYPERLINK = '=HYPERLINK("http://evil.example","클릭")';
export const FULL_WIDTH_PLUS = '＋1';
export const NICKNAMES = ['민지', HYPERLINK, FULL_WIDTH_PLUS, '준호'];

export async function exportWorld(t: TestApp) {
  const m: Record<string, string> = {};
  const admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
  const runner = await loginFacilitator(t, 'runner@center.kr', {
    role: 'facilitator',
    centerId: admin.user.centerId,
  });
  const dates = [addDays(today(), -1), today()];
  const program = await createProgram(
    t,
    runner.cookie,
    scratchBody([runner.user.id], dates, '봄 취업 프로그램'),
  );
  const other = await createProgram(
    t,
    admin.cookie,
    scratchBody([admin.user.id], ['2024-05-02'], '관리자 프로그램'),
  );
  for (const name of NICKNAMES) m[name] = (await addMember(t.storage, program.id, name)).id;
  await addMember(t.storage, other.id, '다른참여자');
  const [day1, day2] = program.days;
  // Attendance: 민지 joins both days; a correction with a formula in its note; 준호 never comes.
  await t.storage.attendance.recordJoin(day1!.id, m['민지']!);
  await t.storage.attendance.recordJoin(day2!.id, m['민지']!);
  await t.storage.attendance.recordJoin(day1!.id, m[HYPERLINK]!);
  await t.storage.attendance.correct(
    day2!.id,
    m[HYPERLINK]!,
    { present: true, hours: 1, note: '=1+1' },
    runner.user.id,
  );

  // SWLS pre and post, planned on the program (a scratch program has no default waves).
  const plan = await t.storage.assessments.plan(program.id);
  const planned = await t.storage.assessments.replacePlan({
    programId: program.id,
    version: plan!.version,
    waves: (['pre', 'post'] as const).map((kind) => ({
      instrumentId: 'swls',
      kind,
      plannedDayId: null,
      instrumentVersion: 1,
      anonymous: false,
    })),
  });
  if (!planned.ok) throw new Error(planned.code);
  const [pre, post] = planned.waves;
  const started = await t.storage.sessions.startProgramDay({
    programId: program.id,
    dayId: day1!.id,
    code: program.code,
    title: '1일차',
    facilitatorId: runner.user.id,
    activities: () => [],
  });
  if (typeof started === 'string') throw new Error(started);
  const opened = await t.storage.assessments.open({ waveId: pre!.id, title: 'SWLS' });
  if (!opened.ok) throw new Error(opened.code);
  const activityId = opened.wave.activityId!;
  const answer = async (member: string, values: number[]) => {
    for (const [i, value] of values.entries()) {
      const r = await t.storage.memberAnswers.submit({
        activityId,
        memberId: m[member]!,
        answerId: crypto.randomUUID(),
        itemKey: `swls-${i + 1}`,
        value,
      });
      expect(r).toMatchObject({ ok: true });
    }
  };
  // 민지 submits on her phone; ＋1 answers and leaves it: the close submits for them.
  await answer('민지', [5, 6, 5, 4, 5]);
  expect(await t.storage.assessments.submit({ activityId, memberId: m['민지']! })).toMatchObject({
    ok: true,
  });
  await answer(FULL_WIDTH_PLUS, [3, 3, 2, 4, 3]);
  expect(await t.storage.assessments.close(pre!.id)).toMatchObject({ ok: true });
  // Paper forms entered by staff: the HYPERLINK member's pre with one item skipped, 민지's post.
  const enter = async (waveId: string, member: string, answers: Record<string, number | null>) =>
    expect(
      await t.storage.assessments.enterResponse({
        waveId,
        memberId: m[member]!,
        requestId: crypto.randomUUID(),
        takenOn: day2!.date,
        answers,
        enteredBy: runner.user.id,
      }),
    ).toMatchObject({ ok: true });
  await enter(pre!.id, HYPERLINK, { 'swls-1': 7, 'swls-2': 6, 'swls-3': null, 'swls-4': 7, 'swls-5': 6 });
  await enter(post!.id, '민지', { 'swls-1': 6, 'swls-2': 7, 'swls-3': 6, 'swls-4': 6, 'swls-5': 7 });

  // Outcomes: one corrected (history keeps both), a company that starts with a minus.
  const record = (member: string, extra: object) =>
    t.storage.outcomes.record({
      requestId: crypto.randomUUID(),
      programId: program.id,
      memberId: m[member]!,
      recordedBy: runner.user.id,
      checkpointMonths: 0,
      asOf: today(),
      status: 'seeking',
      employedOn: null,
      company: null,
      occupation: null,
      employmentType: null,
      placement: null,
      trainingName: null,
      note: null,
      supersedesId: null,
      ...extra,
    });
  const wrong = await record('민지', { status: 'employed', employedOn: day1!.date, placement: 'self' });
  if (typeof wrong === 'string') throw new Error(wrong);
  await record('민지', {
    status: 'employed',
    employedOn: day1!.date,
    placement: 'placed',
    company: '-2 주식회사',
    employmentType: 'regular',
    supersedesId: wrong.outcome.id,
  });
  await record(FULL_WIDTH_PLUS, { note: '@연락 다시' });
  return { admin, runner, program, other, m };
}
