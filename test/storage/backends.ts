import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage } from '../../server/storage/index.js';

export interface Backend {
  name: string;
  /** null when the backend cannot be reached here (and CI does not require it). */
  available: () => Promise<string | null>;
  open: () => Promise<{ storage: Storage; url: string; cleanup: () => Promise<void> }>;
}

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';

export const sqliteBackend: Backend = {
  name: 'SQLite',
  available: async () => null,
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moim-contract-'));
    const url = join(dir, 'moim.sqlite');
    const storage = await openStorage(url);
    return {
      storage,
      url,
      cleanup: async () => {
        await storage.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A fresh, empty PostgreSQL database for one test run; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `moim_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Each run gets its own fresh database, dropped afterwards, so runs never see each other's data. */
export const postgresBackend: Backend = {
  name: 'PostgreSQL',
  available: async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return `PostgreSQL unreachable at ${POSTGRES_ADMIN_URL}: ${(error as Error).message}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  },
  open: async () => {
    const database = await createPostgresDatabase();
    // 57P01: the connection was ended by our own `drop database … with (force)` at cleanup.
    const storage = await openStorage(database.url, (error) => {
      if ((error as { code?: string }).code !== '57P01') console.error('database connection error', error);
    });
    return {
      storage,
      url: database.url,
      cleanup: async () => {
        await storage.close();
        await database.drop();
      },
    };
  },
};
