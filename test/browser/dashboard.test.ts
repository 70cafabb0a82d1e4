import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestApp } from '../helpers/app.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';
import { reportProgram } from './report-fixture.js';

const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';

describe.skipIf(unavailable !== null)('the center dashboard in a real browser', () => {
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
    'shows each program under the small-count rule, totals without hidden ones, chart tables and filters',
    { timeout: 120_000 },
    async () => {
      const admin = await createUser(t.storage, { email: 'kim@center.kr', name: '김관리', role: 'admin' });
      const lee = await createUser(t.storage, {
        email: 'lee@center.kr',
        name: '이진행',
        role: 'facilitator',
        centerId: admin.centerId,
      });
      // 성취 7기: 3 of 4 complete (75%). 소규모반: 2 members → "3명 미만", left out of the totals.
      // 취업역량 3기 (이진행's): 3 of 3 complete. Total completion: (3 + 3) / (4 + 3) = 86% (6 / 7명).
      // Satisfaction: 7기 scores 4, 5, 3, 4 (4.00, n = 4), 3기 5, 5, 4 (4.67, n = 3), 소규모반 two (hidden):
      // pooled over respondents of the shown two = (16 + 14) / 7 = 4.29 (n = 7).
      // Referrals: 7기 three, one connected → "3건 (연결 3명 미만)", left out of the totals;
      // 3기 three, all connected → the totals "3건 (연결 3건)".
      const job = (connected: boolean) => [{ serviceId: 'national-employment-support', connected }];
      await reportProgram(t.storage, admin, {
        title: '성취프로그램 7기',
        satisfaction: [4, 5, 3, 4],
        members: [
          {
            nickname: '가람',
            days: 2,
            outcome: 'self',
            referrals: job(true),
            quote: { text: '다시 해 볼 힘이 생겼어요', consented: true, attribution: 'none' },
          },
          {
            nickname: '나래',
            days: 2,
            outcome: 'placed',
            referrals: job(false),
            quote: { text: '인용하지 말아 주세요', consented: false, attribution: 'none' },
          },
          { nickname: '다온', days: 2, outcome: 'seeking', referrals: job(false) },
          { nickname: '라온', days: 1 },
        ],
      });
      await reportProgram(t.storage, admin, {
        title: '소규모반',
        satisfaction: [1, 2],
        members: [
          { nickname: '마루', days: 2 },
          { nickname: '바다', days: 2 },
        ],
      });
      await reportProgram(t.storage, admin, {
        title: '취업역량 3기',
        facilitatorIds: [lee.id],
        satisfaction: [5, 5, 4],
        members: [
          { nickname: '사랑', days: 2, referrals: job(true) },
          { nickname: '아라', days: 2, referrals: job(true) },
          { nickname: '자람', days: 2, referrals: job(true) },
        ],
      });

      const page: Page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      await logInInBrowser(page, t.url, 'kim@center.kr', '김관리');
      await page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '보고서' }).click();
      await page.getByRole('heading', { name: '센터 보고서', level: 1 }).waitFor();
      expect(page.url()).toBe(`${t.url}/facilitator/reports`);
      await page.getByText('센터 전체 프로그램').waitFor();

      const table = page.locator('table.dashboard-table');
      const row = (title: string) => table.getByRole('row', { name: new RegExp(title) });
      await row('성취프로그램 7기').waitFor();
      expect(await row('성취프로그램 7기').textContent()).toContain('75% (3 / 4명)');
      expect(await row('소규모반').textContent()).toContain('3명 미만');
      expect(await row('소규모반').textContent()).not.toContain('%');
      expect(await page.getByTestId('dashboard-total').textContent()).toBe(
        '합계 (3명 미만 프로그램 1개 제외)',
      );
      expect(await table.locator('tfoot').textContent()).toContain('86% (6 / 7명)');
      // Enrolment is shown as it is: 4 + 2 + 3.
      expect(await table.locator('tfoot').textContent()).toContain('9명');
      expect(await row('성취프로그램 7기').textContent()).toContain('4.00 (n = 4)');
      expect(await row('성취프로그램 7기').textContent()).toContain('3건 (연결 3명 미만)');
      expect(await page.getByTestId('dashboard-satisfaction-total').textContent()).toBe('4.29 (n = 7)');
      expect(await page.getByTestId('dashboard-referrals-total').textContent()).toBe('3건 (연결 3건)');
      await page.getByRole('table', { name: '응답자 전체 평균 (3명 미만 프로그램 제외)' }).waitFor();
      expect(await page.getByTestId('dashboard-satisfaction-pooled').textContent()).toBe('4.29 (n = 7)');
      // The center's collection: the consented quote with its program, never the other one.
      await page.getByTestId('dashboard-quote').first().waitFor();
      expect(await page.getByTestId('dashboard-quote').allTextContents()).toEqual([
        expect.stringMatching(/^다시 해 볼 힘이 생겼어요— 참여자 · 성취프로그램 7기/),
      ]);
      expect(await page.locator('main').textContent()).not.toContain('인용하지 말아 주세요');

      // The chart is an image named by its caption, its table behind "표로 보기".
      await page.getByRole('img', { name: '프로그램별 수료율' }).waitFor();
      const chart = page.getByTestId('chart-completion').locator('..');
      await chart.getByText('표로 보기').click();
      const chartTable = chart.getByRole('table', { name: '프로그램별 수료율' });
      await chartTable.waitFor();
      expect(await chartTable.getByRole('row', { name: /소규모반/ }).textContent()).toContain('3명 미만');
      for (const nickname of ['가람', '마루', '사랑'])
        expect(await page.locator('main').textContent()).not.toContain(nickname);
      await expectAccessible(page, 'dashboard');
      await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

      // The facilitator filter: only 이진행's program.
      await page.getByLabel('진행자').selectOption({ label: '이진행' });
      await page.getByRole('button', { name: '보기' }).click();
      await row('소규모반').waitFor({ state: 'detached' });
      expect(await table.locator('tbody tr').count()).toBe(1);
      expect(await row('취업역량 3기').textContent()).toContain('100% (3 / 3명)');

      // The facilitator sees their own programs only, and no facilitator filter.
      const own = await newPage(browser, LAPTOP);
      own.setDefaultTimeout(15_000);
      await logInInBrowser(own, t.url, 'lee@center.kr', '이진행');
      await own.goto(`${t.url}/facilitator/reports`);
      await own.getByText('내가 진행한 프로그램').waitFor();
      await own
        .locator('table.dashboard-table')
        .getByRole('row', { name: /취업역량 3기/ })
        .waitFor();
      expect(await own.locator('table.dashboard-table tbody tr').count()).toBe(1);
      expect(await own.getByLabel('진행자').count()).toBe(0);
      await expectAccessible(own, 'dashboard (facilitator)');
    },
  );
});
