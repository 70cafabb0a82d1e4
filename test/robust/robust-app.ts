import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openStorage, type Storage } from '../../server/storage/index.js';
import { createPostgresDatabase, postgresBackend } from '../storage/backends.js';

/**
 * The robustness suites run on SQLite always and on PostgreSQL when it answers: skipped with a
 * message on a laptop without it, required under CI=true (as test/integration/postgres-app.test.ts).
 */
export const postgresUnavailable = await postgresBackend.available();
if (postgresUnavailable && process.env.CI === 'true')
  throw new Error(`PostgreSQL is required under CI=true: ${postgresUnavailable}`);

export interface Database {
  url: string;
  dialect: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

export interface DatabaseKind {
  name: 'SQLite' | 'PostgreSQL';
  /** Why it cannot run here (a skip with this message), or null. */
  unavailable: string | null;
  create(): Promise<Database>;
}

export const DATABASES: DatabaseKind[] = [
  {
    name: 'SQLite',
    unavailable: null,
    create: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'moim-robust-'));
      return {
        url: join(dir, 'moim.sqlite'),
        dialect: 'sqlite',
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    unavailable: postgresUnavailable,
    create: async () => ({ ...(await createPostgresDatabase()), dialect: 'postgres' }),
  },
];

for (const db of DATABASES)
  if (db.unavailable) console.warn(`Robustness suites skip ${db.name}: ${db.unavailable}`);

/** One error-level log line of the server under test. */
export interface LoggedError {
  msg: string;
  err?: { message?: string; type?: string };
  [key: string]: unknown;
}

export interface RobustApp {
  app: App;
  storage: Storage;
  url: string;
  dialect: 'sqlite' | 'postgres';
  /** Everything the server logged at error level: a handler or broadcast that threw. */
  errors: LoggedError[];
  close(): Promise<void>;
}

/** The real app in this process on port 0, with its error log captured (a broadcast failure has no ack). */
export async function startRobustApp(db: Database): Promise<RobustApp> {
  const errors: LoggedError[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        errors.push(JSON.parse(line) as LoggedError);
      done();
    },
  });
  const logger = pino({ level: 'error', base: undefined }, sink);
  const storage = await openStorage(db.url, (error) => {
    // 57P01: the test database dropped with (force) at cleanup ends its idle connections.
    if ((error as { code?: string }).code !== '57P01') console.error('database connection error', error);
  });
  // Behind a proxy on loopback: a test can come from another address (X-Forwarded-For) than the fuzz.
  const config = {
    ...loadConfig({ TRUST_PROXY: 'loopback' }),
    databaseUrl: db.url,
    port: 0,
    logLevel: 'error',
  };
  const app = createApp({ storage, config, logger });
  const port = await app.listen(0);
  return {
    app,
    storage,
    url: `http://127.0.0.1:${port}`,
    dialect: db.dialect,
    errors,
    close: async () => {
      await app.close();
      await storage.close();
      await db.drop();
    },
  };
}

/** A seeded run: FUZZ_SEED reproduces one, otherwise a fixed seed keeps `npm test` the same every time. */
export function seedFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`${name} is not an integer: ${raw}`);
  return seed;
}

export function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`${name} is not a positive integer: ${raw}`);
  return count;
}
