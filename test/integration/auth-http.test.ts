import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_ATTEMPTS_PER_WINDOW } from '../../server/http/auth-routes.js';
import { createUser, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/app.js';

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
      user: null,
    });
    const first = await fetch(
      `${t.url}/api/auth/setup`,
      json({ centerName: '서울 고용센터', email: 'Lead@Center.kr', password: 'long enough', name: '김진행' }),
    );
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({
      user: {
        id: expect.any(String),
        email: 'lead@center.kr',
        name: '김진행',
        role: 'admin',
        centerId: expect.any(String),
        centerName: '서울 고용센터',
        active: true,
        mustChangePassword: false,
      },
    });
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
      user: { email: 'lead@center.kr', name: '김진행', role: 'admin', centerName: '서울 고용센터' },
    });
    const second = await fetch(
      `${t.url}/api/auth/setup`,
      json({ centerName: '다른 센터', email: 'x@y.kr', password: 'long enough', name: 'x' }),
    );
    expect(second.status).toBe(409);
    expect(await t.storage.facilitators.count()).toBe(1);
  });

  it('logs in and out; a wrong password gets a translated error; attempts are rate-limited', async () => {
    await fetch(
      `${t.url}/api/auth/setup`,
      json({ centerName: '서울 고용센터', email: 'lead@center.kr', password: 'long enough', name: '김진행' }),
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
    expect(await good.json()).toMatchObject({
      user: { email: 'lead@center.kr', centerName: '서울 고용센터' },
    });
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

  it('keeps the login limit across a restart: a second server on the same database still refuses', async () => {
    const user = await createUser(t.storage, { role: 'facilitator' });
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i++) {
      await fetch(`${t.url}/api/auth/login`, json({ email: user.email, password: 'guess' }));
    }
    const restarted = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      const after = await fetch(
        `${restarted.url}/api/auth/login`,
        json({ email: user.email, password: TEST_PASSWORD }),
      );
      expect(after.status).toBe(429);
    } finally {
      await restarted.close();
    }
  });

  it('tells a deactivated account so only after its correct password', async () => {
    const admin = await createUser(t.storage, { role: 'admin' });
    const user = await createUser(t.storage, { role: 'facilitator', centerId: admin.centerId });
    expect(await t.storage.facilitators.update(admin.centerId, user.id, { active: false })).toMatchObject({
      active: false,
    });
    const wrong = await fetch(`${t.url}/api/auth/login`, json({ email: user.email, password: 'not it' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const right = await fetch(
      `${t.url}/api/auth/login`,
      json({ email: user.email, password: TEST_PASSWORD }),
    );
    expect(right.status).toBe(403);
    expect(right.headers.get('set-cookie')).toBeNull();
    expect(await right.json()).toMatchObject({ error: { code: 'account_inactive' } });
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

describe('npm run moim -- create-center / create-facilitator', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl },
    });
  const user = (center: string, email: string, role = 'facilitator') => [
    'create-facilitator',
    '--center',
    center,
    '--role',
    role,
    '--email',
    email,
    '--password',
    'cli password',
    '--name',
    '박상담',
  ];

  it('creates a center by name, users in it by id or name, and refuses a duplicate email', async () => {
    const { stdout } = await run(['create-center', '--name', '부산 고용센터']);
    const centerId = stdout.trim();
    expect(await t.storage.centers.findById(centerId)).toMatchObject({ name: '부산 고용센터' });

    expect((await run(user(centerId, 'admin@center.kr', 'admin'))).stdout).toContain(
      'Created admin 박상담 <admin@center.kr>',
    );
    expect((await run(user('부산 고용센터', 'cli@center.kr'))).stdout).toContain(
      'Created facilitator 박상담',
    );
    await expect(run(user(centerId, 'cli@center.kr'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists'),
    });
    const login = await fetch(
      `${t.url}/api/auth/login`,
      json({ email: 'cli@center.kr', password: 'cli password' }),
    );
    expect(login.status).toBe(200);
    expect(await login.json()).toMatchObject({
      user: { role: 'facilitator', centerId, centerName: '부산 고용센터', mustChangePassword: false },
    });
  });

  it('refuses an unknown center, an ambiguous name, a bad role and a missing command', async () => {
    await t.storage.centers.create('같은 이름');
    await t.storage.centers.create('같은 이름');
    const only = await t.storage.centers.create('하나뿐');
    const [unknown, ambiguous, badRole, noName, typo, noCommand] = await Promise.all(
      [
        user('없는 센터', 'a@center.kr'),
        user('같은 이름', 'b@center.kr'),
        user(only.id, 'c@center.kr', 'owner'),
        ['create-center'],
        ['create-center', '--nmae', 'x'],
        ['make-coffee'],
      ].map((args) =>
        run(args).then(
          () => null,
          (error: unknown) => error,
        ),
      ),
    );
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No center') });
    expect(ambiguous).toMatchObject({ code: 1, stderr: expect.stringContaining('2 centers are named') });
    expect(badRole).toMatchObject({ code: 1, stderr: expect.stringContaining('role') });
    expect(noName).toMatchObject({ code: 1 });
    expect(typo).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage') });
    expect(noCommand).toMatchObject({ code: 2, stderr: expect.stringContaining('create-center --name N') });
    expect(await t.storage.facilitators.count()).toBe(0);
  });
});
