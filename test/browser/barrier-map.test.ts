import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
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
  registerPhone,
} from './browser.js';

/**
 * The barrier map with its separate consent, on two 360 px phones and the console: each rates the
 * barriers 0–3 or "나와 상관없음"; the sensitive card opens the consent step; refusing keeps the
 * sensitive categories hidden, consenting shows them; in the plan phase a coping plan takes a service
 * with its number (tel:); withdrawing asks first and then removes the sensitive answers and plan.
 */
const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };
const LINE_TITLE = '취업 걸림돌 지도';
const SENSITIVE = ['신체 건강', '마음 건강', '장애', '범죄경력'];

const barrierModule: AgendaModule = {
  key: 'm-barrier',
  moduleId: null,
  title: '걸림돌 넘기',
  minutes: 60,
  activities: [{ key: 'line-barrier', type: 'barrier-map', title: LINE_TITLE, minutes: 40 }],
};

/** Phone screenshots only: the console's font stylesheet, as a phone with a Korean font shows the text. */
const FONTS_CSS = readdirSync(join(process.cwd(), 'dist/client/assets')).find((f) =>
  /^fonts-.*\.css$/.test(f),
);

/** A full-page picture, or of one part (`part`) where the page is too long to look at whole. */
async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  if (FONTS_CSS && (page.viewportSize()?.width ?? 0) < 500) {
    await page.evaluate(async (href) => {
      if (!document.querySelector(`link[href="${href}"]`)) {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
        document.head.append(link);
        await loaded;
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await document.fonts.ready;
    }, `/assets/${FONTS_CSS}`);
  }
  const path = `${SHOTS}/bs-barrier-${name}.png`;
  await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
}

/** Rates one barrier: its fieldset (named by the barrier), the level's radio or "나와 상관없음". */
async function rate(card: Locator, barrier: string, choice: 0 | 1 | 2 | 3 | 'notMe'): Promise<void> {
  const row = card.getByRole('group', { name: barrier, exact: true });
  const radio =
    choice === 'notMe'
      ? row.getByRole('radio', { name: '나와 상관없음' })
      : row.getByRole('radio', { name: new RegExp(`^${choice}`) });
  await radio.check();
  await row.locator('[data-status="saved"]').waitFor();
}

async function expectNoSideScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

