import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { connect, ok } from '../helpers/sockets.js';
import {
  LAPTOP,
  PROJECTOR,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  startBrowserApp,
  registerPhone,
} from './browser.js';

/**
 * The counseling runtime on its three surfaces, proven with the action plan: a 360 px phone fills
 * it item by item, reloads and finds it again; the console opens it from its agenda line, sees the
 * member's progress and sends a comment the phone shows; the projector shows no names.
 */
const unavailable = browserUnavailable();
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
/** Screenshots of each new screen, for a person to look at (set MOIM_SHOTS=<dir>). */
const SHOTS = process.env.MOIM_SHOTS ?? null;

const planModule: AgendaModule = {
  key: 'm-plan',
  moduleId: null,
  title: '나의 계획',
  minutes: 60,
  activities: [
    { key: 'line-poll', type: 'poll-single', title: '오늘 기분은? (좋아요 / 그저 그래요)', minutes: 5 },
    { key: 'line-plan', type: 'action-plan', title: '희망실현 계획서', minutes: 30 },
  ],
};

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoSideScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/** Every button on the phone's counseling card is a thumb-sized target. */
async function expectTapTargets(page: Page): Promise<void> {
  const small = await page
    .getByTestId('counseling-activity')
    .locator('button, summary')
    .evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent ?? ''),
    );
  expect(small).toEqual([]);
}

