import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView, TotalFigure } from '../../shared/figures/views.js';
import type { Figure } from '../../shared/privacy/figures.js';
import { addDays } from '../../shared/program/dates.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import {
  openpyxlMissing,
  parseCsv,
  readWithOpenpyxl,
  readWithSheetJs,
  records,
  type Value,
} from '../helpers/export-readers.js';
import { EXPORT_BACKENDS, HeldLimiter } from './exports-world.js';
import { addMember, call, createProgram, expectStatus, scratchBody, today } from './program-fixtures.js';

/**
 * The center summary (센터 요약) over real HTTP on each database: a program of four members with
 * attendance and one of two. The XLSX and the CSV have a row per program and a "합계" row; the small
 * program's figures read "3명 미만", the total leaves it out and says so, and every number is the one
 * `GET /api/dashboard` answers for the same period.
 */
const missing = openpyxlMissing();

const cellText = (v: Value) => (v === null ? '' : 's' in v ? v.s : 'n' in v ? String(v.n) : v.d);
const percent = (v: number) => Math.round(v * 1000) / 10;

/** What the summary writes for a figure: its percentage and n, "3명 미만" and nothing, or nothing. */
function expected(f: Figure | null): [string, string] {
  if (f === null) return ['', ''];
  if ('lessThan' in f) return [`${f.lessThan}명 미만`, ''];
  return [String(percent(f.value)), String(f.n)];
}
const total = (t: TotalFigure) => expected(t.total);

describe.each(EXPORT_BACKENDS)('the center summary export on $name', ({ start }) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof loginFacilitator>>;
  let big: ProgramDetail;
  let small: ProgramDetail;
  const from = addDays(today(), -30);
  const to = addDays(today(), 30);

  beforeAll(async () => {
    t = await start(new HeldLimiter());
    admin = await loginFacilitator(t, 'admin@center.kr', { role: 'admin' });
    const runner = await loginFacilitator(t, 'runner@center.kr', {
      role: 'facilitator',
      centerId: admin.user.centerId,
    });
    const dates = [addDays(today(), -2), addDays(today(), -1)];
    big = await createProgram(t, runner.cookie, scratchBody([runner.user.id], dates, '봄 취업 프로그램'));
    small = await createProgram(
      t,
      admin.cookie,
      scratchBody([admin.user.id], [dates[0]!], '소규모 프로그램'),
    );
    const bigMembers = [];
    for (const name of ['민지', '준호', '서연', '하늘'])
      bigMembers.push((await addMember(t.storage, big.id, name)).id);
    const smallMembers = [];
    for (const name of ['가람', '나래']) smallMembers.push((await addMember(t.storage, small.id, name)).id);
    // Three of four on the first day, all four on the second; both of the small program's come.
    for (const m of bigMembers.slice(0, 3)) await t.storage.attendance.recordJoin(big.days[0]!.id, m);
    for (const m of bigMembers) await t.storage.attendance.recordJoin(big.days[1]!.id, m);
    for (const m of smallMembers) await t.storage.attendance.recordJoin(small.days[0]!.id, m);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has a row per program and a total, as the dashboard answers them', async () => {
    const view = await expectStatus<DashboardView>(
      200,
      call(t, admin.cookie, 'GET', `/api/dashboard?from=${from}&to=${to}`),
    );
    expect(view.programs.map((p) => p.title).sort()).toEqual(['봄 취업 프로그램', '소규모 프로그램']);
    const bigRow = view.programs.find((p) => p.id === big.id)!;
    const smallRow = view.programs.find((p) => p.id === small.id)!;
    expect(bigRow.attendance).toMatchObject({ n: 4 });
    expect(smallRow.attendance).toEqual({ lessThan: 3 });

    const path = `/api/center/exports/summary?from=${from}&to=${to}`;
    const res = await fetch(`${t.url}${path}&format=xlsx`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    const file = Buffer.from(await res.arrayBuffer());
    const sheets = missing ? readWithSheetJs(file) : readWithOpenpyxl(file);
    expect(sheets.map((s) => s.name)).toEqual(['프로그램별']);
    const xlsxRows = records(sheets[0]!.rows, cellText).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cellText(v)])),
    );
    const csvRes = await fetch(`${t.url}${path}&format=csv`, { headers: { cookie: admin.cookie } });
    expect(csvRes.status).toBe(200);
    const csvRows = records(parseCsv(Buffer.from(await csvRes.arrayBuffer()).toString('utf8')), (v) => v);
    expect(csvRows).toEqual(xlsxRows);
    // A number stays a number in XLSX; "3명 미만" is text.
    const head = sheets[0]!.rows[0]!.map(cellText);
    const at = (title: string) => sheets[0]!.rows.find((r) => cellText(r[0]!) === title)!;
    expect(at('봄 취업 프로그램')[head.indexOf('참여자 수')]).toEqual({ n: 4 });
    expect(at('소규모 프로그램')[head.indexOf('출석률(%)')]).toEqual({ s: '3명 미만' });
    expect(head.some((h) => ['닉네임', '실명', '번호'].includes(h))).toBe(false);

    // The export's order: by last day (the small program ended first), then the total.
    expect(xlsxRows.map((r) => r['프로그램'])).toEqual(['소규모 프로그램', '봄 취업 프로그램', '합계']);
    for (const p of view.programs) {
      const r = xlsxRows.find((x) => x['프로그램'] === p.title)!;
      expect(r['상태']).toBe(p.inProgress ? '진행 중' : '종료');
      expect(r['시작일']).toBe(p.firstDay);
      expect(r['종료일']).toBe(p.lastDay);
      expect(r['참여자 수']).toBe(String(p.participants));
      expect([r['출석률(%)'], r['출석률 대상(n)']]).toEqual(expected(p.attendance));
      expect([r['수료율(%)'], r['수료 대상(n)']]).toEqual(expected(p.completion.figure));
      const completers =
        p.completion.figure && 'value' in p.completion.figure ? p.completion.figure.numerator : '';
      expect(r['수료자']).toBe(String(completers ?? ''));
      expect([r['취업률(%)'], r['연락된 수료자']]).toEqual(expected(p.employment));
      const count = (c: { count: number } | { lessThan: number }) =>
        'count' in c ? String(c.count) : `${c.lessThan}명 미만`;
      expect(r['연계 건수']).toBe(count(p.referrals.count));
      expect(r['연계 완료']).toBe(count(p.referrals.connected));
    }
    expect(xlsxRows.find((r) => r['프로그램'] === '소규모 프로그램')!['수료율(%)']).toBe('3명 미만');

    // The total: over the big program only, and it says the small one was left out.
    const sum = xlsxRows.at(-1)!;
    expect(sum['참여자 수']).toBe(String(view.totals.participants));
    expect([sum['출석률(%)'], sum['출석률 대상(n)']]).toEqual(total(view.totals.attendance));
    expect(view.totals.attendance).toMatchObject({ omitted: 1, total: { n: 4 } });
    expect(sum['출석률(%)']).toBe(String(percent((bigRow.attendance as { value: number }).value)));
    expect([sum['수료율(%)'], sum['수료 대상(n)']]).toEqual(total(view.totals.completion));
    expect([sum['취업률(%)'], sum['연락된 수료자']]).toEqual(total(view.totals.employment));
    expect(sum['연계 건수']).toBe(String(view.totals.referrals.count));
    expect(sum['비고']).toBe('3명 미만 프로그램 1개 제외');
  });
});
