import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../server/app.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { loadConfig, type AppConfig } from '../../server/config.js';
import type { ExportLimiter } from '../../server/limits/export-limiter.js';
import { createLogger, type Logger } from '../../server/logger.js';
import { openStorage, type Facilitator, type Storage } from '../../server/storage/index.js';

export interface TestApp {
  app: App;
  storage: Storage;
  url: string;
  port: number;
  dir: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real app on an ephemeral port with its own SQLite file (or the given database URL). */
export async function startTestApp(
  options: {
    databaseUrl?: string;
    config?: Partial<AppConfig>;
    now?: () => number;
    logger?: Logger;
    exportLimiter?: ExportLimiter;
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'moim-test-'));
  const databaseUrl = options.databaseUrl ?? join(dir, 'moim.sqlite');
  const config = { ...loadConfig({}), databaseUrl, port: 0, logLevel: 'silent', ...options.config };
  // 57P01: a PostgreSQL test database dropped with (force) at cleanup ends its idle connections.
  const storage = await openStorage(databaseUrl, (error) => {
    if ((error as { code?: string }).code !== '57P01') console.error('database connection error', error);
  });
  const app = createApp({
    storage,
    config,
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    now: options.now,
    exportLimiter: options.exportLimiter,
  });
  const port = await app.listen(0);
  return {
    app,
    storage,
    url: `http://127.0.0.1:${port}`,
    port,
    dir,
    databaseUrl,
    close: async () => {
      await app.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_PASSWORD = 'correct horse battery';

/** A user straight in storage; a new center is made for them unless one is given. */
export async function createUser(
  storage: Storage,
  input: {
    email?: string;
    name?: string;
    role?: 'admin' | 'facilitator';
    centerId?: string;
    password?: string;
  } = {},
): Promise<Facilitator> {
  const centerId =
    input.centerId ?? (await storage.centers.create(`센터 ${crypto.randomUUID().slice(0, 4)}`)).id;
  const user = await storage.facilitators.create({
    centerId,
    role: input.role ?? 'admin',
    email: input.email ?? `f${crypto.randomUUID().slice(0, 8)}@moim.test`,
    name: input.name ?? '진행자',
    passwordHash: await hashPassword(input.password ?? TEST_PASSWORD),
  });
  if (!user) throw new Error('user not created');
  return user;
}

/** Logs in over HTTP; returns the session cookie. */
export async function login(t: { url: string }, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${t.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Creates a user (admin of a new center unless told otherwise) and logs in over HTTP. */
export async function loginFacilitator(
  t: { storage: Storage; url: string },
  email = `f${crypto.randomUUID().slice(0, 8)}@moim.test`,
  options: { role?: 'admin' | 'facilitator'; centerId?: string } = {},
): Promise<{ cookie: string; email: string; user: Facilitator }> {
  const user = await createUser(t.storage, { email, ...options });
  return { cookie: await login(t, email), email, user };
}

export async function createSession(
  t: { url: string },
  cookie: string,
  body: { title: string; activities: unknown[] },
): Promise<{ id: string; code: string }> {
  const res = await fetch(`${t.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create session failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { session: { id: string; code: string } }).session;
}
