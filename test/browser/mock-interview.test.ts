import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * A mock-interview triad of three 360 px phones through three rounds: the console (1280×720) forms
 * the triad, opens the line and runs each round with its round controls; the interviewer draws a
 * question, the observer scores the rubric and writes notes, the interviewer writes a note; the
 * candidate reads them once the round ends, and nobody else does. A phone reloaded mid-round gets
 * its role and timer back, the console its round controls; pause and +1 min from the console reach
 * the phones. The projector shows no names.
 */
const unavailable = browserUnavailable();
const SHOTS = '/work/wt/shots';
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };
const NICKNAMES = ['가람', '나래', '다온'];
const ROLE_WORDS = { interviewer: '면접관', candidate: '지원자', observer: '관찰자' } as const;
type Role = keyof typeof ROLE_WORDS;

const interviewModule: AgendaModule = {
  key: 'm-interview',
  moduleId: null,
  title: '면접 연습',
  minutes: 60,
  activities: [{ key: 'line-mi', type: 'mock-interview', title: '모의 면접', minutes: 40 }],
};

/**
 * The self-hosted Korean font's subsets (file and unicode-range). Phones keep the system font stack,
 * and this machine has no Korean system font: for the screenshots only, the subsets the page's text
 * needs are lent to it as a fallback (from memory, so the page's CSP is untouched) and taken back.
 */
const FONT_DIR = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-kr/wght.css');
const FONT_SUBSETS = [
  ...readFileSync(FONT_DIR, 'utf8').matchAll(/url\(\.\/files\/([^)]+)\)[^;]*;\s*unicode-range: ([^;]+);/g),
].map(([, file, range]) => ({
  file: join(dirname(FONT_DIR), 'files', file!),
  range: range!,
  ranges: range!.split(',').map((r) => {
    const [a, b] = r.trim().slice(2).split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
  }),
}));

async function shot(page: Page, name: string): Promise<void> {
  const text = await page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('textarea, input')].map((e) => (e as HTMLInputElement).value),
    ].join(''),
  );
  const codes = new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => c >= 0x1100));
  const fonts = FONT_SUBSETS.filter((f) =>
    [...codes].some((c) => f.ranges.some(([a, b]) => c >= a && c <= b)),
  ).map((f) => ({ range: f.range, data: readFileSync(f.file).toString('base64') }));
  await page.evaluate(async (subsets) => {
    const faces = subsets.map(
      (f) =>
        new FontFace(
          'MoimShotKR',
          Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0)),
          { unicodeRange: f.range, weight: '100 900' },
        ),
    );
    for (const face of faces) document.fonts.add(await face.load());
    const root = document.documentElement;
    const stack = getComputedStyle(root).getPropertyValue('--font-system');
    root.style.setProperty('--font-system', `${stack}, MoimShotKR`);
    await document.fonts.ready;
  }, fonts);
  await page.screenshot({ path: `${SHOTS}/bt-${name}.png`, fullPage: true });
  await page.evaluate(() => {
    document.documentElement.style.removeProperty('--font-system');
    for (const face of [...document.fonts]) if (face.family === 'MoimShotKR') document.fonts.delete(face);
  });
}

/** Seconds shown by the phone's round timer ("m:ss"). */
async function timerSeconds(page: Page): Promise<number> {
  const text =
    (await page.locator('.mock-interview [data-testid="timer"] [role="timer"]').textContent()) ?? '';
  const [m, s] = text.trim().split(':').map(Number);
  return m! * 60 + s!;
}

