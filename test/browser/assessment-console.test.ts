import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { comparePrePost } from '../../shared/scoring/prepost.js';
import { formatP } from '../../client/src/facilitator/ui/assessments/assessment-format.js';
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
const SHOTS = join(process.cwd(), 'test-artifacts', 'shots');

/** The SWLS agreement labels, as the dialog shows each point ("2 그렇지 않다"). */
const SWLS_LABEL: Record<number, string> = {
  2: '2 그렇지 않다',
  4: '4 그렇지도 않고 아니지도 않다',
  5: '5 약간 그렇다',
  6: '6 그렇다',
};

describe.skipIf(unavailable !== null)('before/after assessments on the program page', () => {
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

  /** Opens 종이 응답 입력 for one member and side, answers every SWLS item with `value`, saves. */
  async function enterPaper(page: Page, nickname: string, kind: '사전' | '사후', value: number) {
    await page.getByRole('button', { name: `${nickname} ${kind} 종이 응답 입력` }).click();
    const dialog = page.getByRole('dialog', { name: '종이 응답 입력' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${nickname} · ${kind} · 삶의 만족 척도 (SWLS)`);
    for (let item = 1; item <= 5; item++) {
      const group: Locator = dialog.getByRole('group', { name: new RegExp(`^${item}\\. `) });
      await group.getByRole('radio', { name: SWLS_LABEL[value], exact: true }).check();
    }
    await dialog.getByText('5문항 중 5문항 입력', { exact: false }).waitFor();
    if (nickname === '민지' && kind === '사전') {
      await expectAccessible(page, 'paper entry dialog');
      await page.screenshot({ path: `${SHOTS}/assessment-entry.png` });
    }
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it(
    'plans SWLS before and after, enters two members’ paper forms, shows the table, the chart and its table',
    { timeout: 120_000 },
    async () => {
      const today = todayIn(CENTER_TIME_ZONE);
      const user = await createUser(t.storage, { email: 'lee@center.kr', name: '이상담', role: 'admin' });
      const program = await t.storage.programs.create({
        centerId: user.centerId,
        createdBy: user.id,
        body: {
          title: '마음톡톡 2기',
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
      for (const name of ['민지', '준호', '서연']) await addMember(t.storage, program.id, name);

      const page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      await logInInBrowser(page, t.url, 'lee@center.kr', '이상담');
      await page.goto(`${t.url}/facilitator/programs/${program.id}`);
      await page.getByRole('tab', { name: '사전·사후 평가' }).click();
      await page.getByRole('heading', { name: '평가 계획' }).waitFor();
      await page.getByText('사전과 사후가 모두 계획된 척도가 없습니다.').waitFor();

      // The plan: SWLS before (default day) and after; the survey's anonymity is said, not offered.
      const swls = page.getByRole('group', { name: '삶의 만족 척도 (SWLS)' });
      await swls.getByRole('checkbox', { name: '사전' }).check();
      await swls.getByRole('checkbox', { name: '사후' }).check();
      expect(await page.getByText('익명 설문: 응답은 참여자와 연결되지 않게 저장되며').count()).toBe(1);
      await page.getByRole('button', { name: '평가 계획 저장' }).click();
      const table = page.getByTestId('prepost-table');
      await table.waitFor();
      expect(await swls.textContent()).toContain('응답 0/3명');

      await enterPaper(page, '민지', '사전', 2);
      await enterPaper(page, '민지', '사후', 6);
      await enterPaper(page, '준호', '사전', 4);
      await enterPaper(page, '준호', '사후', 5);

      // The figures: what comparePrePost says of 10 → 30 and 20 → 25, 서연 listed as missing both.
      const expected = comparePrePost([
        { participantId: '민지', pre: 10, post: 30 },
        { participantId: '준호', pre: 20, post: 25 },
        { participantId: '서연', pre: null, post: null },
      ]);
      const total = table.getByTestId('prepost-figures').getByRole('row', { name: /총점/ });
      await expect.poll(() => total.textContent()).toContain('27.5');
      const cells = await total.getByRole('cell').allTextContents();
      expect(cells.slice(0, 3)).toEqual(['15', '27.5', expect.stringMatching(/^\+12\.5\[/)]);
      expect(cells.slice(3, 8)).toEqual([
        expected.t!.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''),
        '1',
        formatP(expected.p, 'ko'),
        expected.dz!.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''),
        '2',
      ]);
      expect(await table.getByTestId('prepost-missing').textContent()).toBe('둘 다 없음 1명: 서연');
      const minji = table.getByTestId('prepost-member').filter({ hasText: '민지' });
      expect(await minji.textContent()).toContain('직원 입력');
      expect(await swls.textContent()).toContain('응답 2/3명');
      expect(await swls.getByRole('checkbox', { name: '사전' }).isDisabled()).toBe(true);
      expect(await swls.textContent()).toContain('이미 응답이 있어 계획에서 뺄 수 없습니다.');

      // The chart: two lines sorted by change, its caption, and its own table.
      const chart = table.getByTestId('before-after-chart');
      const caption = '삶의 만족 척도 (SWLS): 참여자별 사전 → 사후 (짝 2쌍, 평균 변화 +12.5점)';
      expect(await chart.locator('figcaption').textContent()).toContain(caption);
      await chart.getByRole('img', { name: caption }).waitFor();
      expect(await chart.locator('.before-after-name').allTextContents()).toEqual(['민지', '준호']);
      expect(await chart.locator('.before-after-change').allTextContents()).toEqual(['+20', '+5']);
      expect(await chart.locator('.before-after-tick text').allTextContents()).toEqual([
        '5',
        '10',
        '15',
        '20',
        '25',
        '30',
        '35',
      ]);
      await chart.getByText('표로 보기').click();
      const rows = await chart.locator('details table tbody tr').allTextContents();
      expect(rows).toEqual(['민지1030+20', '준호2025+5']);

      await expectAccessible(page, 'before & after tab');
      await page.screenshot({ path: `${SHOTS}/assessment-tab.png`, fullPage: true });
      // Every target is at least 44 px high.
      for (const height of await table
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
        expect(height).toBeGreaterThanOrEqual(44);

      await page.getByTestId('lang-switch').click();
      await page.getByRole('tab', { name: 'Before & after' }).waitFor();
      expect(await chart.locator('figcaption').textContent()).toContain(
        'Satisfaction With Life Scale (SWLS): each participant before → after (2 pairs, mean change +12.5)',
      );
      expect(await table.getByTestId('prepost-missing').textContent()).toBe('Neither (1): 서연');
      await expectAccessible(page, 'before & after tab in English');
      await page.screenshot({ path: `${SHOTS}/assessment-tab-en.png`, fullPage: true });
    },
  );
});
