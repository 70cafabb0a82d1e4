import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import { weekOf } from '../../shared/outcomes/due.js';
import type { OutcomesView } from '../../shared/outcomes/views.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { addMember } from '../integration/program-fixtures.js';
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

/** An ended program straight in storage: one 2-hour day per date, everyone present on every day. */
async function endedProgram(
  storage: Storage,
  user: { id: string; centerId: string },
  title: string,
  dates: string[],
  names: string[],
) {
  const program = await storage.programs.create({
    centerId: user.centerId,
    createdBy: user.id,
    body: {
      title,
      group: '청년',
      facilitatorIds: [user.id],
      templateId: null,
      trackId: null,
      days: dates.map((date, i) => ({
        date,
        startTime: '10:00',
        endTime: '12:00',
        modules: [{ key: `m${i}`, moduleId: null, title: `${i + 1}일차`, minutes: 120, activities: [] }],
      })),
    },
  });
  const members = [];
  for (const name of names) {
    const member = await addMember(storage, program.id, name);
    for (const day of program.days) await storage.attendance.recordJoin(day.id, member.id);
    members.push(member);
  }
  await storage.programs.end(program.id);
  return { program, members };
}

describe.skipIf(unavailable !== null)('follow-up outcomes in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'records an outcome from the home, corrects it, shows the history and the rate; the admin sets the points',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const user = await createUser(t.storage, { email: 'kim@center.kr', name: '김상담', role: 'admin' });
      // Ended today: the completion check (checkpoint 0) of its three members is due this week.
      const { program, members } = await endedProgram(
        t.storage,
        user,
        '성취프로그램 5기',
        [addDays(today, -1), today],
        ['민지', '준호', '서연'],
      );
      const [, junho, seoyeon] = members as [unknown, (typeof members)[0], (typeof members)[0]];
      // Ended last week: its member's completion check is overdue.
      await endedProgram(t.storage, user, '취업역량 3기', [addDays(weekOf(today).from, -3)], ['하늘']);

      const page: Page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      const cookie = await logInInBrowser(page, t.url, 'kim@center.kr', '김상담');

      // The home: "이번 주 사후관리 3명", and the overdue call apart.
      const due = page.getByTestId('follow-ups-due');
      await due.getByRole('heading', { name: '이번 주 사후관리 3명' }).waitFor();
      expect(await page.getByTestId('follow-ups-this-week').getByTestId('follow-up-due').count()).toBe(3);
      const overdue = page.getByTestId('follow-ups-overdue').getByTestId('follow-up-due');
      expect(await overdue.count()).toBe(1);
      expect(await overdue.textContent()).toMatch(
        /하늘 \(하늘 실명\).*취업역량 3기 · 수료 시점 · .*예정, \d+일 지남/,
      );
      await expectAccessible(page, 'home');
      await page.screenshot({ path: `${SHOTS}/followup-home.png`, fullPage: true });

      // "기록하기" for 민지 opens the program's follow-up tab with her form.
      await page
        .getByRole('link', { name: '민지 (민지 실명), 성취프로그램 5기, 수료 시점 결과 기록하기' })
        .click();
      const dialog = page.getByRole('dialog', { name: '사후관리 결과 기록' });
      await dialog.waitFor();
      expect(page.url()).toBe(`${t.url}/facilitator/programs/${program.id}/follow-up`);
      expect(await dialog.getByLabel('시점').inputValue()).toBe('0');
      await dialog.getByRole('radio', { name: '취업' }).check();
      await dialog.getByLabel('취업일').fill(today);
      await dialog.getByRole('radio', { name: '본인취업' }).check();
      await dialog.getByLabel(/회사/).fill('한빛물류');
      await dialog.getByLabel(/직무/).fill('물류 사무');
      await dialog.getByLabel('고용 형태').selectOption('fixed-term');
      await expectAccessible(page, 'outcome form');
      await dialog.screenshot({ path: `${SHOTS}/followup-form.png` });
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      const row = (nickname: string) =>
        page
          .getByTestId('follow-up-row')
          .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${nickname}`) }) });
      await expect
        .poll(() => row('민지').getByTestId('latest-outcome').textContent())
        .toContain('취업 · 본인취업 · 한빛물류 물류 사무 (계약직)');

      // It was 알선취업: 정정 adds a record and strikes the first one through.
      await page.getByRole('button', { name: /^민지의 .* 취업 기록 정정$/ }).click();
      const correction = page.getByRole('dialog', { name: '사후관리 기록 정정' });
      await correction.waitFor();
      expect(await correction.getByLabel(/회사/).inputValue()).toBe('한빛물류');
      await correction.getByRole('radio', { name: '알선취업' }).check();
      await correction.getByRole('button', { name: '저장', exact: true }).click();
      await correction.waitFor({ state: 'detached' });
      const history = page.getByTestId('outcome-history').getByTestId('history-item');
      await expect.poll(() => history.count()).toBe(2);
      expect(await history.nth(0).getAttribute('data-superseded')).toBe('false');
      expect(await history.nth(0).textContent()).toContain('알선취업');
      expect(await history.nth(1).getAttribute('data-superseded')).toBe('true');
      expect(await history.nth(1).textContent()).toContain('정정됨');
      expect(await history.nth(1).locator('s').textContent()).toContain('본인취업');
      expect(await row('민지').getByTestId('latest-outcome').textContent()).toContain('알선취업');

      // 준호 still seeking, 서연 placed too (over the API, as another counselor would record them).
      const record = (memberId: string, body: object) =>
        post<unknown>(
          `${t.url}/api/programs/${program.id}/members/${memberId}/outcomes`,
          cookie,
          { requestId: crypto.randomUUID(), checkpointMonths: 0, asOf: today, ...body },
          201,
        );
      await record(junho.id, { status: 'seeking' });
      await record(seoyeon.id, { status: 'employed', employedOn: today, placement: 'placed' });
      await page.reload();
      await page.getByTestId('follow-up-table').waitFor();
      // 2 of the 3 completers reached are employed; both placed, a breakdown under 3 people is withheld.
      expect(await page.getByTestId('employment-rate').textContent()).toBe(
        '취업률 67% (2 / 연락된 수료자 3명, 수료자 3명)',
      );
      expect(await page.getByTestId('employment-placement').textContent()).toBe(
        '본인/알선: 세부 비공개 (3명 미만 포함)',
      );
      const view = (await (
        await fetch(`${t.url}/api/programs/${program.id}/outcomes`, { headers: { cookie } })
      ).json()) as OutcomesView;
      expect(view.employment).toMatchObject({ completers: 3, reached: 3, employed: 2, employedPlaced: 2 });
      expect(await row('민지').getByTestId('checkpoint').first().getAttribute('data-state')).toBe('done');
      expect(await row('민지').getByTestId('checkpoint').nth(1).getAttribute('data-state')).toBe('upcoming');
      await page.getByRole('button', { name: '이력 2건' }).click();
      await page.getByTestId('outcome-history').waitFor();
      // Every button of the tab is a 44 px target.
      for (const box of await page
        .getByTestId('follow-up-table')
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
        expect(box).toBeGreaterThanOrEqual(44);
      await expectAccessible(page, 'follow-up tab');
      await page.screenshot({ path: `${SHOTS}/followup-tab.png`, fullPage: true });

      await page.getByTestId('lang-switch').click();
      await page.getByRole('tab', { name: 'Follow-up' }).waitFor();
      expect(await page.getByTestId('employment-rate').textContent()).toBe(
        'Employment rate 67% (2 / 3 completers reached, 3 completers)',
      );
      await expectAccessible(page, 'follow-up tab in English');
      await page.screenshot({ path: `${SHOTS}/followup-tab-en.png`, fullPage: true });
      await page.getByTestId('lang-switch').click();

      // Back home: the three calls are made; the overdue one is left.
      await page.getByRole('link', { name: '홈' }).first().click();
      await due.getByRole('heading', { name: '이번 주 사후관리 0명' }).waitFor();
      expect(await page.getByTestId('follow-ups-overdue').getByTestId('follow-up-due').count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/followup-home-after.png`, fullPage: true });

      // The admin sets the follow-up points; a point past the retention period is refused by the form.
      await page.getByRole('link', { name: '센터 관리' }).click();
      const points = page.getByLabel('사후관리 시점 (마지막 날부터 개월)');
      expect(await points.inputValue()).toBe('1, 3, 6');
      await points.fill('1, 3, 12');
      expect(await page.getByRole('button', { name: '센터 정보 저장' }).isDisabled()).toBe(true);
      await points.fill('2, 6');
      await page.getByRole('button', { name: '센터 정보 저장' }).click();
      await page.getByText('저장했습니다.').waitFor();
      expect((await t.storage.centers.findById(user.centerId))?.followUpMonths).toEqual([2, 6]);
      await expectAccessible(page, 'center settings');
      await page.screenshot({ path: `${SHOTS}/followup-admin.png`, fullPage: true });
    },
  );
});
