import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import {
  SMALL_PHONE,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

/**
 * The phone for the oldest, least confident participant, checked as layout facts at 320×640 (and
 * the sign-up at 360×740): scales on one row, a saved answer that says so with a real "change"
 * action, a waiting screen that shows it is connected and what comes next, a sign-up whose first
 * button starts registering (nickname and consent are enough), and the next day's date and time
 * once today's day is over.
 */
const unavailable = browserUnavailable();
const SIGNUP_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);

/** Every step of the scale: one row (same top), inside the viewport, at least 44 px tall. */
async function expectOneRow(page: Page, steps: number[]): Promise<void> {
  const width = page.viewportSize()!.width;
  const boxes = await Promise.all(steps.map((n) => page.getByTestId(`scale-${n}`).boundingBox()));
  const tops = new Set(boxes.map((b) => Math.round(b!.y)));
  expect([...tops]).toHaveLength(1);
  for (const box of boxes) {
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  // Left to right in order.
  const lefts = boxes.map((b) => b!.x);
  expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
}

const top = async (locator: Locator) => (await locator.boundingBox())!.y;

const moduleWithPoll = (day: string): AgendaModule => ({
  key: `m-${day}`,
  moduleId: null,
  title: `${day} 여는 활동`,
  minutes: 60,
  activities: [
    { key: `a-${day}`, type: 'poll-single', title: `${day} 기분은? (좋아요 / 그저 그래요)`, minutes: 10 },
  ],
});

describe.skipIf(unavailable !== null)('the phone, laid out for the least confident participant', () => {
  let t: TestApp;
  let browser: Browser;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('scales 1–5 and 0–10 on one row at 320 px; a saved answer says so and offers a real change button; waiting shows connected', async () => {
    const { cookie } = await loginFacilitator(t);
    const session = await createSession(t, cookie, {
      title: '척도 점검',
      activities: [
        {
          type: 'scale',
          title: '오늘 기분은 어떤가요?',
          config: { min: 1, max: 5, minLabel: '나쁨', maxLabel: '좋음' },
        },
        {
          type: 'scale',
          title: '삶의 만족도',
          config: { min: 0, max: 10, minLabel: '전혀', maxLabel: '매우' },
        },
      ],
    });
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    const { activities } = await ok(facilitator, 'session:watch', { sessionId: session.id });

    const phone = await newPage(browser, SMALL_PHONE);
    await phone.goto(`${t.url}/j/${session.code}`);
    await phone.getByLabel('닉네임').fill('소라');
    await phone.getByRole('button', { name: '입장하기' }).click();

    // Waiting: the phone says it is connected and what comes next.
    await phone.getByTestId('waiting').waitFor();
    await withAttr(phone, 'connection-state', 'data-state', 'online').getByText('연결됨').waitFor();
    await phone.getByText('진행자가 활동을 시작하면 여기에 질문이 나타납니다').waitFor();
    await expectAccessible(phone, 'waiting, connected');

    // 1–5: five buttons, one row.
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: activities[0]!.id });
    await phone.getByTestId('scale-5').waitFor();
    await expectOneRow(phone, [1, 2, 3, 4, 5]);
    await expectAccessible(phone, 'scale 1–5');

    // Saved: said clearly; "답변 바꾸기" is an enabled action, and it opens the answer again.
    await phone.getByTestId('scale-4').click();
    await phone.getByRole('button', { name: '답변 보내기' }).click();
    const saved = withAttr(phone, 'answer-status', 'data-status', 'saved');
    await saved.getByText('저장되었습니다').waitFor();
    expect(await saved.isVisible()).toBe(true);
    const change = phone.getByRole('button', { name: '답변 바꾸기' });
    expect(await change.isVisible()).toBe(true);
    expect(await change.isEnabled()).toBe(true);
    expect(await change.getAttribute('type')).toBe('button');
    // No greyed-out submit beside it: the only button under the answer is the action.
    expect(await phone.getByTestId('submit-answer').count()).toBe(0);
    expect(await phone.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
    await expectAccessible(phone, 'answer saved');

    await change.click();
    expect(await phone.getByRole('radio', { name: /^2/ }).isEnabled()).toBe(true);
    const sendChanged = phone.getByRole('button', { name: '바꾼 답변 보내기' });
    expect(await sendChanged.isDisabled()).toBe(true); // nothing changed yet
    await phone.getByTestId('scale-2').click();
    await sendChanged.click();
    await saved.waitFor();
    await change.waitFor();
    expect(await phone.getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);

    // 0–10: eleven buttons, still one row inside 320 px.
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: activities[1]!.id });
    await phone.getByTestId('scale-10').waitFor();
    await expectOneRow(
      phone,
      Array.from({ length: 11 }, (_, i) => i),
    );
    await expectAccessible(phone, 'scale 0–10');
  });

  it('sign-up: the first primary button starts registering, recovery is a secondary link below it; nickname and consent are enough; the days say where they stand', async () => {
    const { cookie, user } = await loginFacilitator(t);
    const today = todayIn(CENTER_TIME_ZONE);
    const tomorrow = addDays(today, 1);
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '성취프로그램 5기',
        group: '중장년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [today, tomorrow].map((date, i) => ({
          date,
          startTime: '09:30',
          endTime: '12:30',
          modules: [moduleWithPoll(`${i + 1}일차`)],
        })),
      },
    });
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);

    const phone = await newPage(browser, SIGNUP_PHONE);
    await phone.goto(`${t.url}/j/${program.code}`);
    const onboarding = phone.getByTestId('program-onboarding');
    await onboarding.waitFor();
    await phone.getByRole('heading', { name: '성취프로그램 5기', level: 1 }).waitFor();

    // The first primary button is the start; the recovery path is not primary and lies below it.
    const firstPrimary = onboarding.locator('button.primary:visible').first();
    expect(await firstPrimary.getAttribute('data-testid')).toBe('start-register');
    expect(await firstPrimary.textContent()).toBe('참여 등록 시작하기');
    const recover = phone.getByTestId('have-registered');
    expect(await recover.evaluate((el) => el.classList.contains('primary'))).toBe(false);
    expect(await top(recover)).toBeGreaterThan(await top(firstPrimary));
    // The notice is folded but there (a <details> a keyboard opens).
    const introStep = phone.getByRole('region', { name: '성취프로그램 5기' });
    const notice = introStep.getByTestId('program-notice');
    expect(await notice.isVisible()).toBe(false);
    await introStep.getByText('개인정보 수집·이용 안내 읽기').focus();
    await phone.keyboard.press('Enter');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('보관 기간');
    await expectAccessible(phone, 'sign-up intro');

    // Nickname and consent only: the optional real name and intake stay folded and empty.
    await firstPrimary.click();
    await phone.getByRole('heading', { name: '참여 등록', level: 1 }).waitFor();
    await phone.getByLabel('닉네임').fill('영수');
    expect(await phone.getByTestId('intake-fold').getAttribute('open')).toBeNull();
    await phone.getByTestId('consent-input').check();
    await expectAccessible(phone, 'register step');
    await phone.getByRole('button', { name: '등록하고 참여하기' }).click();
    await phone.getByTestId('pin-notice').waitFor();
    // The six digits in their two groups stay on one line inside the narrowest phone.
    await phone.setViewportSize({ width: 320, height: 640 });
    const pinBox = await phone
      .getByTestId('pin-value')
      .locator('[aria-hidden="true"]')
      .evaluate((el) => {
        const rects = [...el.getClientRects()];
        const box = el.parentElement!.getBoundingClientRect();
        return {
          lines: rects.length,
          right: Math.max(...rects.map((r) => r.right)),
          boxRight: box.right,
          text: el.textContent,
        };
      });
    expect(pinBox.text).toMatch(/^\d{3} \d{3}$/);
    expect(pinBox.lines).toBe(1);
    expect(pinBox.right).toBeLessThanOrEqual(pinBox.boxRight);
    expect(pinBox.boxRight).toBeLessThanOrEqual(320);
    await phone.setViewportSize(SIGNUP_PHONE.viewport);
    await phone.getByRole('button', { name: '확인했어요' }).click();

    // Before day 1: connected, and when today's session starts.
    const waiting = phone.getByTestId('program-waiting');
    await waiting.waitFor();
    await withAttr(phone, 'connection-state', 'data-state', 'online').waitFor();
    expect(await phone.getByTestId('next-day').textContent()).toBe('오늘 모임은 09:30에 시작합니다');
    await expectAccessible(phone, 'waiting before day 1');

    // Day 1 runs, then ends: "today is over", and the next day's date and start time.
    const started = await fetch(`${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    const { sessionId } = (await started.json()) as { sessionId: string };
    await phone.getByTestId('day-label').getByText('1일차').waitFor();
    await ok(facilitator, 'session:end', { sessionId });
    await phone.getByTestId('day-ended').getByText('오늘 일정이 끝났습니다').waitFor();
    const [, month, day] = tomorrow.split('-').map(Number);
    const next = phone.getByTestId('next-day');
    await next.getByText(`다음 모임: ${month}월 ${day}일`).waitFor();
    expect(await next.textContent()).toMatch(/^다음 모임: \d+월 \d+일 \(.\) 09:30$/);
    await withAttr(phone, 'connection-state', 'data-state', 'online').waitFor();
    await expectAccessible(phone, 'between days');
  });
});
