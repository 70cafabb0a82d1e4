import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { addMember } from '../integration/program-fixtures.js';
import {
  browserUnavailable,
  expectAccessible,
  LAPTOP,
  launchBrowser,
  logInInBrowser,
  MEMBER_CONSENT,
  newPage,
  SMALL_PHONE,
  startBrowserApp,
} from './browser.js';

/**
 * The testimonial (참여 소감, design §3.4) on a 320 px phone on the program's last day: the card in
 * "내 할 일" opens its lazy chunk, the member writes, ticks the quote box (the notice shown) and
 * chooses the masked name; the console lists it with "인용 동의" and takes a paper one; axe on each.
 */
const unavailable = browserUnavailable();
/** Screenshots for a person to look at (set MOIM_SHOTS=<dir>). */
const SHOTS = process.env.MOIM_SHOTS ?? null;
const FONTS_CSS = readdirSync(join(process.cwd(), 'dist/client/assets')).find((f) =>
  /^fonts-.*\.css$/.test(f),
);

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  if (FONTS_CSS)
    await page.evaluate(async (href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
      await document.fonts.ready;
    }, `/assets/${FONTS_CSS}`);
  await page.screenshot({ path: `${SHOTS}/testimonial-${name}.png`, fullPage: true });
}

describe.skipIf(unavailable !== null)('a testimonial from the phone to the console', () => {
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

  it(
    'writes and consents at 320 px, and the console lists it with "인용 동의"',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const user = await createUser(t.storage, { email: 'so@center.kr', name: '소감진행' });
      const program = await t.storage.programs.create({
        centerId: user.centerId,
        createdBy: user.id,
        body: {
          title: '새 출발 2기',
          group: '청년',
          facilitatorIds: [user.id],
          templateId: null,
          trackId: null,
          days: [addDays(today, -1), today].map((date, i) => ({
            date,
            startTime: '10:00',
            endTime: '12:00',
            modules: [{ key: `m${i}`, moduleId: null, title: `${i + 1}일차`, minutes: 120, activities: [] }],
          })),
        },
      });
      await addMember(t.storage, program.id, '준호');

      const phone = await newPage(browser, SMALL_PHONE);
      phone.setDefaultTimeout(15_000);
      await phone.goto(`${t.url}/j/${program.code}`);
      await phone.getByTestId('start-register').click();
      await phone.getByLabel('닉네임').fill('새봄');
      await phone.getByTestId('intake-fold').locator('summary').click();
      await phone.getByLabel('실명 (선택)').fill('임현종');
      await phone.getByLabel(MEMBER_CONSENT).check();
      await phone.getByRole('button', { name: '등록하고 참여하기' }).click();
      await phone.getByRole('button', { name: '확인했어요' }).click();
      await phone.getByTestId('whoami').waitFor();

      await phone.getByTestId('testimonial-open').getByText('참여 소감 남기기 (선택)').click();
      const card = phone.getByTestId('testimonial-card');
      await card.getByText('이 글은 익명 조사와 따로, 별칭과 함께 저장됩니다', { exact: false }).waitFor();
      await card.getByLabel('참여 소감').fill('처음엔 낯설었지만 면접 연습이 큰 힘이 됐어요.');
      await card.getByLabel('센터가 보고서·공모전 자료에 이 소감을 인용해도 됩니다').check();
      // The notice's own words are on the card, the center named.
      await card.getByText('사업 보고서와 우수사례 공모전 자료', { exact: false }).waitFor();
      await card.getByLabel('가린 이름 (임○종)').check();
      await expectAccessible(phone, 'testimonial card');
      expect(
        await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await shot(phone, 'phone-320');
      await card.getByRole('button', { name: '저장하기' }).click();
      await card.getByText('저장했어요. 인용에 동의했어요.').waitFor();
      await expectAccessible(phone, 'testimonial saved');
      await shot(phone, 'phone-320-saved');
      await card.getByRole('button', { name: '내 할 일 목록으로' }).click();
      await phone.getByTestId('testimonial-open').getByText('저장함').waitFor();

      const console_ = await newPage(browser, LAPTOP);
      console_.setDefaultTimeout(15_000);
      await logInInBrowser(console_, t.url, 'so@center.kr', '소감진행');
      await console_.goto(`${t.url}/facilitator/programs/${program.id}`);
      await console_.getByRole('tab', { name: '만족도 조사' }).click();
      const section = console_.getByTestId('testimonials');
      const item = section.getByTestId('testimonial').filter({ hasText: '새봄' });
      await item.getByText('인용 동의', { exact: true }).waitFor();
      await item.getByText('처음엔 낯설었지만 면접 연습이 큰 힘이 됐어요.').waitFor();
      await item.getByText('인용 시 이름: 임○종').waitFor();

      // A paper testimonial of the other member, without the quote box ticked.
      await section.getByRole('button', { name: '종이 소감 입력' }).click();
      const dialog = console_.getByRole('dialog', { name: '종이 소감 입력' });
      await dialog.getByLabel('참여자', { exact: true }).selectOption({ label: '준호 (준호 실명)' });
      await dialog.getByLabel('소감', { exact: true }).fill('종이에 쓴 소감입니다.');
      await expectAccessible(console_, 'paper testimonial dialog');
      await dialog.getByRole('button', { name: '저장' }).click();
      await dialog.waitFor({ state: 'detached' });
      const paper = section.getByTestId('testimonial').filter({ hasText: '준호' });
      await paper.getByText('인용 동의 없음').waitFor();
      await paper.getByText('종이', { exact: true }).waitFor();
      await expectAccessible(console_, 'testimonials section');
      await shot(console_, 'console');
    },
  );
});
