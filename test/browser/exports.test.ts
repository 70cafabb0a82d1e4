import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { readWithSheetJs } from '../helpers/export-readers.js';
import { addMember } from '../integration/program-fixtures.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();
const SHOTS = process.env.EXPORT_SHOTS ?? '/tmp/moim-export-shots';

describe.skipIf(unavailable !== null)('downloads and the download log in a real browser', () => {
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
    'a facilitator downloads the roster as XLSX; the admin finds it in the download log',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const admin = await createUser(t.storage, { email: 'admin@center.kr', name: '박관리', role: 'admin' });
      const runner = await createUser(t.storage, {
        email: 'kim@center.kr',
        name: '김상담',
        role: 'facilitator',
        centerId: admin.centerId,
      });
      const program = await t.storage.programs.create({
        centerId: admin.centerId,
        createdBy: runner.id,
        body: {
          title: '가을 취업 준비',
          group: '청년',
          facilitatorIds: [runner.id],
          templateId: null,
          trackId: null,
          days: [addDays(today, -1), today].map((date, i) => ({
            date,
            startTime: '10:00',
            endTime: '12:00',
            modules: [{ key: `m${i}`, moduleId: null, title: `${i + 1}일차`, minutes: 120, activities: [] }],
          })),
        },
      });
      for (const name of ['하늘', '바다', '=1+2']) {
        const member = await addMember(t.storage, program.id, name);
        await t.storage.attendance.recordJoin(program.days[0]!.id, member.id);
      }

      const page = await newPage(browser, LAPTOP);
      await logInInBrowser(page, t.url, 'kim@center.kr', '김상담');
      await page.goto(`${t.url}/facilitator/programs/${program.id}`);
      await page.getByRole('tab', { name: '참여자·출석' }).click();
      await page.getByTestId('roster-table').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '출석부 XLSX' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`가을 취업 준비_출석부_${today}.xlsx`);
      const [sheet] = readWithSheetJs(readFileSync((await download.path())!));
      // Three members × two days, under the header; the formula nickname came back as text.
      expect(sheet!.rows).toHaveLength(1 + 3 * 2);
      expect(sheet!.rows.map((r) => r[2])).toContainEqual({ s: '=1+2' });
      await expectAccessible(page, 'roster with downloads');
      await page.screenshot({ path: `${SHOTS}/roster-downloads.png` });

      const adminPage = await newPage(browser, LAPTOP);
      await logInInBrowser(adminPage, t.url, 'admin@center.kr', '박관리');
      await adminPage.getByRole('link', { name: '센터 관리' }).click();
      await adminPage.getByRole('link', { name: '내려받기 기록과 센터 자료' }).click();
      await adminPage.waitForURL(`${t.url}/facilitator/admin/exports`);
      const row = adminPage.getByTestId('export-log-row');
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      const cells = await row.first().locator('td').allInnerTexts();
      expect(cells.slice(1)).toEqual(['김상담', '출석부', 'XLSX', '가을 취업 준비', '6']);
      await expectAccessible(adminPage, 'download log');
      await adminPage.screenshot({ path: `${SHOTS}/export-log.png`, fullPage: true });
    },
  );
});
