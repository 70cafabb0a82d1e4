import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { TestApp } from '../helpers/app.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

/**
 * The whole path of issue 4 through the real UI, one story: an admin adds a facilitator, who makes a
 * program from the 성취프로그램 template and runs day 1 with two phones; on day 2 one phone comes back
 * as it was and the other person recovers on a new phone with nickname and PIN; the roster shows both days.
 */

const unavailable = browserUnavailable();
/** The smallest phone the participant page is made for. */
const PHONE_360 = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
/** MOIM_SCREENSHOTS=1 keeps a screenshot of each step in test-artifacts/program-whole-path/. */
const SHOTS = process.env.MOIM_SCREENSHOTS === '1' ? 'test-artifacts/program-whole-path' : null;

const ADMIN = { name: '김관리', email: 'admin@center.kr', password: 'a long admin password' };
const FACILITATOR = { name: '이진행', email: 'lee@center.kr', password: 'a new long password' };
/** Phone A registers with everything; phone B with a nickname and consent only. */
const MINJI = {
  nickname: '민지',
  realName: '김민지',
  intake: { desiredJob: '사무 행정직', worry: '면접에서 긴장하는 것', hope: '자신감을 되찾고 싶어요' },
};
const JUNHO = { nickname: '준호' };
/** The 성취프로그램 day 1 poll, from the 오리엔테이션 module (choices split from its title). */
const DAY1_POLL = '이 프로그램에서 가장 얻고 싶은 것은?';

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);
const text = async (page: Page, id: string) => ((await byTestId(page, id).textContent()) ?? '').trim();
const hoursKo = (hours: number) =>
  `${new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 }).format(hours)}시간`;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

// ── Facilitator-side steps ─────────────────────────────────────────────────────────────────────

