import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportLinkResponse } from '../../shared/report/build.js';
import { createUser, login, type TestApp } from '../helpers/app.js';
import { addCounselingActivity } from '../helpers/counseling-rows.js';
import {
  addMember,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from '../integration/program-fixtures.js';
import { browserUnavailable, expectAccessible, launchBrowser, startBrowserApp } from './browser.js';

/**
 * The take-home report page (/r) on a 360 px phone: opened with the member token the phone keeps per
 * program, printed to an A4 PDF whose text holds the sections, opened again offline, and opened on
 * another device with a read-only link whose token leaves the address bar. Screenshots and the PDF
 * go to SHOTS_DIR (default /work/wt/shots) for a person to look at.
 */
const unavailable = browserUnavailable();
const SHOTS_DIR = process.env.SHOTS_DIR ?? '/work/wt/shots';
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'ko-KR' };

/** The PDF's text: pdftotext when installed, else the raw bytes (enough to find ASCII words only). */
function pdfText(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe.skipIf(unavailable !== null)('the take-home report page', () => {
  let t: TestApp;
  let browser: Browser;
  let programId: string;
  let token: string;
  let memberId: string;
  let centerName: string;
  let cookie: string;
  let adminId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
    const admin = await createUser(t.storage, { email: 'report@browser.test' });
    centerName = (await t.storage.centers.findById(admin.centerId))!.name;
    cookie = await login(t, admin.email);
    adminId = admin.id;
    const program = await createProgram(
      t,
      cookie,
      scratchBody([admin.id], [today()], '취업희망 집단상담 3기'),
    );
    programId = program.id;
    const member = await addMember(t.storage, programId, '하늘');
    token = member.token;
    memberId = member.id;
    await expectStatus(
      200,
      call(t, cookie, 'POST', `/api/programs/${programId}/days/${program.days[0]!.id}/start`, {}),
    );
    const sessionId = (await t.storage.programs.detail(programId))!.days[0]!.session!.id;
    const plans: string[] = [];
    for (let i = 0; i < 2; i++)
      plans.push(
        await addCounselingActivity(t.storage, {
          sessionId,
          programId,
          type: 'action-plan',
          config: { steps: 3 },
        }),
      );
    const give = (activityId: string, itemKey: string, value: unknown) =>
      t.storage.memberAnswers.submit({
        activityId,
        memberId: member.id,
        answerId: crypto.randomUUID(),
        itemKey,
        value,
      });
    await give(plans[0]!, 'goal', { job: '웹 디자이너', by: '2026-12-31' });
    await give(plans[0]!, 'step:1', { what: '포트폴리오 정리', when: '2026-10-01', support: '고용센터' });
    await give(plans[0]!, 'first-step', { what: '이력서 사진 찍기' });
    await give(plans[1]!, 'goal', { job: '물류 사무원', by: '내년 봄' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function phoneWithToken(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(PHONE_360);
    // What the phone wrote when it joined the program (client/src/participant/connection.ts).
    await context.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [`moim.report.${programId}`, JSON.stringify({ token })],
    );
    return { context, page: await context.newPage() };
  }

  it('opens on a 360 px phone, prints to an A4 PDF holding the sections, and opens again offline', async () => {
    const { context, page } = await phoneWithToken();
    await page.goto(`${t.url}/r?p=${programId}`);
    const sections = page.getByTestId('report-section');
    await expect.poll(() => sections.count()).toBe(2);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('나의 결과');
    expect(await page.locator('.report-center').textContent()).toBe(centerName);

    // Fits 320–360 px: nothing wider than the screen; the save button is a real tap target.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const save = page.getByRole('button', { name: 'PDF로 저장' });
    expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(page, 'report 360px');
    await page.screenshot({ path: join(SHOTS_DIR, 'report-360.png'), fullPage: true });
    // The smallest phone too: nothing wider than 320 px.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 360, height: 740 });

    // The button opens the browser's print (stubbed: a headless print dialog would block).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await save.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // A4 print: the sections, the center and the program on paper; no buttons.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfPath = join(SHOTS_DIR, 'report-a4.pdf');
    writeFileSync(pdfPath, pdf);
    const text = pdfText(pdfPath);
    if (text !== null) {
      for (const words of [
        '나의 실행 계획',
        '웹 디자이너',
        '포트폴리오 정리',
        '이력서 사진 찍기',
        '물류 사무원',
        centerName,
        '취업희망 집단상담 3기',
      ])
        expect(text).toContain(words);
      expect(text).not.toContain('PDF로 저장');
      // A page per section: the two plans start on pages of their own.
      const pages = text.split('\f').filter((p) => p.includes('나의 실행 계획'));
      expect(pages).toHaveLength(2);
      // Each page says whose it is: the second starts with the running line.
      expect(pages[1]).toContain(`${centerName} · 취업희망 집단상담 3기 · 하늘`);
    } else {
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(SHOTS_DIR, 'report-a4-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });

    // Offline once opened: the worker took the page and its assets, the page its last JSON.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${t.url}/r`);
    await page.reload();
    await expect.poll(() => sections.count()).toBe(2);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('report-offline').waitFor();
    expect(await sections.count()).toBe(2);
    expect(await page.getByText('웹 디자이너').count()).toBe(1);
    await expectAccessible(page, 'report offline');
    await context.close();
  });

  it('opens a read-only link on another device and takes its token out of the address', async () => {
    const res = await fetch(`${t.url}/api/report/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, origin: t.url },
    });
    expect(res.status).toBe(201);
    const link = (await res.json()) as ReportLinkResponse;
    const context = await browser.newContext(PHONE_360);
    const page = await context.newPage();
    await page.goto(`${t.url}/r#link=${link.token}`);
    await expect.poll(() => page.getByTestId('report-section').count()).toBe(2);
    expect(page.url()).not.toContain(link.token);
    await expect.poll(() => page.url()).toBe(`${t.url}/r?p=${programId}`);
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    // English through the same switch as the phone.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('My results');
    expect(await page.getByRole('button', { name: 'Save as PDF' }).count()).toBe(1);
    await expectAccessible(page, 'report by link, English');
    await context.close();
  });

  it("is linked from the program's waiting page, which keeps the member token per program", async () => {
    const other = await createProgram(t, cookie, scratchBody([adminId], [today()], '다른 프로그램'));
    const member = await addMember(t.storage, other.id, '구름');
    const context = await browser.newContext(PHONE_360);
    // The phone registered earlier: its identity is kept per join code (client/src/participant/persist.ts).
    await context.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [
        `moim.identity.${other.code}`,
        JSON.stringify({ rejoinToken: member.token, nickname: '구름', program: true }),
      ],
    );
    const page = await context.newPage();
    await page.goto(`${t.url}/j/${other.code}`);
    const link = page.getByRole('link', { name: '나의 결과 보기' });
    await link.waitFor();
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), `moim.report.${other.id}`)).toBe(
      JSON.stringify({ token: member.token }),
    );
    await link.click();
    await page.waitForURL(`${t.url}/r?p=${other.id}`);
    await page.getByTestId('report-empty').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('구름');
    await expectAccessible(page, 'empty report');
    await context.close();
  });

  it('says what to do on a device with nothing to open a report with', async () => {
    const context = await browser.newContext(PHONE_360);
    const page = await context.newPage();
    await page.goto(`${t.url}/r`);
    await page.getByTestId('report-none').waitFor();
    expect(await page.getByRole('button', { name: 'PDF로 저장' }).count()).toBe(0);
    await expectAccessible(page, 'report without credential');
    await context.close();
  });

  it("opens a member's report for the program's facilitator from the roster's link, keeping nothing", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const [name, ...value] = cookie.split(';')[0]!.split('=');
    await context.addCookies([{ name: name!, value: value.join('='), url: t.url }]);
    const page = await context.newPage();
    await page.goto(`${t.url}/r?p=${programId}&m=${memberId}`);
    await page.getByText('웹 디자이너').waitFor();
    expect(await page.getByRole('button', { name: 'PDF로 저장' }).count()).toBe(1);
    // Someone else's report on a shared center PC: no copy and no token stay behind.
    expect(
      await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('moim.report'))),
    ).toEqual([]);
    await expectAccessible(page, 'report for the facilitator');
    await context.close();

    // The same address without the login opens nothing.
    const stranger = await browser.newContext(PHONE_360);
    const other = await stranger.newPage();
    await other.goto(`${t.url}/r?p=${programId}&m=${memberId}`);
    await other.getByRole('alert').waitFor();
    expect(await other.getByText('웹 디자이너').count()).toBe(0);
    await stranger.close();
  });
});
