import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '../../shared/export/cells.js';
import type { ExportLogView } from '../../shared/export/views.js';
import { addDays } from '../../shared/program/dates.js';
import type { ProgramDetail, RosterView } from '../../shared/program/views.js';
import { exportLogCutoff } from '../../server/export/log-retention.js';
import type { StoredScore } from '../../server/storage/index.js';
import type { TestApp } from '../helpers/app.js';
import {
  openpyxlMissing,
  parseCsv,
  readWithOpenpyxl,
  readWithSheetJs,
  records,
  type ReadSheet,
  type Value,
} from '../helpers/export-readers.js';
import {
  EXPORT_BACKENDS,
  exportWorld,
  FULL_WIDTH_PLUS,
  HeldLimiter,
  HYPERLINK,
  NICKNAMES,
} from './exports-world.js';
import { call, errorBody, expectStatus, today } from './program-fixtures.js';

/**
 * Exports over real HTTP on each database: a program with members, attendance, SWLS pre and post
 * scores (a phone's submit, an automatic submit at the close, staff entries) and follow-up outcomes,
 * exported as each dataset in XLSX — read back by SheetJS and by openpyxl — and CSV, and compared with
 * what the store holds. Formula payloads come back neutralised, numbers as numbers; a second XLSX of
 * the center while one is held gets `export_busy`; every export leaves one log row.
 */
const missing = openpyxlMissing();
if (missing && process.env.CI === 'true') throw new Error(`openpyxl is required under CI=true: ${missing}`);

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: Buffer;
}

const s = (v: Value) => (v && 's' in v ? v.s : null);
const cellText = (v: Value) => (v === null ? '' : 's' in v ? v.s : 'n' in v ? String(v.n) : v.d);

