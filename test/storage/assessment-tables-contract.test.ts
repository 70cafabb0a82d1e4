import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { assessmentWorld, DATES, DEFAULT_PLAN, expectRefused } from './assessment-fixture.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { countRows, rawQuery } from './counseling-fixture.js';

/**
 * Migration 013's tables (docs/design/assessments-reports.md §9.1) on both databases: what their
 * checks and keys refuse, and that removing a member, a day or a program leaves no orphan rows.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`assessment tables contract: ${backend.name}`, () =>
    contract(backend),
  );
}

const T = Date.parse('2025-03-10T01:00:00Z');

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  it('the database refuses what its checks and keys forbid', async () => {
    const w = await assessmentWorld(storage);
    const other = await assessmentWorld(storage, ['남']);
    const pre = w.wave('swls', 'pre');
    const p = w.program.id;
    const insertWave = `insert into assessment_waves (id, program_id, instrument_id, instrument_version, kind,
      status, anonymous, opened_at, closed_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`;
    const wave = (
      instrument: string,
      kind: string,
      version = 1,
      status = 'planned',
      anon = 0,
      opened: number | null = null,
      closed: number | null = null,
    ) => [crypto.randomUUID(), p, instrument, version, kind, status, anon, opened, closed];
    await rawQuery(url, insertWave, wave('rosenberg-self-esteem', 'pre')); // the baseline passes
    await expectRefused(url, insertWave, wave('x', 'middle'));
    await expectRefused(url, insertWave, wave('x', 'pre', 0));
    await expectRefused(url, insertWave, wave('x', 'pre', 1, 'running'));
    await expectRefused(url, insertWave, wave('x', 'pre', 1, 'planned', 1)); // anonymous only for once
    await expectRefused(url, insertWave, wave('x', 'once', 1, 'planned', 2));
    await expectRefused(url, insertWave, wave('x', 'once', 1, 'open')); // open without opened_at
    await expectRefused(url, insertWave, wave('x', 'once', 1, 'closed', 0, T)); // closed without closed_at
    await expectRefused(url, insertWave, wave('swls', 'pre')); // one wave per (program, instrument, kind)

    const insertScore = `insert into instrument_scores (wave_id, member_id, program_id, instrument_id,
      instrument_version, kind, score, answered, missing, prorated, subscales, item_values, submitted_at,
      taken_day_number, auto_submitted, entered_by, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '{}', 1, ?, ?, ?, ?)`;
    const score = (o: Record<string, unknown> = {}) => {
      const v = {
        wave: pre.id,
        member: w.ids[0],
        program: p,
        instrument: 'swls',
        version: 1,
        kind: 'pre',
        score: 20,
        answered: 5,
        missing: 0,
        prorated: 0,
        day: null,
        auto: 0,
        by: null,
        request: null,
        ...o,
      };
      return [
        v.wave,
        v.member,
        v.program,
        v.instrument,
        v.version,
        v.kind,
        v.score,
        v.answered,
        v.missing,
        v.prorated,
        v.day,
        v.auto,
        v.by,
        v.request,
      ];
    };
    await expectRefused(url, insertScore, score({ score: 3, answered: 0 })); // a score from no answer
    await expectRefused(url, insertScore, score({ answered: -1 }));
    await expectRefused(url, insertScore, score({ missing: -1 }));
    await expectRefused(url, insertScore, score({ prorated: 2 }));
    await expectRefused(url, insertScore, score({ auto: 1, by: w.admin.id })); // staff entry is never automatic
    await expectRefused(url, insertScore, score({ day: 0 }));
    await expectRefused(url, insertScore, score({ instrument: 'rosenberg-self-esteem' })); // not the wave's
    await expectRefused(url, insertScore, score({ version: 2 }));
    await expectRefused(url, insertScore, score({ kind: 'post' }));
    await expectRefused(url, insertScore, score({ member: other.ids[0] })); // a member of another program
    await expectRefused(url, insertScore, score({ program: other.program.id }));
    await rawQuery(url, insertScore, score({ request: 'r1' }));
    await expectRefused(url, insertScore, score()); // once per (wave, member)
    await expectRefused(url, insertScore, score({ member: w.ids[1], request: 'r1' })); // a request id once
    expect(await countRows(url, 'instrument_scores')).toBe(1);
  });

  it('cascades: a removed member, day or program leaves no orphan rows', async () => {
    const w = await assessmentWorld(storage);
    const keep = await assessmentWorld(storage, ['남']);
    const pre = w.wave('swls', 'pre');
    const post = w.wave('swls', 'post');
    const enter = (waveId: string, memberId: string, takenOn: string | null) =>
      storage.assessments.enterResponse({
        waveId,
        memberId,
        requestId: crypto.randomUUID(),
        takenOn,
        answers: { 'swls-1': 4, 'swls-2': 4, 'swls-3': 4, 'swls-4': 4, 'swls-5': 4 },
        enteredBy: w.admin.id,
      });
    for (const m of w.ids) expect(await enter(pre.id, m, DATES[0])).toMatchObject({ ok: true });
    expect(await enter(post.id, w.ids[0]!, DATES[2])).toMatchObject({ ok: true });
    expect(await enter(keep.wave('swls', 'pre').id, keep.ids[0]!, null)).toMatchObject({ ok: true });
    const replanned = await storage.assessments.replacePlan({
      programId: w.program.id,
      version: 1,
      waves: [{ ...DEFAULT_PLAN[0]!, plannedDayId: w.program.days[1]!.id }, ...DEFAULT_PLAN.slice(1)],
    });
    expect(replanned.ok).toBe(true);

    await rawQuery(url, 'delete from program_members where id = ?', [w.ids[1]]);
    expect(await countRows(url, 'instrument_scores', 'member_id = ?', [w.ids[1]])).toBe(0);
    await rawQuery(url, 'delete from program_days where id = ?', [w.program.days[1]!.id]);
    expect((await storage.assessments.get(pre.id))!.plannedDayId).toBeNull(); // back to the default day
    await rawQuery(url, 'delete from program_days where id = ?', [w.program.days[0]!.id]);
    expect((await storage.assessments.scores(pre.id)).map((s) => s.takenDayId)).toEqual([null, null, null]);

    await rawQuery(url, 'delete from programs where id = ?', [w.program.id]);
    expect(await countRows(url, 'assessment_waves', 'program_id = ?', [w.program.id])).toBe(0);
    expect(await countRows(url, 'instrument_scores', 'program_id = ?', [w.program.id])).toBe(0);
    expect(
      await countRows(url, 'instrument_scores', 'wave_id not in (select id from assessment_waves)'),
    ).toBe(0);
    expect(
      await countRows(url, 'instrument_scores', 'member_id not in (select id from program_members)'),
    ).toBe(0);
    expect(await countRows(url, 'assessment_waves')).toBe(3); // the other program's plan
    expect(await countRows(url, 'instrument_scores')).toBe(1);
  });
}
