import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import {
  LAPTOP,
  PROJECTOR,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  newPage,
  startBrowserApp,
} from './browser.js';

const unavailable = browserUnavailable();
const SHOTS = process.env.SHOTS_DIR;

const POLL = '오늘 기분은 어떤가요?';
const TEXT = '오늘 배운 점 한 가지';
const FOLD = LAPTOP.viewport.height;

const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe.skipIf(unavailable !== null)('the console keeps the facilitator’s eyes on the room', () => {
  let t: TestApp;
  let browser: Browser;
  const phones: TestSocket[] = [];

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of phones) p.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('marks form errors next to their fields, runs above the fold, reviews and hides open text, and keeps results after the end', async () => {
    const console = await newPage(browser, LAPTOP);
    await console.goto(`${t.url}/facilitator`);
    await console.getByLabel('센터 이름').fill('서울서부고용센터');
    await console.getByLabel('이름', { exact: true }).fill('김진행');
    await console.getByLabel('이메일').fill('lead@center.kr');
    await console.getByLabel('비밀번호').fill('a long password');
    await console.getByRole('button', { name: '계정 만들기' }).click();
    await console.getByRole('link', { name: '빠른 모임', exact: true }).click();

    // ── The session form: an empty option is marked and says so next to itself.
    const firstRow = console.getByTestId('draft-row').nth(0);
    await firstRow.getByLabel('질문 또는 활동 제목').fill(POLL);
    await firstRow.getByLabel('선택지 2').fill('');
    await console.getByRole('button', { name: '모임 만들기' }).click();
    const option = firstRow.getByLabel('선택지 2');
    expect(await option.getAttribute('aria-invalid')).toBe('true');
    const optionError = console.locator(`#${await option.getAttribute('aria-describedby')}`);
    expect(await optionError.textContent()).toBe('선택지 2을(를) 입력하거나 삭제해 주세요.');
    // Next to it: in the same option row, not only in a summary at the top.
    expect(await firstRow.locator('li.option-row').nth(1).getByTestId('field-error').textContent()).toBe(
      await optionError.textContent(),
    );
    const title = console.getByLabel('모임 제목');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await console.locator(`#${await title.getAttribute('aria-describedby')}`).textContent()).toBe(
      '모임 제목을 입력해 주세요.',
    );
    // Focus goes to the first field to fix; the summary counts them.
    await expect.poll(() => console.evaluate(() => document.activeElement?.id)).toBe('session-title');
    expect(await console.getByTestId('form-problems').textContent()).toContain('2군데');
    await shot(console, 'form-errors');
    await expectAccessible(console, 'session form with errors');

    await title.fill('성취프로그램 1일차');
    await option.fill('아니오');
    expect(await option.getAttribute('aria-invalid')).toBeNull();
    await console.getByRole('button', { name: '활동 추가' }).click();
    const secondRow = console.getByTestId('draft-row').nth(1);
    await secondRow.getByLabel('활동 종류').selectOption('open-text');
    await secondRow.getByLabel('질문 또는 활동 제목').fill(TEXT);
    await console.getByRole('button', { name: '모임 만들기' }).click();
    const code = ((await console.getByTestId('join-code').textContent()) ?? '').replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);

    // ── The room: a projector and five phones (sockets: the phone pages have their own tests).
    const screen = await newPage(browser, PROJECTOR);
    await screen.goto(`${t.url}/screen/${code}`);
    await screen.getByTestId('join-code').waitFor();
    const names = ['미나', '준', '소라', '하늘', '바다'];
    for (const nickname of names) {
      const phone = await connect(t.url);
      phones.push(phone);
      await ok(phone, 'participant:join', { code, nickname });
    }
    await withAttr(screen, 'participant-count', 'data-count', names.length).waitFor();
    const answer = (i: number, activityId: string, value: unknown) =>
      ok(phones[i]!, 'answer:submit', { activityId, answerId: crypto.randomUUID(), value });

    // ── A poll running: live results and who has not answered are above the fold at 1280×720.
    const pollItem = console.getByTestId('activity-item').filter({ hasText: POLL });
    const pollId = (await pollItem.getAttribute('data-activity-id'))!;
    await pollItem.getByRole('button', { name: '열기', exact: true }).click();
    await console.getByTestId('run-panel').waitFor();
    await console.getByRole('button', { name: '타이머 시작' }).click();
    await console.getByRole('timer').waitFor();
    await answer(0, pollId, { optionId: 'o1' });
    await answer(1, pollId, { optionId: 'o2' });
    await withAttr(console, 'answer-count', 'data-count', 2).waitFor();
    const results = await console.getByTestId('live-results').boundingBox();
    const firstBar = await console.getByTestId('result-bar-o1').boundingBox();
    const waiting = await console.getByTestId('not-answered-list').boundingBox();
    expect(results!.y).toBeGreaterThanOrEqual(0);
    expect(firstBar!.y + firstBar!.height).toBeLessThanOrEqual(FOLD);
    expect(waiting!.y + waiting!.height).toBeLessThanOrEqual(FOLD);
    expect(await console.getByTestId('not-answered-list').getByRole('listitem').allTextContents()).toEqual([
      '소라',
      '하늘',
      '바다',
    ]);
    await shot(console, 'poll-running');
    // The timer is one row, not a card that pushes the run panel down.
    expect((await console.getByTestId('timer-controls').boundingBox())!.height).toBeLessThan(90);
    await expectAccessible(console, 'console running a poll');

    // ── Open text: hide one entry; the console and the projector agree on the count.
    const textItem = console.getByTestId('activity-item').filter({ hasText: TEXT });
    const textId = (await textItem.getAttribute('data-activity-id'))!;
    await textItem.getByRole('button', { name: '열기', exact: true }).click();
    await withAttr(console, 'run-panel', 'data-activity-id', textId).waitFor();
    expect(await withAttr(console, 'control-review', 'data-state', 'off').count()).toBe(1);
    for (const [i, text] of ['강점 카드가 좋았어요', '면접 연습이 도움이 됐어요', '부적절한 말'].entries()) {
      await answer(i, textId, { text });
    }
    await withAttr(console, 'answer-count', 'data-count', 3).waitFor();
    // Anonymous (the form's default): how many answered, never who, and no "not answered" names.
    await withAttr(console, 'anonymous-answered', 'data-count', 3).waitFor();
    expect(await console.getByTestId('not-answered-list').count()).toBe(0);
    await console.getByText('익명 활동이라 누가 답했는지는 보이지 않습니다.').waitFor();
    await shot(console, 'open-text-anonymous');
    await console.getByTestId('control-reveal').click();
    await withAttr(screen, 'answer-count', 'data-count', 3).waitFor();
    await console
      .getByTestId('moderation-entry')
      .filter({ hasText: '부적절한 말' })
      .getByRole('button', { name: '숨기기' })
      .click();
    await withAttr(screen, 'answer-count', 'data-count', 2).waitFor();
    await withAttr(console, 'answer-count', 'data-count', 2).waitFor();
    await expect.poll(() => screen.getByTestId('result-entry').count()).toBe(2);
    expect(await console.getByTestId('entry-counts').textContent()).toBe(
      '화면에 2개 · 검토 대기 0개 · 숨김 1개',
    );
    // One list: the entries are read where they are hidden; no second results list on the console.
    expect(await console.getByTestId('result-entry').count()).toBe(0);

    // ── Review before showing: a new entry waits until the facilitator lets it through.
    // A click, not check(): the box follows the server's state, which arrives after the click returns.
    await console.getByLabel('검토 후 화면에 보이기').click();
    await withAttr(console, 'control-review', 'data-state', 'on').waitFor();
    await answer(3, textId, { text: '검토가 필요한 글' });
    await answer(4, textId, { text: '두 번째 대기 글' });
    const pending = withAttr(console, 'moderation-entry', 'data-state', 'waiting');
    await expect.poll(() => pending.count()).toBe(2);
    expect(await screen.getByText('검토가 필요한 글').count()).toBe(0);
    expect(await screen.getByTestId('answer-count').getAttribute('data-count')).toBe('2');
    await shot(console, 'open-text-review');
    await expectAccessible(console, 'console with entries waiting for review');
    await pending.filter({ hasText: '검토가 필요한 글' }).getByRole('button', { name: '보이기' }).click();
    await screen.getByText('검토가 필요한 글').waitFor();
    await withAttr(console, 'answer-count', 'data-count', 3).waitFor();
    await console.getByRole('button', { name: '대기 중인 1개 모두 보이기' }).click();
    await screen.getByText('두 번째 대기 글').waitFor();
    await withAttr(screen, 'answer-count', 'data-count', 4).waitFor();
    await withAttr(console, 'answer-count', 'data-count', 4).waitFor();
    await shot(screen, 'projector-after-review');

    // ── After the end: every activity's results stay readable, and the CSV is one click away.
    await console.getByRole('button', { name: '모임 끝내기' }).click();
    await console.getByRole('dialog').getByRole('button', { name: '모임 끝내기' }).click();
    await console.getByTestId('ended-results').waitFor();
    await expect.poll(() => console.getByTestId('ended-activity').count()).toBe(2);
    expect(
      await console
        .getByTestId('ended-activity')
        .nth(0)
        .getByTestId('result-bar-o1')
        .getAttribute('data-count'),
    ).toBe('1');
    expect(await console.getByTestId('ended-activity').nth(1).getByTestId('result-entry').count()).toBe(4);
    const href = await console.getByTestId('download-csv').getAttribute('href');
    const csv = await console.evaluate(async (url) => {
      const res = await fetch(url);
      return { type: res.headers.get('content-type'), text: await res.text() };
    }, href!);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')[0]).toBe('순서,유형,질문,참여자,답변,시각');
    await shot(console, 'ended-results');
    await expectAccessible(console, 'console after the end');
  }, 120_000);
});
