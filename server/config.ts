import { resolve } from 'node:path';
import { parseTrustProxy, type TrustProxy } from './auth/client-ip.js';

export interface AppConfig {
  port: number;
  /** SQLite file path, or a postgres:// URL. */
  databaseUrl: string;
  /** Origins besides the server's own that may send cookie-authenticated requests (comma-separated env). */
  allowedOrigins: string[];
  /** Base of the join link in the QR code; defaults to the origin the projector page was loaded from. */
  publicUrl: string | null;
  /** Cookies get `Secure` and HSTS is sent: by default when PUBLIC_URL is https. */
  secureCookies: boolean;
  /** Which proxies in front may tell the client's address (for IP limits); none by default. */
  trustProxy: TrustProxy;
  clientDir: string;
  logLevel: string;
}

function publicUrlOf(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const url = value.trim().replace(/\/$/, '');
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new Error(`PUBLIC_URL is not an http(s) URL: ${value}`);
  return url;
}

/** SECURE_COOKIES says so explicitly; otherwise the public address's scheme does. */
function secureCookiesOf(value: string | undefined, publicUrl: string | null): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === undefined || value === '') return publicUrl?.startsWith('https:') ?? false;
  throw new Error(`SECURE_COOKIES is neither true nor false: ${value}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  const publicUrl = publicUrlOf(env.PUBLIC_URL);
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? './data/moim.sqlite',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    publicUrl,
    secureCookies: secureCookiesOf(env.SECURE_COOKIES, publicUrl),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    clientDir: resolve(env.CLIENT_DIR ?? 'dist/client'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
