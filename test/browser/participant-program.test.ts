import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { browserUnavailable, expectAccessible, launchBrowser, newPage, startBrowserApp } from './browser.js';

const unavailable = browserUnavailable();
/** The smallest phone the participant page is made for. */
const PHONE_360 = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
/** Set MOIM_SCREENSHOTS=1 to keep screenshots of each step in test-artifacts/participant-program/. */
const SHOTS = process.env.MOIM_SCREENSHOTS ? 'test-artifacts/participant-program' : null;

const moduleWithPoll = (day: string): AgendaModule => ({
  key: `m-${day}`,
  moduleId: null,
  title: `${day} 여는 활동`,
  minutes: 60,
  activities: [
    { key: `a-${day}`, type: 'poll-single', title: `${day} 기분은? (좋아요 / 그저 그래요)`, minutes: 10 },
  ],
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const CONSENT = '개인정보 수집·이용 안내를 읽고 동의합니다';

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.MOIM_STEPS) console.info(`step ${name}`);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Nothing on the phone is wider than the screen: no sideways scrolling at 360 px. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the folded optional part of the registration (real name, intake) unless it is open. */
async function openOptional(page: Page): Promise<void> {
  const fold = byTestId(page, 'intake-fold');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}

async function register(page: Page, nickname: string, realName: string, jobField?: string): Promise<string> {
  await page.getByLabel('닉네임').fill(nickname);
  await openOptional(page);
  await page.getByLabel('실명 (선택)').fill(realName);
  await page.getByLabel('희망 직무', { exact: true }).fill('사무직');
  // The job field beside the wish: a choice, optional.
  if (jobField) await page.getByLabel('희망 직무 분야 (선택)').selectOption({ label: jobField });
  await page.getByLabel(CONSENT).check();
  await page.getByRole('button', { name: '등록하고 참여하기' }).click();
  await byTestId(page, 'pin-notice').waitFor();
  const shown = (await byTestId(page, 'pin-value').locator('[aria-hidden="true"]').textContent()) ?? '';
  // Six digits, shown in two groups to copy down.
  expect(shown).toMatch(/^\d{3} \d{3}$/);
  return shown.replace(' ', '');
}

describe.skipIf(unavailable !== null)('a multi-day program on phones', () => {
  let t: TestApp;
  let browser: Browser;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t?.close();
  });

  async function startDay(cookie: string, program: ProgramDetail, index: number): Promise<string> {
    const res = await fetch(`${t.url}/api/programs/${program.id}/days/${program.days[index]!.id}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { sessionId: string }).sessionId;
  }

  it('registers with consent and intake, shows the PIN once, waits, joins day 1, returns on day 2, recovers on a new phone', async () => {
    const { cookie, user } = await loginFacilitator(t);
    const today = todayIn(CENTER_TIME_ZONE);
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '성취프로그램 3기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          { date: today, startTime: '10:00', endTime: '12:00', modules: [moduleWithPoll('1일차')] },
          {
            date: addDays(today, 1),
            startTime: '10:00',
            endTime: '12:00',
            modules: [moduleWithPoll('2일차')],
          },
        ],
      },
    });
    const code = program.code;
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);

    // ── Phone A: the QR link of a program leads to the onboarding, not the plain nickname step.
    const a = await newPage(browser, PHONE_360);
    await a.goto(`${t.url}/j/${code}`);
    await byTestId(a, 'program-onboarding').waitFor();
    await a.getByRole('heading', { name: '성취프로그램 3기', level: 1 }).waitFor();
    expect(await byTestId(a, 'program-notice').first().textContent()).toContain('보관 기간');
    await shot(a, '1-onboarding');
    await expectAccessible(a, 'onboarding');
    await expectNoSideScroll(a);
    await byTestId(a, 'start-register').click();

    // Consent is required: without it the form says so and nothing is sent.
    await a.getByLabel('닉네임').fill('민지');
    await a.getByRole('button', { name: '등록하고 참여하기' }).click();
    await a.getByText('참여하려면 동의에 체크해 주세요').waitFor();
    await shot(a, '2-consent-required');

    const pinA = await register(a, '민지', '김민지', '돌봄·사회복지');
    const [minji] = await t.storage.members.list(program.id);
    expect(minji?.intake).toEqual({ desiredJob: '사무직', worry: '', hope: '', jobFamily: 'care-welfare' });
    await shot(a, '3-pin');
    await expectAccessible(a, 'pin');
    await a.getByRole('button', { name: '확인했어요' }).click();
    await byTestId(a, 'program-waiting').waitFor();
    expect(await byTestId(a, 'whoami').textContent()).toContain('민지');
    await shot(a, '4-waiting');
    await expectAccessible(a, 'waiting');
    expect(pinA).toMatch(/^\d{6}$/);

    // ── Phone B: a taken nickname is said next to the nickname; what was typed stays.
    const b = await newPage(browser, PHONE_360);
    await b.goto(`${t.url}/join`);
    await b.getByLabel('참여 코드 (숫자 6자리)').fill(code);
    await b.getByRole('button', { name: '다음' }).click();
    await byTestId(b, 'program-onboarding').waitFor();
    await byTestId(b, 'start-register').click();
    await b.getByLabel('닉네임').fill('민지');
    await openOptional(b);
    await b.getByLabel('실명 (선택)').fill('이준호');
    await b.getByLabel(CONSENT).check();
    await b.getByRole('button', { name: '등록하고 참여하기' }).click();
    await b.getByText('이미 사용 중인 닉네임입니다').waitFor();
    expect(await b.getByLabel('실명 (선택)').inputValue()).toBe('이준호');
    await shot(b, '5-nickname-taken');
    const pinB = await register(b, '준호', '이준호');
    await b.getByRole('button', { name: '확인했어요' }).click();
    await byTestId(b, 'program-waiting').waitFor();

    // ── Day 1 starts: the waiting phones open by themselves and say which day it is.
    const day1 = await startDay(cookie, program, 0);
    for (const phone of [a, b]) {
      await byTestId(phone, 'day-label').getByText('1일차').waitFor();
      await byTestId(phone, 'waiting').waitFor();
    }
    const watch = await ok(facilitator, 'session:watch', { sessionId: day1 });
    const pollId = watch.activities[0]!.id;
    await ok(facilitator, 'activity:open', { sessionId: day1, activityId: pollId });
    await byTestId(a, 'activity').waitFor();
    await a.getByText('좋아요').click();
    await a.getByRole('button', { name: '답변 보내기' }).click();
    await a.locator('[data-testid="answer-status"][data-status="saved"]').waitFor();
    await shot(a, '6-day1-activity');

    // ── Day 1 ends: the phone keeps who it is and waits for the next day.
    await ok(facilitator, 'session:end', { sessionId: day1 });
    await byTestId(a, 'day-ended').waitFor();
    await byTestId(a, 'program-waiting').waitFor();
    await shot(a, '7-day-ended');
    expect(await a.evaluate((c) => localStorage.getItem(`moim.identity.${c}`), code)).toContain(
      'rejoinToken',
    );

    // ── Day 2, same phone: a reload goes straight back in, no onboarding.
    await a.reload();
    await byTestId(a, 'program-waiting').waitFor();
    expect(await byTestId(a, 'program-onboarding').count()).toBe(0);
    await startDay(cookie, program, 1);
    await byTestId(a, 'day-label').getByText('2일차').waitFor();

    // ── Day 2, a new phone: nickname and PIN make it 준호 again; a wrong PIN is said clearly.
    const c = await newPage(browser, PHONE_360);
    await c.goto(`${t.url}/j/${code}`);
    await byTestId(c, 'program-onboarding').waitFor();
    // Every word of the onboarding has its English.
    await byTestId(c, 'lang-switch').click();
    await c.getByRole('button', { name: 'I registered on another phone' }).waitFor();
    await c.getByRole('button', { name: 'Start registering' }).waitFor();
    expect(
      await c.getByLabel('I have read the notice about my personal information and I agree').count(),
    ).toBe(1);
    await shot(c, '8a-onboarding-en');
    await byTestId(c, 'lang-switch').click();
    await c.getByRole('button', { name: '이미 등록했어요 (다른 휴대폰)' }).click();
    await byTestId(c, 'recover-nickname-input').fill('준호');
    await c.getByLabel('PIN (숫자 6자리)').fill(pinB === '000000' ? '000001' : '000000');
    await c.getByRole('button', { name: '들어가기' }).click();
    await c.getByText('닉네임이나 PIN이 맞지 않습니다').waitFor();
    await shot(c, '8b-recover-failed');
    await expectAccessible(c, 'recover');
    // Typed as it was shown, with the space between the groups: the digits are what count.
    await c.getByLabel('PIN (숫자 6자리)').fill(`${pinB.slice(0, 3)} ${pinB.slice(3)}`);
    await c.getByRole('button', { name: '들어가기' }).click();
    await byTestId(c, 'day-label').getByText('2일차').waitFor();
    expect(await byTestId(c, 'whoami').textContent()).toContain('준호');
    await shot(c, '9-recovered-day2');

    // ── The program ends while day 2 runs: phones in it hear so by themselves; its code stops working.
    const end = await fetch(`${t.url}/api/programs/${program.id}/end`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(end.status).toBe(200);
    for (const phone of [a, c]) await byTestId(phone, 'ended').getByText('프로그램이 끝났습니다').waitFor();
    await b.reload();
    await byTestId(b, 'ended').getByText('프로그램이 끝났습니다').waitFor();
    await shot(b, '10-program-ended');
  }, 120_000);
});
