import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleById, programById } from '../../shared/content/index.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { programFromTemplate } from '../../shared/program/template.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { createSession, createUser, type TestApp } from '../helpers/app.js';
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
/** Set MOIM_SCREENSHOTS=1 to keep screenshots in test-artifacts/console-agenda/. */
const SHOTS = process.env.MOIM_SCREENSHOTS ? 'test-artifacts/console-agenda' : null;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const texts = async (page: Page, testId: string): Promise<string[]> =>
  (await page.getByTestId(testId).allTextContents()).map((s) => s.trim());

describe.skipIf(unavailable !== null)("the day's agenda in the facilitator console", () => {
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

  it('shows day 1 of a 성취프로그램 with clock times, notes and facilitator-led activities, and runs one on phones', async () => {
    const user = await createUser(t.storage, { email: 'lead@center.kr', name: '김진행' });
    const page = await newPage(browser, LAPTOP);
    page.setDefaultTimeout(8_000);
    const cookie = await logInInBrowser(page, t.url, 'lead@center.kr', '김진행');

    // ── The 성취프로그램 template; its weekdays may start after a weekend, so day 1 is set to today.
    const template = programById.get('seongchwi');
    if (!template) throw new Error('seongchwi is missing from the catalog');
    const today = todayIn(CENTER_TIME_ZONE);
    const body = programFromTemplate({
      template,
      modules: moduleById,
      trackId: null,
      firstDate: today,
      facilitatorIds: [user.id],
    });
    body.days[0] = { ...body.days[0]!, date: today };
    const { program } = await post<{ program: ProgramDetail }>(`${t.url}/api/programs`, cookie, body, 201);
    const day1 = program.days[0]!;
    const { sessionId } = await post<{ sessionId: string }>(
      `${t.url}/api/programs/${program.id}/days/${day1.id}/start`,
      cookie,
      {},
      200,
    );

    await page.goto(`${t.url}/facilitator/s/${sessionId}`);
    await page.getByTestId('join-code').waitFor();
    const panel = page.getByTestId('console-agenda');
    await panel.getByRole('heading', { name: '오늘의 일정', level: 2 }).waitFor();
    const modules = panel.getByTestId('agenda-module');
    await expect.poll(() => modules.count()).toBe(day1.modules.length);

    // Modules in agenda order, each a heading, on a clock-time plan from 09:30 with lunch at noon.
    const headings = await panel.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(day1.modules.map((m, i) => `${i + 1}. ${m.title}`));
    expect(day1.modules.map((m) => m.minutes)).toEqual([60, 90, 120, 90]);
    expect(await texts(page, 'agenda-time')).toEqual([
      '09:30–10:30',
      '10:30–12:00',
      '13:00–15:00',
      '15:00–16:30',
    ]);
    expect(await panel.getByTestId('agenda-break').textContent()).toContain('12:00–13:00');
    const facts = (await panel.getByTestId('agenda-day-facts').textContent()) ?? '';
    expect(facts).toContain('1일차');
    expect(facts).toContain('09:30–16:30');
    expect(facts).toContain('계획 6시간');

    // The library's goal and facilitator notes open from each module's line, in a dialog.
    const opening = moduleById.get('opening-orientation')!;
    const first = modules.first();
    expect(await panel.getByTestId('agenda-notes').count()).toBe(day1.modules.length);
    await first.getByTestId('agenda-notes').click();
    const notes = page.getByTestId('module-notes');
    await notes.getByText(opening.facilitatorNotes.intro.ko).waitFor();
    expect(await notes.textContent()).toContain(opening.goal.ko);
    expect(await notes.textContent()).toContain(opening.facilitatorNotes.watchFor.ko);
    expect(await notes.textContent()).toContain(opening.facilitatorNotes.close.ko);
    await expectAccessible(page, 'module notes');
    await page.keyboard.press('Escape');
    await notes.waitFor({ state: 'detached' });

    // Engine activities are lines with a verb; the strength cards are led by the facilitator; an
    // instrument has no verb either: it shows its wave of the program's plan (opened from 평가).
    const instrument = first.locator('[data-testid="agenda-led"][data-kind="facilitator"]').first();
    expect(await instrument.getByTestId('agenda-kind').textContent()).toBe('자가진단 검사');
    expect(await instrument.getByTestId('wave-line-state').textContent()).toBe('사전 · 예정');
    expect(await instrument.getByRole('button').count()).toBe(0);
    const cards = modules.nth(2).locator('[data-kind="facilitator"]');
    expect(await cards.textContent()).toContain('강점 카드');
    // Every live activity of the day is a line of the agenda: one list, not two.
    const live = await t.storage.activities.list(sessionId);
    expect(await panel.getByTestId('activity-item').count()).toBe(live.length);
    expect(await page.getByTestId('activity-item').count()).toBe(live.length);
    await shot(page, 'console-agenda');
    await expectAccessible(page, 'console with agenda');

    // ── "열기" opens the live activity made from it (a poll whose choices left the title).
    const signals = modules
      .nth(1)
      .locator('[data-testid="activity-item"]')
      .filter({ hasText: '스트레스를 받을 때 나타나는 신호' });
    const liveId = (await signals.getAttribute('data-activity-id')) ?? '';
    expect(liveId).not.toBe('');
    // By keyboard, from the top of the page: the page stays put.
    await page.evaluate(() => window.scrollTo(0, 0));
    const run = signals.getByRole('button', { name: '열기' });
    await run.focus();
    await page.keyboard.press('Enter');
    await page
      .locator(`[data-testid="activity-item"][data-activity-id="${liveId}"][data-status="open"]`)
      .waitFor();
    await signals.getByRole('button', { name: '진행 중' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-verb'))).toBe('running');
    expect(await page.getByTestId('run-panel').textContent()).toContain('스트레스를 받을 때 나타나는 신호');
    expect(await modules.nth(1).getAttribute('aria-current')).toBe('step');
    // The run controls stay in sight on a 1280×720 laptop next to the agenda; no sideways scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const runBox = await page.getByTestId('control-close').boundingBox();
    expect(runBox).not.toBeNull();
    expect(runBox!.y).toBeGreaterThanOrEqual(0);
    expect(runBox!.y + runBox!.height).toBeLessThanOrEqual(720);
    const agendaBox = await panel.boundingBox();
    expect(agendaBox!.y + agendaBox!.height).toBeLessThanOrEqual(720);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await shot(page, 'console-agenda-running');
    await expectAccessible(page, 'console with a running activity');

    // ── Editing is a mode of its own: the session's activities with move, edit and remove, then back.
    await panel.getByTestId('edit-activities').click();
    const list = page.getByTestId('activity-list');
    await list.getByRole('button', { name: '위로' }).first().waitFor();
    expect(await page.getByTestId('console-agenda').count()).toBe(0);
    await expectAccessible(page, 'console, editing the activities');
    await list.getByRole('button', { name: '일정으로 돌아가기' }).click();
    await modules.first().waitFor();

    // ── English: the library's notes follow the page language.
    await page.getByTestId('lang-switch').click();
    await panel.getByRole('heading', { name: "Today's agenda" }).waitFor();
    await first.getByTestId('agenda-notes').click();
    expect(await notes.textContent()).toContain(opening.facilitatorNotes.intro.en);
    await page.keyboard.press('Escape');
    expect(await instrument.textContent()).toContain('Before · planned');
    expect(await signals.getByRole('button').textContent()).toBe('Running');
    await shot(page, 'console-agenda-en');
    await expectAccessible(page, 'console with agenda, English');
    await page.getByTestId('lang-switch').click();

    // ── A quick session has no agenda.
    const quick = await createSession(t, cookie, {
      title: '빠른 모임',
      activities: [{ type: 'word-cloud', title: '한 단어로', config: { maxWords: 2 } }],
    });
    await page.goto(`${t.url}/facilitator/s/${quick.id}`);
    await page.getByTestId('activity-item').waitFor();
    expect(await page.getByTestId('console-agenda').count()).toBe(0);
  }, 60_000);
});
