import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import {
  LAPTOP,
  PHONE,
  PROJECTOR,
  SMALL_PHONE,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();

const POLL_TITLE = '오늘 기분은 어떤가요?';
const TEXT_TITLE = '오늘 배운 점 한 가지';

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);

async function joinByLink(page: Page, url: string, code: string, nickname: string): Promise<void> {
  await page.goto(`${url}/j/${code}`);
  await page.getByLabel('닉네임').fill(nickname);
  await page.getByRole('button', { name: '입장하기' }).click();
  await byTestId(page, 'waiting').or(byTestId(page, 'activity')).first().waitFor();
}

async function joinByCode(page: Page, url: string, code: string, nickname: string): Promise<void> {
  await page.goto(`${url}/join`);
  await page.getByLabel('참여 코드 (숫자 6자리)').fill(code);
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByLabel('닉네임').fill(nickname);
  await page.getByRole('button', { name: '입장하기' }).click();
  await byTestId(page, 'waiting').or(byTestId(page, 'activity')).first().waitFor();
}

describe.skipIf(unavailable !== null)('a live session in real browsers', () => {
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

  it('facilitator, projector and three phones run a poll and open text to revealed results', async () => {
    // ── Facilitator: first run creates the center and its admin, then a quick session with a poll and open text.
    const facilitator = await newPage(browser, LAPTOP);
    await facilitator.goto(`${t.url}/facilitator`);
    await facilitator.getByLabel('센터 이름').fill('서울서부고용센터');
    await facilitator.getByLabel('이름', { exact: true }).fill('김진행');
    await facilitator.getByLabel('이메일').fill('lead@center.kr');
    await facilitator.getByLabel('비밀번호').fill('a long password');
    await facilitator.getByRole('button', { name: '계정 만들기' }).click();
    await facilitator.getByRole('link', { name: '빠른 모임', exact: true }).click();

    await facilitator.getByLabel('모임 제목').fill('성취프로그램 1일차');
    const firstRow = facilitator.getByTestId('draft-row').nth(0);
    await firstRow.getByLabel('질문 또는 활동 제목').fill(POLL_TITLE);
    await facilitator.getByRole('button', { name: '활동 추가' }).click();
    const secondRow = facilitator.getByTestId('draft-row').nth(1);
    await secondRow.getByLabel('활동 종류').selectOption('open-text');
    await secondRow.getByLabel('질문 또는 활동 제목').fill(TEXT_TITLE);
    await facilitator.getByRole('button', { name: '모임 만들기' }).click();

    const codeText = (await byTestId(facilitator, 'join-code').textContent())?.replace(/\D/g, '') ?? '';
    expect(codeText).toMatch(/^\d{6}$/);
    const code = codeText;
    await expectAccessible(facilitator, 'facilitator console');

    // ── Projector and three phones.
    const screen = await newPage(browser, PROJECTOR);
    await screen.goto(`${t.url}/screen/${code}`);
    await byTestId(screen, 'join-code').waitFor();
    expect(await screen.getByRole('img').first().getAttribute('src')).toContain(`/api/qr/${code}.svg`);

    const [mina, joon, sora] = await Promise.all([
      newPage(browser, PHONE),
      newPage(browser, PHONE),
      newPage(browser, SMALL_PHONE),
    ]);
    await joinByLink(mina!, t.url, code, '미나');
    await joinByCode(joon!, t.url, code, '준');
    await joinByLink(sora!, t.url, code, '소라');
    await withAttr(screen, 'participant-count', 'data-count', 3).waitFor();
    await expectAccessible(mina!, 'participant waiting');
    await expectAccessible(screen, 'projector lobby');

    // ── The poll.
    const pollItem = facilitator.getByTestId('activity-item').filter({ hasText: POLL_TITLE });
    const pollId = await pollItem.getAttribute('data-activity-id');
    await pollItem.getByRole('button', { name: '열기', exact: true }).click();

    async function answerPoll(page: Page, label: string) {
      await page.getByRole('radio', { name: label }).check();
      await page.getByRole('button', { name: '답변 보내기' }).click();
    }
    await byTestId(mina!, 'activity').waitFor();
    await answerPoll(mina!, '예');
    await withAttr(mina!, 'answer-status', 'data-status', 'saved').waitFor();
    await byTestId(joon!, 'activity').waitFor();
    await answerPoll(joon!, '아니오');
    await withAttr(joon!, 'answer-status', 'data-status', 'saved').waitFor();
    await expectAccessible(mina!, 'participant answered');

    // A reload mid-activity keeps who she is and what she answered.
    await mina!.reload();
    await withAttr(mina!, 'answer-status', 'data-status', 'saved').waitFor();
    expect(await mina!.getByRole('radio', { name: '예' }).isChecked()).toBe(true);
    expect(await byTestId(mina!, 'whoami').textContent()).toContain('미나');

    // Offline: the answer waits on the phone as pending, then arrives once.
    await byTestId(sora!, 'activity').waitFor();
    await sora!.context().setOffline(true);
    await byTestId(sora!, 'offline-banner').waitFor();
    await answerPoll(sora!, '예');
    await withAttr(sora!, 'answer-status', 'data-status', 'pending').waitFor();
    await withAttr(sora!, 'pending-count', 'data-count', 1).waitFor();
    await sora!.context().setOffline(false);
    await withAttr(sora!, 'answer-status', 'data-status', 'saved').waitFor();
    await withAttr(facilitator, 'answer-count', 'data-count', 3).waitFor();

    const db = new Database(t.databaseUrl, { readonly: true });
    const receipts = db
      .prepare(
        'select participant_id, count(*) as n from answer_receipts where activity_id = ? group by participant_id',
      )
      .all(pollId) as { n: number }[];
    db.close();
    expect(receipts.map((r) => r.n)).toEqual([1, 1, 1]);

    // Reveal: projector and phones show the same counts.
    await byTestId(facilitator, 'control-reveal').click();
    await withAttr(screen, 'result-bar-o1', 'data-count', 2).waitFor();
    await withAttr(screen, 'result-bar-o2', 'data-count', 1).waitFor();
    await withAttr(joon!, 'result-bar-o1', 'data-count', 2).waitFor();
    await expectAccessible(screen, 'projector results');
    await expectAccessible(joon!, 'participant results');

    // ── Open text, with one entry hidden by the facilitator.
    const textItem = facilitator.getByTestId('activity-item').filter({ hasText: TEXT_TITLE });
    await textItem.getByRole('button', { name: '열기', exact: true }).click();
    const entries: [Page, string][] = [
      [mina!, '강점 카드가 좋았어요'],
      [joon!, '면접 연습이 도움이 됐어요'],
      [sora!, '부적절한 말'],
    ];
    for (const [page, text] of entries) {
      await page.getByLabel('내 답변').fill(text);
      await page.getByRole('button', { name: '답변 보내기' }).click();
      await withAttr(page, 'answer-status', 'data-status', 'saved').waitFor();
    }
    await withAttr(facilitator, 'answer-count', 'data-count', 3).waitFor();
    await byTestId(facilitator, 'control-reveal').click();
    await expect.poll(() => byTestId(screen, 'result-entry').count()).toBe(3);

    await facilitator
      .getByTestId('moderation-entry')
      .filter({ hasText: '부적절한 말' })
      .getByRole('button', { name: '숨기기' })
      .click();
    await expect.poll(() => byTestId(screen, 'result-entry').count()).toBe(2);
    expect(await screen.getByText('부적절한 말').count()).toBe(0);
    // Anonymous on the projector: no nickname next to any entry.
    expect(await byTestId(screen, 'results').getByText('미나').count()).toBe(0);
    await expectAccessible(facilitator, 'facilitator with results');
  }, 90_000);
});
