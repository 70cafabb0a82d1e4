import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_ATTEMPTS_PER_WINDOW } from '../../server/http/auth-routes.js';
import { parseTrustProxy } from '../../server/auth/client-ip.js';
import { CODE_GUESSES_PER_WINDOW } from '../../server/realtime/socket-server.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, request, type TestSocket } from '../helpers/sockets.js';

/** Documentation addresses (RFC 5737): a fresh one per request, as a script escaping a limit would send. */
const forged = (i: number) => `203.0.113.${Math.floor(i / 250)}, 198.51.100.${i % 250}`;

/** Which address an IP-based limit counts against: the peer, unless a trusted proxy says otherwise. */
describe('the client address behind (or without) a reverse proxy', () => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  const wrongLogin = (forwardedFor: string) =>
    fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email: 'lead@center.kr', password: 'a guess' }),
    }).then((res) => res.status);

  it('by default a fresh X-Forwarded-For per request does not escape the login limit', async () => {
    t = await startTestApp();
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_WINDOW; i++) statuses.push(await wrongLogin(forged(i)));
    expect(statuses.slice(0, LOGIN_ATTEMPTS_PER_WINDOW).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('by default a fresh X-Forwarded-For per connection does not escape the join-code limit', async () => {
    t = await startTestApp();
    const { cookie } = await loginFacilitator(t);
    const session = await createSession(t, cookie, { title: '코드', activities: [] });
    const wrong = session.code === '000000' ? '000001' : '000000';
    const codes: string[] = [];
    for (let i = 0; i <= CODE_GUESSES_PER_WINDOW; i++) {
      const guesser = track(await connect(t.url, { headers: { 'x-forwarded-for': forged(i) } }));
      const ack = await request(guesser, 'participant:join', { code: wrong, nickname: 'x' });
      codes.push(ack.ok ? 'ok' : ack.error.code);
      guesser.disconnect();
    }
    expect(codes.slice(0, CODE_GUESSES_PER_WINDOW).every((c) => c === 'session_not_found')).toBe(true);
    expect(codes.at(-1)).toBe('rate_limited');
  });

  it('with TRUST_PROXY=loopback the address the proxy appended is the client, over HTTP and the socket', async () => {
    t = await startTestApp({ config: { trustProxy: parseTrustProxy('loopback') } });
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i++)
      expect(await wrongLogin('10.9.9.9, 192.0.2.1')).toBe(401);
    expect(await wrongLogin('10.9.9.9, 192.0.2.1')).toBe(429);
    // Another client behind the same proxy is counted on its own.
    expect(await wrongLogin('192.0.2.2')).toBe(401);

    track(await connect(t.url, { headers: { 'x-forwarded-for': '10.9.9.9, 192.0.2.3' } }));
    const [socket] = await t.app.realtime.io.fetchSockets();
    expect(socket?.data.ip).toBe('192.0.2.3');
  });

  it('counts the IPv6 addresses of one /64 as one client, over HTTP and the socket', async () => {
    t = await startTestApp({ config: { trustProxy: parseTrustProxy('loopback') } });
    // A fresh address of the same /64 each time, as anyone given a /64 can send from.
    const rotated = (i: number) => `2001:db8:1:2:${(i + 1).toString(16)}::${(i * 7 + 3).toString(16)}`;
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i++) expect(await wrongLogin(rotated(i))).toBe(401);
    expect(await wrongLogin(rotated(LOGIN_ATTEMPTS_PER_WINDOW))).toBe(429);
    // Another /64 is another client.
    expect(await wrongLogin('2001:db8:1:3::1')).toBe(401);

    const session = await createSession(t, (await loginFacilitator(t)).cookie, {
      title: '코드',
      activities: [],
    });
    const wrong = session.code === '000000' ? '000001' : '000000';
    const codes: string[] = [];
    for (let i = 0; i <= CODE_GUESSES_PER_WINDOW; i++) {
      const guesser = track(await connect(t.url, { headers: { 'x-forwarded-for': rotated(i) } }));
      const ack = await request(guesser, 'participant:join', { code: wrong, nickname: 'x' });
      codes.push(ack.ok ? 'ok' : ack.error.code);
      guesser.disconnect();
    }
    expect(codes.slice(0, CODE_GUESSES_PER_WINDOW).every((c) => c === 'session_not_found')).toBe(true);
    expect(codes.at(-1)).toBe('rate_limited');
  });
});
