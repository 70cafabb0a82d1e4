import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { programFigures, type ProgramFigures } from '../../shared/figures/program-figures.js';
import { employmentRate } from '../../shared/outcomes/employment.js';
import { OUTCOME_STATUSES } from '../../shared/outcomes/latest.js';
import { buildRoster } from '../../shared/program/roster.js';
import { comparePrePost } from '../../shared/scoring/prepost.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { rawQuery } from './counseling-fixture.js';
import { HEALTH_GROUP } from '../../shared/figures/rows.js';
import { summarizeSatisfaction } from '../../shared/scoring/satisfaction.js';
import { DATES, figureWorld, programArb } from './figures-fixture.js';
import {
  answersOf,
  insertReferrals,
  insertSurvey,
  referralsArb,
  responsesArb,
  SURVEY,
} from './figures-survey-fixture.js';

/**
 * The figure store (server/storage/figures/) on every backend: its SQL sums, through the pure
 * shared/figures, equal the pure definitions on the same rows — the roster's completion and attendance
 * so far (`buildRoster`, `computeCompletion`), `comparePrePost` and `employmentRate` — to 1e-9, on
 * fast-check generated programs; plus the constant change of design §2.7 at n = 7, 20 and 4,000.
 */
const TODAY = '2025-06-15';

