import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { login, createUser, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import {
  SMALL_PHONE,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  newPage,
  post,
  registerPhone,
  startBrowserApp,
} from './browser.js';

/**
 * An assessment wave on a 320 px phone (design §2.1–§2.4): the facilitator opens the SWLS pre wave
 * (a socket.io-client facilitator), the phone takes it one item per screen, reloads mid-way and
 * resumes at the first unanswered item with its answers, follows the facilitator's reminder,
 * hands in from the submit screen and sees "제출했어요"; axe on every screen.
 */
const unavailable = browserUnavailable();
/** Screenshots of each screen, for a person to look at (set MOIM_SHOTS=<dir>). */
const SHOTS = process.env.MOIM_SHOTS ?? null;

/** The console's font stylesheet, so a screenshot shows Korean as a phone with a Korean font does. */
const FONTS_CSS = readdirSync(join(process.cwd(), 'dist/client/assets')).find((f) =>
  /^fonts-.*\.css$/.test(f),
);

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  if (FONTS_CSS)
    await page.evaluate(async (href) => {
      if (!document.querySelector(`link[href="${href}"]`)) {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
        document.head.append(link);
        await loaded;
      }
      await document.fonts.ready;
    }, `/assets/${FONTS_CSS}`);
  await page.screenshot({ path: `${SHOTS}/assessment-${name}.png`, fullPage: true });
}

async function expectNoSideScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/** Every button of the task is a thumb-sized target. */
async function expectTapTargets(card: Locator): Promise<void> {
  const small = await card
    .locator('button')
    .evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent ?? ''),
    );
  expect(small).toEqual([]);
}

/** The item screen shows "n / 5" and its question. */
async function atItem(card: Locator, n: number): Promise<void> {
  await card
    .getByTestId('instrument-item')
    .and(card.locator(`[data-item="swls-${n}"]`))
    .waitFor();
  await card.getByText(`${n} / 5`, { exact: true }).waitFor();
}

const choice = (card: Locator, label: string) => card.getByRole('button', { name: label, exact: true });

/** A one-day program running today with these waves planned; their ids in that order. */
async function runningProgram(t: TestApp, email: string, plan: [string, 'pre' | 'once'][]) {
  const user = await createUser(t.storage, { email, name: '한진행' });
  const program = await t.storage.programs.create({
    centerId: user.centerId,
    createdBy: user.id,
    body: {
      title: '새 출발 1기',
      group: '중장년',
      facilitatorIds: [user.id],
      templateId: null,
      trackId: null,
      days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '00:00', endTime: '23:59', modules: [] }],
    },
  });
  const { version } = (await t.storage.assessments.plan(program.id))!;
  const planned = await t.storage.assessments.replacePlan({
    programId: program.id,
    version,
    waves: plan.map(([instrumentId, kind]) => ({
      instrumentId,
      kind,
      plannedDayId: null,
      instrumentVersion: 1,
      anonymous: kind === 'once',
    })),
  });
  if (!planned.ok) throw new Error(planned.code);
  const waves = plan.map(
    ([id, kind]) => planned.waves.find((w) => w.instrumentId === id && w.kind === kind)!.id,
  );
  const cookie = await login(t, email);
  await post(`${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`, cookie, {}, 200);
  return { program, waves, cookie };
}

