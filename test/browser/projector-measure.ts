import type { Page } from 'playwright-core';

/** A rectangle in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarFacts {
  key: string;
  count: number;
  box: Box;
  labelFont: number;
  countFont: number;
  percentFont: number;
  fillWidth: number;
  trackWidth: number;
}

/** What a projector page shows, measured in the page: the layout facts the tests check. */
export interface ProjectorFacts {
  viewport: { width: number; height: number };
  scroll: { height: number; width: number };
  question: { box: Box; font: number } | null;
  results: { box: Box; scrollHeight: number; clientHeight: number } | null;
  bars: BarFacts[];
  mean: { box: Box; font: number; largestOtherFont: number } | null;
  words: { box: Box; wordFont: number; countFont: number }[];
  entries: { box: Box; font: number }[];
  answerCount: { box: Box; font: number } | null;
  timer: { box: Box; font: number } | null;
  join: {
    size: string;
    box: Box;
    qr: Box;
    codeFont: number;
    /** Line boxes the code's text takes: 1 when it never breaks. */
    codeLines: number;
  } | null;
  buttons: number;
  lang: string;
}

/**
 * Measures the projector in the page (one round trip per state). Parts of a bar, a word and the
 * mean are found by their class inside their data-testid: they have no role of their own.
 */
export async function measureProjector(page: Page): Promise<ProjectorFacts> {
  // The webfont's slices for new text arrive after it is drawn; the results fit themselves again on
  // `loadingdone`, so measure once the fonts are in and a frame has been laid out with them.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page.evaluate(() => {
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const font = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
    const one = (selector: string) => document.querySelector(selector);
    const all = (selector: string) => [...document.querySelectorAll(selector)];

    const question = one('h1');
    const results = one('[data-testid="results"]');
    const meanValue = one('[data-testid="scale-mean-value"]');
    // Every element that draws text of its own, visible: the largest font apart from the mean.
    const textFonts = all('body *')
      .filter((el) => el !== meanValue && !el.closest('.visually-hidden'))
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .filter((el) => el.getClientRects().length > 0)
      .map(font);
    const join = one('[data-testid="join-panel"]');
    const code = one('[data-testid="join-code"]');
    const codeRange = document.createRange();
    if (code) codeRange.selectNodeContents(code);
    const timer = one('[role="timer"]');
    const count = one('[data-testid="answer-count"]');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      scroll: {
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
      },
      question: question ? { box: boxOf(question), font: font(question) } : null,
      results: results
        ? { box: boxOf(results), scrollHeight: results.scrollHeight, clientHeight: results.clientHeight }
        : null,
      bars: all('[data-testid^="result-bar-"]').map((bar) => ({
        key: bar.getAttribute('data-testid')!.slice('result-bar-'.length),
        count: Number(bar.getAttribute('data-count')),
        box: boxOf(bar),
        labelFont: font(bar.querySelector('.bar-label')),
        countFont: font(bar.querySelector('.bar-count')),
        percentFont: font(bar.querySelector('.bar-percent')),
        fillWidth: bar.querySelector('.bar-fill')!.getBoundingClientRect().width,
        trackWidth: bar.querySelector('.bar-track')!.getBoundingClientRect().width,
      })),
      mean: meanValue
        ? { box: boxOf(meanValue), font: font(meanValue), largestOtherFont: Math.max(...textFonts) }
        : null,
      words: all('[data-testid="result-word"]').map((word) => ({
        box: boxOf(word),
        wordFont: font(word.querySelector('.cloud-word')),
        countFont: font(word.querySelector('.cloud-count')),
      })),
      entries: all('[data-testid="result-entry"]').map((entry) => ({
        box: boxOf(entry),
        font: font(entry.querySelector('.entry-text')),
      })),
      answerCount: count ? { box: boxOf(count), font: font(count) } : null,
      timer: timer ? { box: boxOf(timer), font: font(timer) } : null,
      join:
        join && code
          ? {
              size: join.getAttribute('data-size') ?? '',
              box: boxOf(join),
              qr: boxOf(join.querySelector('img')!),
              codeFont: font(code),
              codeLines: codeRange.getClientRects().length,
            }
          : null,
      buttons: all('button, [role="button"]').length,
      lang: document.documentElement.lang,
    };
  });
}

/** Whether a box lies wholly inside the viewport (half a pixel of rounding allowed). */
export function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return (
    box.x >= -0.5 &&
    box.y >= -0.5 &&
    box.x + box.width <= viewport.width + 0.5 &&
    box.y + box.height <= viewport.height + 0.5
  );
}
