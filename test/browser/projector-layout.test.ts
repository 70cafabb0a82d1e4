import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { browserUnavailable, launchBrowser, newPage, seriousViolations, startBrowserApp } from './browser.js';
import { inside, measureProjector, type ProjectorFacts } from './projector-measure.js';

const unavailable = browserUnavailable();

/** MOIM_SCREENSHOTS=1 keeps a screenshot of each state at each size in test-artifacts/projector-layout/. */
const SHOTS = process.env.MOIM_SCREENSHOTS ? 'test-artifacts/projector-layout' : null;

/** The projector's sizes: full HD, HD, and a 4:3 beamer. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
/** Nothing that matters is below 32 px at 1920×1080; the page scales with the viewport's shorter side. */
const floorAt = (facts: ProjectorFacts) =>
  (32 * Math.min(facts.viewport.width, facts.viewport.height)) / 1080 - 0.5;

const LONG_OPTIONS = [
  {
    id: 'resume',
    label: '이력서와 자기소개서를 어떻게 써야 할지 막막하고 누구에게 물어봐야 할지 모르겠어요',
  },
  { id: 'interview', label: '면접에서 긴장해서 준비한 말을 다 하지 못할까 걱정돼요' },
  { id: 'fit', label: '나에게 맞는 직업을 모르겠어요' },
  { id: 'gap', label: '경력 공백' },
  { id: 'age', label: '나이 때문에 채용이 어려울 것 같아요' },
];
const FIELDS = [
  '사무·행정',
  '돌봄·복지',
  'IT·디지털',
  '판매·서비스',
  '운전·물류',
  '조리·외식',
  '제조·생산 현장에서 일하는 직무',
  '교육',
];
const ACTIVITIES = [
  {
    type: 'poll-single',
    title: '구직 활동에서 지금 가장 어려운 점은 무엇인가요? 하나만 골라 주세요.',
    config: { options: LONG_OPTIONS },
  },
  {
    type: 'poll-multi',
    title: '관심 있는 분야 (세 개까지)',
    config: { options: FIELDS.map((label, i) => ({ id: `f${i}`, label })), maxPicks: 3 },
  },
  {
    type: 'scale',
    title: '오늘의 삶의 만족도',
    config: { min: 0, max: 10, minLabel: '전혀 만족하지 않음', maxLabel: '매우 만족함' },
  },
  { type: 'open-text', title: '오늘 배운 점 한 가지', config: { maxLength: 200, anonymous: false } },
  { type: 'word-cloud', title: '나를 나타내는 단어', config: { maxWords: 3 } },
] as const;
type ActivityType = (typeof ACTIVITIES)[number]['type'];

/** Eight answer the poll: four pick the first option, so its bar must be half the track. */
const POLL_PICKS = ['resume', 'resume', 'resume', 'resume', 'interview', 'interview', 'fit', 'age'];
const TEXTS = [
  '강점 카드가 좋았어요',
  '면접 연습이 도움이 됐어요. 특히 첫인사를 연습한 것이 좋았습니다',
  '다른 분들의 이야기를 들으니 용기가 생겼어요',
  '자기소개서 첫 문장을 쓰는 법',
  '나도 잘하는 것이 있다는 것',
];
const WORDS = [
  '성실',
  '끈기',
  '책임감',
  '친절',
  '꼼꼼함',
  '도전',
  '배려',
  '긍정',
  'teamwork',
  '소통',
  '열정',
  '인내',
];
const answerFor: Record<ActivityType, (i: number) => unknown> = {
  'poll-single': (i) => ({ optionId: POLL_PICKS[i] }),
  'poll-multi': (i) => ({ optionIds: [...new Set([`f${i % 8}`, `f${(i * 3 + 1) % 8}`])] }),
  scale: (i) => ({ value: [7, 8, 5, 10, 6, 7, 3, 9, 7, 0][i % 10] }),
  'open-text': (i) => ({ text: TEXTS[i % TEXTS.length] }),
  'word-cloud': (i) => ({ words: [WORDS[i % 5], WORDS[(i * 7) % WORDS.length]] }),
};
/** How many answer each: 8 for the half-bar poll, 15–40 for the rest. */
const RESPONDENTS: Record<ActivityType, number> = {
  'poll-single': 8,
  'poll-multi': 20,
  scale: 24,
  'open-text': 15,
  'word-cloud': 40,
};