describe.skipIf(unavailable !== null)('an assessment wave on the phone', () => {
  let t: TestApp;
  let browser: Browser;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('takes SWLS one item per screen at 320 px, resumes after a reload, follows a reminder and hands in', async () => {
    const { program, waves, cookie } = await runningProgram(t, 'wave@center.kr', [['swls', 'pre']]);
    const waveId = waves[0]!;
    const phone = await newPage(browser, SMALL_PHONE);
    phone.setDefaultTimeout(10_000);
    await registerPhone(phone, t.url, program.code, '새봄');

    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    const opened = await ok(facilitator, 'wave:open', { waveId, minutes: 30 });
    const activityId = opened.activityId!;
    expect(activityId).toBeTruthy();

    // ── 내 할 일 → the first screen: the name, 5문항, the close rule, the credit.
    const tasks = phone.getByTestId('counseling-tasks');
    await tasks.getByTestId('task-open').first().click();
    const card = phone.getByTestId('counseling-activity');
    const intro = card.getByTestId('instrument-intro');
    await card.getByRole('heading', { name: '삶의 만족 척도 (SWLS)' }).waitFor();
    await shot(phone, 'intro');
    await intro.getByText('5문항').waitFor();
    await intro.getByText('마감 때 답한 내용은 제출됩니다.').waitFor();
    await intro.getByText('Diener, Emmons, Larsen & Griffin (1985) — 출처를 밝혀 사용').waitFor();
    expect(await intro.getByText('이름 없이').count()).toBe(0);
    await card.getByTestId('instrument-due').getByText('까지 답해 주세요').waitFor();
    await expectAccessible(phone, 'the first screen');
    await intro.getByRole('button', { name: '시작하기' }).click();

    // ── One item per screen: a tap answers and moves on; the question takes the focus.
    await atItem(card, 1);
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toContain('바라는 모습');
    expect(await card.getByRole('group').getByRole('button').count()).toBe(7);
    await expectTapTargets(card);
    await expectNoSideScroll(phone);
    await shot(phone, 'item-1');
    await expectAccessible(phone, 'an item');
    await choice(card, '그렇다').click();
    await atItem(card, 2);
    await card.getByRole('button', { name: '답하지 않기' }).click();
    await atItem(card, 3);
    await choice(card, '매우 그렇다').click();
    await atItem(card, 4);
    // Back shows the answer given; on again.
    await card.getByRole('button', { name: '이전' }).click();
    await atItem(card, 3);
    expect(await choice(card, '매우 그렇다').getAttribute('aria-pressed')).toBe('true');
    await card.getByRole('button', { name: '다음' }).click();
    await atItem(card, 4);
    await expect.poll(async () => (await t.storage.memberAnswers.listForActivity(activityId)).length).toBe(3);

    // ── A reload mid-way: the list counts 3 of 5; the reminder puts the task first, with a banner.
    await phone.reload();
    await tasks.getByTestId('task-progress').getByText('3 / 5 완료').waitFor();
    expect(await ok(facilitator, 'wave:remind', { waveId })).toEqual({ reminded: 1 });
    const banner = phone.getByTestId('wave-reminder');
    await banner.getByText('마무리를 부탁했어요').waitFor();
    // The reminded task comes first in 내 할 일.
    await shot(phone, 'reminder');
    await expectAccessible(phone, 'the reminder');
    await banner.getByRole('button').click();
    await card.getByTestId('instrument-intro').getByRole('button', { name: '이어서 하기' }).click();
    await atItem(card, 4);
    await card.getByRole('button', { name: '이전' }).click();
    await atItem(card, 3);
    expect(await choice(card, '매우 그렇다').getAttribute('aria-pressed')).toBe('true');
    await card.getByRole('button', { name: '이전' }).click();
    await atItem(card, 2);
    expect(await card.getByRole('button', { name: '답하지 않기' }).getAttribute('aria-pressed')).toBe('true');
    await card.getByRole('button', { name: '다음' }).click();
    await card.getByRole('button', { name: '다음' }).click();
    await atItem(card, 4);
    await choice(card, '약간 그렇다').click();
    await atItem(card, 5);
    // The keyboard: from the question, Tab reaches the first value and Enter answers it.
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Enter');

    // ── The submit screen: the skipped item is listed, a way back to it; then hand in.
    const submit = card.getByTestId('instrument-submit');
    await submit.waitFor();
    await submit.getByRole('button', { name: '2번. 내 삶의 조건들은 아주 좋다.' }).waitFor();
    await expectTapTargets(card);
    await expectNoSideScroll(phone);
    await shot(phone, 'submit');
    await expectAccessible(phone, 'the submit screen');
    await submit.getByRole('button', { name: '제출하기' }).click();

    const done = card.getByTestId('instrument-submitted');
    await done.getByRole('heading', { name: '제출했어요' }).waitFor();
    await done.getByText(/에 제출했어요\.$/).waitFor();
    await done.getByText('7 · 매우 그렇다').waitFor();
    await done.getByText('1 · 전혀 그렇지 않다').waitFor();
    expect(await done.getByRole('button').count()).toBe(0);
    await shot(phone, 'submitted');
    await expectAccessible(phone, 'handed in');
    const stored = await t.storage.memberAnswers.listForActivity(activityId);
    expect(Object.fromEntries(stored.map((a) => [a.itemKey, a.value]))).toEqual({
      'swls-1': 6,
      'swls-2': null,
      'swls-3': 7,
      'swls-4': 5,
      'swls-5': 1,
    });

    // ── Handed in stays handed in: after a reload the list says 5 / 5 and the task shows it read-only.
    await phone.reload();
    await tasks.getByTestId('task-progress').getByText('5 / 5 완료').waitFor();
    expect(await phone.getByTestId('wave-reminder').count()).toBe(0);
    await tasks.getByTestId('task-open').first().click();
    await card.getByTestId('instrument-submitted').getByRole('heading', { name: '제출했어요' }).waitFor();
  });

  it('lays 0–10 out as a grid, shows a hand-in made elsewhere, and says the survey takes no names', async () => {
    const { program, waves, cookie } = await runningProgram(t, 'grid@center.kr', [
      ['life-satisfaction', 'pre'],
      ['program-satisfaction', 'once'],
    ]);
    const phone = await newPage(browser, SMALL_PHONE);
    phone.setDefaultTimeout(10_000);
    await registerPhone(phone, t.url, program.code, '너울');
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    const life = await ok(facilitator, 'wave:open', { waveId: waves[0]! });
    const survey = await ok(facilitator, 'wave:open', { waveId: waves[1]! });

    // ── 0–10: eleven numbers, four to a row, the end words above.
    const tasks = phone.getByTestId('counseling-tasks');
    await tasks.getByRole('button', { name: /삶의 만족도/ }).click();
    const card = phone.getByTestId('counseling-activity');
    await card.getByTestId('instrument-intro').getByRole('button', { name: '시작하기' }).click();
    const scale = card.getByRole('group', { name: /요즘 당신의 삶에/ });
    const buttons = scale.getByRole('button');
    expect(await buttons.count()).toBe(11);
    await scale.getByText('0 전혀 만족하지 않는다').waitFor();
    await scale.getByText('10 매우 만족한다').waitFor();
    const tops = await buttons.evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops.slice(0, 4)).size).toBe(1);
    expect(tops[4]).toBeGreaterThan(tops[0]!);
    await scale.getByRole('button', { name: '5 보통' }).waitFor();
    await expectTapTargets(card);
    await expectNoSideScroll(phone);
    await shot(phone, 'grid');
    await expectAccessible(phone, 'the 0–10 grid');

    // ── Handed in on another phone of the member: this phone's next tap is refused, and it says so.
    const member = (await t.storage.members.findByNickname(program.id, '너울'))!;
    const handedIn = await t.storage.assessments.submit({
      activityId: life.activityId!,
      memberId: member.id,
    });
    expect(handedIn.ok).toBe(true);
    await scale.getByRole('button', { name: '8', exact: true }).click();
    await card.getByTestId('instrument-submitted').getByRole('heading', { name: '제출했어요' }).waitFor();
    await card.getByRole('button', { name: '내 할 일 목록으로' }).click();

    // ── The survey: no names, and a text item is a textarea with a save.
    // The survey opened second; reminded, it comes first, and the banner leads to it.
    await expect.poll(() => tasks.getByTestId('task-open').first().textContent()).toContain('삶의 만족도');
    expect(await ok(facilitator, 'wave:remind', { waveId: waves[1]! })).toEqual({ reminded: 1 });
    await expect
      .poll(() => tasks.getByTestId('task-open').first().textContent())
      .toContain('프로그램 만족도 조사');
    await phone.getByTestId('wave-reminder').getByRole('button', { name: '이어서 하기' }).click();
    const intro = card.getByTestId('instrument-intro');
    await intro.getByTestId('instrument-anonymous').getByText('이름 없이 모아 봅니다').waitFor();
    await shot(phone, 'survey-intro');
    await expectAccessible(phone, "the survey's first screen");
    await intro.getByRole('button', { name: '시작하기' }).click();
    const text = card.getByLabel('내 답');
    for (let i = 0; i < 10 && !(await text.isVisible()); i++)
      await card.getByRole('button', { name: '다음' }).click();
    await text.fill('서로 이야기 나눈 시간이 좋았어요');
    await expectAccessible(phone, 'a text item');
    await card.getByRole('button', { name: '저장하고 다음' }).click();
    const item = card.getByTestId('instrument-item').or(card.getByTestId('instrument-submit'));
    await item.first().waitFor();
    await expect
      .poll(async () =>
        (await t.storage.memberAnswers.listForActivity(survey.activityId!)).map((a) => a.value),
      )
      .toContain('서로 이야기 나눈 시간이 좋았어요');
  });
});
