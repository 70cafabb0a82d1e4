import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLIENT_DIR = join(process.cwd(), 'dist/client');

/** Why browser tests cannot run here, or null. Under CI=true a missing browser or build is a failure. */
export function browserUnavailable(): string | null {
  let reason: string | null = null;
  if (!existsSync(CHROMIUM_PATH))
    reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
  else if (!existsSync(join(CLIENT_DIR, 'participant.html'))) reason = 'client not built (npm run build)';
  if (reason && process.env.CI === 'true')
    throw new Error(`browser tests are required under CI=true: ${reason}`);
  if (reason) console.warn(`Skipping browser tests: ${reason}`);
  return reason;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export function startBrowserApp(): Promise<TestApp> {
  return startTestApp({ config: { clientDir: CLIENT_DIR } });
}

export const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
export const SMALL_PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
export const PROJECTOR = { viewport: { width: 1280, height: 720 } };
export const LAPTOP = { viewport: { width: 1280, height: 720 } };

export async function newPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ locale: 'ko-KR', ...options });
  return context.newPage();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on and is tested too.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with every serious or critical axe violation on the page, each named with where it was. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(
    violations.map((v) => `${where}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
  ).toEqual([]);
}

/** Logs a facilitator in through the login form; returns the cookie for the same user's API calls. */
export async function logInInBrowser(page: Page, url: string, email: string, name: string): Promise<string> {
  await page.goto(`${url}/facilitator`);
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByRole('heading', { name: `${name}님, 안녕하세요` }).waitFor();
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** A JSON POST to the API that must answer `status`; its body, typed. */
export async function post<T>(url: string, cookie: string, body: unknown, status: number): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

/** The program's member consent line a phone ticks when it registers. */
export const MEMBER_CONSENT = '개인정보 수집·이용 안내를 읽고 동의합니다';

/** A phone registers for a program by its code (nickname, consent, the PIN shown once) and is in. */
export async function registerPhone(page: Page, url: string, code: string, nickname: string): Promise<void> {
  await page.goto(`${url}/j/${code}`);
  await page.getByTestId('start-register').click();
  await page.getByLabel('닉네임').fill(nickname);
  await page.getByLabel(MEMBER_CONSENT).check();
  await page.getByRole('button', { name: '등록하고 참여하기' }).click();
  await page.getByRole('button', { name: '확인했어요' }).click();
  await page.getByTestId('whoami').waitFor();
}