for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} figures contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`figure store contract: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let world: ReturnType<typeof figureWorld>;
  beforeAll(async () => {
    ({ storage, url, cleanup } = await backend.open());
    world = figureWorld(storage, url);
  });
  afterAll(async () => {
    await cleanup();
  });

  /** What the pure definitions say of the stored rows, read back through the other stores. */
  async function expected(programId: string, threshold: number) {
    const detail = (await storage.programs.detail(programId))!;
    const members = await storage.members.list(programId);
    const attendance = await storage.attendance.forProgram(programId);
    const roster = buildRoster({
      programId,
      threshold,
      today: TODAY,
      ended: detail.status === 'ended',
      days: detail.days,
      members,
      attendance: attendance.map((a) => ({ ...a, connected: false })),
    });
    const scores = await storage.assessments.scoresForProgram(programId);
    const side = (memberId: string, kind: string) =>
      scores.find((s) => s.memberId === memberId && s.kind === kind)?.score ?? null;
    const prePost = comparePrePost(
      members.map((m) => ({ participantId: m.id, pre: side(m.id, 'pre'), post: side(m.id, 'post') })),
    );
    const outcomes = await storage.outcomes.listForProgram(programId);
    const employment = employmentRate(
      roster.members.map((m) => ({
        completed: m.completed,
        outcomes: outcomes
          .filter((o) => o.memberId === m.id)
          .map((o) => ({
            asOf: o.asOf,
            recordedAt: o.recordedAt,
            superseded: o.supersededBy !== null,
            checkpointMonths: o.checkpointMonths,
            status: o.status,
            placement: o.placement ?? null,
          })),
      })),
    );
    return { roster, prePost, employment };
  }

  const close = (a: number | null | undefined, b: number | null | undefined) => {
    if (a === null || a === undefined || b === null || b === undefined)
      return expect(a ?? null).toBe(b ?? null);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
  };

  function compare(f: ProgramFigures, e: Awaited<ReturnType<typeof expected>>) {
    const { roster, prePost, employment } = e;
    expect(f.members).toBe(roster.members.length);
    expect(f.attendance.heldDays).toBe(roster.attendance.heldDays);
    close(f.attendance.heldHours, roster.attendance.heldHours);
    close(f.attendance.rate, roster.attendance.rate);
    expect(f.completion.completed).toBe(roster.completion.completedCount);
    expect(f.completion.expected).toBe(roster.completion.expectedCount);
    expect(f.completion.final).toBe(roster.completion.final);
    close(f.completion.rate, roster.completion.rate);
    close(f.completion.expectedRate, roster.completion.expectedRate);
    const p = f.prePost[0]!;
    expect(p.n).toBe(prePost.n);
    for (const key of ['meanPre', 'meanPost', 'meanChange', 'sdChange', 't', 'df', 'p', 'dz'] as const)
      close(p[key], prePost[key]);
    close(p.ci?.lower, prePost.ci?.lower);
    close(p.ci?.upper, prePost.ci?.upper);
    expect(p.testNote).toBe(prePost.testNote);
    expect([p.missingPre, p.missingPost, p.missingBoth]).toEqual([
      prePost.missingPre.length,
      prePost.missingPost.length,
      prePost.missingBoth.length,
    ]);
    expect(f.employment).toEqual(employment);
  }

  it('equals the roster, comparePrePost and employmentRate on generated programs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(programArb, { minLength: 1, maxLength: 3 }), async (specs) => {
        const threshold = specs[0]!.threshold;
        const { centerId, admin } = await world.makeCenter();
        const made: string[] = [];
        let clock = 1_700_000_000_000;
        for (const spec of specs) {
          const dates = spec.dayIndexes.map((i) => DATES[i]!);
          const { program, wave } = await world.makeProgram(centerId, admin.id, dates, spec.minutes);
          made.push(program.id);
          const ids = await world.registerMembers(program.id, spec.members.length);
          const scores: Parameters<typeof world.insertScores>[0] = [];
          for (const [i, m] of spec.members.entries()) {
            const memberId = ids[i]!;
            for (const [d, a] of m.days.entries()) {
              const day = program.days.find((x) => x.date === dates[d])!;
              if (a.kind === 'join') await storage.attendance.recordJoin(day.id, memberId);
              if (a.kind === 'correct')
                await storage.attendance.correct(day.id, memberId, { present: a.present, hours: a.hours });
            }
            for (const kind of ['pre', 'post'] as const) {
              const score = m[kind];
              if (score !== undefined)
                scores.push({ waveId: wave(kind).id, memberId, programId: program.id, kind, score });
            }
            const stored: string[] = [];
            for (const o of m.outcomes) {
              const status = OUTCOME_STATUSES[o.status]!;
              const supersedesId = o.corrects ? stored.pop() : undefined;
              const r = await storage.outcomes.record(
                {
                  programId: program.id,
                  memberId,
                  recordedBy: admin.id,
                  requestId: crypto.randomUUID(),
                  checkpointMonths: o.checkpoint,
                  asOf: `2025-07-0${o.asOf + 1}`,
                  status,
                  employedOn: status === 'employed' ? '2025-07-01' : null,
                  company: null,
                  occupation: null,
                  employmentType: null,
                  placement: status === 'employed' ? (o.asOf % 2 === 0 ? 'self' : 'placed') : null,
                  trainingName: null,
                  note: null,
                  supersedesId: supersedesId ?? null,
                },
                (clock += 1000),
              );
              if (typeof r === 'string') throw new Error(r);
              stored.push(r.outcome.id);
            }
          }
          await world.insertScores(scores);
        }
        const rows = await storage.figures.rows({ centerId, today: TODAY });
        const figures = programFigures(rows, threshold);
        expect(figures.map((f) => f.program.id).sort()).toEqual([...made].sort());
        for (const f of figures) compare(f, await expected(f.program.id, threshold));
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('equals summarizeSatisfaction on the released responses, never a pending one; counts referrals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ responses: responsesArb, referrals: referralsArb }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (specs) => {
          const { centerId, admin } = await world.makeCenter();
          const made = new Map<string, (typeof specs)[number]>();
          for (const spec of specs) {
            const { program } = await world.makeProgram(centerId, admin.id, ['2025-06-10'], [120]);
            made.set(program.id, spec);
            await insertSurvey(url, program.id, spec.responses);
            await insertReferrals(
              url,
              program.id,
              await world.registerMembers(program.id, 2),
              spec.referrals,
            );
          }
          const figures = programFigures(await storage.figures.rows({ centerId, today: TODAY }), 0.8);
          for (const f of figures) {
            const spec = made.get(f.program.id)!;
            const released = spec.responses.filter((r) => r.released);
            const [s] = f.satisfaction;
            if (released.length === 0) {
              expect(f.satisfaction).toEqual([]);
            } else {
              const e = summarizeSatisfaction(SURVEY, released.map(answersOf));
              expect(s!.respondents).toBe(e.respondents);
              expect(s!.overall.n).toBe(e.overall.n);
              close(s!.overall.mean, e.overall.mean);
              close(s!.overall.sd, e.overall.sd);
              expect(s!.overall.counts).toEqual(
                e.overall.distribution.counts.map(({ value, count }) => ({ value, count })),
              );
              expect(s!.items.map((i) => i.itemId)).toEqual(e.items.map((i) => i.itemId));
              for (const [k, item] of s!.items.entries()) {
                const ei = e.items[k]!;
                expect(item.n).toBe(ei.n);
                close(item.mean, ei.mean);
                close(item.sd, ei.sd);
                expect(item.counts).toEqual(
                  ei.distribution.counts.map(({ value, count }) => ({ value, count })),
                );
              }
            }
            const referred = spec.referrals;
            expect(f.referrals.total).toBe(referred.length);
            expect(f.referrals.connected).toBe(
              referred.filter((r) => r.statuses.at(-1) === 'connected').length,
            );
            const byService = new Map<string, number>();
            for (const r of referred) {
              const key = r.health ? HEALTH_GROUP : r.service;
              byService.set(key, (byService.get(key) ?? 0) + 1);
            }
            expect(Object.fromEntries(f.referrals.byService.map((b) => [b.service, b.count]))).toEqual(
              Object.fromEntries(byService),
            );
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 240_000);

  it('keeps a program in a date range by its last day, and narrows by facilitator and template', async () => {
    const { centerId, admin } = await world.makeCenter();
    const early = await world.makeProgram(centerId, admin.id, ['2025-03-28', '2025-04-02'], [120, 120]);
    const late = await world.makeProgram(centerId, admin.id, ['2025-04-30'], [120]);
    const ids = async (scope: Partial<Parameters<Storage['figures']['programs']>[0]>) =>
      (await storage.figures.programs({ centerId, today: TODAY, ...scope })).map((p) => p.id);
    expect(await ids({ from: '2025-04-01', to: '2025-04-30' })).toEqual([late.program.id, early.program.id]);
    expect(await ids({ from: '2025-03-01', to: '2025-03-31' })).toEqual([]);
    expect(await ids({ to: '2025-04-29' })).toEqual([early.program.id]);
    expect(await ids({ facilitatorId: crypto.randomUUID() })).toEqual([]);
    expect(await ids({ templateId: 'no-such-template' })).toEqual([]);
  });

  for (const n of [7, 20, 4000]) {
    it(`calls a constant change of 7.3 no variation at n = ${n}`, async () => {
      const { centerId, admin } = await world.makeCenter();
      const { program, wave } = await world.makeProgram(centerId, admin.id, ['2025-06-10'], [120]);
      const now = Date.now();
      const ids = Array.from({ length: n }, () => crypto.randomUUID());
      for (let i = 0; i < n; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await rawQuery(
          url,
          `insert into program_members (id, program_id, nickname, nickname_key, pin_hash, consented_at, created_at)
           values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          chunk.flatMap((id, j) => [id, program.id, `m${i + j}`, `m${i + j}`, 'pin', now, now]),
        );
      }
      // pre is a mean of 12 items; post = pre + 7.3, so every change is 7.3 up to rounding.
      const pre = (i: number) => ((i * 7) % 49) / 12 + 1;
      await world.insertScores(
        ids.flatMap((memberId, i) => [
          { waveId: wave('pre').id, memberId, programId: program.id, kind: 'pre', score: pre(i) },
          { waveId: wave('post').id, memberId, programId: program.id, kind: 'post', score: pre(i) + 7.3 },
        ]),
      );
      const rows = await storage.figures.rows({ centerId, today: TODAY });
      const [p] = programFigures(rows, 0.8)[0]!.prePost;
      expect(p).toMatchObject({ n, sdChange: 0, testNote: 'no-variation', t: null, p: null, dz: null });
      expect(p!.meanChange).toBeCloseTo(7.3, 9);
      expect(Math.abs(p!.group.ssChange!)).toBeLessThan(1e-9);
    }, 120_000);
  }
}
