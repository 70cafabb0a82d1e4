import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.js';
import { sql } from 'kysely';

describe('SQLite durability settings', () => {
  it('runs in WAL mode with synchronous=FULL, so a returned commit is on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moim-pragma-'));
    const db = openDatabase(join(dir, 'moim.sqlite'), () => undefined);
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db.kysely);
      const fks = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.kysely);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(sync.rows[0]?.synchronous).toBe(2); // 2 = FULL
      expect(fks.rows[0]?.foreign_keys).toBe(1);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
