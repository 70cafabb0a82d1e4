import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.js';
import type { Storage } from '../../server/storage/index.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { RosterView } from '../../shared/program/views.js';
import { createUser, type TestApp } from '../helpers/app.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  post,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';

/** A member straight in storage, with the token their phone keeps. */
async function member(storage: Storage, programId: string, nickname: string) {
  const token = `token-${crypto.randomUUID()}`;
  const m = await storage.members.register({
    programId,
    nickname,
    realName: null,
    intake: null,
    pinHash: 'unused',
    tokenHash: hashToken(token),
  });
  if (!m) throw new Error(`${nickname} not registered`);
  return { ...m, token };
}

/** A phone in today's running day (the phone's own UI has its own browser tests). */
async function phoneJoins(url: string, code: string, token: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const ack = (await socket.timeout(5_000).emitWithAck('participant:join', { code, rejoinToken: token })) as {
    ok: boolean;
  };
  expect(ack.ok).toBe(true);
  return socket;
}

const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+09:00`);
const clock = (ms: number) =>
  new Intl.DateTimeFormat('ko-KR', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: CENTER_TIME_ZONE,
  }).format(ms);

describe.skipIf(unavailable !== null)('the roster as a counselor keeps it, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  const phones: Socket[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const phone of phones) phone.close();
    await browser?.close();
    await t?.close();
  });

  it('shows first join, lateness, last seen or connected, the correction with its author, and the rate so far', async () => {
    // Four 4-hour days from 10:00: two already past, today's (started below) and tomorrow's.
    const today = todayIn(CENTER_TIME_ZONE);
    const dates = [addDays(today, -2), addDays(today, -1), today, addDays(today, 1)];
    const user = await createUser(t.storage, { email: 'kim@center.kr', name: '김상담', role: 'admin' });
    const program = await t.storage.programs.create({
      centerId: user.centerId!,
      createdBy: user.id,
      body: {
        title: '성취프로그램 5기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: dates.map((date, i) => ({
          date,
          startTime: '10:00',
          endTime: '14:00',
          modules: [{ key: `m${i}`, moduleId: null, title: `${i + 1}일차`, minutes: 240, activities: [] }],
        })),
      },
    });
    const [d1, d2, d3] = program.days;
    const minji = await member(t.storage, program.id, '민지');
    const junho = await member(t.storage, program.id, '준호');
    const seoyeon = await member(t.storage, program.id, '서연');
    await t.storage.attendance.recordJoin(d1!.id, minji.id, at(dates[0]!, '09:52'));
    await t.storage.attendance.recordJoin(d1!.id, junho.id, at(dates[0]!, '10:25'));
    await t.storage.attendance.recordJoin(d1!.id, seoyeon.id, at(dates[0]!, '10:03'));
    await t.storage.attendance.recordJoin(d2!.id, minji.id, at(dates[1]!, '09:58'));
    await t.storage.attendance.recordJoin(d2!.id, seoyeon.id, at(dates[1]!, '10:00'));

    const page: Page = await newPage(browser, LAPTOP);
    page.setDefaultTimeout(8_000);
    const cookie = await logInInBrowser(page, t.url, 'kim@center.kr', '김상담');
    await post(`${t.url}/api/programs/${program.id}/days/${d3!.id}/start`, cookie, {}, 200);

    // Today: 민지's phone stays, 준호's leaves (its last seen is written once the server has seen it go).
    phones.push(await phoneJoins(t.url, program.code, minji.token));
    const junhoPhone = await phoneJoins(t.url, program.code, junho.token);
    const beforeLeaving = Date.now();
    junhoPhone.close();
    const rosterApi = async () =>
      (await (
        await fetch(`${t.url}/api/programs/${program.id}/roster`, { headers: { cookie } })
      ).json()) as RosterView;
    const junhoLeft = async () =>
      (await rosterApi()).members.find((m) => m.id === junho.id)?.attendance[2]?.lastSeenAt ?? 0;
    await expect.poll(junhoLeft).toBeGreaterThanOrEqual(beforeLeaving);
    const junhoLastSeen = await junhoLeft();

    await page.goto(`${t.url}/facilitator/programs/${program.id}`);
    await page.getByRole('tab', { name: '참여자·출석' }).click();
    await expect.poll(() => page.getByTestId('roster-row').count()).toBe(3);
    const row = (nickname: string) =>
      page
        .getByTestId('roster-row')
        .filter({ has: page.getByRole('rowheader', { name: nickname, exact: true }) });
    const cells = (nickname: string) => row(nickname).getByTestId('attendance-cell');

    // The correction, made here by 김상담: its note and author show in the cell.
    await cells('서연').nth(0).click();
    await page.getByLabel('인정 시간 (시간)').fill('2');
    await page.getByLabel(/메모/).fill('병원 진료로 조퇴');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await row('서연').getByTestId('cell-correction').waitFor();
    expect(await row('서연').getByTestId('cell-correction').textContent()).toBe(
      '정정: 병원 진료로 조퇴 (김상담)',
    );

    // First join, and lateness (more than 10 minutes after 10:00).
    expect(await cells('민지').nth(0).getByTestId('cell-joined').textContent()).toBe('09:52 입장');
    expect(await cells('준호').nth(0).getByTestId('cell-joined').textContent()).toBe('10:25 입장 · 지각');
    expect(await cells('준호').nth(0).getAttribute('data-late')).toBe('true');
    expect(await cells('민지').nth(0).getAttribute('data-late')).toBe('false');
    // Today: connected now, or last seen.
    expect(await cells('민지').nth(2).getByTestId('cell-last-seen').textContent()).toContain('접속 중');
    expect(await cells('준호').nth(2).getByTestId('cell-last-seen').textContent()).toBe(
      `${clock(junhoLastSeen)} 마지막 접속`,
    );
    // 서연 has not come in yet today (the day runs); yesterday 준호 did not come; tomorrow is still to come.
    expect(await cells('서연').nth(2).textContent()).toContain('미입장');
    expect(await cells('준호').nth(1).textContent()).toContain('결석');
    expect(await cells('준호').nth(3).textContent()).toContain('예정');
    // A screen reader hears what the cell does and everything it shows.
    expect(
      await cells('준호')
        .nth(0)
        .evaluate((el) => el.textContent),
    ).toContain('준호, 1일차 출석 수정');
    // Every cell is a tap target of at least 44 px.
    for (const box of await cells('서연').evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(box.height).toBeGreaterThanOrEqual(44);

    // The rate over the 3 days held (12 h): 민지 12/12, 준호 8/12, 서연 6/12; 26 of 36 member-hours.
    const ratios = await page.getByTestId('ratio-so-far').allTextContents();
    expect(ratios).toEqual(['100%', '67%', '50%']);
    expect(await page.locator('th', { hasText: '출석률' }).textContent()).toContain('진행한 3일 기준');
    expect(await page.getByTestId('attendance-summary').textContent()).toBe(
      '출석률 72% (진행한 3일 기준, 12시간)',
    );
    // Completion is a forecast until the last day: only 민지 can still reach 80% of 16 h.
    expect(await page.getByTestId('completion-summary').textContent()).toContain(
      '수료 예정 1/3명 (33%, 남은 날을 모두 출석하면)',
    );
    expect(await row('민지').getByTestId('expected-badge').textContent()).toBe('수료 예정');
    expect(await row('준호').getByTestId('unreachable').textContent()).toBe('미수료 예상');

    await expectAccessible(page, 'roster');
    await page.getByTestId('roster-table').screenshot({ path: `${SHOTS}/roster-table.png` });
    await page.screenshot({ path: `${SHOTS}/roster-ko.png`, fullPage: true });

    await page.getByTestId('lang-switch').click();
    await page.getByRole('tab', { name: 'Roster and attendance' }).waitFor();
    expect(await cells('준호').nth(0).getByTestId('cell-joined').textContent()).toBe('Joined 10:25 · Late');
    expect(await row('민지').getByTestId('expected-badge').textContent()).toBe('Expected');
    expect(await page.getByTestId('attendance-summary').textContent()).toBe(
      'Attendance 72% (over the 3 days held so far, 12 hours)',
    );
    await expectAccessible(page, 'roster in English');
    await page.screenshot({ path: `${SHOTS}/roster-en.png`, fullPage: true });
    await page.getByTestId('lang-switch').click();

    // The center overview says the same rates, and what they count.
    await page.getByRole('link', { name: '센터 관리' }).click();
    const programRow = page.getByTestId('center-programs').getByRole('row', { name: /성취프로그램 5기/ });
    await programRow.waitFor();
    expect(await programRow.getByTestId('center-attendance').textContent()).toBe('72%진행한 3일 기준');
    expect(await programRow.getByTestId('center-completion').textContent()).toBe('33%수료 예정');
    await expectAccessible(page, 'center');
    await page.screenshot({ path: `${SHOTS}/roster-center.png`, fullPage: true });
  });
});
