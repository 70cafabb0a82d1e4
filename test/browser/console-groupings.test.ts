import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramDetail } from '../../shared/program/views.js';
import { createUser, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { addMember, scratchBody, today } from '../integration/program-fixtures.js';
import {
  LAPTOP,
  browserUnavailable,
  expectAccessible,
  launchBrowser,
  logInInBrowser,
  newPage,
  post,
  startBrowserApp,
} from './browser.js';

/**
 * 조 편성 on a program day's console at 1280×720: triads of 7 members (4 of them on a phone), a
 * member moved by the keyboard-friendly select, a swap, leave out and place back, then shown on the
 * projector at 1920×1080 — nicknames by group, no scrolling, also with 40 members.
 */
const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };
const NICKNAMES = ['가람', '나래', '다온', '라온', '마루', '바다', '사랑'];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/groupui-${name}.png` });
}

/** The nicknames of each group on the console, in order. */
async function consoleGroups(page: Page): Promise<string[][]> {
  return page
    .getByTestId('grouping-group')
    .evaluateAll((cards) =>
      cards.map((c) =>
        [...c.querySelectorAll('[data-testid="grouping-member"]')].map((m) => m.getAttribute('data-member')!),
      ),
    );
}

/** What the projector lays out: its groups' nicknames, whether it scrolls, and any name off screen. */
async function projectorFacts(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page.evaluate(() => {
    const root = document.documentElement;
    const names = [...document.querySelectorAll('[data-testid="screen-group"] li')];
    return {
      groups: [...document.querySelectorAll('[data-testid="screen-group"]')].map((g) =>
        [...g.querySelectorAll('li')].map((li) => li.textContent),
      ),
      overflow: Math.max(root.scrollHeight - window.innerHeight, root.scrollWidth - window.innerWidth),
      offScreen: names
        .filter((n) => {
          const r = n.getBoundingClientRect();
          return r.bottom > window.innerHeight || r.right > window.innerWidth || r.top < 0;
        })
        .map((n) => n.textContent),
      smallestNameFont: Math.min(...names.map((n) => parseFloat(getComputedStyle(n).fontSize))),
    };
  });
}

describe.skipIf(unavailable !== null)('groupings on the console and the projector', () => {
  let t: TestApp;
  let browser: Browser;
  const phones: TestSocket[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of phones) p.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('forms triads of 7, moves and swaps by hand, and shows nicknames on the projector without scrolling', async () => {
    const user = await createUser(t.storage, { email: 'groups@center.kr', name: '박진행' });
    const page = await newPage(browser, LAPTOP);
    page.setDefaultTimeout(8_000);
    const cookie = await logInInBrowser(page, t.url, 'groups@center.kr', '박진행');
    const { program } = await post<{ program: ProgramDetail }>(
      `${t.url}/api/programs`,
      cookie,
      scratchBody([user.id], [today()], '조 편성 연습'),
      201,
    );
    const { sessionId } = await post<{ sessionId: string }>(
      `${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
      cookie,
      {},
      200,
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    // Four members are on their phones today; three have none (placed on paper).
    for (const m of members.slice(0, 4)) {
      const phone = await connect(t.url);
      phones.push(phone);
      await ok(phone, 'participant:join', { code: program.code, rejoinToken: m.token });
    }

    await page.goto(`${t.url}/facilitator/s/${sessionId}`);
    await page.getByTestId('open-groupings').click();
    const dialog = page.getByRole('dialog', { name: '조 편성' });
    await dialog.waitFor();
    await dialog.getByText('아직 만든 조가 없습니다.').waitFor();
    await expectAccessible(page, 'console, groupings, none yet');

    // ── Triads of 7: a group of 3 and one of 4, everyone once.
    expect(await dialog.getByTestId('grouping-kind').inputValue()).toBe('triads');
    await dialog.getByTestId('grouping-form').click();
    await dialog.getByTestId('grouping-group').nth(1).waitFor();
    const formed = await consoleGroups(page);
    expect(formed.map((g) => g.length).sort()).toEqual([3, 4]);
    expect(formed.flat().sort()).toEqual([...NICKNAMES].sort());
    // Who is connected shows beside each name.
    const online = await dialog.locator('.grouping-presence.online').count();
    expect(online).toBe(4);
    await expectAccessible(page, 'console, groupings, triads');
    await shot(page, 'console-triads');

    // ── Move: the first member of group 1 to group 2, by keyboard on the select.
    const mover = formed[0]![0]!;
    const select = dialog.getByRole('combobox', { name: `${mover}: 조 옮기기` });
    await select.focus();
    await select.selectOption('2');
    await expect.poll(async () => (await consoleGroups(page))[1]).toContain(mover);
    const moved = await consoleGroups(page);
    expect(moved[0]).not.toContain(mover);

    // ── Swap: one of group 1 with one of group 2.
    const [a, b] = [moved[0]![0]!, moved[1]![0]!];
    await dialog.getByRole('button', { name: `${a}: 다른 사람과 자리 바꾸기` }).click();
    await dialog.getByRole('status').getByText(a, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: `${b}와(과) 바꾸기` }).click();
    await expect.poll(async () => (await consoleGroups(page))[0]).toContain(b);
    expect((await consoleGroups(page))[1]).toContain(a);

    // ── Leave out (absent today), then place back.
    const absent = (await consoleGroups(page))[1]![1]!;
    await dialog.getByRole('combobox', { name: `${absent}: 조 옮기기` }).selectOption('out');
    await dialog.getByTestId('grouping-left-out').getByText(absent).waitFor();
    expect((await consoleGroups(page)).flat()).not.toContain(absent);
    await dialog.getByRole('combobox', { name: `${absent}: 조에 넣기` }).selectOption('1');
    await expect.poll(async () => (await consoleGroups(page))[0]).toContain(absent);
    const stored = (await t.storage.groupings.listForProgram(program.id))[0]!;
    const nick = new Map(members.map((m) => [m.id, m.nickname]));
    expect(stored.groups.map((g) => g.map((id) => nick.get(id)))).toEqual(await consoleGroups(page));
    // ── Another console's edit this console has not heard of (made in storage, no broadcast): the
    // next edit here is refused as version_conflict, said in Korean, and the newer groups are loaded.
    const [x] = (await consoleGroups(page))[0]!;
    const xId = members.find((m) => m.nickname === x)!.id;
    const elsewhere = await t.storage.groupings.move(program.id, stored.id, xId, 2);
    expect(elsewhere?.ok).toBe(true);
    await dialog.getByRole('combobox', { name: `${x}: 조 옮기기` }).selectOption('out');
    await dialog.getByText('다른 진행자가 먼저 수정했습니다.', { exact: false }).waitFor();
    await expect.poll(async () => (await consoleGroups(page))[1]).toContain(x);
    expect(await dialog.getByTestId('grouping-left-out').count()).toBe(0);
    await shot(page, 'console-version-conflict');
    await expectAccessible(page, 'console, groupings, after edits');
    await shot(page, 'console-edited');

    // ── Shown on the projector: nicknames by group, big, no scrolling.
    const projector = await newPage(browser, PROJECTOR_1080);
    await projector.goto(`${t.url}/screen/${program.code}`);
    await projector.getByTestId('waiting').waitFor();
    await dialog.getByRole('checkbox', { name: '화면에 조 보이기' }).check();
    await projector.getByTestId('screen-groups').waitFor();
    const facts = await projectorFacts(projector);
    expect(facts.groups).toEqual(await consoleGroups(page));
    expect(facts.groups.flat().sort()).toEqual([...NICKNAMES].sort());
    expect(facts.overflow).toBeLessThanOrEqual(0);
    expect(facts.offScreen).toEqual([]);
    expect(facts.smallestNameFont).toBeGreaterThanOrEqual(32);
    await expectAccessible(projector, 'projector, groups');
    await shot(projector, 'projector-triads');

    // ── 40 members: triads, pairs and tables of 12 each fit without scrolling.
    for (let i = 0; i < 33; i++)
      await addMember(t.storage, program.id, `참여자${String(i + 1).padStart(2, '0')}`);
    for (const [kind, size] of [
      ['triads', null],
      ['pairs', null],
      ['tables', '12'],
    ] as const) {
      await dialog.getByTestId('grouping-kind').selectOption(kind);
      if (size) await dialog.getByRole('spinbutton', { name: '모둠 인원' }).fill(size);
      const before = await t.storage.groupings.listForProgram(program.id);
      await dialog.getByTestId('grouping-form').click();
      await expect
        .poll(async () => (await t.storage.groupings.listForProgram(program.id)).length)
        .toBe(before.length + 1);
      // The newest grouping is the one on the console; showing it takes the projector.
      const show = dialog.getByRole('checkbox', { name: '화면에 조 보이기' });
      await expect.poll(() => show.isChecked()).toBe(false);
      await show.check();
      await expect.poll(async () => (await projectorFacts(projector)).groups.flat().length).toBe(40);
      const many = await projectorFacts(projector);
      expect({ kind, overflow: many.overflow, offScreen: many.offScreen }).toEqual({
        kind,
        overflow: expect.any(Number) as number,
        offScreen: [],
      });
      expect(many.overflow).toBeLessThanOrEqual(0);
      expect(many.smallestNameFont).toBeGreaterThanOrEqual(32);
      await shot(projector, `projector-40-${kind}`);
    }
    await expectAccessible(projector, 'projector, 40 in tables');
    await shot(page, 'console-40-tables');

    // ── Hidden: the projector is back to its lobby.
    await dialog.getByRole('checkbox', { name: '화면에 조 보이기' }).uncheck();
    await projector.getByTestId('waiting').waitFor();
  }, 120_000);
});
