import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { browserUnavailable, launchBrowser, startBrowserApp } from './browser.js';

/**
 * A projector PC or a console laptop on Linux may have no Korean font at all (this test machine has
 * none): the projector and the console bring their own, self-hosted (client/src/styles/fonts.css),
 * under the app's strict CSP. The phone never does (first-load.test.ts).
 */

const unavailable = browserUnavailable();
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };
const CONSOLE_720 = { viewport: { width: 1280, height: 720 } };
const HANGUL = /[가-힣]/;

interface FontLoad {
  page: Page;
  errors: string[];
  fonts: { path: string; status: number; type: string | null; bytes: number }[];
  /** The font requests' details still being read. */
  reading: Promise<void>[];
}

describe.skipIf(unavailable !== null)('the Korean webfont of the projector and the console', () => {
  let t: TestApp;
  let browser: Browser;
  let cookie: string;
  let code: string;

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
    ({ cookie } = await loginFacilitator(t));
    ({ code } = await createSession(t, cookie, { title: '취업 자신감 모임', activities: [] }));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function load(path: string, options: typeof PROJECTOR_1080, withCookie: boolean): Promise<FontLoad> {
    const context = await browser.newContext({ ...options, locale: 'ko-KR' });
    if (withCookie) {
      const [name = '', ...value] = cookie.split('=');
      await context.addCookies([{ name, value: value.join('='), url: t.url }]);
    }
    const page = await context.newPage();
    const errors: string[] = [];
    const fonts: FontLoad['fonts'] = [];
    const reading: Promise<void>[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'font') return;
      const read = async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        fonts.push({
          path: new URL(request.url()).pathname,
          status: response?.status() ?? 0,
          type: (await response?.headerValue('content-type')) ?? null,
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      };
      reading.push(read());
    });
    await page.goto(`${t.url}${path}`);
    return { page, errors, fonts, reading };
  }

  /** The fonts Chromium really drew a heading's glyphs with (not what CSS asked for). */
  async function renderedFonts(page: Page): Promise<{ familyName: string; isCustomFont: boolean }[]> {
    const heading = page.getByRole('heading').filter({ hasText: HANGUL }).first();
    await heading.waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await heading.evaluate((el) => el.setAttribute('data-font-probe', ''));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-font-probe]',
    });
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  }

  async function expectKoreanWebfont(loaded: FontLoad, where: string): Promise<void> {
    const fonts = await renderedFonts(loaded.page);
    await Promise.all(loaded.reading);
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.every((f) => f.isCustomFont && f.familyName.startsWith('Noto Sans KR')),
      JSON.stringify(fonts),
    ).toBe(true);
    expect(loaded.fonts.length).toBeGreaterThan(0);
    for (const font of loaded.fonts) {
      expect(font.path).toMatch(/^\/assets\/noto-sans-kr-.*\.woff2$/);
      expect(font.status).toBe(200);
      expect(font.type).toBe('font/woff2');
    }
    // The CSP allows the app's own fonts: nothing was refused or failed.
    expect(loaded.errors).toEqual([]);
    const total = loaded.fonts.reduce((sum, f) => sum + f.bytes, 0);
    console.info(`${where}: ${loaded.fonts.length} webfont slices, ${total} bytes`);
    await loaded.page.context().close();
  }

  it('the projector draws its Korean with the self-hosted webfont at 1920×1080', async () => {
    await expectKoreanWebfont(await load(`/screen/${code}`, PROJECTOR_1080, false), 'projector');
  });

  it('the console draws its Korean with the self-hosted webfont at 1280×720', async () => {
    await expectKoreanWebfont(await load('/facilitator', CONSOLE_720, true), 'console');
  });
});