describe.skipIf(unavailable !== null)('the action plan on phone, console and projector', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('is filled on a phone, kept over a reload, followed and commented on the console, nameless on the projector', async () => {
    const user = await createUser(t.storage, { email: 'lead@center.kr', name: '김진행' });
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '희망 프로그램 1기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          { date: todayIn(CENTER_TIME_ZONE), startTime: '00:00', endTime: '23:59', modules: [planModule] },
        ],
      },
    });

    // ── The console starts the day and opens the plan from its agenda line.
    const console = await newPage(browser, LAPTOP);
    console.setDefaultTimeout(10_000);
    const cookie = await logInInBrowser(console, t.url, 'lead@center.kr', '김진행');
    const started = await fetch(`${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(started.status).toBe(200);
    const { sessionId } = (await started.json()) as { sessionId: string };

    const phone = await newPage(browser, PHONE_360);
    phone.setDefaultTimeout(10_000);
    await registerPhone(phone, t.url, program.code, '민지');

    await console.goto(`${t.url}/facilitator/s/${sessionId}`);
    const panel = console.getByTestId('counseling-panel');
    await panel.getByRole('heading', { name: '상담 활동' }).waitFor();
    await panel.getByRole('button', { name: '희망실현 계획서 열기' }).click();
    await panel.getByTestId('counseling-close').waitFor();

    const projector = await newPage(browser, PROJECTOR);
    await projector.goto(`${t.url}/screen/${program.code}`);
    await projector.getByTestId('waiting').waitFor();

    // ── The phone lists it under 내 할 일 and fills it item by item.
    const tasks = phone.getByTestId('counseling-tasks');
    await tasks.getByRole('heading', { name: '내 할 일' }).waitFor();
    await tasks.getByTestId('task-progress').getByText('0 / 5 완료').waitFor();
    await shot(phone, 'phone-360-tasks');
    await expectAccessible(phone, 'phone task list');
    await tasks.getByRole('button', { name: /희망실현 계획서/ }).click();
    const plan = phone.getByTestId('action-plan');
    await plan.waitFor();
    const goal = phone.locator('[data-testid$="-goal"]');
    await goal.getByLabel('희망 직무').fill('사무 보조');
    await goal.getByLabel('언제까지').fill('3개월 안에');
    await goal.getByRole('button', { name: '저장' }).click();
    await phone.locator('[data-testid$="-goal-status"][data-status="saved"]').waitFor();
    const step1 = phone.locator('[data-testid$="-step1"]');
    await step1.getByLabel('할 일').fill('이력서 고치기');
    await step1.getByLabel('언제').fill('2027-01-15');
    await step1.getByLabel('도움 받을 곳').fill('고용센터 상담');
    await step1.getByRole('button', { name: '1단계 저장' }).click();
    await phone.locator('[data-testid$="-step1-status"][data-status="saved"]').waitFor();
    const first = phone.locator('[data-testid$="-first"]');
    await first.getByLabel('가장 먼저 할 일').fill('내일 고용센터에 전화하기');
    await first.getByRole('button', { name: '저장' }).click();
    await phone.locator('[data-testid$="-first-status"][data-status="saved"]').waitFor();
    await expectNoSideScroll(phone);
    await expectTapTargets(phone);
    await shot(phone, 'phone-360-plan');
    await expectAccessible(phone, 'phone action plan');

    // ── A reload resumes: the list says 3 of 5, and the plan holds what was saved.
    await phone.reload();
    await phone.getByTestId('counseling-tasks').getByText('3 / 5 완료').waitFor();
    await phone.getByTestId('task-open').click();
    const goalAgain = phone.locator('[data-testid$="-goal"]');
    await expect.poll(() => goalAgain.getByLabel('희망 직무').inputValue()).toBe('사무 보조');
    expect(await phone.locator('[data-testid$="-step1"]').getByLabel('언제').inputValue()).toBe('2027-01-15');
    expect(await phone.locator('[data-testid$="-first"]').getByLabel('가장 먼저 할 일').inputValue()).toBe(
      '내일 고용센터에 전화하기',
    );
    expect(await phone.locator('[data-testid$="-step2-status"]').getAttribute('data-status')).toBe('unsaved');

    // ── The console follows the member's progress by nickname, and comments on the plan.
    const row = panel.locator('[data-testid="member-progress"]', { hasText: '민지' });
    await row.getByText('3 / 5').waitFor();
    await row.getByText('계획 보기 · 코멘트').click();
    await row.getByTestId('member-plan').getByText('내일 고용센터에 전화하기').waitFor();
    await row.getByLabel('민지 님에게 코멘트').fill('첫 걸음이 구체적이라 좋아요!');
    await row.getByRole('button', { name: '코멘트 보내기' }).click();
    await row.getByText('보냈습니다').waitFor();
    await shot(console, 'console-1280-counseling');
    await expectAccessible(console, 'console with the counseling panel');

    // ── Only this member's phone shows the comment, read-only.
    await phone.getByTestId('counseling-comment').getByText('첫 걸음이 구체적이라 좋아요!').waitFor();
    await shot(phone, 'phone-360-comment');

    // ── The projector never shows a name or the plan's words.
    const screenText = (await projector.locator('body').textContent()) ?? '';
    for (const secret of ['민지', '사무 보조', '이력서 고치기', '첫 걸음이 구체적'])
      expect(screenText).not.toContain(secret);
    await shot(projector, 'projector');
    await expectAccessible(projector, 'projector');

    // ── The day ends; the task stays: the waiting phone lists it and takes another item.
    const facilitator = await connect(t.url, { cookie });
    await ok(facilitator, 'session:end', { sessionId });
    // The open task stays open through the day's end (nothing typed is lost); back to the list.
    await phone.getByTestId('whoami').waitFor();
    await phone.getByRole('button', { name: '내 할 일 목록으로' }).click();
    await phone.getByTestId('program-waiting').waitFor();
    await phone.getByTestId('counseling-tasks').getByText('3 / 5 완료').waitFor();
    await shot(phone, 'phone-360-waiting-tasks');
    await phone.getByTestId('task-open').click();
    const step2 = phone.locator('[data-testid$="-step2"]');
    await step2.getByLabel('할 일').fill('모의 면접 연습');
    await step2.getByLabel('언제').fill('2027-02-01');
    await step2.getByRole('button', { name: '2단계 저장' }).click();
    await phone.locator('[data-testid$="-step2-status"][data-status="saved"]').waitFor();

    // ── Closing the task takes it off the phone.
    const view = (await ok(facilitator, 'session:watch', { sessionId })).counseling[0]!;
    await ok(facilitator, 'counseling:close', { activityId: view.id });
    facilitator.disconnect();
    await phone.getByTestId('counseling-activity').waitFor({ state: 'detached' });
    // Only the optional testimonial card (this one-day program is on its last day) may stay in 내 할 일.
    expect(await phone.getByTestId('task-open').count()).toBe(0);
  }, 120_000);
});
