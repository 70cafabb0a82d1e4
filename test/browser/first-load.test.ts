import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/program/dates.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { createProgram, scratchBody, today } from '../integration/program-fixtures.js';
import { browserUnavailable, launchBrowser, startBrowserApp } from './browser.js';

/**
 * The phone's first load, measured the way a phone pays for it: the bytes Chromium's network log
 * counts on the wire (`encodedDataLength`: headers and the compressed body), in a fresh context with
 * no cache, until the first thing a person can use is on screen. A phone on `http://<LAN address>`
 * is not offered brotli, so the request offers gzip only.
 */

const unavailable = browserUnavailable();
/** A cheap Android phone. */
const PHONE_360 = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'ko-KR' };
/** What one first load may cost on the wire. The next issues' activities are lazy-loaded on top. */
const BUDGET_BYTES = 120_000;
const GZIP_ONLY = 'gzip, deflate';

interface Transfer {
  requestId: string;
  url: string;
  type: string;
  bytes: number;
  encoding: string | null;
  finished: boolean;
}

/** Everything the page receives, from Chromium's DevTools network events. */
class WireLog {
  readonly requests = new Map<string, Transfer>();
  /** socket.io's websocket: the upgrade's response headers and the frames both ways (a phone pays for the upload too). */
  socketBytes = 0;
  /** The Accept-Encoding each request really went out with (DevTools' extra info has the final headers). */
  readonly offered = new Map<string, string | null>();
  private waiters: (() => void)[] = [];

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      this.requests.set(e.requestId, {
        requestId: e.requestId,
        url: e.request.url,
        type: e.type ?? '',
        bytes: 0,
        encoding: null,
        finished: false,
      });
    });
    cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
      this.offered.set(e.requestId, header(e.headers, 'accept-encoding'));
    });
    cdp.on('Network.responseReceived', (e) => {
      const request = this.requests.get(e.requestId);
      if (request) request.encoding = header(e.response.headers, 'content-encoding');
    });
    cdp.on('Network.loadingFinished', (e) => this.finish(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e) => this.finish(e.requestId, 0));
    cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
      const { headersText, headers, status, statusText } = e.response;
      this.socketBytes += Buffer.byteLength(
        headersText ??
          `HTTP/1.1 ${status} ${statusText}\r\n` +
            Object.entries(headers)
              .map(([k, v]) => `${k}: ${v}\r\n`)
              .join('') +
            '\r\n',
      );
    });
    cdp.on('Network.webSocketFrameReceived', (e) => (this.socketBytes += frameBytes(e.response)));
    cdp.on('Network.webSocketFrameSent', (e) => (this.socketBytes += frameBytes(e.response)));
  }

  private finish(requestId: string, bytes: number): void {
    const request = this.requests.get(requestId);
    if (!request) return;
    request.bytes = bytes;
    request.finished = true;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /**
   * Waits until every request started so far has finished, except socket.io's long-poll, which the
   * server holds open on purpose (what it received so far is nothing yet).
   */
  async settled(): Promise<Transfer[]> {
    const started = [...this.requests.values()];
    const open = () => started.some((r) => !r.finished && !isLongPoll(r));
    while (open()) await new Promise<void>((wake) => this.waiters.push(wake));
    return started.filter((r) => r.finished);
  }
}

/** The built client the test server sends. */
const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist', 'client');

const header = (headers: Record<string, string>, name: string): string | null =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
const frameBytes = (frame: { opcode: number; payloadData: string }) =>
  frame.opcode === 2 ? Buffer.from(frame.payloadData, 'base64').length : Buffer.byteLength(frame.payloadData);
const isLongPoll = (r: Transfer) => r.url.includes('/socket.io/') && !r.finished;
/**
 * An HTML, JS or CSS file the build kept a gzip copy of. A file too small for gzip to shrink (a
 * 34-byte chunk of shared constants) has none, and the server sends it as it is, by design
 * (vite.config.ts `precompress`).
 */