describe.each(EXPORT_BACKENDS)('exports on $name', ({ start }) => {
  const limiter = new HeldLimiter();
  let t: TestApp;
  let admin: { cookie: string; user: { id: string; centerId: string } };
  let runner: { cookie: string; user: { id: string } };
  let program: ProgramDetail;
  let other: ProgramDetail;
  let exportsMade = 0;
  let m: Record<string, string>;

  const download = async (path: string, cookie = runner.cookie): Promise<Download> => {
    const res = await fetch(`${t.url}${path}`, { headers: { cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status === 200) exportsMade++;
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      body,
    };
  };
  const xlsx = async (path: string, cookie?: string) => {
    const d = await download(path, cookie);
    expect(d.status, d.body.toString()).toBe(200);
    const sheetJs = readWithSheetJs(d.body);
    if (!missing) {
      // The second reader sees the same cells; its quotePrefix says which texts were neutralised.
      const py = readWithOpenpyxl(d.body);
      expect(py.map((x) => ({ name: x.name, rows: x.rows }))).toEqual(sheetJs);
      return py;
    }
    return sheetJs;
  };
  const csv = async (path: string, cookie?: string) => {
    const d = await download(path, cookie);
    expect(d.status, d.body.toString()).toBe(200);
    expect(d.type).toBe('text/csv; charset=utf-8');
    return parseCsv(d.body.toString('utf8'));
  };
  const programPath = (dataset: string, format: string, p = program) =>
    `/api/programs/${p.id}/exports/${dataset}?format=${format}`;

  beforeAll(async () => {
    t = await start(limiter);
    ({ admin, runner, program, other, m } = await exportWorld(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The stored scores with their member's nickname, the truth the instrument exports are read against. */
  async function storedScores(): Promise<(StoredScore & { nickname: string })[]> {
    const byId = new Map(Object.entries(m).map(([name, id]) => [id, name]));
    return (await t.storage.assessments.scoresForProgram(program.id)).map((x) => ({
      ...x,
      nickname: byId.get(x.memberId)!,
    }));
  }
  const KIND = { pre: '사전', post: '사후', once: '1회' } as const;

  it('exports one row per member per wave with the version, every item and the scores, in XLSX', async () => {
    const [sheet, ...more] = await xlsx(programPath('instruments', 'xlsx'));
    expect(more).toEqual([]);
    expect(sheet!.name).toBe('삶의 만족 척도 (SWLS)');
    const rows = records(sheet!.rows, (v) => s(v)!);
    const scores = await storedScores();
    expect(scores).toHaveLength(4);
    expect(rows).toHaveLength(scores.length);
    const header = sheet!.rows[0]!.map((v) => s(v)!);
    const itemHeader = (id: string) => header.find((h) => h.startsWith(`${id} `))!;
    for (const score of scores) {
      const row = rows.find(
        (r) => s(r['닉네임']!) === score.nickname && s(r['사전/사후']!) === KIND[score.kind],
      );
      expect(row, `${score.nickname} ${score.kind}`).toBeDefined();
      expect(row!['프로그램']).toEqual({ s: '봄 취업 프로그램' });
      expect(row!['검사']).toEqual({ s: 'swls' });
      expect(row!['버전']).toEqual({ n: score.instrumentVersion });
      expect(row!['총점']).toEqual(score.score === null ? null : { n: score.score });
      expect(row!['일차']).toEqual(score.takenDayNumber === null ? null : { n: score.takenDayNumber });
      expect(row!['직원 입력']).toEqual(score.enteredBy ? { s: '직원 입력' } : null);
      expect(row!['자동 제출']).toEqual(score.autoSubmitted ? { s: '자동 제출' } : null);
      for (let i = 1; i <= 5; i++) {
        const v = score.itemValues[`swls-${i}`];
        expect(row![itemHeader(`swls-${i}`)]).toEqual(
          v === undefined ? null : v === null ? { s: '답하지 않음' } : { n: v },
        );
      }
    }
    // Which rows: 민지's phone pre and paper post, the automatic pre, the paper pre with a skipped item.
    expect(rows.map((r) => [s(r['닉네임']!), s(r['사전/사후']!)])).toEqual([
      ['민지', '사전'],
      ['민지', '사후'],
      [HYPERLINK, '사전'],
      [FULL_WIDTH_PLUS, '사전'],
    ]);
    expect(rows.find((r) => s(r['닉네임']!) === FULL_WIDTH_PLUS)!['자동 제출']).toEqual({ s: '자동 제출' });
    expect(rows.find((r) => s(r['닉네임']!) === HYPERLINK)!['환산 점수']).toEqual({ s: '환산' });
    if (sheet!.quotePrefix) {
      // The nickname column: only the two formula payloads are neutralised (kept as text, never run).
      const col = header.indexOf('닉네임');
      expect(sheet!.quotePrefix.slice(1).map((r) => r[col])).toEqual([false, false, true, true]);
    }
  });

  it('exports the same rows in CSV: neutralised text, numbers as written, one table', async () => {
    const [header, ...rows] = await csv(programPath('instruments', 'csv'));
    const xlsxRows = (await xlsx(programPath('instruments', 'xlsx')))[0]!.rows;
    expect(header).toEqual(xlsxRows[0]!.map(cellText));
    // Every cell as the XLSX has it, but a text that could run is prefixed with one apostrophe.
    expect(rows).toEqual(
      xlsxRows.slice(1).map((r) => r.map((v) => (v && 's' in v ? csvText(v.s) : cellText(v)))),
    );
    const nick = header!.indexOf('닉네임');
    expect(rows.map((r) => r[nick])).toEqual(['민지', '민지', `'${HYPERLINK}`, `'${FULL_WIDTH_PLUS}`]);
    expect(rows[0]![header!.indexOf('총점')]).toBe('25');
  });

  it('exports the roster: one row per member per day, equal to the roster the page shows', async () => {
    const roster = await expectStatus<RosterView>(
      200,
      call(t, runner.cookie, 'GET', `/api/programs/${program.id}/roster`),
    );
    const [sheet] = await xlsx(programPath('roster', 'xlsx'));
    const rows = records(sheet!.rows, (v) => s(v)!);
    expect(rows).toHaveLength(NICKNAMES.length * program.days.length);
    for (const [i, member] of roster.members.entries()) {
      for (const [d, day] of roster.days.entries()) {
        const row = rows[i * roster.days.length + d]!;
        const a = member.attendance[d];
        expect(row['번호']).toEqual({ n: i + 1 });
        expect(row['닉네임']).toEqual({ s: member.nickname });
        expect(row['날짜']).toEqual({ d: day.date });
        expect(row['출석']).toEqual(a ? { s: a.present ? '출석' : '결석' } : day.held ? { s: '결석' } : null);
        expect(row['인정 시간']).toEqual(a ? { n: a.hours } : day.held ? { n: 0 } : null);
        expect(row['총 출석 시간']).toEqual({ n: member.attendedHours });
      }
    }
    const corrected = rows.find((r) => s(r['닉네임']!) === HYPERLINK && s(r['정정 메모']!) !== null)!;
    expect(corrected['정정 메모']).toEqual({ s: '=1+1' });
    expect(corrected['정정한 사람']).toEqual({ s: '진행자' });
    const [header, ...csvRows] = await csv(programPath('roster', 'csv'));
    expect(csvRows).toHaveLength(rows.length);
    expect(csvRows.map((r) => r[header!.indexOf('정정 메모')]).filter(Boolean)).toEqual(["'=1+1"]);
  });

  it('exports the follow-up history (corrections marked) and, in XLSX, the latest record per member', async () => {
    const [history, latest] = await xlsx(programPath('outcomes', 'xlsx'));
    expect([history!.name, latest!.name]).toEqual(['사후관리 이력', '최신']);
    const all = records(history!.rows, (v) => s(v)!);
    expect(all.map((r) => [s(r['닉네임']!), s(r['상태']!), s(r['본인/알선']!), s(r['정정됨']!)])).toEqual([
      ['민지', '취업', '본인취업', '정정됨'],
      ['민지', '취업', '알선취업', null],
      [FULL_WIDTH_PLUS, '구직 중', null, null],
    ]);
    expect(all[1]!['회사']).toEqual({ s: '-2 주식회사' });
    expect(all[1]!['시점(개월)']).toEqual({ n: 0 });
    expect(all[1]!['기준일']).toEqual({ d: today() });
    expect(records(latest!.rows, (v) => s(v)!).map((r) => s(r['본인/알선']!))).toEqual(['알선취업', null]);
    const [header, ...rows] = await csv(programPath('outcomes', 'csv'));
    // CSV has the history only: "최신" repeats rows the history has.
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[header!.indexOf('회사')])).toEqual(['', "'-2 주식회사", '']);
    expect(rows.map((r) => r[header!.indexOf('메모')])).toEqual(['', '', "'@연락 다시"]);
  });

  it('names the file in UTF-8, refuses unknown datasets and formats, and others’ programs like made-up ones', async () => {
    const d = await download(programPath('roster', 'xlsx'));
    expect(d.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const star = /filename\*=UTF-8''([^;]+)/.exec(d.disposition ?? '')?.[1];
    expect(decodeURIComponent(star!)).toBe(`봄 취업 프로그램_출석부_${today()}.xlsx`);
    expect(d.disposition).toMatch(/^attachment; filename="moim-roster-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const refused = (path: string) => call(t, runner.cookie, 'GET', path);
    expect(await refused(`/api/programs/${program.id}/exports/nothing`)).toEqual({
      status: 404,
      body: errorBody('dataset_not_found'),
    });
    expect(await refused(programPath('roster', 'pdf'))).toEqual({
      status: 400,
      body: errorBody('invalid_payload'),
    });
    // The runner is not on the admin's program: refused exactly like a program that does not exist.
    const theirs = await refused(programPath('roster', 'xlsx', other));
    expect(theirs).toEqual(await refused(`/api/programs/${crypto.randomUUID()}/exports/roster?format=xlsx`));
    expect(theirs).toEqual({ status: 404, body: errorBody('program_not_found') });
  });

  it('exports the center’s programs by their last day: an admin the center, a facilitator their own', async () => {
    const titles = (sheet: ReadSheet) =>
      new Set(records(sheet.rows, (v) => s(v)!).map((r) => s(r['프로그램']!)));
    const [all] = await xlsx('/api/center/exports/roster?format=xlsx', admin.cookie);
    expect(titles(all!)).toEqual(new Set(['관리자 프로그램', '봄 취업 프로그램']));
    const [mine] = await xlsx('/api/center/exports/roster?format=xlsx', runner.cookie);
    expect(titles(mine!)).toEqual(new Set(['봄 취업 프로그램']));
    const [recent] = await xlsx(
      `/api/center/exports/roster?format=xlsx&from=${addDays(today(), -7)}`,
      admin.cookie,
    );
    expect(titles(recent!)).toEqual(new Set(['봄 취업 프로그램']));
    const [old, ...csvRest] = await csv(
      '/api/center/exports/outcomes?format=csv&from=2024-01-01&to=2024-12-31',
      admin.cookie,
    );
    expect([old, csvRest]).toEqual([expect.arrayContaining(['프로그램', '닉네임']), []]);
    expect((await call(t, admin.cookie, 'GET', '/api/center/exports/roster?from=2025-02-30')).status).toBe(
      400,
    );
  });

  it('answers export_busy to a second XLSX of the center while one runs, then serves the next', async () => {
    const hold = limiter.arm();
    const first = download(programPath('roster', 'xlsx'));
    await hold.entered;
    const second = await fetch(`${t.url}${programPath('instruments', 'xlsx')}`, {
      headers: { cookie: admin.cookie },
    });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('5');
    expect(await second.json()).toEqual(errorBody('export_busy'));
    // CSV takes no slot: it is written as it is read, without a worker.
    expect((await csv(programPath('roster', 'csv'))).length).toBeGreaterThan(1);
    hold.release();
    const done = await first;
    expect(done.status).toBe(200);
    expect(readWithSheetJs(done.body)[0]!.rows).toHaveLength(NICKNAMES.length * program.days.length + 1);
    expect((await xlsx(programPath('roster', 'xlsx'))).length).toBe(1);
  });

  it('logs every export once, with its rows and no data, for the center’s admins only', async () => {
    const log = await expectStatus<ExportLogView>(
      200,
      call(t, admin.cookie, 'GET', '/api/center/export-log'),
    );
    expect(log.month).toBe(today().slice(0, 7));
    expect(log.entries).toHaveLength(exportsMade);
    const rosterXlsx = log.entries.filter(
      (e) => e.scope === 'program' && e.dataset === 'roster' && e.format === 'xlsx',
    );
    expect(rosterXlsx.every((e) => e.rows === NICKNAMES.length * program.days.length)).toBe(true);
    expect(rosterXlsx.every((e) => e.programTitle === '봄 취업 프로그램' && e.userName === '진행자')).toBe(
      true,
    );
    const instruments = log.entries.find((e) => e.dataset === 'instruments' && e.format === 'csv')!;
    expect(instruments.rows).toBe(4);
    const center = log.entries.find((e) => e.scope === 'center' && e.from === '2024-01-01')!;
    expect(center).toMatchObject({ to: '2024-12-31', programs: 1, rows: 0, programTitle: null });
    const text = JSON.stringify(log);
    for (const name of NICKNAMES) expect(text).not.toContain(name);
    expect(await call(t, runner.cookie, 'GET', '/api/center/export-log')).toEqual({
      status: 403,
      body: errorBody('forbidden'),
    });
    const empty = await expectStatus<ExportLogView>(
      200,
      call(t, admin.cookie, 'GET', '/api/center/export-log?month=2020-01'),
    );
    expect(empty.entries).toEqual([]);
    expect((await call(t, admin.cookie, 'GET', '/api/center/export-log?month=2020-13')).status).toBe(400);
  });
  it('prunes log rows past two years and keeps the rest', async () => {
    const cutoff = exportLogCutoff(Date.now());
    const entry = (createdAt: number) =>
      t.storage.exportLog.record({
        userId: runner.user.id,
        userName: '진행자',
        centerId: admin.user.centerId,
        programId: program.id,
        scope: 'program',
        dataset: 'roster',
        format: 'csv',
        filters: { programTitle: program.title, programs: 1 },
        rows: 1,
        createdAt,
      });
    const old = await entry(cutoff - 1);
    const kept = await entry(cutoff);
    expect(await t.storage.exportLog.prune(cutoff)).toBe(1);
    const ids = (await t.storage.exportLog.list(admin.user.centerId, 0, cutoff + 1)).map((e) => e.id);
    expect(ids).toEqual([kept]);
    expect(ids).not.toContain(old);
  });
});
