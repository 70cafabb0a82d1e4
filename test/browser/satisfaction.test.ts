import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentById } from '../../shared/content/index.js';
import { summarizeSatisfaction } from '../../shared/scoring/satisfaction.js';
import type { TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { countRows } from '../storage/counseling-fixture.js';
import {
  LAPTOP,
  SMALL_PHONE,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  registerPhone,
  startBrowserApp,
} from './browser.js';
import {
  LABEL,
  RATINGS,
  enterPaper,
  surveyProgram,
  takeSurvey,
  type SurveyAnswers,
} from './survey-fixture.js';

/**
 * The anonymous satisfaction survey from the facilitator's side (design §3.1–§3.3, §6.2): three 320 px
 * phones answer and hand in, a fourth answers without handing in, the facilitator closes the wave (the
 * close hands in the fourth and releases all four as one batch); the console's 만족도 조사 tab shows n = 4,
 * the means, a distribution with its table and the comments without a nickname anywhere; a paper form
 * waits unreleased until two more make a batch; the blank form prints on one A4 page with every item and
 * no field for a name.
 */
const unavailable = browserUnavailable();
const SHOTS = join(process.cwd(), 'test-artifacts', 'shots');

const MEMBERS: SurveyAnswers[] = [
  { nickname: '새봄이', ratings: [5, 5, 4, 4, 5, 5], liked: '역할극이 좋았어요', handIn: true },
  {
    nickname: '하늘빛',
    ratings: [4, 4, 4, 3, 4, 5],
    suggestions: '시간이 조금 더 길었으면 해요',
    handIn: true,
  },
  { nickname: '바다새', ratings: [5, 4, 5, 4, 5, 5], liked: '서로 이야기 나눈 시간', handIn: true },
  { nickname: '나무꾼', ratings: [4, 5, 4, 4, 4, 5], handIn: false },
];

describe.skipIf(unavailable !== null)('the satisfaction survey on the console', () => {
  let t: TestApp;
  let browser: Browser;
  const sockets: TestSocket[] = [];
  let pdfDir: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    pdfDir = mkdtempSync(join(tmpdir(), 'moim-survey-'));
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await browser?.close();
    await t?.close();
    rmSync(pdfDir, { recursive: true, force: true });
  });

  it(
    'shows released figures under the small-count rule, takes a paper form, and prints a blank form',
    { timeout: 240_000 },
    async () => {
      const { program, waveId, cookie } = await surveyProgram(t, {
        center: '해오름 고용센터',
        email: 'survey@center.kr',
        name: '한진행',
      });
      const facilitator = await connect(t.url, { cookie });
      sockets.push(facilitator);
      await ok(facilitator, 'wave:open', { waveId });

      // ── Four phones at 320 px: three hand in, the fourth stops on the submit screen.
      for (const who of MEMBERS) {
        const phone = await newPage(browser, SMALL_PHONE);
        phone.setDefaultTimeout(15_000);
        await registerPhone(phone, t.url, program.code, who.nickname);
        await takeSurvey(phone, who);
        await phone.context().close();
      }

      // ── The console before the close: who completed, and nothing else.
      const page = await newPage(browser, LAPTOP);
      page.setDefaultTimeout(15_000);
      await logInInBrowser(page, t.url, 'survey@center.kr', '한진행');
      await page.goto(`${t.url}/facilitator/programs/${program.id}`);
      // By keyboard: the tab beside 사전·사후 평가 in the tablist.
      await page.getByRole('tab', { name: '사전·사후 평가' }).click();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tab', { name: '만족도 조사', selected: true }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('만족도 조사');
      const survey = page.getByTestId('survey');
      await survey.getByRole('heading', { name: /프로그램 만족도 조사/ }).waitFor();
      await survey.getByText('완료 3명').waitFor();
      await survey
        .getByText('마감하면 결과가 함께 공개됩니다 (누가 무엇을 답했는지 알 수 없도록).')
        .waitFor();
      expect(await survey.getByTestId('survey-figures').count()).toBe(0);
      expect(await survey.getByRole('button', { name: '지금 반영하기' }).count()).toBe(0);

      // ── The close hands in the fourth and releases the four as one batch.
      await ok(facilitator, 'wave:close', { waveId });
      await page.goto(`${t.url}/facilitator/programs/${program.id}/satisfaction`);
      const figures = survey.getByTestId('survey-figures');
      await figures.waitFor();
      const facts = survey.getByTestId('survey-facts');
      expect(await facts.locator('li').allTextContents()).toEqual(['완료 4명', '반영된 응답 4명']);
      await survey.getByText('마감', { exact: true }).waitFor();

      // The figures are summarizeSatisfaction's over what the phones gave.
      const instrument = instrumentById.get('program-satisfaction')!;
      const expected = summarizeSatisfaction(
        instrument,
        MEMBERS.map((m) => Object.fromEntries(RATINGS.map((item, i) => [item, m.ratings[i]!]))),
      );
      const two = (x: number) => x.toFixed(2);
      expect(await figures.locator('> .survey-mean').textContent()).toBe(
        `전체 평균 ${two(expected.overall.mean!)} (n = 4) · 표준편차 ${two(expected.overall.sd!)}`,
      );
      const item = (id: string): Locator => figures.locator(`[data-testid="survey-item"][data-item="${id}"]`);
      for (const summary of expected.items)
        expect(await item(summary.itemId).locator('.survey-mean').textContent()).toBe(
          `평균 ${two(summary.mean!)} (n = 4) · 표준편차 ${two(summary.sd!)}`,
        );
      expect(await item('usefulness').locator('.survey-mean').textContent()).toContain('4.25 (n = 4)');

      // Everyone gave "매우 그렇다" to recommending it: a chart of counts, and its table.
      const chart = item('recommend').getByTestId('distribution-chart');
      const caption = '6. 이 프로그램을 다른 사람에게 추천하겠다. 응답 분포 (n = 4)';
      await chart.getByRole('img', { name: caption }).waitFor();
      expect(await chart.locator('.distribution-count').allTextContents()).toEqual([
        '0명',
        '0명',
        '0명',
        '0명',
        '4명',
      ]);
      expect(await chart.locator('.distribution-bar').count()).toBe(1);
      await chart.getByText('표로 보기').click();
      expect(await chart.locator('details table tbody tr').allTextContents()).toEqual([
        '1 전혀 그렇지 않다0명',
        '2 그렇지 않다0명',
        '3 보통이다0명',
        '4 그렇다0명',
        '5 매우 그렇다4명',
      ]);
      // Two and two: each cell under the threshold, and the total would tell them — withheld.
      await item('content').getByText('세부 비공개 (3명 미만 포함)').waitFor();
      expect(await item('content').getByTestId('distribution-chart').count()).toBe(0);

      // Comments as a plain list, and no nickname anywhere on the page.
      const comments = await figures.locator('.survey-comment-list li').allTextContents();
      expect(comments.sort()).toEqual([
        '서로 이야기 나눈 시간',
        '시간이 조금 더 길었으면 해요',
        '역할극이 좋았어요',
      ]);
      const text = await page.locator('body').innerText();
      for (const who of MEMBERS) expect(text).not.toContain(who.nickname);
      await expectAccessible(page, 'the satisfaction tab');
      await page.screenshot({ path: `${SHOTS}/satisfaction-tab.png`, fullPage: true });
      for (const height of await survey
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
        expect(height).toBeGreaterThanOrEqual(44);

      // English second: the same figures in English words.
      await page.getByTestId('lang-switch').click();
      await page.getByRole('tab', { name: 'Satisfaction' }).waitFor();
      expect(await facts.locator('li').allTextContents()).toEqual(['4 completed', 'Released responses: 4']);
      await item('content').getByText('Details withheld (includes fewer than 3)').waitFor();
      await expectAccessible(page, 'the satisfaction tab in English');
      await page.screenshot({ path: `${SHOTS}/satisfaction-tab-en.png`, fullPage: true });
      await page.getByTestId('lang-switch').click();
      await page.getByRole('tab', { name: '만족도 조사' }).waitFor();

      // ── A paper form: one response, no name; it waits, too few to be released on its own.
      const dialog = await enterPaper(page, survey, 3, '자료가 알찼어요');
      expect(await dialog.getByRole('textbox').count()).toBe(2);
      await dialog.getByText('8문항 중 7문항 입력', { exact: false }).waitFor();
      expect(await dialog.getByText('이름').count()).toBe(0);
      await expectAccessible(page, 'the paper form dialog');
      await page.screenshot({ path: `${SHOTS}/satisfaction-paper.png` });
      await dialog.getByRole('button', { name: '저장' }).click();
      await dialog.waitFor({ state: 'detached' });
      await survey
        .getByTestId('survey-pending')
        .getByText('1건은 아직 반영되지 않았습니다 (3명 미만)')
        .waitFor();
      expect(await facts.locator('li').allTextContents()).toEqual(['완료 4명', '반영된 응답 4명']);
      expect(await countRows(t.databaseUrl, 'survey_responses', 'batch is null')).toBe(1);
      await survey.getByRole('button', { name: '지금 반영하기' }).click();
      await survey.getByTestId('release-outcome').getByText('3건 이상 모이면 반영됩니다').waitFor();
      expect(await countRows(t.databaseUrl, 'survey_responses', 'batch is null')).toBe(1);

      // Two more make a batch: released together, 7 respondents; cells under 3 have no bar.
      for (let i = 0; i < 2; i++) {
        await (await enterPaper(page, survey, 4)).getByRole('button', { name: '저장' }).click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
      await survey.getByTestId('survey-pending').getByText('3건은 아직 반영되지 않았습니다').waitFor();
      await survey.getByRole('button', { name: '지금 반영하기' }).click();
      await survey.getByTestId('release-outcome').getByText('3건 반영').waitFor();
      // Nothing waits, so the button is gone; the focus is on its answer, not lost.
      expect(await survey.getByRole('button', { name: '지금 반영하기' }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'release-outcome',
      );
      expect(await facts.locator('li').allTextContents()).toEqual([
        '완료 4명',
        '반영된 응답 7명',
        '종이 응답 3건',
      ]);
      expect(await survey.getByTestId('survey-pending').count()).toBe(0);
      const seven = item('recommend').getByTestId('distribution-chart');
      expect(await seven.locator('.distribution-count').allTextContents()).toEqual([
        '0명',
        '0명',
        '3명 미만',
        '3명 미만',
        '4명',
      ]);
      expect(await seven.locator('.distribution-bar').count()).toBe(1);
      expect(await figures.locator('.survey-comment-list li').count()).toBe(4);
      await expectAccessible(page, 'the tab after a second batch');
      await item('recommend').screenshot({ path: `${SHOTS}/satisfaction-item-7.png` });

      // ── The blank form: A4, the center and program, every item with its labelled boxes, no name.
      await page.getByRole('link', { name: '빈 설문지 인쇄' }).click();
      const form = page.getByTestId('survey-form');
      await form.getByRole('heading', { name: '프로그램 만족도 조사' }).waitFor();
      await form.getByText('기관: 해오름 고용센터').waitFor();
      await page.getByRole('button', { name: '인쇄하기' }).waitFor();
      await expectAccessible(page, 'the blank form');
      await page.screenshot({ path: `${SHOTS}/satisfaction-form.png`, fullPage: true });
      const pdf = join(pdfDir, 'form.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:.* pts \(A4\)/);
      if (process.env.MOIM_KEEP_PDF) execFileSync('cp', [pdf, process.env.MOIM_KEEP_PDF]);
      const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const flat = printed.replace(/\s+/g, ' ');
      for (const entry of instrument.items) expect(flat).toContain(entry.text.ko);
      for (const label of Object.values(LABEL)) expect(flat).toContain(label);
      expect(flat).toContain('해오름 고용센터');
      expect(flat).toContain('새 출발 3기');
      expect(flat).not.toContain('이름');
      expect(flat).not.toContain('인쇄하기');
      expect(flat).not.toContain('한진행');
    },
  );
});
