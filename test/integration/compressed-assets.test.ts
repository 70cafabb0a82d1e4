import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../server/http/static-client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

/** The built client as the server has it; `npm test` builds it first. */
const CLIENT_DIR = join(process.cwd(), 'dist/client');
const built = existsSync(join(CLIENT_DIR, 'participant.html'));
if (!built && process.env.CI === 'true') throw new Error('client not built: npm test builds it first');

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body stays as it came over the wire (fetch would decompress it). */
function rawGet(url: string, acceptEncoding: string | null): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

function decoded(reply: RawReply): Buffer {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(reply.body);
  if (encoding === 'gzip') return gunzipSync(reply.body);
  return reply.body;
}

/** Each Accept-Encoding a client may send, and the encoding it must get back. */
const CASES: { accept: string | null; expected: string | undefined }[] = [
  { accept: 'br', expected: 'br' },
  { accept: 'gzip', expected: 'gzip' },
  { accept: 'gzip, deflate, br', expected: 'br' },
  { accept: 'gzip;q=0, br', expected: 'br' },
  { accept: 'br;q=0.5, gzip', expected: 'gzip' },
  { accept: 'identity', expected: undefined },
  { accept: null, expected: undefined },
];

describe.skipIf(!built)('the built client is served precompressed', () => {
  let t: TestApp;
  const script = built
    ? readdirSync(join(CLIENT_DIR, 'assets')).find((f) => /^participant-.*\.js$/.test(f))
    : '';

  beforeAll(async () => {
    t = await startTestApp({ config: { clientDir: CLIENT_DIR } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(CASES)('a hashed script with Accept-Encoding $accept', async ({ accept, expected }) => {
    const reply = await rawGet(`${t.url}/assets/${script}`, accept);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(expected);
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(decoded(reply).equals(readFileSync(join(CLIENT_DIR, 'assets', script!)))).toBe(true);
  });

  it.each(CASES)('a page with Accept-Encoding $accept', async ({ accept, expected }) => {
    const reply = await rawGet(`${t.url}/join`, accept);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(expected);
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(decoded(reply).equals(readFileSync(join(CLIENT_DIR, 'participant.html')))).toBe(true);
  });

  it('compresses every page and stylesheet, and sends a compressed copy only by negotiation', async () => {
    for (const path of ['/', '/facilitator', '/facilitator/programs/x', '/screen/123456']) {
      expect((await rawGet(`${t.url}${path}`, 'gzip')).headers['content-encoding'], path).toBe('gzip');
    }
    const css = readdirSync(join(CLIENT_DIR, 'assets')).find((f) => f.endsWith('.css'))!;
    const reply = await rawGet(`${t.url}/assets/${css}`, 'br');
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(decoded(reply).equals(readFileSync(join(CLIENT_DIR, 'assets', css)))).toBe(true);
    // The copies are not files of their own.
    expect((await rawGet(`${t.url}/assets/${script}.br`, 'br')).status).toBe(404);
  });

  it('keeps the page policies on pages and only the subresource protections on hashed files', async () => {
    const page = await rawGet(`${t.url}/join`, 'gzip');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const asset = await rawGet(`${t.url}/assets/${script}`, 'gzip');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const name of ['content-security-policy', 'x-frame-options', 'last-modified']) {
      expect(asset.headers[name], name).toBeUndefined();
    }
  });

  it('still answers 404 for a missing asset and refuses paths out of the assets folder', async () => {
    for (const accept of ['br', 'gzip', null]) {
      expect((await rawGet(`${t.url}/assets/missing-0000.js`, accept)).status).toBe(404);
    }
    expect((await rawGet(`${t.url}/assets/..%2fparticipant.html`, 'gzip')).status).toBe(404);
    // A path that is not valid percent-encoding is refused by express's router before us.
    expect((await rawGet(`${t.url}/assets/%E0%A4%A`, 'gzip')).status).toBe(400);
  });
});

describe('a server whose client is not built', () => {
  it('says so on the pages and answers 404 for assets', async () => {
    const t = await startTestApp({
      config: { clientDir: join(process.cwd(), 'test-artifacts/no-client-here') },
    });
    try {
      const page = await rawGet(`${t.url}/join`, 'gzip');
      expect(page.status).toBe(503);
      expect(page.body.toString()).toContain('npm run build');
      expect((await rawGet(`${t.url}/assets/participant-0000.js`, 'gzip')).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});

describe('Accept-Encoding negotiation', () => {
  const names = (header: string | undefined) => acceptedEncodings(header).map((e) => e.name);

  it('respects q-values, prefers brotli on a tie and falls back to identity', () => {
    expect(names('gzip, br')).toEqual(['br', 'gzip']);
    expect(names('br;q=0.4, gzip;q=0.8')).toEqual(['gzip', 'br']);
    expect(names('gzip;q=0, br')).toEqual(['br']);
    expect(names('*')).toEqual(['br', 'gzip']);
    expect(names('*;q=0.5, br;q=0')).toEqual(['gzip']);
    expect(names('GZIP ; Q=1')).toEqual(['gzip']);
    expect(names('deflate, identity')).toEqual([]);
    expect(names('gzip;q=abc')).toEqual([]);
    expect(names('')).toEqual([]);
    expect(names(undefined)).toEqual([]);
  });
});
