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
 * 강점 찾기 with peer feedback, end to end on four 360 px phones, the console at 1280×720 and the
 * projector at 1920×1080: the console forms one table of 4 in the 조 편성 dialog and opens the line;
 * each phone picks three cards and ranks them (one phone by the keyboard alone); the console moves to
 * the feedback phase; each phone gives a peer a card with a note, signed or not; each phone ends in
 * its profile — cards received, a signed giver named and an unsigned one "익명", and "다른 사람도
 * 알아본 강점" where a received card is one it picked. The projector draws the families with
 * "3명 미만" for small counts and never a nickname or a note.
 */
const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };
const LINE_TITLE = '강점 카드 찾기';

const strengthModule: AgendaModule = {
  key: 'm-strength',
  moduleId: null,
  title: '나의 강점',
  minutes: 60,
  activities: [{ key: 'line-strength', type: 'strength-cards', title: LINE_TITLE, minutes: 40 }],
};

/** Each phone's three picks, in the rank it ends with (card names as the phone shows them). */
const PICKS: Record<string, [string, string, string]> = {
  가온: ['경청', '성실함', '문제 해결'], // people, work habits, thinking
  나리: ['꼼꼼함', '경청', '배려'], // work habits, people ×2
  다솜: ['협력', '책임감', '경청'], // people ×2, work habits
  라희: ['침착함', '적응력', '희망 품기'], // inner ×3: one person, however many cards
};
const NICKNAMES = Object.keys(PICKS);

/** Who gives whom which card, with what note, signed or not. */
const GIFTS = [
  { from: '가온', to: '나리', card: '꼼꼼함', note: '자료를 늘 두 번 확인해 줘서 든든했어요', signed: true },
  { from: '나리', to: '다솜', card: '협력', note: '모둠 활동을 잘 이끌어 줬어요', signed: false },
  { from: '나리', to: '가온', card: '경청', note: '제 얘기를 끝까지 들어 줬어요', signed: true },
  { from: '다솜', to: '라희', card: '체력', note: '', signed: true },
  { from: '라희', to: '가온', card: '경청', note: '고개를 끄덕이며 들어 줘서 고마워요', signed: false },
] as const;

/**
 * The phone never downloads a font (it keeps the system stack) and this machine has no Korean system
 * font, so a phone's screenshot would be boxes: for the pictures only, the phone takes the console's
 * self-hosted font stylesheet (a same-origin <link>, which the page's CSP allows), as a phone with its
 * own Korean font would show the text.
 */
const FONTS_CSS = readdirSync(join(process.cwd(), 'dist/client/assets')).find((f) =>
  /^fonts-.*\.css$/.test(f),
);

async function shot(page: Page, name: string): Promise<void> {
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
  await page.screenshot({ path: `${SHOTS}/bs-${name}.png`, fullPage: true });
}

async function expectNoSideScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/** The names of my picks, in list order, each with its rank badge ("1위 경청"). */
async function pickList(card: Locator): Promise<string[]> {
  return card
    .getByTestId('sc-picks')
    .locator('.sc-pick-name')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace('⠿', '').replace(/\s+/g, ' ').trim()));
}

/** A deck card, a toggle button (pressed when picked). */
const deckCard = (card: Locator, name: string) =>
  card.locator('.sc-deck').getByRole('button', { name: new RegExp(`^(✓ )?${name}`) });

