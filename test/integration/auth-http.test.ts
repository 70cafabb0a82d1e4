import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_ATTEMPTS_PER_WINDOW } from '../../server/http/auth-routes.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

const json = (body: unknown, cookie?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
});

describe('facilitator accounts over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('offers first-run setup once, with an httpOnly SameSite cookie and an argon2 hash', async () => {
    expect(await (await fetch(`${t.url}/api/auth/state`)).json()).toEqual({
      setupNeeded: true,
      facilitator: null,
    });
    const first = await fetch(
      `${t.url}/api/auth/setup`,
      json({ email: 'Lead@Center.kr', password: 'long enough', name: '김진행' }),
    );
    expect(first.status).toBe(201);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/moim_sid=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const hash = (await t.storage.facilitators.findByEmail('lead@center.kr'))?.passwordHash;
    expect(hash).toMatch(/^\$argon2id\$/);

    const state = await (
      await fetch(`${t.url}/api/auth/state`, { headers: { cookie: cookie.split(';')[0]! } })
    ).json();
    expect(state).toMatchObject({
      setupNeeded: false,
      facilitator: { email: 'lead@center.kr', name: '김진행' },
    });
    const second = await fetch(
      `${t.url}/api/auth/setup`,
      json({ email: 'x@y.kr', password: 'long enough', name: 'x' }),
    );
    expect(second.status).toBe(409);
    expect(await t.storage.facilitators.count()).toBe(1);
  });

  it('logs in and out; a wrong password gets a translated error; attempts are rate-limited', async () => {
    await fetch(
      `${t.url}/api/auth/setup`,
      json({ email: 'lead@center.kr', password: 'long enough', name: '김진행' }),
    );
    const wrong = await fetch(`${t.url}/api/auth/login`, json({ email: 'lead@center.kr', password: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({
      error: { code: 'invalid_credentials', message: { ko: expect.any(String) } },
    });

    const good = await fetch(
      `${t.url}/api/auth/login`,
      json({ email: 'LEAD@center.kr', password: 'long enough' }),
    );
    expect(good.status).toBe(200);
    const cookie = (good.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await fetch(`${t.url}/api/sessions`, { headers: { cookie } })).status).toBe(200);
    await fetch(`${t.url}/api/auth/logout`, json({}, cookie));
    expect((await fetch(`${t.url}/api/sessions`, { headers: { cookie } })).status).toBe(401);

    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_WINDOW; i++) {
      statuses.push(
        (await fetch(`${t.url}/api/auth/login`, json({ email: 'lead@center.kr', password: 'guess' }))).status,
      );
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('serves the join QR code as SVG and health once the database answers', async () => {
    const qr = await fetch(`${t.url}/api/qr/123456.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    expect((await fetch(`${t.url}/api/qr/abc.svg`)).status).toBe(404);
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'sqlite' });
  });
});

describe('npm run moim -- create-facilitator', () => {
  it('creates an account that can log in, and refuses a duplicate', async () => {
    const t = await startTestApp();
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
        env: { ...process.env, DATABASE_URL: t.databaseUrl },
      });
    try {
      const args = [
        'create-facilitator',
        '--email',
        'cli@center.kr',
        '--password',
        'cli password',
        '--name',
        '박상담',
      ];
      expect((await run(args)).stdout).toContain('Created facilitator 박상담');
      await expect(run(args)).rejects.toMatchObject({ code: 1 });
      const login = await fetch(
        `${t.url}/api/auth/login`,
        json({ email: 'cli@center.kr', password: 'cli password' }),
      );
      expect(login.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