/** Pause, +1 min, resume with the console's buttons named so: each phone's timer stops, gains a minute, runs. */
async function pauseExtendResume(
  controls: Locator,
  phones: Map<string, Page>,
  [pause, extend, resume]: [string, string, string],
): Promise<void> {
  await controls.getByRole('button', { name: pause, exact: true }).click();
  const before = new Map<string, number>();
  for (const [nickname, phone] of phones) {
    await phone.locator('.mock-interview [data-testid="timer"][data-state="paused"]').waitFor();
    before.set(nickname, await timerSeconds(phone));
  }
  await controls.getByRole('button', { name: extend, exact: true }).click();
  for (const [nickname, phone] of phones)
    await expect.poll(() => timerSeconds(phone)).toBe(before.get(nickname)! + 60);
  await shot(phones.values().next().value!, `phone-360-paused-${pause.startsWith('모두') ? 'all' : 'group'}`);
  await controls.getByRole('button', { name: resume, exact: true }).click();
  for (const phone of phones.values())
    await phone.locator('.mock-interview [data-testid="timer"][data-state="running"]').waitFor();
}

/** The text of the phone's page, for what must not be on it. */
const bodyText = async (page: Page) => (await page.locator('body').textContent()) ?? '';

/** The score an observer gives a criterion in a round (so each round's scores differ). */
const scoreFor = (round: number, criterion: number) => ((round + criterion) % 5) + 1;

