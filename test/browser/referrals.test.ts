import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { ReferralsView } from '../../shared/referrals/views.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { addMember } from '../integration/program-fixtures.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';

describe.skipIf(unavailable !== null)('referrals (연계) on the follow-up tab in a real browser', () => {
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

  it(
    'records a referral and its outcome; a health-related one only with the consent ticked, deleted when it is withdrawn',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const user = await createUser(t.storage, { email: 'kim@center.kr', name: '김상담', role: 'admin' });
      const program = await t.storage.programs.create({
        centerId: user.centerId,
        createdBy: user.id,
        body: {
          title: '성취프로그램 6기',
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
      const minji = await addMember(t.storage, program.id, '민지');
      const junho = await addMember(t.storage, program.id, '준호');

      const page: Page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      const cookie = await logInInBrowser(page, t.url, 'kim@center.kr', '김상담');
      await page.goto(`${t.url}/facilitator/programs/${program.id}/follow-up`);
      const section = page.getByTestId('referrals');
      await section.getByRole('heading', { name: '연계', exact: true }).waitFor();
      const member = (nickname: string) =>
        section
          .getByTestId('referral-member')
          .filter({ has: page.getByRole('heading', { name: new RegExp(`^${nickname}`) }) });
      expect(await member('민지').textContent()).toContain('연계 기록 없음');

      // 국민취업지원제도 for 민지: the date starts at today.
      await page.getByRole('button', { name: '민지 (민지 실명)의 연계 기록' }).click();
      let dialog = page.getByRole('dialog', { name: '연계 기록' });
      await dialog.waitFor();
      expect(await dialog.getByLabel('연계일').inputValue()).toBe(today);
      const save = dialog.getByRole('button', { name: '저장', exact: true });
      expect(await save.isDisabled()).toBe(true);
      await dialog.getByLabel('연계 서비스').selectOption({ label: '국민취업지원제도' });
      expect(await dialog.getByTestId('referral-health').count()).toBe(0);
      await dialog.getByLabel('메모 (선택)').fill('다음 주 상담 예약');
      await expectAccessible(page, 'referral form');
      await dialog.screenshot({ path: `${SHOTS}/referral-dialog.png` });
      await save.click();
      await dialog.waitFor({ state: 'detached' });
      const referral = member('민지').getByTestId('referral');
      await expect.poll(() => referral.count()).toBe(1);
      expect(await referral.getByTestId('referral-service').textContent()).toBe('국민취업지원제도');
      expect(await referral.getByTestId('referral-status').textContent()).toBe('연계 대기');
      expect(await referral.textContent()).toContain('다음 주 상담 예약');
      expect(await referral.textContent()).toContain('김상담 기록');

      // Its outcome: 연계됨, the current one of its history.
      await page.getByRole('button', { name: '민지의 국민취업지원제도 연계 결과 기록' }).click();
      dialog = page.getByRole('dialog', { name: '연계 결과 기록' });
      await dialog.waitFor();
      expect(await dialog.getByRole('button', { name: '저장', exact: true }).isDisabled()).toBe(true);
      await dialog.getByRole('radio', { name: '연계됨' }).check();
      await dialog.getByLabel('메모 (선택)').fill('상담사 배정됨');
      await expectAccessible(page, 'referral outcome form');
      await dialog.screenshot({ path: `${SHOTS}/referral-update-dialog.png` });
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => referral.getAttribute('data-status')).toBe('connected');
      expect(await referral.getByTestId('referral-status').textContent()).toBe('연계됨');
      const updates = referral.getByTestId('referral-update');
      expect(await updates.count()).toBe(1);
      expect(await updates.first().getAttribute('data-current')).toBe('true');
      expect(await updates.first().textContent()).toMatch(/연계됨.*현재.*상담사 배정됨.*김상담 기록/);

      // A health-related service: the notice, and no saving until the separate consent is ticked.
      await page.getByRole('button', { name: '민지 (민지 실명)의 연계 기록' }).click();
      dialog = page.getByRole('dialog', { name: '연계 기록' });
      await dialog.waitFor();
      await dialog.getByLabel('연계 서비스').selectOption({ label: '정신건강복지센터' });
      const health = dialog.getByTestId('referral-health');
      expect(await health.textContent()).toContain(
        '건강 관련 지원은 민감정보입니다. 본인의 별도 동의를 받은 경우에만 기록합니다',
      );
      const consent = dialog.getByRole('checkbox', { name: '별도 동의를 (종이로) 받았습니다' });
      expect(await consent.isChecked()).toBe(false);
      expect(await dialog.getByRole('button', { name: '저장', exact: true }).isDisabled()).toBe(true);
      await expectAccessible(page, 'referral form, health-related');
      await dialog.screenshot({ path: `${SHOTS}/referral-dialog-health.png` });
      await consent.check();
      // Were the tick lost on the way, the server refuses it, and the form says why in its own words.
      const referralsPost = `${t.url}/api/programs/${program.id}/members/${minji.id}/referrals`;
      await page.route(referralsPost, (route) => {
        const body = route.request().postDataJSON() as Record<string, unknown>;
        return route.continue({ postData: JSON.stringify({ ...body, healthConsentOnPaper: false }) });
      });
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: '건강 관련 지원은 별도 동의를 받았다고 표시해야 기록할 수 있습니다.' })
        .waitFor();
      await page.unroute(referralsPost);
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => referral.count()).toBe(2);
      const mental = referral.filter({ hasText: '정신건강복지센터' });
      expect(await mental.textContent()).toContain('건강 관련');
      expect(await mental.getAttribute('data-status')).toBe('pending');

      // Every button of the section is a 44 px target; the section passes axe, in both languages.
      for (const height of await section
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
        expect(height).toBeGreaterThanOrEqual(44);
      await expectAccessible(page, 'follow-up tab with referrals');
      await section.screenshot({ path: `${SHOTS}/referrals-section.png` });
      await page.getByTestId('lang-switch').click();
      await section.getByRole('heading', { name: 'Referrals', exact: true }).waitFor();
      expect(await referral.first().getByTestId('referral-service').textContent()).toBe(
        'National Employment Support Program',
      );
      expect(await referral.first().getByTestId('referral-status').textContent()).toBe('Connected');
      await expectAccessible(page, 'referrals in English');
      await section.screenshot({ path: `${SHOTS}/referrals-section-en.png` });
      await page.getByTestId('lang-switch').click();

      // 기타: a service not in the library, by the name typed; saved only with a name.
      await page.getByRole('button', { name: '준호 (준호 실명)의 연계 기록' }).click();
      dialog = page.getByRole('dialog', { name: '연계 기록' });
      await dialog.waitFor();
      await dialog.getByLabel('연계 서비스').selectOption({ label: '기타 (직접 입력)' });
      expect(await dialog.getByRole('button', { name: '저장', exact: true }).isDisabled()).toBe(true);
      await dialog.getByLabel('서비스 이름').fill('구청 일자리센터');
      await dialog.getByLabel('연계일').fill(addDays(today, -1));
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const junhoReferral = member('준호').getByTestId('referral');
      await expect
        .poll(() => junhoReferral.getByTestId('referral-service').textContent())
        .toBe('구청 일자리센터');

      // 민지 withdraws the health consent: the confirmation says what is deleted, and it is gone.
      expect(
        await member('준호')
          .getByRole('button', { name: /동의 철회/ })
          .count(),
      ).toBe(0);
      await page.getByRole('button', { name: '민지 (민지 실명)의 건강 관련 동의 철회 기록' }).click();
      const confirm = page.getByRole('dialog', { name: '건강 관련 동의 철회 기록' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toMatch(/건강 관련 연계 1건과 그 결과 기록이 모두 삭제되며/);
      expect(await confirm.textContent()).toContain('정신건강복지센터');
      await expectAccessible(page, 'withdrawal confirmation');
      await confirm.screenshot({ path: `${SHOTS}/referral-withdraw.png` });
      await confirm.getByTestId('confirm-yes').click();
      await section.getByText('민지 (민지 실명) 님의 건강 관련 연계 1건을 삭제했습니다.').waitFor();
      await expect.poll(() => referral.count()).toBe(1);
      expect(await referral.getByTestId('referral-service').textContent()).toBe('국민취업지원제도');
      expect(
        await member('민지')
          .getByRole('button', { name: /동의 철회/ })
          .count(),
      ).toBe(0);
      const view = (await (
        await fetch(`${t.url}/api/programs/${program.id}/referrals`, { headers: { cookie } })
      ).json()) as ReferralsView;
      // In the order referred: 준호's was yesterday.
      expect(view.referrals.map((r) => [r.memberId, r.serviceId, r.status])).toEqual([
        [junho.id, 'other', 'pending'],
        [minji.id, 'national-employment-support', 'connected'],
      ]);
      await page.screenshot({ path: `${SHOTS}/referrals-tab.png`, fullPage: true });

      // 준호's report handed over with a referral: the notice names the service, the paper tick is
      // required, the link shows once; the list says until when, and 링크 취소 closes it.
      await page.getByRole('button', { name: '준호 (준호 실명)의 연계 기록' }).click();
      dialog = page.getByRole('dialog', { name: '연계 기록' });
      await dialog.waitFor();
      await dialog.getByLabel('연계 서비스').selectOption({ label: '국민취업지원제도' });
      await dialog.getByRole('checkbox', { name: '리포트 함께 전달' }).check();
      expect(await dialog.getByTestId('referral-share').textContent()).toContain(
        '국민취업지원제도에 연계할 때 상담이 이어지도록',
      );
      expect(await dialog.getByRole('button', { name: '저장', exact: true }).isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: '본인에게 (종이로) 동의를 받았습니다' }).check();
      await expectAccessible(page, 'referral form, report handed over');
      await dialog.screenshot({ path: `${SHOTS}/referral-dialog-share.png` });
      await dialog.getByRole('button', { name: '저장', exact: true }).click();
      const shown = page.getByTestId('referral-report-link');
      await shown.waitFor();
      expect(await shown.getByRole('textbox').inputValue()).toMatch(/\/r#link=[\w-]{40,}$/);
      expect(await shown.textContent()).toContain('링크는 처음 한 번만 보여 줍니다');
      await expectAccessible(page, 'report link shown once');
      await page.getByRole('dialog').screenshot({ path: `${SHOTS}/referral-report-link.png` });
      await page.getByRole('dialog').getByRole('button', { name: '닫기' }).last().click();
      const handed = member('준호').getByTestId('referral-report');
      await expect.poll(() => handed.textContent()).toMatch(/^리포트 전달됨 \(~/);
      await section.screenshot({ path: `${SHOTS}/referrals-section-shared.png` });
      await page.getByRole('button', { name: '준호의 국민취업지원제도 리포트 링크 취소' }).click();
      await page.getByRole('dialog', { name: '리포트 링크 취소' }).getByTestId('confirm-yes').click();
      await expect.poll(() => handed.textContent()).toBe('리포트 링크 취소됨');
    },
  );
});
