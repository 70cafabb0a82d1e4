import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { createSession, type TestApp } from '../helpers/app.js';
import {
  browserUnavailable,
  LAPTOP,
  launchBrowser,
  newPage,
  PROJECTOR,
  seriousViolations,
  SMALL_PHONE,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();

const ACTIVITIES = [
  {
    type: 'poll-multi',
    title: '관심 있는 분야 (두 개까지)',
    config: {
      options: [
        { id: 'office', label: '사무' },
        { id: 'care', label: '돌봄' },
        { id: 'it', label: 'IT' },
      ],
      maxPicks: 2,
    },
  },
  {
    type: 'scale',
    title: '오늘의 삶의 만족도',
    config: { min: 0, max: 10, minLabel: '전혀', maxLabel: '매우' },
  },
  { type: 'word-cloud', title: '나를 나타내는 단어', config: { maxWords: 2 } },
];

const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);

/** Seconds left on a "m:ss" timer. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  const [m, s] = text.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}

describe.skipIf(unavailable !== null)('every activity type on a 320 px phone and the projector', () => {
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

  it('multiple choice, scale 0–10 and word cloud reach the projector; the timer agrees; English works', async () => {
    await t.storage.facilitators.create({
      centerId: (await t.storage.centers.create('센터')).id,
      role: 'admin',
      email: 'lead@center.kr',
      name: '김진행',
      passwordHash: await hashPassword('a long password'),
    });
    const facilitator = await newPage(browser, LAPTOP);
    await facilitator.goto(`${t.url}/facilitator`);
    await facilitator.getByLabel('이메일').fill('lead@center.kr');
    await facilitator.getByLabel('비밀번호').fill('a long password');
    await facilitator.getByRole('button', { name: '로그인' }).click();
    await facilitator.getByRole('link', { name: '빠른 모임', exact: true }).click();
    await facilitator.getByLabel('모임 제목').waitFor();
    // The session itself is set up over the API (the editor is covered by the other browser test).
    const cookies = await facilitator.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const session = await createSession(t, cookie, { title: '유형별 점검', activities: ACTIVITIES });
    await facilitator.goto(`${t.url}/facilitator/s/${session.id}`);
    await facilitator.getByTestId('join-code').waitFor();

    const screen = await newPage(browser, PROJECTOR);
    await screen.goto(`${t.url}/screen/${session.code}`);
    const phone = await newPage(browser, SMALL_PHONE);
    await phone.goto(`${t.url}/j/${session.code}`);
    await phone.getByLabel('닉네임').fill('소라');
    await phone.getByRole('button', { name: '입장하기' }).click();
    await phone.getByTestId('waiting').waitFor();
    await withAttr(screen, 'participant-count', 'data-count', 1).waitFor();

    const open = async (title: string) => {
      const item = facilitator.getByTestId('activity-item').filter({ hasText: title });
      await item.getByRole('button', { name: '열기', exact: true }).click();
      await withAttr(
        phone,
        'activity',
        'data-type',
        ACTIVITIES.find((a) => a.title === title)!.type,
      ).waitFor();
    };
    const send = async () => {
      await phone.getByRole('button', { name: '답변 보내기' }).click();
      await withAttr(phone, 'answer-status', 'data-status', 'saved').waitFor();
    };
    const reveal = () => facilitator.getByTestId('control-reveal').click();

    // Multiple choice: a third pick is impossible once two are checked.
    await open(ACTIVITIES[0]!.title);
    await phone.getByRole('checkbox', { name: '사무' }).check();
    await phone.getByRole('checkbox', { name: 'IT' }).check();
    expect(await phone.getByRole('checkbox', { name: '돌봄' }).isDisabled()).toBe(true);
    await send();
    await reveal();
    await withAttr(screen, 'result-bar-office', 'data-count', 1).waitFor();
    await withAttr(screen, 'result-bar-it', 'data-count', 1).waitFor();
    await withAttr(screen, 'result-bar-care', 'data-count', 0).waitFor();

    // Scale 0–10: all eleven steps fit in 320 px; the mean reaches the projector.
    await open(ACTIVITIES[1]!.title);
    // The form comes in its own chunk (usually preloaded): wait for it rather than assume it.
    await phone.getByTestId('scale-10').waitFor();
    for (const step of [0, 10]) expect(await phone.getByTestId(`scale-${step}`).isVisible()).toBe(true);
    const box = await phone.getByTestId('scale-10').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await phone.getByTestId('scale-7').click();
    await send();
    await reveal();
    await withAttr(screen, 'result-bar-7', 'data-count', 1).waitFor();
    expect(await screen.getByTestId('scale-mean').textContent()).toContain('7');

    // Word cloud: words are normalised before they are counted.
    await open(ACTIVITIES[2]!.title);
    await phone.getByLabel('단어 1').fill('  Teamwork! ');
    await phone.getByLabel('단어 2').fill('성실');
    await send();
    await reveal();
    await screen.getByTestId('result-word').filter({ hasText: 'teamwork' }).waitFor();
    await screen.getByTestId('result-word').filter({ hasText: '성실' }).waitFor();
    expect(await seriousViolations(screen)).toEqual([]);

    // One timer, computed from server time: phone and projector show the same seconds.
    await facilitator.getByLabel('시간 (분)').fill('2');
    await facilitator.getByRole('button', { name: '타이머 시작' }).click();
    await withAttr(phone, 'timer', 'data-state', 'running').waitFor();
    await withAttr(screen, 'timer', 'data-state', 'running').waitFor();
    const [onPhone, onScreen] = await Promise.all([secondsLeft(phone), secondsLeft(screen)]);
    expect(onPhone).toBeGreaterThan(100);
    expect(Math.abs(onPhone - onScreen)).toBeLessThanOrEqual(1);

    // English switch: the page speaks English and says so to screen readers.
    await phone.getByTestId('lang-switch').click();
    expect(await phone.locator('html').getAttribute('lang')).toBe('en');
    await phone
      .getByRole('button', { name: /answer/i })
      .first()
      .waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
  });
});
