import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/moim-print-shots';

/** The PDF's text through pdftotext (poppler-utils, installed by .ci/run). */
function pdfText(pdf: Buffer, name: string): string {
  const path = join(SHOTS, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe.skipIf(unavailable !== null)('the roster prints (출석부, 수료 명단)', () => {
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
    'adds a paper participant, prints day 1 and the completion list to A4 with the names and no controls',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const runner = await createUser(t.storage, {
        email: 'lee@center.kr',
        name: '이상담',
        role: 'facilitator',
      });
      const program = await t.storage.programs.create({
        centerId: runner.centerId,
        createdBy: runner.id,
        body: {
          title: '봄 구직 역량 강화',
          group: '중장년',
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
      const phone = await addMember(t.storage, program.id, '하늘');
      await t.storage.attendance.recordJoin(program.days[0]!.id, phone.id);

      const page = await newPage(browser, LAPTOP);
      await logInInBrowser(page, t.url, 'lee@center.kr', '이상담');
      // A participant on paper, added from the roster with the consent given on paper.
      await page.goto(`${t.url}/facilitator/programs/${program.id}`);
      await page.getByRole('tab', { name: '참여자·출석' }).click();
      await page.getByRole('button', { name: '종이로 참여하는 분 추가' }).click();
      const dialog = page.getByRole('dialog', { name: '종이로 참여하는 분 추가' });
      await dialog.getByLabel('닉네임').fill('종이');
      await dialog.getByLabel('실명').fill('김종이');
      await expectAccessible(page, 'paper participant dialog');
      expect(await dialog.getByRole('button', { name: '추가' }).isDisabled()).toBe(true);
      await dialog.getByLabel('종이 안내문으로 개인정보 수집·이용 동의를 받았습니다').check();
      await dialog.getByRole('button', { name: '추가' }).click();
      await page.getByRole('rowheader', { name: /종이\s*종이/ }).waitFor();
      await page.getByRole('link', { name: '1일차 출석부 인쇄' }).click();
      await page.getByRole('heading', { name: '출석부 · 1일차' }).waitFor();
      const rows = page.getByRole('table').getByRole('row');
      expect(await rows.count()).toBe(3);
      await expect.poll(() => page.getByRole('row', { name: /김종이/ }).textContent()).toContain('종이 참여');
      await expectAccessible(page, 'attendance print');
      await page.screenshot({ path: join(SHOTS, 'attendance.png'), fullPage: true });
      const sheet = pdfText(await page.pdf({ format: 'A4', printBackground: true }), 'attendance.pdf');
      for (const words of ['출석부 · 1일차', '봄 구직 역량 강화', '서명', '하늘 실명', '김종이'])
        expect(sheet).toContain(words);
      expect(sheet).not.toContain('인쇄 / PDF로 저장');

      await page.goBack();
      await page.getByRole('tab', { name: '참여자·출석' }).click();
      await page.getByRole('link', { name: '수료 명단 인쇄' }).click();
      await page.getByRole('heading', { name: /수료 명단/ }).waitFor();
      await expectAccessible(page, 'completion print');
      const list = pdfText(await page.pdf({ format: 'A4', printBackground: true }), 'completion.pdf');
      for (const words of ['수료 명단', '출석률', '수료 기준 출석', '하늘 실명', '김종이'])
        expect(list).toContain(words);
      await page.screenshot({ path: join(SHOTS, 'completion.png'), fullPage: true });
    },
  );
});
