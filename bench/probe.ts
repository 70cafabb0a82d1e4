/**
 * `npx tsx bench/probe.ts`: the server's per-answer pieces timed in isolation, in one process, warm.
 * Not part of `npm run bench`; it explains its figures. Each line is the time of one call (µs).
 *
 *  - writeBatch(1 answer): the server's group-commit path as it is (Kysely over better-sqlite3:
 *    BEGIN, activity read, receipt insert, answer upsert, COMMIT; synchronous=FULL), one answer
 *    per transaction as at low load;
 *  - writeBatch(25 answers) per answer: the same amortised over a batch;
 *  - the server's AnswerStore unchanged over a connection whose prepare() is memoised;
 *  - the same SQL on a second connection with cached prepared statements (no Kysely), FULL and NORMAL;
 *  - the results flush's reads (activity, all answers with nicknames, session) at 25 and 2,000 answers;
 *  - the answer schema: building it plus its first parse (once per activity) and a warm parse.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../server/db/schema.js';
import { AnswerStore } from '../server/storage/answers.js';
import { activityModule } from '../shared/activities/registry.js';
import { openStorage, type AnswerValidator, type StoredActivity } from '../server/storage/index.js';
import { summarize } from './stats.js';

const dir = mkdtempSync(join(tmpdir(), 'moim-probe-'));
const dbPath = join(dir, 'moim.sqlite');
const storage = await openStorage(dbPath);
const center = await storage.centers.create('bench');
const facilitator = await storage.facilitators.create({
  centerId: center.id,
  role: 'admin',
  email: 'p@moim.test',
  name: 'p',
  passwordHash: 'x',
});
if (!facilitator) throw new Error('facilitator not created');
const facilitatorId = facilitator.id;
const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id }));

async function openPoll() {
  const session = await storage.sessions.create({
    facilitatorId,
    title: 'probe',
    activities: [{ type: 'poll-single', title: 'q', config: { options } }],
  });
  const [activity] = await storage.activities.list(session.id);
  if (!activity) throw new Error('no activity');
  await storage.activities.open(session.id, activity.id);
  const participants: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const p = await storage.participants.create(session.id, `p${i}`, randomUUID());
    if (p) participants.push(p.id);
  }
  return { session, activity, participants };
}

const schema = activityModule('poll-single').answerSchema({ options });
const validate: AnswerValidator = (_a: StoredActivity, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? { ok: true, value: r.data } : { ok: false, code: 'invalid_answer' };
};

function report(name: string, micros: number[]): void {
  const s = summarize(micros);
  console.log(
    `${name.padEnd(58)} p50 ${s.p50.toFixed(0).padStart(6)} µs   p99 ${s.p99.toFixed(0).padStart(6)} µs`,
  );
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) * 1000;
}

// 1. The server's writer path, one answer per transaction.
{
  const { session, activity, participants } = await openPoll();
  const submit = (participantId: string) => ({
    sessionId: session.id,
    participantId,
    activityId: activity.id,
    answerId: randomUUID(),
    value: { optionId: 'b' },
  });
  for (let i = 0; i < 300; i++)
    await storage.answers.writeBatch([submit(participants[i % 50] as string)], validate);
  const single: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = participants[i] as string;
    single.push(await time(() => storage.answers.writeBatch([submit(p)], validate)));
  }
  report('writeBatch, 1 answer/transaction (server path)', single);
  const batched: number[] = [];
  for (let i = 1000; i < 2000; i += 25) {
    const batch = participants.slice(i, i + 25).map(submit);
    batched.push((await time(() => storage.answers.writeBatch(batch, validate))) / 25);
  }
  report('writeBatch, 25 answers/transaction, per answer', batched);

  // 2. Reads of one results flush.
  for (const n of [25, 2000]) {
    const reads: number[] = [];
    const {
      session: s2,
      activity: a2,
      participants: p2,
    } = n === 2000 ? { session, activity, participants } : await openPoll();
    if (n === 25)
      await storage.answers.writeBatch(
        p2.slice(0, 25).map((p) => ({ ...submit(p), sessionId: s2.id, activityId: a2.id })),
        validate,
      );
    for (let i = 0; i < 50; i++) {
      reads.push(
        await time(async () => {
          await storage.activities.get(s2.id, a2.id);
          await storage.answers.listForActivity(a2.id);
          await storage.sessions.findById(s2.id);
        }),
      );
    }
    report(`results flush reads at ${n} answers`, reads);
  }
}

// 3. The server's own AnswerStore, unchanged, over a connection whose prepare() is memoised by SQL text.
{
  const { session, activity, participants } = await openPoll();
  const sqlite = new SQLite(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  const statements = new Map<string, SQLite.Statement>();
  const database = {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let stmt = statements.get(sql);
      if (!stmt) statements.set(sql, (stmt = sqlite.prepare(sql)));
      return stmt;
    },
  };
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  // The constructor's signature is moving (a dialect argument); this compiles against either.
  const args = [kysely, 'sqlite'] as unknown as ConstructorParameters<typeof AnswerStore>;
  const answers = new AnswerStore(...args);
  const submit = (participantId: string) => ({
    sessionId: session.id,
    participantId,
    activityId: activity.id,
    answerId: randomUUID(),
    value: { optionId: 'b' },
  });
  for (let i = 0; i < 300; i++) await answers.writeBatch([submit(participants[i % 50] as string)], validate);
  const single: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = participants[i] as string;
    single.push(await time(() => answers.writeBatch([submit(p)], validate)));
  }
  report('writeBatch, 1 answer/transaction, statement cache', single);
  const reads: number[] = [];
  for (let i = 0; i < 200; i++) reads.push(await time(() => answers.listForActivity(activity.id)));
  report('listForActivity at 1000 answers, statement cache', reads);
  await kysely.destroy();
}

// 4. The statements writeBatch runs for one answer (activity read, receipt insert, answer upsert),
//    prepared once, on a second connection.
for (const sync of ['FULL', 'NORMAL']) {
  const { session, activity, participants } = await openPoll();
  const db = new SQLite(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.pragma('foreign_keys = ON');
  const act = db.prepare('select * from activities where id = ? and session_id = ?');
  const insReceipt = db.prepare(
    `insert into answer_receipts (answer_id, activity_id, participant_id, received_at) values (?, ?, ?, ?)
     on conflict (answer_id) do nothing returning answer_id`,
  );
  const upsert = db.prepare(
    `insert into answers (activity_id, participant_id, answer_id, value, hidden, created_at, updated_at)
     values (?, ?, ?, ?, 0, ?, ?) on conflict (activity_id, participant_id)
     do update set answer_id = excluded.answer_id, value = excluded.value, updated_at = excluded.updated_at`,
  );
  const write = db.transaction((participantId: string) => {
    const answerId = randomUUID();
    act.get(activity.id, session.id);
    const checked = validate({} as StoredActivity, { optionId: 'b' });
    const now = Date.now();
    insReceipt.get(answerId, activity.id, participantId, now);
    upsert.run(
      activity.id,
      participantId,
      answerId,
      JSON.stringify(checked.ok ? checked.value : null),
      now,
      now,
    );
  });
  for (let i = 0; i < 300; i++) write(participants[i % 50] as string);
  const raw: number[] = [];
  for (let i = 0; i < 1000; i++) raw.push(await time(() => write(participants[i] as string)));
  report(`same SQL, prepared once, synchronous=${sync}`, raw);
  db.close();
}

// 5. The answer schema: what the writer builds once per activity, and a warm parse.
{
  const build: number[] = [];
  for (let i = 0; i < 200; i++) {
    const opts = options.map((o) => ({ ...o, id: `${o.id}${i}` }));
    build.push(
      await time(() =>
        activityModule('poll-single')
          .answerSchema({ options: opts })
          .safeParse({ optionId: `a${i}` }),
      ),
    );
  }
  report('answer schema: build + first parse (once per activity)', build);
  const warm: number[] = [];
  for (let i = 0; i < 2000; i++) warm.push(await time(() => schema.safeParse({ optionId: 'c' })));
  report('answer schema: warm parse', warm);
}

await storage.close();
rmSync(dir, { recursive: true, force: true });
