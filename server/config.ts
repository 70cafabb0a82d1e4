import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** SQLite file path, or a postgres:// URL. */
  databaseUrl: string;
  /** Origins besides the server's own that may send cookie-authenticated requests (comma-separated env). */
  allowedOrigins: string[];
  /** Base of the join link in the QR code; defaults to the origin the projector page was loaded from. */
  publicUrl: string | null;
  secureCookies: boolean;
  clientDir: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? './data/moim.sqlite',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    secureCookies: env.SECURE_COOKIES === 'true',
    clientDir: resolve(env.CLIENT_DIR ?? 'dist/client'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