const isCompressible = (r: Transfer) => {
  const path = new URL(r.url).pathname;
  if (r.type === 'Document') return true;
  if (!/\.(js|css|html)$/.test(path)) return false;
  return existsSync(join(DIST_DIR, `${path}.gz`)) || !existsSync(join(DIST_DIR, path));
};
const isFont = (r: Transfer) => r.type === 'Font' || /\.(woff2?|ttf|otf)$/.test(new URL(r.url).pathname);

interface FirstLoad {
  total: number;
  transfers: Transfer[];
  code: string;
  log: WireLog;
  page: Page;
}

describe.skipIf(unavailable !== null)("the phone's first load on the wire", () => {
  let t: TestApp;
  let browser: Browser;
  let programCode: string;

  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launchBrowser();
    const { cookie, user } = await loginFacilitator(t);
    const start = addDays(today(), 1);
    const program = await createProgram(t, cookie, scratchBody([user.id], [start, addDays(start, 1)]));
    programCode = program.code;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** One first load in a fresh context, until `usable` is visible and enabled. */
  async function firstLoad(path: string, usable: (page: Page) => Locator): Promise<FirstLoad> {
    const context = await browser.newContext(PHONE_360);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const log = new WireLog(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': GZIP_ONLY } });

    await page.goto(`${t.url}${path}`);
    const target = usable(page).first();
    await target.waitFor({ state: 'visible' });
    await expect.poll(() => target.isEnabled()).toBe(true);
    const transfers = await log.settled();

    const http = transfers.reduce((sum, r) => sum + r.bytes, 0);
    const total = http + log.socketBytes;
    console.info(
      `first load of ${path}: ${total} bytes on the wire (${http} HTTP over ${transfers.length} requests + ` +
        `${log.socketBytes} B websocket), budget ${BUDGET_BYTES}\n` +
        transfers
          .map(
            (r) =>
              `  ${String(r.bytes).padStart(7)}  ${r.encoding ?? 'identity'}  ${new URL(r.url).pathname}`,
          )
          .join('\n'),
    );
    const bodies = await Promise.all(
      transfers
        .filter((r) => r.type === 'Script' || r.type === 'Document')
        .map(async (r) => {
          const body = await cdp.send('Network.getResponseBody', { requestId: r.requestId });
          return body.base64Encoded ? Buffer.from(body.body, 'base64').toString('utf8') : body.body;
        }),
    );
    return { total, transfers, code: bodies.join('\n'), log, page };
  }

  async function expectPhoneFirstLoad(load: FirstLoad): Promise<void> {
    // Every HTML, JS and CSS file came gzipped: the request offered gzip and nothing better.
    const compressible = load.transfers.filter(isCompressible);
    expect(compressible.length).toBeGreaterThan(1);
    for (const r of compressible) {
      const offered = load.log.offered.get(r.requestId) ?? '';
      expect(offered, r.url).toContain('gzip');
      expect(offered, r.url).not.toMatch(/\bbr\b/);
    }
    expect(compressible.filter((r) => r.encoding !== 'gzip').map((r) => r.url)).toEqual([]);

    expect(load.code).toContain('참여 코드'); // the phone's own words: the bodies were read
    expect(load.code).not.toContain('계정 만들기'); // facilitator setup form
    expect(load.code).not.toContain('ZodError');
    expect(load.code).not.toMatch(/chart\.js|recharts|echarts/i);

    // The phone keeps the system font stack: once its fonts are settled, no font file was asked for.
    await load.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await load.log.settled();
    expect([...load.log.requests.values()].filter(isFont).map((r) => r.url)).toEqual([]);
    await load.page.context().close();

    expect(load.total).toBeLessThanOrEqual(BUDGET_BYTES);
  }

  it(`/join fits in ${BUDGET_BYTES} bytes gzipped until the code input is usable`, async () => {
    const load = await firstLoad('/join', (page) => page.getByLabel('참여 코드 (숫자 6자리)'));
    await expectPhoneFirstLoad(load);
  });

  it(`/j/<program code> fits in ${BUDGET_BYTES} bytes gzipped until the onboarding can be used`, async () => {
    const load = await firstLoad(`/j/${programCode}`, (page) =>
      page.getByTestId('program-onboarding').locator('button.primary, input'),
    );
    await expectPhoneFirstLoad(load);
  });
});
