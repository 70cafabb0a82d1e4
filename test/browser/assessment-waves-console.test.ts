import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { connect, ok, waitFor, type TestSocket } from '../helpers/sockets.js';
import { addMember } from '../integration/program-fixtures.js';
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
 * The console's side of instrument waves (docs/design/assessments-reports.md §2.2–2.3): at 1280×720
 * the agenda's instrument line has no button and shows its wave (예정 → n/m명 완료 → 마감); the
 * 평가 panel, a dialog opened from the agenda's head, lists the plan's waves. The facilitator opens the pre wave with a time limit, a member's
 * socket answers and hands in, the count moves to 1/2 without a reload, 알림 보내기 says how many were
 * reminded (a second at once is refused in the server's words), and 마감 closes after a confirmation.
 */
const unavailable = browserUnavailable();
const SHOTS = 'test-artifacts/assessment-waves';
const LINE_TITLE = '삶의 만족도 (사전)';

const day = (key: string, instruments: { key: string; id: string; title: string }[]): AgendaModule => ({
  key,
  moduleId: null,
  title: key === 'm1' ? '여는 시간' : '닫는 시간',
  minutes: 60,
  activities: [
    { key: `${key}-poll`, type: 'poll-single', title: '오늘 기분은?', minutes: 5 },
    ...instruments.map((i) => ({
      key: i.key,
      type: 'instrument' as const,
      instrumentId: i.id,
      title: i.title,
      minutes: 5,
    })),
  ],
});

describe.skipIf(unavailable !== null)('assessment waves on the console', () => {
  let t: TestApp;
  let browser: Browser;
  let member: TestSocket | undefined;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    member?.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('opens, counts, reminds and closes the pre wave from the 평가 panel', async () => {
    const user = await createUser(t.storage, { email: 'waves@center.kr', name: '김평가' });
    const today = todayIn(CENTER_TIME_ZONE);
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '취업 준비 3기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          {
            date: today,
            startTime: '00:00',
            endTime: '23:59',
            modules: [
              day('m1', [
                { key: 'ls-pre', id: 'life-satisfaction', title: LINE_TITLE },
                // A line naming no library instrument: the plan has no wave for it.
                { key: 'old', id: 'retired-check', title: '예전 점검표' },
              ]),
            ],
          },
          {
            date: addDays(today, 1),
            startTime: '10:00',
            endTime: '12:00',
            modules: [
              day('m2', [
                { key: 'ls-post', id: 'life-satisfaction', title: '삶의 만족도 (사후)' },
                { key: 'survey', id: 'program-satisfaction', title: '만족도 조사' },
              ]),
            ],
          },
        ],
      },
    });
    const gaon = await addMember(t.storage, program.id, '가온');
    await addMember(t.storage, program.id, '나리');

    const page = await newPage(browser, LAPTOP);
    page.setDefaultTimeout(10_000);
    const cookie = await logInInBrowser(page, t.url, 'waves@center.kr', '김평가');
    const { sessionId } = await post<{ sessionId: string }>(
      `${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
      cookie,
      {},
      200,
    );
    member = await connect(t.url);
    await ok(member, 'participant:join', { code: program.code, rejoinToken: gaon.token });

    // ── The agenda's instrument line shows its wave and offers no button; nor does any panel.
    await page.goto(`${t.url}/facilitator/s/${sessionId}`);
    const agendaLine = page
      .getByTestId('console-agenda')
      .getByTestId('agenda-led')
      .filter({ hasText: LINE_TITLE });
    await agendaLine.getByText('사전 · 예정').waitFor();
    expect(await agendaLine.getByRole('button').count()).toBe(0);
    const unplanned = page.getByTestId('agenda-led').filter({ hasText: '예전 점검표' });
    const planLink = unplanned.getByRole('link', { name: '평가 계획에 없음' });
    expect(await planLink.getAttribute('href')).toBe(`/facilitator/programs/${program.id}/assessments`);
    // The day's one counseling line is the instrument's: the counseling panel has nothing to open.
    expect(await page.getByTestId('counseling-panel').count()).toBe(0);
    await expectAccessible(page, 'console, an instrument line');
    await page.screenshot({ path: `${SHOTS}/console-day.png` });

    // ── 평가 in the header: the plan's three waves, by day, before / once / after.
    await page.getByRole('button', { name: '평가', exact: true }).click();
    const panel = page.getByRole('dialog', { name: '평가', exact: true });
    const cards = panel.getByTestId('wave-card');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'pre',
      'once',
      'post',
    ]);
    const pre = panel.locator('[data-testid="wave-card"][data-kind="pre"]');
    await pre.getByText('제출 0 / 2명').waitFor();
    // The anonymous survey shows counts only, never a chip per member.
    const survey = panel.locator('[data-testid="wave-card"][data-kind="once"]');
    await survey.getByText('익명 조사입니다', { exact: false }).waitFor();
    expect(await survey.getByTestId('wave-member').count()).toBe(0);
    await expectAccessible(page, 'console, the plan’s waves');

    // ── Open the pre wave with a 10-minute limit: it runs, with a countdown, on the agenda too.
    const opened = waitFor(member, 'counseling:updated', (u) =>
      u.activities.some((a) => a.type === 'instrument'),
    );
    await pre.getByLabel('제한 시간(분)').fill('10');
    await pre.getByTestId('wave-open').click();
    await expect.poll(() => pre.getAttribute('data-status')).toBe('open');
    await pre.getByRole('timer').waitFor();
    await agendaLine.getByText('사전 · 0/2명 완료').waitFor();
    const activity = (await opened).activities.find((a) => a.type === 'instrument')!;

    // ── 가온 answers the one item and hands in: 1/2 without a reload, 가온's chip says so.
    await ok(member, 'memberAnswer:submit', {
      activityId: activity.id,
      answerId: randomUUID(),
      itemKey: 'ls-1',
      value: 7,
    });
    await ok(member, 'assessment:submit', { activityId: activity.id });
    await pre.getByText('제출 1 / 2명').waitFor();
    await agendaLine.getByText('사전 · 1/2명 완료').waitFor();
    const chip = pre.getByTestId('wave-member').filter({ hasText: '가온' });
    await expect.poll(() => chip.getAttribute('data-state')).toBe('done');
    await expectAccessible(page, 'console, a wave running');
    await page.screenshot({ path: `${SHOTS}/console-wave-open.png` });
    await panel.screenshot({ path: `${SHOTS}/waves-panel-open.png` });

    // ── 알림 보내기 reaches the one who has not handed in; a second at once is refused, translated.
    const reminded = pre.getByTestId('wave-reminded');
    await pre.getByTestId('wave-remind').click();
    await reminded.getByText('1명에게 알림을 보냈습니다.').waitFor();
    await pre.getByTestId('wave-remind').click();
    await pre.locator('.error-text').getByText('방금 알림을 보냈습니다', { exact: false }).waitFor();

    // ── +5분 moves the due time; no refusal.
    await pre.getByTestId('wave-extend-5').click();
    await expect.poll(() => pre.locator('.error-text').textContent()).toBe('');

    // ── 마감 asks first (what can be scored is handed in), then closes.
    await pre.getByTestId('wave-close').click();
    const dialog = page.getByRole('dialog', { name: '평가를 마감할까요?' });
    await dialog.getByText('자동으로 제출', { exact: false }).waitFor();
    await expectAccessible(page, 'console, closing a wave');
    await dialog.getByTestId('confirm-yes').click();
    await expect.poll(() => pre.getAttribute('data-status')).toBe('closed');
    await agendaLine.getByText('사전 · 마감').waitFor();
    await pre.getByTestId('wave-open').getByText('다시 열기').waitFor();
    await expectAccessible(page, 'console, a closed wave');

    // ── Opening the post asks first: it closes the pre for good. Then the pre offers no reopening.
    const postCard = panel.locator('[data-testid="wave-card"][data-kind="post"]');
    await postCard.getByTestId('wave-open').click();
    const ask = page.getByRole('dialog', { name: '사후 평가를 열까요?' });
    await ask.getByText('2명 중 1명이 냈습니다', { exact: false }).waitFor();
    await ask.getByTestId('confirm-yes').click();
    await expect.poll(() => postCard.getAttribute('data-status')).toBe('open');
    await pre.getByTestId('wave-locked').waitFor();
    expect(await pre.getByTestId('wave-open').count()).toBe(0);

    // ── A reloaded console has it all from the snapshot.
    await page.reload();
    await page.getByRole('button', { name: '평가 · 진행 중 1' }).click();
    await expect.poll(() => postCard.getAttribute('data-status')).toBe('open');
    await expect.poll(() => pre.getAttribute('data-status')).toBe('closed');
    await pre.getByText('제출 1 / 2명').waitFor();
    await agendaLine.getByText('사전 · 마감').waitFor();
    await expectAccessible(page, 'console, reloaded');
    await page.screenshot({ path: `${SHOTS}/console-wave-closed.png`, fullPage: true });

    // ── English: the same panel, Korean first and English second.
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-switch').click();
    await agendaLine.getByText('Before · closed').waitFor();
    await page.getByRole('button', { name: 'Assessments · 1 open' }).click();
    const english = page.getByRole('dialog', { name: 'Assessments' });
    await english.getByText('0 / 2 handed in').first().waitFor();
    await english.getByRole('button', { name: 'Send reminder' }).waitFor();
    await expectAccessible(page, 'console, assessments in English');
    await english.screenshot({ path: `${SHOTS}/waves-panel-en.png` });
  }, 120_000);
});