describe.skipIf(unavailable !== null)('the barrier map with its separate consent', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('rates, refuses or gives the sensitive consent, plans with a service number and withdraws', async () => {
    const user = await createUser(t.storage, { email: 'barrier@center.kr', name: '정진행' });
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '걸림돌 넘기 1기',
        group: '중장년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          { date: todayIn(CENTER_TIME_ZONE), startTime: '00:00', endTime: '23:59', modules: [barrierModule] },
        ],
      },
    });
    const console = await newPage(browser, LAPTOP);
    console.setDefaultTimeout(10_000);
    const cookie = await logInInBrowser(console, t.url, 'barrier@center.kr', '정진행');
    const { sessionId } = await post<{ sessionId: string }>(
      `${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
      cookie,
      {},
      200,
    );
    const sky = await newPage(browser, PHONE_360);
    const wind = await newPage(browser, PHONE_360);
    for (const [page, nickname] of [
      [sky, '하늘'],
      [wind, '바람'],
    ] as const) {
      page.setDefaultTimeout(10_000);
      await registerPhone(page, t.url, program.code, nickname);
    }

    await console.goto(`${t.url}/facilitator/s/${sessionId}`);
    const panel = console.getByTestId('counseling-panel');
    await panel.getByRole('button', { name: `${LINE_TITLE} 열기` }).click();
    const run = panel.getByTestId('counseling-run');
    await run.getByText('현재 단계: 걸림돌 평가').waitFor();

    const skyCard = sky.getByTestId('counseling-activity');
    const windCard = wind.getByTestId('counseling-activity');
    for (const card of [skyCard, windCard])
      await card.getByRole('heading', { name: '취업 걸림돌 점검' }).waitFor();

    // ── Rating: 0–3 or "나와 상관없음"; the sensitive categories are not offered before consent.
    await skyCard.getByText('0 / 13개 답함').waitFor();
    for (const name of SENSITIVE)
      expect(await skyCard.getByRole('group', { name, exact: true }).count()).toBe(0);
    await rate(skyCard, '면접', 3);
    await rate(skyCard, '나이', 2);
    await rate(skyCard, '교통·이동', 'notMe');
    await skyCard.getByText('3 / 13개 답함').waitFor();
    await rate(windCard, '구직기술·지원서류', 1);
    await rate(windCard, '가족 돌봄', 'notMe');
    await expectNoSideScroll(sky);
    await expectAccessible(sky, 'phone, rating');
    await shot(sky, 'phone-rate');

    // ── The sensitive card opens the separate consent step; 바람 refuses.
    await windCard.getByRole('button', { name: '민감정보 항목 보기' }).click();
    await windCard.getByRole('heading', { name: '민감정보 수집·이용 동의' }).waitFor();
    await expectAccessible(wind, 'phone, the consent step');
    await shot(wind, 'phone-consent-step', windCard.locator('.bm-consent'));
    await windCard.getByRole('button', { name: '동의하지 않음' }).click();
    await windCard.getByText('동의하지 않았습니다.', { exact: false }).waitFor();
    for (const name of SENSITIVE)
      expect(await windCard.getByRole('group', { name, exact: true }).count()).toBe(0);
    // Refusing blocks nothing else.
    await rate(windCard, '정보 부족', 2);
    await shot(wind, 'phone-refused');

    // ── 하늘 consents: the sensitive categories appear and take a rating.
    await skyCard.getByRole('button', { name: '민감정보 항목 보기' }).click();
    await skyCard.getByRole('button', { name: '동의', exact: true }).click();
    await skyCard.getByRole('heading', { name: '민감정보 항목' }).waitFor();
    for (const name of SENSITIVE) await skyCard.getByRole('group', { name, exact: true }).waitFor();
    await rate(skyCard, '마음 건강', 3);
    await expectAccessible(sky, 'phone, sensitive categories');
    await shot(sky, 'phone-consented', skyCard.locator('.bm-sensitive'));
    // 바람's phone still shows none of them.
    for (const name of SENSITIVE)
      expect(await windCard.getByRole('group', { name, exact: true }).count()).toBe(0);

    // ── The projector: ordinary barriers only, small counts as "3명 미만", no name.
    const projector = await newPage(browser, PROJECTOR_1080);
    projector.setDefaultTimeout(15_000);
    await projector.goto(`${t.url}/screen/${program.code}`);
    const bar = (id: string) => projector.getByTestId(`picture-bar-${id}`).locator('.bar-value');
    await expect.poll(() => bar('interview-skills').textContent(), { timeout: 15_000 }).toBe('3명 미만');
    expect(await bar('information').textContent()).toBe('3명 미만');
    expect(await bar('language').textContent()).toBe('0명');
    // All thirteen ordinary barriers on screen at once: nothing cut off, nothing to scroll.
    await expect
      .poll(() =>
        projector.evaluate(() => {
          const bars = [...document.querySelectorAll('[data-testid^="picture-bar-"]')];
          const box = document.querySelector('.screen-results')!.getBoundingClientRect();
          const limit = Math.min(box.bottom, window.innerHeight) + 1;
          const off = bars.filter((b) => b.getBoundingClientRect().bottom > limit);
          return { bars: bars.length, off: off.length };
        }),
      )
      .toEqual({ bars: 13, off: 0 });
    expect(
      await projector.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    ).toBeLessThanOrEqual(0);
    const screenText = (await projector.locator('body').textContent()) ?? '';
    for (const secret of [...SENSITIVE, '하늘', '바람']) expect(screenText).not.toContain(secret);
    await expectAccessible(projector, 'projector, barrier map');
    await shot(projector, 'projector');

    // ── The plan phase: a coping plan for 면접 with the employment center's number.
    await run.getByRole('group', { name: '단계' }).getByRole('button', { name: '계획 쓰기' }).click();
    await run.getByText('현재 단계: 계획 쓰기').waitFor();
    await skyCard.getByRole('heading', { name: '나의 대처 계획' }).waitFor();
    const interview = skyCard.getByRole('article', { name: '면접' });
    await interview.waitFor();
    await skyCard.getByRole('article', { name: '마음 건강' }).waitFor();
    await interview.getByRole('checkbox', { name: /자주 나오는 질문 10개/ }).check();
    await interview.locator('[data-status="saved"]').waitFor();
    await interview.getByRole('checkbox', { name: /고용센터 1:1 심층상담/ }).check();
    await expect
      .poll(() => interview.getByRole('checkbox', { name: /고용센터 1:1 심층상담/ }).isChecked())
      .toBe(true);
    const call = interview.getByRole('link', { name: /1350/ }).first();
    expect(await call.getAttribute('href')).toBe('tel:1350');
    await interview
      .getByLabel('"만약 …하면, 나는 …한다"')
      .fill('면접에서 말문이 막히면 숨을 한 번 쉬고 결론부터 말한다.');
    await interview.getByRole('button', { name: '저장' }).click();
    await expect
      .poll(async () => {
        const rows = await t.storage.memberAnswers.listForActivity(
          (await t.storage.counselingActivities.listForProgram(program.id))[0]!.id,
        );
        return rows.some(
          (r) => r.itemKey === 'plan:interview-skills' && JSON.stringify(r.value).includes('결론부터'),
        );
      })
      .toBe(true);
    await expectNoSideScroll(sky);
    await expectAccessible(sky, 'phone, plan');
    await shot(sky, 'phone-plan', interview);
    await expectAccessible(console, 'console, barrier map plan phase');
    await shot(console, 'console-plan');

    // ── Withdrawing asks first, then removes the sensitive answers and the plan they made.
    await skyCard.getByText('평가 고치기').click();
    await skyCard.getByRole('button', { name: '민감정보 동의 철회' }).click();
    await skyCard
      .getByText('동의를 철회하면 민감정보 항목에 남긴 답과 계획이 바로 삭제됩니다.', { exact: false })
      .waitFor();
    await shot(sky, 'phone-withdraw-ask', skyCard.locator('.bm-sensitive'));
    await skyCard.getByRole('button', { name: '철회하고 삭제' }).click();
    await skyCard.getByRole('article', { name: '마음 건강' }).waitFor({ state: 'detached' });
    for (const name of SENSITIVE)
      await skyCard.getByRole('group', { name, exact: true }).waitFor({ state: 'detached' });
    await skyCard.getByRole('article', { name: '면접' }).waitFor();
    const activityId = (await t.storage.counselingActivities.listForProgram(program.id))[0]!.id;
    const left = await t.storage.memberAnswers.listForActivity(activityId);
    expect(left.filter((r) => r.itemKey.endsWith(':mental-health'))).toEqual([]);
    expect(left.some((r) => r.itemKey === 'barrier:interview-skills')).toBe(true);
    await expectAccessible(sky, 'phone, after the withdrawal');
    await shot(sky, 'phone-withdrawn', skyCard.locator('.bm-plans'));
  }, 150_000);
});
