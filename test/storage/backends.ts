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
    const name = `moim_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const storage = await openStorage(url.toString());
    return {
      storage,
      url: url.toString(),
      cleanup: async () => {
        await storage.close();
        const drop = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await drop.connect();
        await drop.query(`drop database if exists ${name} with (force)`);
        await drop.end();
      },
    };
  },
};
