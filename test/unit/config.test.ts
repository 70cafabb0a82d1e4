import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, parseTrustProxy } from '../../server/auth/client-ip.js';
import { loadConfig } from '../../server/config.js';

/** A request as a socket's peer and X-Forwarded-For would present it. */
const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('loadConfig', () => {
  it('makes cookies Secure when PUBLIC_URL is https, unless SECURE_COOKIES says otherwise', () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://moim.example.kr/' })).toMatchObject({
      publicUrl: 'https://moim.example.kr',
      secureCookies: true,
    });
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.0.10:3000' }).secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://moim.example.kr', SECURE_COOKIES: 'false' }).secureCookies).toBe(
      false,
    );
    expect(loadConfig({ PUBLIC_URL: 'http://moim.example.kr', SECURE_COOKIES: 'true' }).secureCookies).toBe(
      true,
    );
    expect(loadConfig({ SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
  });

  it('refuses a PUBLIC_URL or SECURE_COOKIES it cannot read, instead of guessing', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'moim.example.kr' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://moim.example.kr' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ SECURE_COOKIES: 'yes' })).toThrow(/SECURE_COOKIES/);
  });

  it('trusts no proxy by default: X-Forwarded-For from loopback is ignored', () => {
    const { trustProxy } = loadConfig({});
    expect(clientIp(request('127.0.0.1', '198.51.100.7'), trustProxy)).toBe('127.0.0.1');
    expect(clientIp(request('::1', '198.51.100.7'), trustProxy)).toBe('::/64'); // IPv6 counts by its /64 (limitKey)
    for (const none of ['', 'false', '0']) {
      expect(clientIp(request('127.0.0.1', '198.51.100.7'), parseTrustProxy(none))).toBe('127.0.0.1');
    }
  });
});

describe('TRUST_PROXY, read like express’s trust proxy', () => {
  it('trusts the listed addresses and ranges: the nearest untrusted address is the client', () => {
    const trust = parseTrustProxy('loopback, 10.0.0.0/8');
    expect(clientIp(request('127.0.0.1', '198.51.100.7'), trust)).toBe('198.51.100.7');
    // A client's own forged entry sits before what the trusted proxies appended.
    expect(clientIp(request('127.0.0.1', '203.0.113.9, 198.51.100.7, 10.1.2.3'), trust)).toBe('198.51.100.7');
    expect(clientIp(request('192.0.2.50', '198.51.100.7'), trust)).toBe('192.0.2.50');
    expect(clientIp(request('::ffff:127.0.0.1', '198.51.100.7'), trust)).toBe('198.51.100.7');
  });

  it('trusts a count of hops in front of the server', () => {
    const trust = parseTrustProxy('1');
    expect(clientIp(request('192.0.2.50', '203.0.113.9, 198.51.100.7'), trust)).toBe('198.51.100.7');
    expect(clientIp(request('192.0.2.50'), trust)).toBe('192.0.2.50');
    expect(clientIp(request('192.0.2.50', '203.0.113.9, 198.51.100.7'), parseTrustProxy('2'))).toBe(
      '203.0.113.9',
    );
  });

  it('refuses true (any client could choose its address) and what is not an address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('loopback, not-an-address')).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});
