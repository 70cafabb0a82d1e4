import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleById, programById } from '../../shared/content/index.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { DEFAULT_RETENTION_MONTHS } from '../../shared/program/limits.js';
import { addMonths } from '../../shared/program/retention.js';
import { programFromTemplate } from '../../shared/program/template.js';
import type { ProgramDetail } from '../../shared/program/views.js';
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

/**
 * The console of a program day at 1280×720: the whole day's agenda in sight without scrolling,
 * one verb per line, the timer proposing the line's planned minutes, the intake cards over the
 * console, ending that says which day and asks, and the question before ending a day for the next.
 */
const unavailable = browserUnavailable();
/** Set MOIM_SCREENSHOTS=1 to keep screenshots in test-artifacts/console-program/. */
const SHOTS = process.env.MOIM_SCREENSHOTS ? 'test-artifacts/console-program' : null;
const VIEWPORT = LAPTOP.viewport;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= VIEWPORT.width &&
    box.y + box.height <= VIEWPORT.height
  );
}

/** Every line of the day (module heads, activities, the break) lies inside the 1280×720 viewport. */
async function expectWholeDayInSight(page: Page, lines: number, pageFits = true): Promise<void> {
  const panel = page.getByTestId('console-agenda');
  const all = panel.locator(
    '.agenda-module-head, [data-testid="activity-item"], [data-testid="agenda-led"], [data-testid="agenda-break"]',
  );
  expect(await all.count()).toBe(lines);
  const outside: string[] = [];
  for (const line of await all.all()) {
    if (!(await inViewport(line))) outside.push((await line.textContent()) ?? '');
  }
  expect(outside).toEqual([]);
  // No scrolling: not the page (unless the running activity's results make the right column long),
  // not a box inside the agenda.
  if (pageFits)
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    ).toBeLessThanOrEqual(0);
  expect(
    await panel.evaluate(
      (el) =>
        [el.parentElement!, el, ...el.querySelectorAll('*')].filter(
          (e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible',
        ).length,
    ),
  ).toBe(0);
}