/** The first-run page makes the center and its admin. */
async function firstRun(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/facilitator`);
  await page.getByLabel('센터 이름').fill('서울서부고용센터');
  await page.getByLabel('이름', { exact: true }).fill(ADMIN.name);
  await page.getByLabel('이메일').fill(ADMIN.email);
  await page.getByLabel('비밀번호').fill(ADMIN.password);
  await page.getByRole('button', { name: '계정 만들기' }).click();
  await page.getByRole('heading', { name: `${ADMIN.name}님, 안녕하세요` }).waitFor();
}

/** On the center admin page; returns the temporary password, shown once. */
async function addFacilitator(admin: Page): Promise<string> {
  await admin.getByRole('link', { name: '센터 관리', exact: true }).click();
  await admin.getByLabel('이름', { exact: true }).fill(FACILITATOR.name);
  await admin.getByLabel('이메일').fill(FACILITATOR.email);
  await admin.getByLabel('역할', { exact: true }).selectOption({ label: '진행자' });
  await admin.getByRole('button', { name: '추가하기' }).click();
  const temporary = await text(admin, 'temporary-password-value');
  expect(temporary.length).toBeGreaterThanOrEqual(8);
  await byTestId(admin, 'user-row').filter({ hasText: FACILITATOR.email }).waitFor();
  return temporary;
}

/** First login with the temporary password: the account page insists on a new one, then home. */
async function firstLogin(page: Page, url: string, temporary: string): Promise<void> {
  await page.goto(`${url}/facilitator`);
  await page.getByLabel('이메일').fill(FACILITATOR.email);
  await page.getByLabel('비밀번호').fill(temporary);
  await page.getByRole('button', { name: '로그인' }).click();
  await byTestId(page, 'password-banner').waitFor();
  expect(new URL(page.url()).pathname).toBe('/facilitator/account');
  await page.getByLabel('현재 비밀번호').fill(temporary);
  await page.getByLabel('새 비밀번호', { exact: true }).fill(FACILITATOR.password);
  await page.getByLabel('새 비밀번호 확인').fill(FACILITATOR.password);
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await page.getByRole('heading', { name: `${FACILITATOR.name}님, 안녕하세요` }).waitFor();
  // A facilitator, not an admin: no center admin page.
  expect(await page.getByRole('link', { name: '센터 관리' }).count()).toBe(0);
}

/** A program from the 성취프로그램 template with day 1 today; returns its id, join code and days' hours. */
async function createProgram(page: Page): Promise<{ programId: string; code: string; dayHours: number[] }> {
  await page.getByRole('link', { name: '새 프로그램 만들기' }).click();
  await page.getByLabel(/^성취프로그램/).check();
  await page.getByRole('button', { name: '프로그램 만들기' }).click();
  const code = (await text(page, 'program-code')).replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);
  const programId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  expect(await byTestId(page, 'agenda-day').count()).toBe(4);
  expect(await text(page, 'hours-summary')).toContain('계획 24시간 / 템플릿 24시간');

  // The template lays its days on weekdays: on a weekend day 1 is moved to today by hand.
  const today = todayIn(CENTER_TIME_ZONE);
  const firstDate = page.getByLabel('날짜', { exact: true }).first();
  if ((await firstDate.inputValue()) !== today) {
    await firstDate.fill(today);
    await page.getByRole('button', { name: '변경 저장' }).click();
    await withAttr(page, 'save-bar', 'data-dirty', 'false').waitFor();
  }
  const dayHours: number[] = [];
  for (const planned of await byTestId(page, 'day-planned').all()) {
    const hours = /([\d.]+)시간/.exec((await planned.textContent()) ?? '')?.[1];
    dayHours.push(Number(hours));
  }
  return { programId, code, dayHours };
}

/** The console's own "end day N" with its confirmation dialog. */
async function endSessionInConsole(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^\d+일차 마치기$/ }).click();
  await page
    .getByRole('dialog', { name: /^\d+일차를 마칠까요\?$/ })
    .getByRole('button', { name: /^\d+일차 마치기$/ })
    .click();
  await page.locator('.console-header .badge-ended').waitFor();
}

// ── Phone-side steps ───────────────────────────────────────────────────────────────────────────

/** First join on a phone: onboarding, consent, the PIN shown once; returns the PIN. */
async function registerOnPhone(
  phone: Page,
  url: string,
  code: string,
  person: { nickname: string; realName?: string; intake?: typeof MINJI.intake },
): Promise<string> {
  await phone.goto(`${url}/j/${code}`);
  await byTestId(phone, 'program-onboarding').waitFor();
  // The sign-up's first button starts registering; real name and intake are folded (optional).
  await byTestId(phone, 'start-register').click();
  await phone.getByLabel('닉네임').fill(person.nickname);
  if (person.realName || person.intake) await byTestId(phone, 'intake-fold').locator('summary').click();
  if (person.realName) await phone.getByLabel('실명 (선택)').fill(person.realName);
  if (person.intake) {
    await phone.getByLabel('희망 직무', { exact: true }).fill(person.intake.desiredJob);
    await phone.getByLabel('가장 걱정되는 점').fill(person.intake.worry);
    await phone.getByLabel('이 프로그램에서 얻고 싶은 것').fill(person.intake.hope);
  }
  await phone.getByLabel('개인정보 수집·이용 안내를 읽고 동의합니다').check();
  await phone.getByRole('button', { name: '등록하고 참여하기' }).click();
  await byTestId(phone, 'pin-notice').waitFor();
  const pin = (
    (await byTestId(phone, 'pin-value').locator('[aria-hidden="true"]').textContent()) ?? ''
  ).replace(/\s/g, '');
  expect(pin).toMatch(/^\d{6}$/);
  return pin;
}

/** The phone is in the program's day `n`, as `nickname`. */
async function expectInDay(phone: Page, n: number, nickname: string): Promise<void> {
  await byTestId(phone, 'day-label').getByText(`${n}일차`).waitFor();
  expect(await text(phone, 'whoami')).toContain(nickname);
}

async function answerPoll(phone: Page, choice: string): Promise<void> {
  await byTestId(phone, 'activity').getByText(DAY1_POLL).waitFor();
  await phone.getByRole('radio', { name: choice }).check();
  await phone.getByRole('button', { name: '답변 보내기' }).click();
  await withAttr(phone, 'answer-status', 'data-status', 'saved').waitFor();
}

describe.skipIf(unavailable !== null)('a program from start to end in real browsers', () => {
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

  it('admin adds a facilitator; a 성취프로그램 runs day 1 with two phones and day 2 with a return and a PIN recovery; the roster shows both days', async () => {
    // ── 1. The center admin (first run) adds a facilitator on the admin page.
    const admin = await newPage(browser, LAPTOP);
    admin.setDefaultTimeout(8_000);
    await firstRun(admin, t.url);
    const temporary = await addFacilitator(admin);
    await shot(admin, '01-admin-temporary-password');

    // ── 2. The facilitator, in a browser of their own: forced password change, program, day 1.
    const fac = await newPage(browser, LAPTOP);
    fac.setDefaultTimeout(8_000);
    await firstLogin(fac, t.url, temporary);
    const { code, dayHours } = await createProgram(fac);
    await shot(fac, '02-program-agenda');

    await fac.getByRole('link', { name: '← 홈' }).click();
    const todayRow = byTestId(fac, 'today-day').filter({ hasText: '성취프로그램' });
    expect(await todayRow.getByText('1일차').count()).toBe(1);
    await todayRow.getByRole('button', { name: '오늘 모임 시작' }).click();
    await byTestId(fac, 'join-code').waitFor();
    expect(await text(fac, 'join-code')).toBe(code);
    await fac.getByRole('heading', { name: /1일차/ }).waitFor();

    // ── 3. Two phones register and land in day 1; phone B's PIN is noted.
    const phoneA = await newPage(browser, PHONE_360);
    const phoneB = await newPage(browser, PHONE_360);
    for (const phone of [phoneA, phoneB]) phone.setDefaultTimeout(8_000);
    await registerOnPhone(phoneA, t.url, code, MINJI);
    await phoneA.getByRole('button', { name: '확인했어요' }).click();
    await expectInDay(phoneA, 1, MINJI.nickname);
    const pinB = await registerOnPhone(phoneB, t.url, code, JUNHO);
    await shot(phoneB, '03-phone-b-pin');
    await phoneB.getByRole('button', { name: '확인했어요' }).click();
    await expectInDay(phoneB, 1, JUNHO.nickname);
    await byTestId(fac, 'participant-count').getByText('접속 2명 / 전체 2명').waitFor();

    // The day's agenda is in the console: open its poll, both phones answer, the console counts 2.
    const poll = byTestId(fac, 'activity-item').filter({ hasText: DAY1_POLL });
    await poll.getByRole('button', { name: '열기', exact: true }).click();
    await answerPoll(phoneA, '자신감');
    await answerPoll(phoneB, '면접');
    await withAttr(fac, 'answer-count', 'data-count', 2).waitFor();
    await shot(fac, '04-console-day1-two-answers');
    await shot(phoneA, '04-phone-a-day1');

    await endSessionInConsole(fac);
    for (const phone of [phoneA, phoneB]) {
      await byTestId(phone, 'day-ended').waitFor();
      await byTestId(phone, 'program-waiting').waitFor();
    }

    // ── 4. Day 2, on the same calendar day: the program page lists every day's session; day 1 is
    // ended (view it), day 2 is dated later, so starting it now asks first.
    await fac.getByRole('link', { name: /프로그램 페이지로/ }).click();
    await byTestId(fac, 'program-code').waitFor();
    const daySessions = byTestId(fac, 'day-session');
    await expect.poll(() => daySessions.count()).toBe(4);
    expect(await daySessions.nth(0).getAttribute('data-status')).toBe('ended');
    await daySessions.nth(0).getByTestId('view-day').waitFor();
    await daySessions.nth(1).getByTestId('start-day-other').click();
    await fac
      .getByRole('dialog', { name: '2일차를 오늘 진행할까요?' })
      .getByRole('button', { name: '네, 시작합니다' })
      .click();
    await byTestId(fac, 'join-code').waitFor();
    await fac.getByRole('heading', { name: /2일차/ }).waitFor();

    // Phone A, the same browser: a reload goes straight back in as 민지, no onboarding.
    await phoneA.reload();
    await expectInDay(phoneA, 2, MINJI.nickname);
    expect(await byTestId(phoneA, 'program-onboarding').count()).toBe(0);
    expect(await phoneA.getByRole('heading', { name: '참여 등록' }).count()).toBe(0);
    await shot(phoneA, '05-phone-a-day2');

    // Phone B is lost; a new browser recovers 준호 with nickname and PIN.
    await phoneB.context().close();
    const phoneB2 = await newPage(browser, PHONE_360);
    phoneB2.setDefaultTimeout(8_000);
    await phoneB2.goto(`${t.url}/j/${code}`);
    await byTestId(phoneB2, 'program-onboarding').waitFor();
    await phoneB2.getByRole('button', { name: '이미 등록했어요 (다른 휴대폰)' }).click();
    await byTestId(phoneB2, 'recover-nickname-input').fill(JUNHO.nickname);
    await phoneB2.getByLabel('PIN (숫자 6자리)').fill(pinB);
    await phoneB2.getByRole('button', { name: '들어가기' }).click();
    await expectInDay(phoneB2, 2, JUNHO.nickname);
    await shot(phoneB2, '06-phone-b-recovered-day2');

    // Still two people, both in day 2.
    await byTestId(fac, 'participant-count').getByText('접속 2명 / 전체 2명').waitFor();
    await endSessionInConsole(fac);

    // ── 5. The roster: each person once, present on days 1 and 2, hours and completion shown.
    await fac.getByRole('link', { name: /프로그램 페이지로/ }).click();
    await fac.getByRole('tab', { name: '참여자·출석' }).click();
    await expect.poll(() => byTestId(fac, 'roster-row').count()).toBe(2);
    const attended = dayHours[0]! + dayHours[1]!;
    const scheduled = dayHours.reduce((a, b) => a + b, 0);
    for (const [nickname, realName] of [
      [MINJI.nickname, MINJI.realName],
      [JUNHO.nickname, '—'],
    ] as const) {
      const row = byTestId(fac, 'roster-row').filter({
        has: fac.getByRole('rowheader', { name: nickname, exact: true }),
      });
      expect(await row.count()).toBe(1);
      const cells = row.getByTestId('attendance-cell');
      expect(await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-present')))).toEqual([
        'true',
        'true',
        'false',
        'false',
      ]);
      expect(await cells.nth(0).textContent()).toContain(hoursKo(dayHours[0]!));
      expect(await cells.nth(1).textContent()).toContain(hoursKo(dayHours[1]!));
      const values = await row.locator('td').allTextContents();
      expect(values[0]).toBe(realName);
      expect(values).toContain(hoursKo(attended));
      // Both days held so far attended: 100%, though two of four days are under the 80 % threshold.
      expect(values).toContain('100%');
      // Days 3 and 4 are still to come: not completed, but expected to (a forecast).
      expect(await row.getByTestId('completed-badge').count()).toBe(0);
      expect(await row.getByTestId('expected-badge').count()).toBe(1);
    }
    const summary = await text(fac, 'completion-summary');
    expect(summary).toContain('출석률 100% (진행한 2일 기준');
    expect(summary).toContain('수료 예정 2/2명');
    expect(summary).toContain(`계획 ${hoursKo(scheduled)} 중 80% 이상 출석`);
    await shot(fac, '07-roster');
    await expectAccessible(fac, 'roster');

    // The needs intake: phone A's answers.
    await fac.getByRole('tab', { name: '사전 욕구 조사' }).click();
    const card = byTestId(fac, 'intake-card').filter({ hasText: MINJI.nickname });
    await card.waitFor();
    for (const answer of [MINJI.realName, ...Object.values(MINJI.intake)]) {
      expect(await card.textContent()).toContain(answer);
    }
    await shot(fac, '08-intake');
    await expectAccessible(fac, 'intake');
  }, 120_000);
});
