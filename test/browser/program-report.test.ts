import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const NICKNAMES = ['별빛나래', '푸른하늘', '초록바람', '노을구름'];

describe.skipIf(unavailable !== null)('the program report in a real browser', () => {
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
    'opens from the program page, shows group figures only, and prints to A4 with no nickname',
    { timeout: 120_000 },
    async () => {
      const user = await createUser(t.storage, { email: 'kim@center.kr', name: '김상담', role: 'admin' });
      // Four members; 노을구름 came one day of two (50% < 80%): 3 of 4 complete. SWLS changes 4, 3, 1, 4:
      // mean +3.00 over 4 pairs. Completers' outcomes: two employed (본인), one seeking → 2 / 3 reached.
      // Satisfaction: four released paper surveys scored 4, 5, 3, 4 → 4.00 (n = 4), sd √(2/3) = 0.82.
      // Referrals: three to 국민취업지원제도 (two connected) and three health-related (counted as one group,
      // never named): 6, connected 2 → "3명 미만", the rest hidden with it.
      // Quotes: two consented ("참여자" and a masked real name), one not (never printed).
      const job = (connected: boolean) => ({ serviceId: 'national-employment-support', connected });
      const health = { serviceId: 'mental-health-center', connected: false };
      const program = await reportProgram(t.storage, user, {
        title: '성취프로그램 7기',
        satisfaction: [4, 5, 3, 4],
        members: [
          {
            nickname: NICKNAMES[0]!,
            days: 2,
            swls: [10, 14],
            outcome: 'self',
            referrals: [job(true), health],
            quote: { text: '덕분에 자신감을 얻었습니다', consented: true, attribution: 'none' },
          },
          {
            nickname: NICKNAMES[1]!,
            days: 2,
            swls: [15, 18],
            outcome: 'self',
            referrals: [job(true), health],
            quote: { text: '함께라서 든든했어요', consented: true, attribution: 'masked-name' },
          },
          {
            nickname: NICKNAMES[2]!,
            days: 2,
            swls: [20, 21],
            outcome: 'seeking',
            referrals: [job(false), health],
            quote: { text: '동의하지 않은 소감', consented: false, attribution: 'none' },
          },
          {
            nickname: NICKNAMES[3]!,
            days: 1,
            swls: [12, 16],
          },
        ],
      });

      const page: Page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      await logInInBrowser(page, t.url, 'kim@center.kr', '김상담');
      await page.goto(`${t.url}/facilitator/programs/${program.id}`);
      await page.getByRole('link', { name: '프로그램 보고서' }).click();
      await page.getByRole('heading', { name: '성취프로그램 7기', level: 1 }).waitFor();
      expect(page.url()).toBe(`${t.url}/facilitator/programs/${program.id}/report`);
      await page.getByRole('button', { name: 'PDF로 저장' }).waitFor();

      expect(await page.getByTestId('report-participants').textContent()).toBe('4명');
      expect(await page.getByTestId('report-completion').textContent()).toBe('75% (3 / 4명)');
      const swls = page.getByTestId('prepost-swls');
      expect(await swls.getByRole('row', { name: /평균 변화/ }).textContent()).toContain('+3.00 (n = 4)');
      expect(await swls.getByRole('row', { name: /사전·사후 모두 응답/ }).textContent()).toContain('4명');
      expect(await page.getByTestId('report-employment').textContent()).toBe(
        '취업률 67% (2 / 연락된 수료자 3명, 수료자 3명)',
      );
      // 본인 2 of 2 employed: the breakdown would say all of a small group → withheld.
      await page.getByText('세부 비공개 (3명 미만 포함)').first().waitFor();
      await page.getByRole('heading', { name: '운영 일정' }).waitFor();
      const overall = page.getByTestId('report-rating').first();
      expect(await overall.locator('p').first().textContent()).toBe('4.00 (n = 4) · 표준편차 0.82');
      await page.getByRole('img', { name: /프로그램 내용이 나에게 알맞았다.*응답 분포 \(n = 4\)/ }).waitFor();
      expect(await page.getByTestId('report-referrals').textContent()).toBe(
        '연계 6건 · 연결됨 3명 미만 · 그 밖 비공개',
      );
      await page.getByRole('rowheader', { name: '건강 관련 지원' }).waitFor();
      // Newest first; the masked real name ("푸른하늘 실명" → "푸○○○ ○명"), never the nickname.
      expect((await page.getByTestId('report-quote').allTextContents()).sort()).toEqual([
        '덕분에 자신감을 얻었습니다— 참여자',
        '함께라서 든든했어요— 푸○○○ ○명',
      ]);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const name of NICKNAMES) expect(text).not.toContain(name);
      for (const hidden of ['동의하지 않은 소감', '정신건강']) expect(text).not.toContain(hidden);
      await expectAccessible(page, 'program report');
      await page.screenshot({ path: `${SHOTS}/program-report.png`, fullPage: true });

      // Printed: A4, no controls, the figures there and no nickname or real name.
      const dir = mkdtempSync(join(tmpdir(), 'moim-report-'));
      const pdf = join(dir, 'report.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const figure of [
        '성취프로그램 7기',
        '75% (3 / 4명)',
        '+3.00 (n = 4)',
        '취업률 67%',
        '운영 일정',
        '강점 찾기 1',
        '4.00 (n = 4)',
        '덕분에 자신감을 얻었습니다',
        '참여자',
        '건강 관련 지원',
      ])
        expect({ figure, found: printed.includes(figure) }).toEqual({ figure, found: true });
      for (const name of [...NICKNAMES, '동의하지 않은 소감', '정신건강'])
        expect({ name, found: printed.includes(name) }).toEqual({ name, found: false });
      expect(printed).not.toContain('PDF로 저장');

      // English second: the same page in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Save as PDF' }).waitFor();
      expect(await page.getByTestId('report-completion').textContent()).toBe('75% (3 / 4)');
      await expectAccessible(page, 'program report (English)');
      await page.screenshot({ path: `${SHOTS}/program-report-en.png`, fullPage: true });
    },
  );
});