describe.skipIf(unavailable !== null)("a program day's console at 1280×720", () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('runs a 성취프로그램 day from its agenda, asks before ending, and asks before ending a day for the next', async () => {
    const user = await createUser(t.storage, { email: 'lead@center.kr', name: '김진행' });
    const page = await newPage(browser, LAPTOP);
    page.setDefaultTimeout(8_000);
    const cookie = await logInInBrowser(page, t.url, 'lead@center.kr', '김진행');

    const programOf = async (templateId: string, title: string) => {
      const template = programById.get(templateId);
      if (!template) throw new Error(`${templateId} is missing from the catalog`);
      const today = todayIn(CENTER_TIME_ZONE);
      const body = programFromTemplate({
        template,
        modules: moduleById,
        trackId: null,
        firstDate: today,
        facilitatorIds: [user.id],
      });
      // Its weekdays may start after a weekend: day 1 is today and day 2 tomorrow.
      body.title = title;
      body.days[0] = { ...body.days[0]!, date: today };
      body.days[1] = { ...body.days[1]!, date: addDays(today, 1) };
      return (await post<{ program: ProgramDetail }>(`${t.url}/api/programs`, cookie, body, 201)).program;
    };
    const program = await programOf('seongchwi', '성취프로그램 5기');
    const day1 = program.days[0]!;
    const member = await t.storage.members.register({
      programId: program.id,
      nickname: '민지',
      realName: null,
      intake: { desiredJob: '사무 보조', worry: '면접이 두렵습니다', hope: '자신감' },
      pinHash: 'pin',
      tokenHash: 'token-minji',
    });
    expect(member).not.toBeNull();

    // ── The program page: one primary start for today; other dates are a secondary path that says so.
    await page.goto(`${t.url}/facilitator/programs/${program.id}`);
    const start = page.getByTestId('start-day');
    await start.waitFor();
    expect(await start.textContent()).toBe('오늘 모임 시작');
    expect(await page.locator('.program-header button.primary').count()).toBe(1);
    expect(await page.getByTestId('start-day-other').first().textContent()).toBe('2일차를 오늘 진행…');
    // Ending the program asks, and cancelling changes nothing.
    await page.getByRole('button', { name: '프로그램 끝내기' }).click();
    const endProgram = page.getByRole('dialog', { name: '프로그램을 끝낼까요?' });
    await endProgram.waitFor();
    await expectAccessible(page, 'program page, end program asks');
    await shot(page, 'program-end-asks');
    await endProgram.getByRole('button', { name: '취소' }).click();
    await endProgram.waitFor({ state: 'detached' });
    expect(await page.getByTestId('program-status').textContent()).toBe('진행 중');
    // Removing a day from the agenda asks too (the last day: nothing has run on it).
    await page.getByRole('button', { name: '이 날 삭제' }).last().click();
    const removeDay = page.getByRole('dialog', { name: '4일차를 지울까요?' });
    await removeDay.waitFor();
    await expectAccessible(page, 'program page, remove day asks');
    await removeDay.getByRole('button', { name: '취소' }).click();
    await removeDay.waitFor({ state: 'detached' });
    expect(await page.getByText('저장하지 않은 변경이 있습니다.').count()).toBe(0);
    await expectAccessible(page, 'program page');
    await shot(page, 'program-page');

    // ── Today's start opens the console with the whole day in sight.
    await start.click();
    await page.waitForURL(/\/facilitator\/s\//);
    const panel = page.getByTestId('console-agenda');
    await panel.getByTestId('agenda-module').first().waitFor();
    const activityCount = day1.modules.reduce((n, m) => n + m.activities.length, 0);
    const moduleCount = day1.modules.length;
    await expectWholeDayInSight(page, moduleCount + activityCount + 1);
    // One verb per line: a line that runs on phones has exactly one button; a facilitator-led one none.
    const items = panel.getByTestId('activity-item');
    const led = panel.getByTestId('agenda-led');
    expect((await items.count()) + (await led.count())).toBe(activityCount);
    for (const item of await items.all()) {
      expect(await item.getByRole('button').count()).toBe(1);
      expect(await item.getByRole('button').textContent()).toBe('열기');
    }
    for (const line of await led.all()) expect(await line.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: '진행하기' }).count()).toBe(0);
    // The projector link speaks the console's language.
    expect(await page.getByTestId('screen-link').getAttribute('href')).toMatch(/\?lang=ko$/);
    await expectAccessible(page, 'console, program day');
    await shot(page, 'console-day');

    // ── Opening a line: the run panel is above the fold, the timer proposes the planned 30 minutes.
    const scale = items.filter({ hasText: '요즘 구직 스트레스는' });
    await scale.getByRole('button', { name: '열기' }).click();
    await scale.getByRole('button', { name: '진행 중' }).waitFor();
    await page.getByTestId('run-panel').waitFor();
    expect(await page.getByLabel('시간 (분)').inputValue()).toBe('30');
    const runTop = (await page.getByTestId('run-panel').boundingBox())!.y;
    expect(runTop).toBeLessThan(VIEWPORT.height - 100);
    await expectWholeDayInSight(page, moduleCount + activityCount + 1, false);
    // Scrolled down to the results and the room, the agenda stays in sight (it sticks).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectWholeDayInSight(page, moduleCount + activityCount + 1, false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'console, a line running');
    await shot(page, 'console-running');
    // The next line: the first says it can be opened again; the timer follows the new line (45 minutes).
    const poll = items.filter({ hasText: '내가 사장이라면' });
    await poll.getByRole('button', { name: '열기' }).click();
    await poll.getByRole('button', { name: '진행 중' }).waitFor();
    await scale.getByRole('button', { name: '다시 열기' }).waitFor();
    expect(await page.getByLabel('시간 (분)').inputValue()).toBe('45');

    // ── The intake cards open over the console.
    await page.getByTestId('open-intake').click();
    const intake = page.getByRole('dialog', { name: '사전 욕구 조사 카드' });
    await intake.getByTestId('intake-card').waitFor();
    expect(await intake.textContent()).toContain('면접이 두렵습니다');
    await expectAccessible(page, 'console, intake cards');
    await shot(page, 'console-intake');
    await intake.getByRole('button', { name: '닫기' }).click();
    await intake.waitFor({ state: 'detached' });

    // ── Ending the day says which day and asks; cancel keeps it running.
    await page.getByRole('button', { name: '1일차 마치기' }).click();
    const endDay = page.getByRole('dialog', { name: '1일차를 마칠까요?' });
    await endDay.waitFor();
    // Cancel has the focus: Enter never ends a day by accident.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('취소');
    await expectAccessible(page, 'console, end day asks');
    await shot(page, 'console-end-day');
    await page.keyboard.press('Enter');
    await endDay.waitFor({ state: 'detached' });
    expect((await t.storage.sessions.findByCode(program.code))?.status).toBe('live');

    // ── Day 2 started while day 1 still runs: the question, then day 1 ends and day 2 starts.
    await page.getByRole('link', { name: /프로그램 페이지로/ }).click();
    const day2Row = page.getByTestId('day-session').nth(1);
    await day2Row.getByTestId('start-day-other').click();
    const other = page.getByRole('dialog', { name: '2일차를 오늘 진행할까요?' });
    await other.waitFor();
    await other.getByRole('button', { name: '네, 시작합니다' }).click();
    const running = page.getByRole('dialog', { name: '1일차가 아직 진행 중입니다' });
    await running.waitFor();
    expect(await running.getByTestId('running-day-question').textContent()).toBe(
      '1일차가 아직 진행 중입니다. 끝내고 2일차를 시작할까요?',
    );
    await expectAccessible(page, 'program page, previous day still running');
    await shot(page, 'program-running-day-question');
    await running.getByRole('button', { name: '1일차 끝내고 2일차 시작' }).click();
    await page.waitForURL(/\/facilitator\/s\//);
    await page.getByRole('button', { name: '2일차 마치기' }).waitFor();
    const days = (await t.storage.programs.detail(program.id))!.days;
    expect(days.map((d) => d.session?.status ?? 'none')).toEqual(['ended', 'live', 'none', 'none']);

    // ── Ending day 2 for real, then the program.
    await page.getByRole('button', { name: '2일차 마치기' }).click();
    await page
      .getByRole('dialog', { name: '2일차를 마칠까요?' })
      .getByRole('button', { name: '2일차 마치기' })
      .click();
    await page.locator('.console-header .badge-ended').waitFor();
    expect(await page.getByRole('button', { name: '2일차 마치기' }).count()).toBe(0);
    await page.getByRole('link', { name: /프로그램 페이지로/ }).click();
    await page.getByRole('button', { name: '프로그램 끝내기' }).click();
    await page
      .getByRole('dialog', { name: '프로그램을 끝낼까요?' })
      .getByRole('button', { name: '프로그램 끝내기' })
      .click();
    await expect.poll(() => page.getByTestId('program-status').textContent()).toBe('종료됨');
    // The ended program says until when its personal data is kept: the notice's months after today.
    const keptUntil = addMonths(todayIn(CENTER_TIME_ZONE), DEFAULT_RETENTION_MONTHS);
    await page.getByText('개인정보 보관 기한', { exact: true }).waitFor();
    await page.getByText(keptUntil, { exact: true }).waitFor();
    await shot(page, 'program-ended-retention');

    // ── The longest day in the catalog (희망리본 day 1: 13 activities and lunch) fits as well.
    const hope = await programOf('hope', '희망리본 3기');
    const hopeDay = hope.days[0]!;
    await page.goto(`${t.url}/facilitator/programs/${hope.id}`);
    await page.getByTestId('start-day').click();
    await page.waitForURL(/\/facilitator\/s\//);
    await panel.getByTestId('agenda-module').first().waitFor();
    const hopeActivities = hopeDay.modules.reduce((n, m) => n + m.activities.length, 0);
    expect(hopeActivities).toBe(13);
    await expectWholeDayInSight(page, hopeDay.modules.length + hopeActivities + 1);
    await shot(page, 'console-longest-day');
    // In English as well (longer labels).
    await page.getByTestId('lang-switch').click();
    await panel.getByRole('heading', { name: "Today's agenda" }).waitFor();
    await expectWholeDayInSight(page, hopeDay.modules.length + hopeActivities + 1);
    expect(await page.getByRole('button', { name: 'End day 1' }).count()).toBe(1);
    expect(await page.getByTestId('screen-link').getAttribute('href')).toMatch(/\?lang=en$/);
    await expectAccessible(page, 'console, longest day, English');
    await shot(page, 'console-longest-day-en');
  }, 90_000);
});