describe.skipIf(unavailable !== null)('strength cards with peer feedback on four phones', () => {
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

  it('sorts, ranks, gives signed and unsigned cards in a table of 4 and ends in each profile', async () => {
    const user = await createUser(t.storage, { email: 'strength@center.kr', name: '이진행' });
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '강점 찾기 1기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          {
            date: todayIn(CENTER_TIME_ZONE),
            startTime: '00:00',
            endTime: '23:59',
            modules: [strengthModule],
          },
        ],
      },
    });

    const console = await newPage(browser, LAPTOP);
    console.setDefaultTimeout(10_000);
    const cookie = await logInInBrowser(console, t.url, 'strength@center.kr', '이진행');
    const { sessionId } = await post<{ sessionId: string }>(
      `${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
      cookie,
      {},
      200,
    );

    const phones = new Map<string, Page>();
    for (const nickname of NICKNAMES) {
      const phone = await newPage(browser, PHONE_360);
      phone.setDefaultTimeout(10_000);
      await registerPhone(phone, t.url, program.code, nickname);
      phones.set(nickname, phone);
    }
    const phone = (nickname: string) => phones.get(nickname)!;

    // ── 조 편성: one table of 4, so each has three peers (and an unsigned card is not given away).
    await console.goto(`${t.url}/facilitator/s/${sessionId}`);
    await console.getByTestId('open-groupings').click();
    const dialog = console.getByRole('dialog', { name: '조 편성' });
    await dialog.getByTestId('grouping-kind').selectOption('tables');
    await dialog.getByRole('spinbutton', { name: '모둠 인원' }).fill('4');
    await dialog.getByTestId('grouping-form').click();
    await dialog.getByTestId('grouping-group').first().waitFor();
    expect(await dialog.getByTestId('grouping-group').count()).toBe(1);
    expect(await dialog.getByTestId('grouping-member').count()).toBe(4);
    await expect.poll(() => dialog.locator('.grouping-presence.online').count()).toBe(4);
    await expectAccessible(console, 'console, table of 4');
    await shot(console, 'console-table-of-4');
    await dialog.getByRole('button', { name: '닫기' }).click();
    await dialog.waitFor({ state: 'detached' });

    // ── The console opens the line; it runs in that grouping.
    const panel = console.getByTestId('counseling-panel');
    await panel.getByRole('button', { name: `${LINE_TITLE} 열기` }).click();
    const run = panel.getByTestId('counseling-run');
    await run.getByText('현재 단계: 강점 고르기').waitFor();

    const projector = await newPage(browser, PROJECTOR_1080);
    projector.setDefaultTimeout(15_000);
    await projector.goto(`${t.url}/screen/${program.code}`);
    await projector.getByTestId('screen-counseling').waitFor();

    // ── The sort: 가온 by the keyboard alone, the others by tapping.
    const cardOf = (nickname: string) => phone(nickname).getByTestId('counseling-activity');
    for (const nickname of NICKNAMES) await cardOf(nickname).getByTestId('strength-cards').waitFor();

    const ga = phone('가온');
    const gaCard = cardOf('가온');
    await gaCard.getByTestId('sc-count').getByText('0 / 5장 골랐어요').waitFor();
    await expectAccessible(ga, 'phone, the deck');
    await shot(ga, 'phone-deck');
    // Picked in another order than the rank it ends with, so the moves are needed.
    for (const [i, name] of ['문제 해결', '경청', '성실함'].entries()) {
      const button = deckCard(gaCard, name);
      await button.focus();
      await ga.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
      await gaCard
        .getByTestId('sc-count')
        .getByText(`${i + 1} / 5장 골랐어요`)
        .waitFor();
      await expect.poll(() => deckCard(gaCard, name).getAttribute('aria-pressed')).toBe('true');
    }
    const rankButton = (card: Locator, name: string, rank: number) =>
      card.getByRole('group', { name: `${name} 순위` }).getByRole('button', { name: `${rank}위` });
    const pressByKeyboard = async (page: Page, target: Locator) => {
      await expect.poll(() => target.isEnabled()).toBe(true);
      await target.focus();
      await page.keyboard.press('Enter');
    };
    // 문제 해결 1위, 경청 2위, 성실함 3위; then 경청 up (swaps with 문제 해결), 문제 해결 down
    // (swaps with 성실함).
    await pressByKeyboard(ga, rankButton(gaCard, '문제 해결', 1));
    await expect.poll(() => pickList(gaCard)).toEqual(['1위 문제 해결', '경청', '성실함']);
    await pressByKeyboard(ga, rankButton(gaCard, '경청', 2));
    await expect.poll(() => pickList(gaCard)).toEqual(['1위 문제 해결', '2위 경청', '성실함']);
    await pressByKeyboard(ga, rankButton(gaCard, '성실함', 3));
    await expect.poll(() => pickList(gaCard)).toEqual(['1위 문제 해결', '2위 경청', '3위 성실함']);
    await pressByKeyboard(ga, gaCard.getByRole('button', { name: '경청 위로' }));
    await expect.poll(() => pickList(gaCard)).toEqual(['1위 경청', '2위 문제 해결', '3위 성실함']);
    await pressByKeyboard(ga, gaCard.getByRole('button', { name: '문제 해결 아래로' }));
    await expect.poll(() => pickList(gaCard)).toEqual(['1위 경청', '2위 성실함', '3위 문제 해결']);
    await expectNoSideScroll(ga);
    await expectAccessible(ga, 'phone, ranked picks');
    await shot(ga, 'phone-ranked');

    for (const nickname of NICKNAMES.slice(1)) {
      const card = cardOf(nickname);
      const picks = PICKS[nickname]!;
      for (const [i, name] of picks.entries()) {
        await deckCard(card, name).click();
        await card
          .getByTestId('sc-count')
          .getByText(`${i + 1} / 5장 골랐어요`)
          .waitFor();
      }
      for (const [i, name] of picks.entries()) {
        const button = rankButton(card, name, i + 1);
        await expect.poll(() => button.isEnabled()).toBe(true);
        await button.click();
        await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      }
      await expect.poll(() => pickList(card)).toEqual(picks.map((name, i) => `${i + 1}위 ${name}`));
    }

    // 라희 writes an example for the top card.
    const ra = cardOf('라희');
    await ra
      .getByLabel('1위 카드 "침착함"을(를) 보여 준 내 경험을 적어 보세요.')
      .fill('손님이 화를 낼 때도 차분히 이야기를 들었다.');
    await ra.getByRole('button', { name: '경험 저장' }).click();
    await ra.locator('.sc-save-ok').first().waitFor();

    // The console follows the sort as counts only: 3 of 5 each.
    const rows = run.getByTestId('member-progress');
    for (const nickname of NICKNAMES) await rows.filter({ hasText: nickname }).getByText('3 / 5').waitFor();

    // ── The projector: families by people, "3명 미만" for small counts, no nickname.
    const bar = (family: string) => projector.getByTestId(`picture-bar-${family}`).locator('.bar-value');
    // people: 가온, 나리, 다솜; work habits: the same three; thinking: 가온 only; inner: 라희 only (three
    // cards, one person); hands-on: nobody.
    await expect.poll(() => bar('thinking').textContent(), { timeout: 15_000 }).toBe('3명 미만');
    await expect.poll(() => bar('inner').textContent(), { timeout: 15_000 }).toBe('3명 미만');
    expect(await bar('people').textContent()).toBe('3명');
    expect(await bar('work-habits').textContent()).toBe('3명');
    expect(await bar('hands-on').textContent()).toBe('0명');
    await shot(projector, 'projector-sort');
    await expectAccessible(projector, 'projector, strength families');

    // ── The facilitator moves the room to the feedback.
    await run.getByRole('group', { name: '단계' }).getByRole('button', { name: '강점 선물하기' }).click();
    await run.getByText('현재 단계: 강점 선물하기').waitFor();
    for (const nickname of NICKNAMES)
      await cardOf(nickname).getByRole('heading', { name: '서로 강점 카드 주기' }).waitFor();
    await expectAccessible(console, 'console, feedback phase');

    const peerBlock = (from: string, to: string) => cardOf(from).getByRole('article', { name: to });
    // Everyone sees the three others, and nobody themself.
    for (const nickname of NICKNAMES) {
      const names = await cardOf(nickname)
        .locator('.sc-peer h3')
        .evaluateAll((els) => els.map((e) => e.textContent));
      expect(names.sort()).toEqual(NICKNAMES.filter((n) => n !== nickname).sort());
    }
    await shot(phone('나리'), 'phone-feedback');
    await expectAccessible(phone('나리'), 'phone, feedback');

    for (const gift of GIFTS) {
      const block = peerBlock(gift.from, gift.to);
      await block.getByLabel('줄 카드').selectOption({ label: gift.card });
      if (gift.note) await block.getByLabel('한마디 (선택, 200자까지)').fill(gift.note);
      if (gift.signed) await block.getByRole('checkbox', { name: '이름 밝히기' }).check();
      await block.getByRole('button', { name: '카드 주기' }).click();
      const given = block.getByRole('list', { name: `${gift.to}에게 준 카드` });
      await given.getByText(gift.card, { exact: true }).waitFor();
      await given.getByText(gift.signed ? '이름 밝힘' : '익명').waitFor();
    }
    // One card per peer: 가온 cannot give 나리 a second one.
    await peerBlock('가온', '나리').getByText('나리에게는 1장까지 줄 수 있어요.', { exact: false }).waitFor();
    expect(await peerBlock('가온', '나리').getByRole('button', { name: '카드 주기' }).isDisabled()).toBe(
      true,
    );
    await expectNoSideScroll(phone('나리'));
    await shot(phone('나리'), 'phone-feedback-given');

    // The console counts peers given to, never which cards: 나리 gave two of three.
    await rows.filter({ hasText: '나리' }).getByText('2 / 3').waitFor();
    await rows.filter({ hasText: '가온' }).getByText('1 / 3').waitFor();
    await shot(console, 'console-feedback');

    // ── Each profile: received cards with the signed giver named and the unsigned one "익명".
    const profile = (nickname: string) => cardOf(nickname).getByTestId('sc-profile');
    const received = (nickname: string) => profile(nickname).getByTestId('sc-received');

    // 가온: 경청 from two people, one signed by 나리, one anonymous; 경청 is also 가온's own pick.
    const gaReceived = received('가온');
    await gaReceived.getByText('2명').waitFor();
    const gaNotes = gaReceived.locator('.sc-notes li');
    await expect
      .poll(() => gaNotes.evaluateAll((els) => els.map((e) => e.textContent).sort()))
      .toEqual(['제 얘기를 끝까지 들어 줬어요 — 나리', '고개를 끄덕이며 들어 줘서 고마워요 — 익명'].sort());
    await profile('가온').getByTestId('sc-both-seen').getByText('경청').waitFor();
    expect(await profile('가온').textContent()).not.toContain('라희');

    // 나리: 꼼꼼함 signed by 가온, and one of 나리's own picks.
    await received('나리').getByText('자료를 늘 두 번 확인해 줘서 든든했어요').waitFor();
    await received('나리').getByText('— 가온').waitFor();
    await profile('나리').getByTestId('sc-both-seen').getByText('꼼꼼함').waitFor();

    // 다솜: 협력 from 나리, unsigned: 익명, and nothing names 나리.
    await received('다솜').getByText('모둠 활동을 잘 이끌어 줬어요').waitFor();
    await received('다솜').getByText('— 익명').waitFor();
    expect(await profile('다솜').textContent()).not.toContain('나리');
    await profile('다솜').getByTestId('sc-both-seen').getByText('협력').waitFor();

    // 라희: 체력 (signed, no note), not one of 라희's picks: no "다른 사람도 알아본 강점".
    await received('라희').getByText('체력').waitFor();
    await received('라희').getByText('1명').waitFor();
    expect(await profile('라희').getByTestId('sc-both-seen').count()).toBe(0);
    expect(await profile('라희').getByRole('heading', { name: '다른 사람도 알아본 강점' }).count()).toBe(0);

    for (const nickname of NICKNAMES) {
      const page = phone(nickname);
      await profile(nickname).scrollIntoViewIfNeeded();
      await expectNoSideScroll(page);
      await expectAccessible(page, `phone ${nickname}, profile`);
      await shot(page, `phone-profile-${nickname}`);
    }

    // ── The projector still shows own picks only, no name and no note.
    const screenText = (await projector.locator('body').textContent()) ?? '';
    for (const secret of [...NICKNAMES, ...GIFTS.map((g) => g.note).filter((n) => n !== ''), '손님이 화를'])
      expect(screenText).not.toContain(secret);
    expect(await bar('hands-on').textContent()).toBe('0명');
    await shot(projector, 'projector-feedback');
    await expectAccessible(projector, 'projector, feedback phase');
    await expectAccessible(console, 'console, after the feedback');
  }, 180_000);
});