/** The limits of the schema: a 200-character question with twelve 80-character options. */
const EXTREME = {
  type: 'poll-single',
  title: ACTIVITIES[0].title.repeat(5).slice(0, 200),
  config: {
    options: Array.from({ length: 12 }, (_, i) => ({
      id: `x${i}`,
      label: `${i + 1}. ${LONG_OPTIONS[0]!.label} ${LONG_OPTIONS[1]!.label}`.slice(0, 80),
    })),
  },
};
const EXTREME_RESPONDENTS = 30;

const withAttr = (page: Page, id: string, attr: string, value: string | number) =>
  page.locator(`[data-testid="${id}"][${attr}="${value}"]`);

describe.skipIf(unavailable !== null)('the projector, read from the back of the room', () => {
  let t: TestApp;
  let browser: Browser;
  let cookie: string;
  let userId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
    const login = await loginFacilitator(t);
    cookie = login.cookie;
    userId = login.user.id;
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await browser?.close();
    await t?.close();
  });

  const openScreens = async (path: string): Promise<Page[]> => {
    const pages = await Promise.all(SIZES.map((viewport) => newPage(browser, { viewport })));
    await Promise.all(pages.map((page) => page.goto(`${t.url}${path}`)));
    return pages;
  };

  /** Measures every size; the checks every state shares; axe once per state (contrast is size-free). */
  async function check(pages: Page[], state: string): Promise<ProjectorFacts[]> {
    const all: ProjectorFacts[] = [];
    for (const page of pages) {
      const facts = await measureProjector(page);
      const where = `${state} at ${facts.viewport.width}×${facts.viewport.height}`;
      if (SHOTS)
        await page.screenshot({
          path: `${SHOTS}/${state}-${facts.viewport.width}x${facts.viewport.height}.png`,
        });
      expect(facts.scroll.height, `${where}: no vertical scrolling`).toBeLessThanOrEqual(
        facts.viewport.height,
      );
      expect(facts.scroll.width, `${where}: no sideways scrolling`).toBeLessThanOrEqual(facts.viewport.width);
      expect(facts.buttons, `${where}: nothing to click, no language switch`).toBe(0);
      if (facts.question) {
        expect(inside(facts.question.box, facts.viewport), `${where}: question inside`).toBe(true);
        expect(facts.question.font, `${where}: question size`).toBeGreaterThanOrEqual(floorAt(facts));
      }
      if (facts.results) {
        expect(inside(facts.results.box, facts.viewport), `${where}: results inside`).toBe(true);
        expect(facts.results.scrollHeight, `${where}: results fit their box`).toBeLessThanOrEqual(
          facts.results.clientHeight + 1,
        );
      }
      for (const item of [...facts.bars, ...facts.words, ...facts.entries])
        expect(inside(item.box, facts.viewport), `${where}: every result inside`).toBe(true);
      if (facts.answerCount) {
        expect(inside(facts.answerCount.box, facts.viewport)).toBe(true);
        expect(facts.answerCount.font, `${where}: answer count size`).toBeGreaterThanOrEqual(floorAt(facts));
      }
      if (facts.timer) {
        expect(inside(facts.timer.box, facts.viewport), `${where}: timer inside`).toBe(true);
        expect(facts.timer.font).toBeGreaterThanOrEqual(floorAt(facts));
      }
      if (facts.join) {
        expect(inside(facts.join.box, facts.viewport), `${where}: join panel inside`).toBe(true);
        expect(facts.join.codeLines, `${where}: the join code on one line`).toBe(1);
        expect(facts.join.codeFont).toBeGreaterThanOrEqual(floorAt(facts));
      }
      all.push(facts);
    }
    const violations = await seriousViolations(pages[0]!);
    expect(
      violations.map((v) => `${state}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    ).toEqual([]);
    return all;
  }

  const expectStrip = (facts: ProjectorFacts[]) => {
    for (const f of facts) {
      expect(f.join?.size).toBe('strip');
      // A corner: the QR under a sixth of the height, the strip under a tenth of the screen's area.
      expect(f.join!.qr.height).toBeLessThan(f.viewport.height / 6);
      expect(f.join!.box.width * f.join!.box.height).toBeLessThan(
        (f.viewport.width * f.viewport.height) / 10,
      );
    }
  };
  const expectLarge = (facts: ProjectorFacts[]) => {
    for (const f of facts) {
      expect(f.join?.size).toBe('large');
      expect(f.join!.qr.height).toBeGreaterThan(f.viewport.height / 3);
    }
  };

  it('fits every state of a session at 1920×1080, 1280×720 and 1024×768, in type the back row reads', async () => {
    const session = await createSession(t, cookie, {
      title: '성취프로그램 1일차 · 강점 찾기',
      activities: [...ACTIVITIES, EXTREME],
    });
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    const snapshot = await ok(facilitator, 'session:watch', { sessionId: session.id });
    const ids = snapshot.activities.map((a) => a.id);
    const pages = await openScreens(`/screen/${session.code}`);

    const phones: TestSocket[] = [];
    for (let i = 0; i < 40; i += 1) {
      const phone = await connect(t.url);
      await ok(phone, 'participant:join', { code: session.code, nickname: `참여자${i + 1}` });
      phones.push(phone);
    }
    sockets.push(...phones);
    for (const page of pages) await withAttr(page, 'participant-count', 'data-count', 40).waitFor();
    expectLarge(await check(pages, 'lobby'));

    for (const [index, activity] of ACTIVITIES.entries()) {
      const activityId = ids[index]!;
      const type = activity.type;
      await ok(facilitator, 'activity:open', { sessionId: session.id, activityId });
      for (let i = 0; i < RESPONDENTS[type]; i += 1)
        await ok(phones[i]!, 'answer:submit', {
          activityId,
          answerId: crypto.randomUUID(),
          value: answerFor[type](i),
        });
      if (type === 'poll-single')
        await ok(facilitator, 'timer:start', { sessionId: session.id, durationMs: 300_000 });
      for (const page of pages)
        await withAttr(page, 'answer-count', 'data-count', RESPONDENTS[type]).waitFor();
      if (type === 'poll-single')
        for (const page of pages) await withAttr(page, 'timer', 'data-state', 'running').waitFor();
      const hidden = await check(pages, `${type}-hidden`);
      expectStrip(hidden);
      if (type === 'poll-single') for (const f of hidden) expect(f.timer).not.toBeNull();

      await ok(facilitator, 'activity:reveal', { sessionId: session.id, activityId, visible: true });
      for (const page of pages)
        await withAttr(page, 'results', 'data-respondents', RESPONDENTS[type]).waitFor();
      const revealed = await check(pages, `${type}-revealed`);
      expectStrip(revealed);
      for (const f of revealed) {
        const floor = floorAt(f);
        const where = `${type} at ${f.viewport.width}×${f.viewport.height}`;
        for (const bar of f.bars) {
          expect(bar.labelFont, `${where}: option label size`).toBeGreaterThanOrEqual(floor);
          expect(bar.countFont, `${where}: counts at least as large as labels`).toBeGreaterThanOrEqual(
            bar.labelFont,
          );
          expect(bar.percentFont, `${where}: percentages at least as large as labels`).toBeGreaterThanOrEqual(
            bar.labelFont,
          );
          // 100% is everyone who answered: a bar is its share of the respondents.
          const share = bar.count / RESPONDENTS[type];
          expect(
            Math.abs(bar.fillWidth - bar.trackWidth * share),
            `${where}: ${bar.key} bar`,
          ).toBeLessThanOrEqual(2);
        }
        for (const word of f.words) {
          expect(word.wordFont).toBeGreaterThanOrEqual(floor);
          expect(word.countFont, `${where}: word counts readable`).toBeGreaterThanOrEqual(floor);
        }
        for (const entry of f.entries)
          expect(entry.font, `${where}: entry size`).toBeGreaterThanOrEqual(floor);
      }
      if (type === 'poll-single') {
        for (const f of revealed) {
          const half = f.bars.find((b) => b.key === 'resume')!;
          expect(Math.abs(half.fillWidth - half.trackWidth / 2), '4 of 8 is half a bar').toBeLessThanOrEqual(
            2,
          );
        }
        await ok(facilitator, 'timer:reset', { sessionId: session.id });
      }
      if (type === 'scale') {
        for (const f of revealed)
          expect(f.mean!.font, 'the mean is the largest text').toBeGreaterThan(f.mean!.largestOtherFont);
      }
      if (type === 'open-text') {
        for (const f of revealed) expect(f.entries.length).toBeGreaterThan(0);
        await ok(facilitator, 'activity:names', { sessionId: session.id, activityId, showNames: true });
        for (const page of pages) await page.getByText('— 참여자15').first().waitFor();
        expectStrip(await check(pages, 'open-text-names'));
      }
    }

    // At the schema's limits the results shrink to fit (below the floor), but nothing scrolls or spills.
    const extremeId = ids[ACTIVITIES.length]!;
    await ok(facilitator, 'activity:open', { sessionId: session.id, activityId: extremeId });
    for (let i = 0; i < EXTREME_RESPONDENTS; i += 1)
      await ok(phones[i]!, 'answer:submit', {
        activityId: extremeId,
        answerId: crypto.randomUUID(),
        value: { optionId: `x${i % 12}` },
      });
    for (const page of pages)
      await withAttr(page, 'answer-count', 'data-count', EXTREME_RESPONDENTS).waitFor();
    expectStrip(await check(pages, 'extreme-hidden'));
    await ok(facilitator, 'activity:reveal', { sessionId: session.id, activityId: extremeId, visible: true });
    for (const page of pages)
      await withAttr(page, 'results', 'data-respondents', EXTREME_RESPONDENTS).waitFor();
    for (const f of await check(pages, 'extreme-revealed')) {
      expect(f.bars).toHaveLength(12);
      for (const bar of f.bars)
        expect(
          Math.abs(bar.fillWidth - (bar.trackWidth * bar.count) / EXTREME_RESPONDENTS),
        ).toBeLessThanOrEqual(2);
    }

    await ok(facilitator, 'activity:close', { sessionId: session.id, activityId: extremeId });
    for (const page of pages) await page.getByTestId('waiting').waitFor();
    expectLarge(await check(pages, 'between-activities'));

    await ok(facilitator, 'session:end', { sessionId: session.id });
    for (const page of pages) await page.getByTestId('ended').waitFor();
    await check(pages, 'ended');
    await Promise.all(pages.map((page) => page.context().close()));
  }, 240_000);

  it("waits for a program's day with the join panel large, in Korean unless the link says ?lang=en", async () => {
    const res = await fetch(`${t.url}/api/programs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        title: '성취프로그램 3기',
        group: '청년',
        facilitatorIds: [userId],
        templateId: null,
        trackId: null,
        days: [
          {
            date: todayIn(CENTER_TIME_ZONE),
            startTime: '10:00',
            endTime: '12:30',
            modules: [
              {
                key: 'm1',
                moduleId: null,
                title: '여는 활동',
                minutes: 60,
                activities: [
                  { key: 'p1', type: 'poll-single', title: '기분은? (좋아요 / 그저 그래요)', minutes: 10 },
                ],
              },
            ],
          },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const { program } = (await res.json()) as { program: { code: string } };

    const pages = await openScreens(`/screen/${program.code}`);
    for (const page of pages) await page.getByTestId('waiting').waitFor();
    const waiting = await check(pages, 'program-waiting');
    expectLarge(waiting);
    for (const f of waiting) expect(f.lang).toBe('ko');
    await pages[0]!.getByRole('heading', { name: '휴대폰으로 참여하세요' }).waitFor();

    const english = await openScreens(`/screen/${program.code}?lang=en`);
    for (const page of english) await page.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    const inEnglish = await check(english, 'program-waiting-en');
    for (const f of inEnglish) expect(f.lang).toBe('en');
    expect(await english[0]!.getByText('Starting soon').count()).toBe(1);
    await Promise.all([...pages, ...english].map((page) => page.context().close()));
  }, 90_000);
});