describe.skipIf(unavailable !== null)('a mock-interview triad on three phones', () => {
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

  it('runs three rounds so each phone is candidate once; feedback reaches the candidate only', async () => {
    const user = await createUser(t.storage, { email: 'mi@center.kr', name: '최진행' });
    const program = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '면접 준비 1기',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          {
            date: todayIn(CENTER_TIME_ZONE),
            startTime: '00:00',
            endTime: '23:59',
            modules: [interviewModule],
          },
        ],
      },
    });

    const console = await newPage(browser, LAPTOP);
    console.setDefaultTimeout(10_000);
    const cookie = await logInInBrowser(console, t.url, 'mi@center.kr', '최진행');
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

    // ── The console forms triads (one triad of three) and opens the line in it.
    await console.goto(`${t.url}/facilitator/s/${sessionId}`);
    await console.getByTestId('open-groupings').click();
    const dialog = console.getByRole('dialog', { name: '조 편성' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('grouping-kind').inputValue()).toBe('triads');
    await dialog.getByTestId('grouping-form').click();
    await dialog.getByTestId('grouping-group').first().waitFor();
    await expect.poll(() => dialog.getByTestId('grouping-member').count()).toBe(3);
    await console.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const panel = console.getByTestId('counseling-panel');
    await panel.getByRole('heading', { name: '상담 활동' }).waitFor();
    await panel.getByRole('button', { name: '모의 면접 열기' }).click();
    const controls = panel.getByTestId('round-controls');
    await controls.waitFor();
    await controls.getByTestId('round-group').getByText('시작 전').waitFor();

    const projector = await newPage(browser, PROJECTOR_1080);
    await projector.goto(`${t.url}/screen/${program.code}`);

    // Before the first round, each phone says its role comes with the round.
    for (const phone of phones.values())
      await phone.getByText('진행자가 라운드를 시작하면 내 역할이 여기에 나옵니다.').waitFor();

    const candidates: string[] = [];
    /** What each candidate was given, by nickname: the texts only they may read. */
    const given = new Map<string, string[]>();

    for (let round = 1; round <= 3; round++) {
      // ── The console starts the round; every phone shows its role and the round's timer.
      await controls.getByRole('button', { name: '다음 라운드 시작' }).click();
      await controls.getByText(`${round}/3 라운드`).waitFor();
      const roles = new Map<Role, string>();
      for (const [nickname, phone] of phones) {
        await phone.getByText(`${round} / 3라운드`).waitFor();
        const roleText = (await phone.getByTestId('mi-role').textContent()) ?? '';
        const role = (Object.keys(ROLE_WORDS) as Role[]).find((r) => roleText.includes(ROLE_WORDS[r]));
        expect(role, roleText).toBeDefined();
        roles.set(role!, nickname);
        await phone.locator('.mock-interview [data-testid="timer"]').waitFor();
      }
      expect([...roles.keys()].sort()).toEqual(['candidate', 'interviewer', 'observer']);
      const interviewer = phones.get(roles.get('interviewer')!)!;
      const observer = phones.get(roles.get('observer')!)!;
      const candidateName = roles.get('candidate')!;
      const candidate = phones.get(candidateName)!;
      expect(candidates).not.toContain(candidateName);
      candidates.push(candidateName);
      // The console shows the cast by name.
      for (const [role, nickname] of roles)
        await controls
          .getByTestId('round-group')
          .getByText(new RegExp(`${nickname}\\s*${ROLE_WORDS[role]}`))
          .waitFor();

      // ── The interviewer sees a question with what a good answer shows, and draws another.
      const drawFirst = interviewer.getByRole('button', { name: '질문 뽑기' });
      if (await drawFirst.isVisible()) await drawFirst.click();
      const question = interviewer.getByTestId('mi-question');
      await question.waitFor();
      await interviewer.getByRole('heading', { name: '좋은 답변이 보여 주는 것' }).waitFor();
      const first = await question.textContent();
      await interviewer.getByRole('button', { name: '다른 질문' }).click();
      await expect.poll(() => question.textContent()).not.toBe(first);
      // The observer reads the same question, without the interviewer's guide.
      await expect
        .poll(() => observer.getByTestId('mi-question').textContent())
        .toBe(await question.textContent());
      expect(await observer.getByRole('heading', { name: '좋은 답변이 보여 주는 것' }).count()).toBe(0);

      // ── The observer scores the five criteria (each with its five anchors) and writes notes.
      const criteria = observer.locator('fieldset.mi-criterion');
      expect(await criteria.count()).toBe(5);
      for (let c = 0; c < 5; c++) {
        const criterion = criteria.nth(c);
        const radios = criterion.getByRole('radio');
        expect(await radios.count()).toBe(5);
        for (let p = 1; p <= 5; p++) await criterion.getByText(`${p}점`, { exact: true }).waitFor();
        const radio = radios.nth(scoreFor(round, c) - 1);
        await radio.check();
        await expect.poll(() => radio.isChecked()).toBe(true);
      }
      const strength = `${round}라운드 잘한 점: 경험을 구체적으로 말했어요`;
      const suggestion = `${round}라운드 더 좋아질 점: 결론을 먼저 말해 보세요`;
      const note = `${round}라운드 면접관 메모: 목소리가 또렷했어요`;
      for (const [label, text] of [
        ['잘한 점', strength],
        ['더 좋아질 점', suggestion],
      ] as const) {
        const form = observer.locator('form.mi-note', { has: observer.getByLabel(label, { exact: true }) });
        await form.getByLabel(label, { exact: true }).fill(text);
        await form.getByRole('button', { name: '저장' }).click();
        await form.getByText('저장했습니다.').waitFor();
      }
      // ── The interviewer writes a note.
      const noteForm = interviewer.locator('form.mi-note');
      await noteForm.getByRole('textbox').fill(note);
      await noteForm.getByRole('button', { name: '저장' }).click();
      await noteForm.getByText('저장했습니다.').waitFor();
      given.set(candidateName, [strength, suggestion, note]);

      // The console counts each giver's rounds of complete feedback (never shows it).
      for (const role of ['interviewer', 'observer'] as const) {
        const row = controls.locator('.round-roles li', { hasText: roles.get(role)! });
        await expect.poll(async () => /피드백 (\d+)\/\1$/.test((await row.textContent()) ?? '')).toBe(true);
      }
      expect(await bodyText(console)).not.toContain(strength);

      // ── While the round runs, the candidate waits; nobody else reads what was given.
      await candidate.getByText('이번 라운드의 피드백은 라운드가 끝나면 보입니다.').waitFor();
      for (const [nickname, phone] of phones) {
        const text = await bodyText(phone);
        for (const secret of [strength, suggestion, note])
          if (!(phone === observer && secret !== note) && !(phone === interviewer && secret === note))
            expect(text, `${nickname} reads "${secret}"`).not.toContain(secret);
      }

      if (round === 1) {
        for (const [role, nickname] of roles) {
          await shot(phones.get(nickname)!, `phone-360-${role}`);
          await expectAccessible(phones.get(nickname)!, `phone, ${role}`);
        }
        await shot(console, 'console-1280-round');
        await expectAccessible(console, 'console with round controls');

        // ── Pause all: every phone's timer stops; +1 min: each shows a minute more.
        await pauseExtendResume(controls, phones, ['모두 멈춤', '모두 +1분', '모두 계속']);
        await shot(candidate, 'phone-360-resumed');

        // ── A phone reloaded mid-round gets its role and timer back.
        await candidate.reload();
        await candidate.getByText('내 역할: 지원자').waitFor();
        await candidate.locator('.mock-interview [data-testid="timer"][data-state="running"]').waitFor();
        await candidate.getByText('이번 라운드의 피드백은 라운드가 끝나면 보입니다.').waitFor();
        await interviewer.reload();
        await interviewer.getByText('내 역할: 면접관').waitFor();
        expect(await interviewer.getByTestId('mi-question').textContent()).toBe(await question.textContent());

        // ── The console reloaded mid-round shows the running round from its snapshot, no round event needed.
        await console.reload();
        await controls.getByText('1/3 라운드').waitFor();
        for (const [role, nickname] of roles)
          await controls
            .getByTestId('round-group')
            .getByText(new RegExp(`${nickname}\\s*${ROLE_WORDS[role]}`))
            .waitFor();
        await controls.getByRole('button', { name: '1조 멈춤', exact: true }).waitFor();
      }

      // ── Round 2: the same with the group's own buttons.
      if (round === 2) await pauseExtendResume(controls, phones, ['1조 멈춤', '1조 +1분', '1조 계속']);

      // ── The facilitator ends the round; the candidate reads the scores and the notes.
      await controls.getByRole('button', { name: '모두 끝내기' }).click();
      await controls.getByText('끝남', { exact: false }).waitFor();
      const received = candidate.getByTestId('mi-feedback').locator('article', {
        has: candidate.getByRole('heading', { name: `${round}라운드 (내가 지원자)` }),
      });
      await received.waitFor();
      for (const secret of [strength, suggestion, note]) await received.getByText(secret).waitFor();
      const scores = await received.locator('dd').allTextContents();
      expect(scores).toEqual([0, 1, 2, 3, 4].map((c) => `${scoreFor(round, c)} / 5`));
      if (round === 1) {
        await shot(candidate, 'phone-360-candidate-feedback');
        await expectAccessible(candidate, 'phone, candidate with feedback');
      }
    }

    // ── Past the last round the console starts nothing more, and says so.
    expect(await controls.getByRole('button', { name: '다음 라운드 시작' }).isDisabled()).toBe(true);
    await controls.getByText('더 시작할 라운드가 없습니다.', { exact: false }).waitFor();

    // ── Each phone was candidate once, and each reads its own round's feedback only (a giver's
    // own words stay in their form until the next round).
    expect([...candidates].sort()).toEqual([...NICKNAMES].sort());
    for (const [nickname, phone] of phones) {
      const text = (await phone.getByTestId('mi-feedback').textContent()) ?? '';
      for (const [other, secrets] of given)
        for (const secret of secrets)
          if (other === nickname) expect(text).toContain(secret);
          else expect(text, `${nickname} reads ${other}'s "${secret}"`).not.toContain(secret);
      expect(await phone.getByTestId('mi-feedback').locator('article').count()).toBe(1);
    }

    // ── The projector shows no names and no feedback.
    const screenText = await bodyText(projector);
    for (const secret of [...NICKNAMES, ...[...given.values()].flat(), '/ 5'])
      expect(screenText).not.toContain(secret);
    await shot(projector, 'projector-1080');
    await expectAccessible(projector, 'projector');
    await shot(console, 'console-1280-done');
  }, 240_000);
});
