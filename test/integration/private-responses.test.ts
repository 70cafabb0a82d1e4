import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { loginFacilitator, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/app.js';
import { addMember, createProgram, scratchBody, today } from './program-fixtures.js';

/** Responses that name people must not be kept by a browser's or a proxy's cache. */
describe('private responses and cookies', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  const send = (cookie: string | null, method: string, path: string, body?: unknown) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('every /api answer is no-store: the roster, members, the user, refusals', async () => {
    t = await startTestApp();
    const { cookie, user } = await loginFacilitator(t);
    const program = await createProgram(t, cookie, scratchBody([user.id], [today()]));
    const kept = await addMember(t.storage, program.id, '지수');
    const duplicate = await addMember(t.storage, program.id, '지수2');
    const base = `/api/programs/${program.id}`;
    const day = program.days[0]!.id;

    for (const [method, path, body, status] of [
      ['GET', `${base}/roster`, undefined, 200],
      ['PUT', `${base}/days/${day}/attendance/${kept.id}`, { present: true, hours: null }, 200],
      ['POST', `${base}/members/${kept.id}/pin`, {}, 200],
      ['POST', `${base}/members/${duplicate.id}/merge`, { intoMemberId: kept.id }, 200],
      ['GET', base, undefined, 200],
      ['GET', '/api/center', undefined, 200],
      ['GET', '/api/auth/state', undefined, 200],
      ['GET', `${base}/roster`, undefined, 401],
      ['GET', '/api/nothing-here', undefined, 404],
    ] as const) {
      const res = await send(status === 401 ? null : cookie, method, path, body);
      expect({ method, path, status: res.status, cache: res.headers.get('cache-control') }).toEqual({
        method,
        path,
        status,
        cache: 'no-store',
      });
    }
    // The QR code names no one and keeps its own short private caching.
    const qr = await send(null, 'GET', `/api/qr/${program.code}.svg`);
    expect(qr.headers.get('cache-control')).toBe('private, max-age=300');
  });

  it('the login cookie is Secure when PUBLIC_URL is https, and not on plain http by default', async () => {
    const setCookieOf = async () => {
      const { email } = await loginFacilitator(t);
      const res = await send(null, 'POST', '/api/auth/login', { email, password: TEST_PASSWORD });
      return res.headers.get('set-cookie') ?? '';
    };
    const { publicUrl, secureCookies } = loadConfig({ PUBLIC_URL: 'https://moim.example.kr' });
    t = await startTestApp({ config: { publicUrl, secureCookies } });
    expect(await setCookieOf()).toMatch(/; Secure/i);
    await t.close();
    t = await startTestApp();
    expect(await setCookieOf()).not.toMatch(/Secure/i);
  });
});
