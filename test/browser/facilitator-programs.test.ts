import type { Browser } from 'playwright-core';
import { io } from 'socket.io-client';
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

const unavailable = browserUnavailable();

/** A phone registering for the program over the socket (the phone UI has its own browser test). */
async function register(url: string, code: string, nickname: string): Promise<void> {
  const socket = io(url, { transports: ['websocket'], forceNew: true });
  try {
    const ack = (await socket.timeout(5_000).emitWithAck('program:register', {
      registrationId: crypto.randomUUID(),
      code,
      nickname,
      realName: `김${nickname}`,
      consent: true,
      intake: { desiredJob: '사무직', worry: '면접', hope: '자신감' },
    })) as { ok: boolean };
    expect(ack.ok).toBe(true);
  } finally {
    socket.close();
  }
}

describe.skipIf(unavailable !== null)('facilitator programs in a real browser', () => {
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

  it('admin adds a facilitator, makes a program from a template, edits the agenda, keeps the roster', async () => {
    const admin = await newPage(browser, LAPTOP);
    admin.setDefaultTimeout(8_000);
    admin.on('dialog', (d) => void d.accept());
    await admin.goto(`${t.url}/facilitator`);
    await admin.getByLabel('센터 이름').fill('서울서부고용센터');
    await admin.getByLabel('이름', { exact: true }).fill('김관리');
    await admin.getByLabel('이메일').fill('admin@center.kr');
    await admin.getByLabel('비밀번호').fill('a long password');
    await admin.getByRole('button', { name: '계정 만들기' }).click();
    await admin.getByRole('heading', { name: '김관리님, 안녕하세요' }).waitFor();
    await expectAccessible(admin, 'home');

    // ── Center admin: a new facilitator gets a temporary password, shown once.
    await admin.getByRole('link', { name: '센터 관리', exact: true }).click();
    await admin.getByLabel('이름', { exact: true }).fill('이진행');
    await admin.getByLabel('이메일').fill('lee@center.kr');
    await admin.getByRole('button', { name: '추가하기' }).click();
    const temporary = (await admin.getByTestId('temporary-password-value').textContent())?.trim() ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await expect.poll(() => admin.getByTestId('user-row').count()).toBe(2);
    await expectAccessible(admin, 'admin');

    // ── The small-count threshold: shown with what it means, changed, kept after a reload.
    const smallCount = admin.getByRole('spinbutton', { name: '적은 인원 표시 기준 (명)' });
    expect(await smallCount.inputValue()).toBe('3');
    await admin
      .getByText("이 수보다 적은 인원은 화면과 보고서에 '3명 미만'처럼 표시됩니다", { exact: false })
      .waitFor();
    await smallCount.fill('11');
    expect(await admin.getByRole('button', { name: '센터 정보 저장' }).isDisabled()).toBe(true);
    await smallCount.fill('5');
    await admin.getByText("'5명 미만'처럼 표시됩니다", { exact: false }).waitFor();
    await admin.getByRole('button', { name: '센터 정보 저장' }).click();
    await admin.getByRole('status').filter({ hasText: '저장했습니다.' }).waitFor();
    if (process.env.MOIM_SCREENSHOTS)
      await admin.screenshot({ path: 'test-artifacts/center-small-count.png' });
    await admin.reload();
    await expect
      .poll(() => admin.getByRole('spinbutton', { name: '적은 인원 표시 기준 (명)' }).inputValue())
      .toBe('5');

    // ── A program from the 성취프로그램 template, starting today, co-facilitated.
    await admin.getByRole('link', { name: '홈', exact: true }).click();
    await admin.getByRole('link', { name: '새 프로그램 만들기' }).click();
    await admin.getByLabel(/^성취프로그램/).check();
    await admin.getByLabel('이진행').check();
    await expectAccessible(admin, 'new program');
    await admin.getByRole('button', { name: '프로그램 만들기' }).click();
    const code = ((await admin.getByTestId('program-code').textContent()) ?? '').replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);
    const summary = admin.getByTestId('hours-summary');
    expect(await summary.textContent()).toContain('계획 24시간 / 템플릿 24시간');
    expect(await summary.getAttribute('data-off')).toBe('false');
    expect(await admin.getByTestId('agenda-day').count()).toBe(4);
    await expectAccessible(admin, 'program agenda');

    // A template lays its days on weekdays: on a weekend day 1 is moved to today by hand.
    await admin.getByLabel('날짜', { exact: true }).first().fill(todayIn(CENTER_TIME_ZONE));

    // ── Keyboard reorder: focus stays on the moved module's button, the move is announced.
    const firstDown = admin.getByRole('button', { name: /^아래로:/ }).first();
    const movedId = await firstDown.getAttribute('id');
    await firstDown.focus();
    await admin.keyboard.press('Enter');
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe(movedId);
    expect(await admin.getByTestId('agenda-announcer').textContent()).toContain('1일차 2번째');
    expect(await admin.getByTestId('save-bar').getAttribute('data-dirty')).toBe('true');

    // Drag and drop: day 2's third module onto its first.
    const day2 = admin.getByTestId('agenda-day').nth(1).getByTestId('agenda-module');
    const third = await day2.nth(2).getAttribute('data-module-key');
    await day2.nth(2).locator('.drag-handle').dragTo(day2.nth(0));
    expect(await day2.nth(0).getAttribute('data-module-key')).toBe(third);
    expect(await admin.getByTestId('agenda-announcer').textContent()).toContain('2일차 1번째');

    // Duplicate a day: five days, hours now off the template.
    await admin.getByRole('button', { name: '이 날 복제' }).first().click();
    expect(await admin.getByTestId('agenda-day').count()).toBe(5);
    expect(await summary.getAttribute('data-off')).toBe('true');
    await admin.getByRole('button', { name: '변경 저장' }).click();
    await admin.locator('[data-testid="save-bar"][data-dirty="false"]').waitFor();

    // ── A co-facilitator saves first: this save is refused as a conflict and offers a reload.
    const other = await newPage(browser, LAPTOP);
    await other.context().addCookies(await admin.context().cookies());
    await other.goto(admin.url());
    await other.getByLabel('프로그램 이름').fill('성취프로그램 3기');
    await other.getByRole('button', { name: '변경 저장' }).click();
    await other.locator('[data-testid="save-bar"][data-dirty="false"]').waitFor();
    await admin.getByLabel('대상 집단').fill('청년');
    await admin.getByRole('button', { name: '변경 저장' }).click();
    await admin.getByText('다른 진행자가 먼저 수정했습니다').waitFor();
    await admin.getByRole('button', { name: '최신 내용 새로 불러오기' }).click();
    await admin.locator('[data-testid="save-bar"][data-dirty="false"]').waitFor();
    expect(await admin.getByLabel('프로그램 이름').inputValue()).toBe('성취프로그램 3기');
    await other.close();

    // ── Two phones register; today's session opens in the console and leads back to the program.
    await register(t.url, code, '미나');
    await register(t.url, code, '준');
    await admin.getByRole('button', { name: '오늘 모임 시작' }).click();
    await admin.getByTestId('join-code').waitFor();
    await admin.getByRole('link', { name: /프로그램 페이지로/ }).click();
    await admin.getByTestId('program-code').waitFor();

    // ── Roster: correct a day, merge a duplicate, make a new PIN.
    await admin.getByRole('tab', { name: '참여자·출석' }).click();
    await expect.poll(() => admin.getByTestId('roster-row').count()).toBe(2);
    await expectAccessible(admin, 'roster');
    await admin.getByTestId('attendance-cell').first().click();
    await expectAccessible(admin, 'attendance dialog');
    await admin.getByLabel('인정 시간 (시간)').fill('3.5');
    await admin.getByLabel(/메모/).fill('지각');
    await admin.getByRole('button', { name: '저장', exact: true }).click();
    await admin.locator('[data-testid="attendance-cell"][data-present="true"]').first().waitFor();
    expect(await admin.getByTestId('attendance-cell').first().textContent()).toContain('3.5시간');

    await admin.getByRole('button', { name: '준을(를) 다른 참여자와 합치기' }).click();
    await admin.getByLabel(/합칠 대상/).selectOption({ label: '미나 (김미나)' });
    expect(await admin.getByTestId('merge-explain').textContent()).toContain('“준” 닉네임은 사라집니다');
    await admin.getByRole('button', { name: '합치기', exact: true }).click();
    await expect.poll(() => admin.getByTestId('roster-row').count()).toBe(1);

    await admin.getByRole('button', { name: '미나의 새 PIN 만들기' }).click();
    // Shown in two groups of three, as on the phone; read out digit by digit.
    expect(await admin.getByTestId('member-pin').locator('[aria-hidden="true"]').textContent()).toMatch(
      /^\d{3} \d{3}$/,
    );
    await admin.getByRole('dialog').getByRole('button', { name: '닫기' }).first().click();

    await admin.getByRole('tab', { name: '사전 욕구 조사' }).click();
    await admin.getByTestId('intake-card').first().waitFor();
    await expectAccessible(admin, 'intake');

    // English throughout.
    await admin.getByTestId('lang-switch').click();
    await admin.getByRole('tab', { name: 'Roster and attendance' }).waitFor();
    await admin.getByTestId('lang-switch').click();

    // ── The new facilitator must change the temporary password first, then sees the program.
    await admin.getByRole('button', { name: '로그아웃' }).click();
    await admin.getByLabel('이메일').fill('lee@center.kr');
    await admin.getByLabel('비밀번호').fill(temporary);
    await admin.getByRole('button', { name: '로그인' }).click();
    await admin.getByTestId('password-banner').waitFor();
    expect(new URL(admin.url()).pathname).toBe('/facilitator/account');
    await expect.poll(() => admin.getByRole('link', { name: '센터 관리' }).count()).toBe(0);
    await expectAccessible(admin, 'account');
    await admin.getByLabel('현재 비밀번호').fill(temporary);
    await admin.getByLabel('새 비밀번호', { exact: true }).fill('another long password');
    await admin.getByLabel('새 비밀번호 확인').fill('another long password');
    await admin.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await admin.getByRole('heading', { name: '이진행님, 안녕하세요' }).waitFor();
    await admin.getByTestId('today-day').filter({ hasText: '성취프로그램 3기' }).waitFor();
    expect(await admin.getByTestId('start-day').textContent()).toBe('모임으로 이동');
  }, 90_000);
});
