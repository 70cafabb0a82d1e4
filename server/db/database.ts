import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type Migration,
  type SqliteDatabase,
} from 'kysely';
import type { Database } from './schema.js';
import * as m001 from './migrations/001_live_sessions.js';
import * as m002 from './migrations/002_invariants.js';
import * as m003 from './migrations/003_centers_programs.js';
import * as m004 from './migrations/004_open_text_review.js';
import * as m005 from './migrations/005_day_auto_end.js';
import * as m006 from './migrations/006_identity_limits.js';
import * as m007 from './migrations/007_program_activities.js';
import * as m008 from './migrations/008_counseling.js';
import * as m009 from './migrations/009_counseling_activities.js';
import * as m011 from './migrations/011_report_tokens.js';
import * as m012 from './migrations/012_attendance_corrector.js';
import * as m013 from './migrations/013_assessments.js';
import * as m014 from './migrations/014_follow_up.js';
import * as m015 from './migrations/015_export_log.js';
import * as m016 from './migrations/016_surveys.js';
import * as m017 from './migrations/017_testimonials.js';
import * as m018 from './migrations/018_paper_members.js';
import * as m019 from './migrations/019_referrals.js';
import * as m020 from './migrations/020_referral_report.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite connection itself, for the few statements prepared once on the hot path; null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

/** Migrations in order; each file is applied once, on start. */
export const MIGRATIONS: Record<string, Migration> = {
  '001_live_sessions': m001,
  '002_invariants': m002,
  '003_centers_programs': m003,
  '004_open_text_review': m004,
  '005_day_auto_end': m005,
  '006_identity_limits': m006,
  '007_program_activities': m007,
  '008_counseling': m008,
  '009_counseling_activities': m009,
  '011_report_tokens': m011,
  '012_attendance_corrector': m012,
  '013_assessments': m013,
  '014_follow_up': m014,
  '015_export_log': m015,
  '016_surveys': m016,
  '017_testimonials': m017,
  '018_paper_members': m018,
  '019_referrals': m019,
  '020_referral_report': m020,
};

// PostgreSQL returns int8 as strings to protect precision; our bigints are epoch ms, safe as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database named by `url`: a `postgres://` URL selects PostgreSQL, anything else is a
 * SQLite file path. SQLite runs in WAL mode with synchronous=FULL, so a commit that returned is on
 * disk: an acknowledged answer survives a killed process and a power cut.
 */
export function openDatabase(url: string, onPoolError: (error: Error) => void): Db {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, network) must not take the process down.
    pool.on('error', onPoolError);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', sqlite: null, close: () => kysely.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new TransactionalDdlSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', sqlite, close: () => kysely.destroy() };
}

/**
 * SQLite runs DDL inside a transaction like any other statement, but Kysely's adapter says it does
 * not, so its Migrator would apply each migration statement by statement: a crash in the middle (after
 * a column was renamed, between two rows rewritten) would leave a half-applied migration that the next
 * start cannot apply again. Declared here, the Migrator runs the pending migrations and their record
 * in one transaction, as on PostgreSQL: a crash leaves the database as it was before them.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Distinct SQL texts kept prepared; the app issues a few dozen, so this only bounds the unexpected. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew, which is SQLite re-parsing the same SQL on the
 * answer hot path (a third of the server's CPU under load, measured by `npm run bench`). Statements
 * are reusable here because Kysely runs one query at a time per connection and only calls
 * `all`/`run`, never leaving an iterator open.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration failed${failed ? ` at ${failed.migrationName}` : ''}`, {
      cause: error,
    });
  }
}
