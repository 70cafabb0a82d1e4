import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Storage } from '../../server/storage/index.js';
import type { StoredMember } from '../../server/storage/members.js';

/**
 * A program with members and a session with two activities, for the counseling stores' contract
 * tests (test/storage/counseling*-contract.test.ts). Member answers only need an activity to exist:
 * a quick session's activities do (the program link of activities is migration 007's).
 */
export async function counselingRoom(storage: Storage, nicknames: readonly string[]) {
  const centerId = (await storage.centers.create('센터')).id;
  const admin = (await storage.facilitators.create({
    centerId,
    role: 'admin',
    email: `${crypto.randomUUID()}@center.kr`,
    name: '진행자',
    passwordHash: 'h',
  }))!;
  const program = await storage.programs.create({
    centerId,
    createdBy: admin.id,
    body: {
      title: '성취프로그램',
      group: '청년',
      facilitatorIds: [admin.id],
      templateId: null,
      trackId: null,
      days: [{ date: '2025-03-10', startTime: '09:30', endTime: '17:30', modules: [] }],
    },
  });
  const members: StoredMember[] = [];
  for (const nickname of nicknames) {
    members.push(
      (await storage.members.register({
        programId: program.id,
        nickname,
        realName: null,
        intake: null,
        pinHash: 'pin',
        tokenHash: `token-${crypto.randomUUID()}`,
      }))!,
    );
  }
  const poll = {
    type: 'poll-single' as const,
    title: '질문',
    config: { options: [{ id: 'a', label: 'A' }] },
  };
  const session = await storage.sessions.create({
    facilitatorId: admin.id,
    title: '세션',
    activities: [poll, { ...poll, title: '둘째' }],
  });
  const [first, second] = await storage.activities.list(session.id);
  return {
    centerId,
    admin,
    program,
    members,
    ids: members.map((m) => m.id),
    activities: [first!.id, second!.id] as const,
  };
}

/** A statement on a second connection to the same database, for counting rows the stores do not list. */
export async function rawQuery(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      let n = 0;
      return (
        await client.query(
          text.replaceAll('?', () => `$${++n}`),
          params,
        )
      ).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  const db = new SQLite(url);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const statement = db.prepare(text);
    if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

export async function countRows(url: string, table: string, where = '1 = 1', params: unknown[] = []) {
  const [row] = await rawQuery(url, `select count(*) as n from ${table} where ${where}`, params);
  return Number(row!.n);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
